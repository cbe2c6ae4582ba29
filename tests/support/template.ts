import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres } from '../../src/server/db/client';
import { importRegions } from '../../src/server/modules/regions/regions.import';

// Tests load one county and its ancestors (DESIGN.md §2), plus one county elsewhere in the same city
// and one in another province, so that "outside the scope" has somewhere to be.
export const TEST_REGION_PREFIXES = ['520121', '520122', '110101'] as const;

export const pgAdminUrl = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Builds a migrated PGlite with the test regions and writes its data directory to a tarball. */
export async function buildPgliteTemplate(): Promise<string> {
  const database = await openPglite();
  await database.migrate();
  await importRegions(database, { prefixes: TEST_REGION_PREFIXES });
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'gzip' | 'none'): Promise<Blob> } })
    .$client;
  const blob = await client.dumpDataDir('none');
  const dir = path.join(os.tmpdir(), 'zhucun-tests');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  await database.close();
  return file;
}

/** Builds a migrated PostgreSQL template database with the test regions. */
export async function buildPostgresTemplate(url: string): Promise<string> {
  const name = `zhucun_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openPostgres(pgAdminUrl(url, name), { max: 2 });
  await database.migrate();
  await importRegions(database, { prefixes: TEST_REGION_PREFIXES });
  await database.close();
  return name;
}

export async function dropPostgresDatabases(url: string, prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    'select datname from pg_database where datname like $1',
    [`${prefix.replace(/_/g, '\\_')}%`],
  );
  for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
  await admin.end();
}
