// Region name search over the whole country (665,276 names) and what the search key costs the first start.
// Baselines measured in the same run: the import into a table without the gram column, and the unindexed
// `like '%q%'` over that table. On the embedded database, or on PostgreSQL when DATABASE_URL is set.
// Run: npx tsx bench/regions.bench.ts [repeats]   (default 5)
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, count, like, sql } from 'drizzle-orm';
import { pgTable, smallint, text } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Scope } from '../src/domain/access/scope';
import { openPglite, openPostgres } from '../src/server/db/client';
import { importRegions, readRegions } from '../src/server/modules/regions/regions.import';
import { createRegionRepository } from '../src/server/modules/regions/regions.repository';
import { pgAdminUrl } from '../tests/support/template';

const repeats = Number(process.argv[2] ?? 5) || 5;
const url = process.env.DATABASE_URL;
const benchDb = `zhucun_bench_regions_${process.pid}`;
async function adminQuery(text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(text);
  await c.end();
}
if (url) await adminQuery(`create database ${benchDb}`);
const database = url
  ? await openPostgres(pgAdminUrl(url, benchDb))
  : await openPglite({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'zc-bench-')), 'pglite') });
await database.migrate();
const db = database.db;

// The table as it was before the gram column: the baseline of both measurements.
const plain = pgTable('regions_plain', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: smallint('level').notNull(),
  parentCode: text('parent_code'),
});
await db.execute(
  sql`create table regions_plain (code text primary key, name text not null, level smallint not null, parent_code text)`,
);
await db.execute(sql`create index regions_plain_parent_code_idx on regions_plain (parent_code, code)`);
await db.execute(sql`create index regions_plain_level_idx on regions_plain (level, code)`);

const seconds = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
};
const rows = readRegions();
const escapeCopy = (s: string) => s.replace(/[\\\t\n\r]/g, ' ');
const plainImport = await seconds(async () => {
  for (let start = 0; start < rows.length; start += 50_000) {
    const slice = rows.slice(start, start + 50_000);
    const text = `${slice.map((r) => `${r.code}\t${escapeCopy(r.name)}\t${r.level}\t${r.parentCode ?? '\\N'}`).join('\n')}\n`;
    await database.copyText('regions_plain', ['code', 'name', 'level', 'parent_code'], text);
  }
});
const gramImport = await seconds(() => importRegions(database));
const indexBuild = await seconds(async () => {
  await db.execute(sql`drop index regions_name_grams_idx`);
  await db.execute(sql`create index regions_name_grams_idx on regions using gin (name_grams)`);
});
await db.execute(sql`analyze regions`);
await db.execute(sql`analyze regions_plain`);

console.log(`\nRegion import (${rows.length.toLocaleString('en')} rows, ${database.kind})\n`);
console.log('| import | s | vs baseline |');
console.log('|---|---:|---:|');
console.log(`| without the gram column (baseline) | ${plainImport.toFixed(1)} | 1.00 |`);
console.log(`| of which the GIN index build (measured again) | ${indexBuild.toFixed(1)} | |`);
console.log(
  `| with name_grams + GIN index | ${gramImport.toFixed(1)} | ${(gramImport / plainImport).toFixed(2)} |`,
);

const repo = createRegionRepository();
const national: Scope = { national: true, regions: [], units: [] };
const median = async (f: () => Promise<unknown>) => {
  await f();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) times.push(await seconds(f));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]! * 1000;
};
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
// One page of 20 and the total, as GET /api/regions/search answers.
const unindexed = (q: string) => {
  const where = like(plain.name, `%${escapeLike(q)}%`);
  return Promise.all([
    db
      .select({ code: plain.code, name: plain.name })
      .from(plain)
      .where(where)
      .orderBy(asc(plain.level), asc(plain.code))
      .limit(20),
    db.select({ n: count() }).from(plain).where(where),
  ]);
};
const indexed = (q: string) => repo.list(db, national, { nameLike: q }, { page: 1, pageSize: 20 });

console.log(`\nGET /api/regions/search query (page of 20 + total), median of ${repeats}, ms\n`);
console.log('| q | matches | like %q% (baseline) | grams + GIN | vs baseline |');
console.log('|---|---:|---:|---:|---:|');
for (const q of ['双永村', '永村', '井村', '开阳', '街道', '凉', '村']) {
  const base = await median(() => unindexed(q));
  const fast = await median(() => indexed(q));
  const { total } = await indexed(q);
  console.log(
    `| ${q} | ${total.toLocaleString('en')} | ${base.toFixed(1)} | ${fast.toFixed(1)} | ${(fast / base).toFixed(2)} |`,
  );
}

await database.close();
if (url) await adminQuery(`drop database if exists ${benchDb} with (force)`);
