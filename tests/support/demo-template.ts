import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DemoAccount } from '../../src/server/demo/seed';
import { pgAdminUrl } from './template';

// The demo county written once per test run and project, then copied for each file that needs it — as the
// test template is — instead of seeding it again in every such file (minutes each on PGlite). Built by the
// first file that asks, under a lock directory (atomic mkdir), so files running at once wait for one build.

const dir = path.join(os.tmpdir(), 'zhucun-tests');
const key = (at: string) => {
  const pgTemplate = inject('pgTemplate');
  const day = at.slice(0, 10).replaceAll('-', '');
  return pgTemplate
    ? `pg-${pgTemplate}-${day}`
    : `pglite-${path.basename(inject('pgliteTemplate'), '.tar')}-${day}`;
};
const files = (at: string) => {
  const k = key(at);
  return {
    lock: path.join(dir, `demo-${k}.lock`),
    ready: path.join(dir, `demo-${k}.json`),
    tar: path.join(dir, `demo-${k}.tar`),
  };
};
/** The PostgreSQL template database holding the demo (dropped with the run's own template: same prefix). */
const demoTemplateName = (at: string) =>
  `${inject('pgTemplate')}_demo_${at.slice(0, 10).replaceAll('-', '')}`;

export interface DemoTemplate {
  accounts: DemoAccount[];
  /** PGlite: the data directory as a tarball; PostgreSQL: the template database's name. */
  source: string;
}

/**
 * The demo template of this run seeded on the day of `at` (the demo is written relative to its today), built
 * now if no file has yet. `build` writes the demo into a fresh test database and returns its accounts; on PGlite
 * it is then dumped, on PostgreSQL the database is the template.
 */
export async function demoTemplate(
  at: string,
  build: (target: {
    pgDatabase?: string;
  }) => Promise<{ accounts: DemoAccount[]; dump?: () => Promise<Buffer> }>,
): Promise<DemoTemplate> {
  mkdirSync(dir, { recursive: true });
  const f = files(at);
  const pgTemplate = inject('pgTemplate');
  const read = (): DemoTemplate => ({
    accounts: JSON.parse(readFileSync(f.ready, 'utf8')) as DemoAccount[],
    source: pgTemplate ? demoTemplateName(at) : f.tar,
  });
  if (existsSync(f.ready)) return read();
  let mine = false;
  try {
    mkdirSync(f.lock);
    mine = true;
  } catch {
    // Another file is building it: wait for its result (a demo takes minutes on a busy machine).
    for (let waited = 0; !existsSync(f.ready); waited += 500) {
      if (waited > 1_200_000) throw new Error('the demo template was not built within 20 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    return read();
  }
  if (mine) {
    if (pgTemplate) {
      const url = process.env.DATABASE_URL!;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${demoTemplateName(at)}`);
      await admin.query(`create database ${demoTemplateName(at)} template ${pgTemplate}`);
      await admin.end();
      const { accounts } = await build({ pgDatabase: pgAdminUrl(url, demoTemplateName(at)) });
      writeFileSync(f.ready, JSON.stringify(accounts));
    } else {
      const { accounts, dump } = await build({});
      writeFileSync(f.tar, await dump!());
      writeFileSync(f.ready, JSON.stringify(accounts));
    }
  }
  return read();
}
