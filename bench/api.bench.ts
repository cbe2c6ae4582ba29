// Read-path throughput of the foundation routes over real HTTP (autocannon), on the embedded database
// with the whole national region tree, or on PostgreSQL when DATABASE_URL is set.
// Run: npx tsx bench/api.bench.ts [seconds]   Prints a table; ratios are against /api/health
// (one `select 1` round trip) measured in the same run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { ensureRegions } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/config';
import { createContainer } from '../src/server/container';
import { openPglite, openPostgres } from '../src/server/db/client';
import { hashPassword } from '../src/server/security/passwords';
import { pgAdminUrl } from '../tests/support/template';

const seconds = Number(process.argv[2] ?? 5);
const quiet = { info: () => {}, progress: () => {}, secret: () => {} };

// With PostgreSQL, a database of its own (created and dropped here), never the one DATABASE_URL names.
const url = process.env.DATABASE_URL;
const benchDb = `zhucun_bench_${process.pid}`;
if (url) await adminQuery(url, `create database ${benchDb}`);
const database = url
  ? await openPostgres(pgAdminUrl(url, benchDb))
  : await openPglite({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'zc-bench-')), 'pglite') });
await database.migrate();
await ensureRegions(database, quiet);
const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), logLevel: 'silent' };
const container = createContainer(database, config);
const username = `bench_${Date.now()}`;
await container.repositories.users.insert(database.db, {
  username,
  displayName: 'bench',
  passwordHash: await hashPassword('Bench#Pass2026'),
  roles: ['org_admin'],
  scopeRegions: ['52'],
  scopeUnits: [],
});
const app = await buildApp(container, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const signIn = await fetch(`${base}/api/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
  body: JSON.stringify({ username, password: 'Bench#Pass2026' }),
});
const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;

const cases: [string, string][] = [
  ['health (baseline: select 1)', '/api/health'],
  ['session (who am I)', '/api/session'],
  ['region by code + path', '/api/regions/520121101'],
  ['children of a township', '/api/regions/520121101/children?pageSize=50'],
  ['townships of the province', '/api/regions?level=township&parent=520121&pageSize=20'],
  ['search by name in scope', `/api/regions/search?q=${encodeURIComponent('双流')}`],
];

const rows: { route: string; rps: number; p50: number; p99: number }[] = [];
for (const [label, route] of cases) {
  const result = await autocannon({
    url: `${base}${route}`,
    connections: 20,
    duration: seconds,
    headers: { cookie },
  });
  if (result.non2xx > 0) throw new Error(`${route}: ${result.non2xx} non-2xx answers`);
  rows.push({ route: label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
}
const baseline = rows[0]!.rps;
console.log(
  `\n${database.kind}, 665,276 regions, 20 connections, ${seconds} s each, ${os.cpus().length} cores\n`,
);
console.log('| route | req/s | p50 ms | p99 ms | vs baseline |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.route} | ${Math.round(r.rps).toLocaleString('en')} | ${r.p50} | ${r.p99} | ${(r.rps / baseline).toFixed(2)} |`,
  );
await app.close();
await database.close();
if (url) await adminQuery(url, `drop database ${benchDb} with (force)`);

async function adminQuery(adminUrl: string, text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(text);
  await client.end();
}
