import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../src/server/db/client';
import { pgAdminUrl } from './template';

/**
 * A fresh database for one test file: a copy of the migrated template on PGlite or on PostgreSQL — or of
 * another template of the run (`from`: the demo template's database or tarball).
 */
export async function openTestDatabase(from?: string): Promise<Database> {
  const runTemplate = inject('pgTemplate');
  const pgTemplate = runTemplate && (from ?? runTemplate);
  if (runTemplate && pgTemplate) {
    const url = process.env.DATABASE_URL!;
    // Named after this run's template, so a run drops only its own databases, never another run's.
    const name = `${runTemplate.replace('zhucun_tpl_', 'zhucun_t_')}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate}`);
    await admin.end();
    const database = await openPostgres(pgAdminUrl(url, name), { max: 4 });
    return {
      ...database,
      async close() {
        await database.close();
        const a = new pg.Client({ connectionString: url });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const tar = readFileSync(from ?? inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([tar]) });
}
