import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A database handle or an open transaction: repositories accept either. */
export type Executor = Db;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Bulk load tab-separated text (COPY … FROM STDIN / '/dev/blob'). */
  copyText(table: string, columns: readonly string[], text: string): Promise<void>;
  migrate(): Promise<void>;
  /** Writes a consistent copy of the whole database to a file. */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

const run = promisify(execFile);

const migrationsFolder = path.resolve(import.meta.dirname, '../../../drizzle');

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async copyText(table, columns, text) {
      await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
        blob: new Blob([text]),
      });
    },
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    async backup(file) {
      const dump = await client.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    },
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool
  // replaces it on the next query.
  pool.on('error', (e) => console.error(`database connection lost: ${e.message.split('\n')[0]}`));
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    async copyText(table, columns, text) {
      const conn = await pool.connect();
      try {
        const stream = conn.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
        await pipeline(Readable.from([text]), stream);
      } finally {
        conn.release();
      }
    },
    migrate: () => migratePg(db as never, { migrationsFolder }),
    async backup(file) {
      await run('pg_dump', ['--format=custom', `--file=${file}`, url]);
    },
    close: () => pool.end(),
  };
}

/** Replaces the embedded database's directory content with a backup made by `backup`. */
export async function restorePglite(dataDir: string, file: string): Promise<void> {
  const blob = new Blob([await readFile(file)]);
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: blob });
  await client.close();
}

/** Restores a PostgreSQL backup (pg_dump custom format) over the database, object by object. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, file]);
}
