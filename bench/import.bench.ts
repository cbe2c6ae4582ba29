// Import of cadre spreadsheets: rows × seconds for the report (dry run) and the import itself, on the
// embedded database or on PostgreSQL when DATABASE_URL is set (in a database of its own).
// Run: npx tsx bench/import.bench.ts [rows ...]   (default 1000 10000)
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { makeIdNumber } from '../src/domain/registry/id-number';
import { loadConfig } from '../src/server/config';
import { createContainer } from '../src/server/container';
import { systemActor } from '../src/server/context';
import { openPglite, openPostgres } from '../src/server/db/client';
import { importRegions } from '../src/server/modules/regions/regions.import';
import { pgAdminUrl } from '../tests/support/template';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rowsToTry = sizes.length ? sizes : [1000, 10_000];

async function adminQuery(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(text);
  await c.end();
}

const url = process.env.DATABASE_URL;
const benchDb = `zhucun_bench_import_${process.pid}`;
if (url) await adminQuery(url, `create database ${benchDb}`);
const database = url
  ? await openPostgres(pgAdminUrl(url, benchDb))
  : await openPglite({ dataDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'zc-bench-')), 'pglite') });
await database.migrate();
await importRegions(database, { prefixes: ['520121'] });
const config = {
  ...loadConfig({ LOG_LEVEL: 'silent', ZHUCUN_SECRET_KEY: randomBytes(32).toString('hex') }),
  logLevel: 'silent',
};
const container = createContainer(database, config);
const actor = systemActor('bench');

const HEAD = [
  '*姓名（name）',
  '*身份证号（idNumber）',
  '*手机号（phone）',
  '*派出单位（unit）',
  '*政治面貌（partyStatus）',
  '入党时间（partyJoinedOn）',
  '转正时间（partyFullOn）',
  '*参加工作时间（workStartedOn）',
  '职级（rank）',
  '农村工作经验（ruralExperience）',
  '擅长（strengths）',
];
let serial = 0;

async function file(rows: number, unitName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('干部信息');
  ws.addRow(HEAD);
  for (let i = 0; i < rows; i++) {
    serial += 1;
    const birth = new Date(Date.UTC(1970, 0, 1) + (serial % 9000) * 86_400_000).toISOString().slice(0, 10);
    const id = makeIdNumber('520121', birth, (Math.floor(serial / 9000) % 499) * 2 + 1);
    const year = Number(birth.slice(0, 4));
    ws.addRow([
      `基准${serial}`,
      id,
      `139${String(serial).padStart(8, '0')}`,
      unitName,
      '中共正式党员',
      `${year + 22}-06-01`,
      `${year + 23}-06-01`,
      `${year + 22}-07-01`,
      '科级',
      i % 3 ? '是' : '否',
      '经济工作、社会工作',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const results: {
  rows: number;
  megabytes: string;
  'report s': string;
  'import s': string;
  'rows/s': string;
}[] = [];
for (const [i, rows] of rowsToTry.entries()) {
  const unit = await container.services.units.create(actor, {
    name: `基准单位${i}`,
    kind: 'county_organ',
    level: 'county',
    regionCode: '520121',
  });
  const buffer = await file(rows, unit.name);
  let t0 = performance.now();
  const dry = await container.services.imports.import(
    actor,
    'cadres',
    { name: 'bench.xlsx', buffer },
    { dryRun: true, mode: 'all-or-nothing' },
  );
  const reportSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const real = await container.services.imports.import(
    actor,
    'cadres',
    { name: 'bench.xlsx', buffer },
    { dryRun: false, mode: 'all-or-nothing' },
  );
  const importSeconds = (performance.now() - t0) / 1000;
  if (dry.errors.length || real.ok !== rows)
    throw new Error(`unexpected report: ${JSON.stringify(real.errors.slice(0, 3))}`);
  results.push({
    rows,
    megabytes: (buffer.length / 1024 / 1024).toFixed(2),
    'report s': reportSeconds.toFixed(2),
    'import s': importSeconds.toFixed(2),
    'rows/s': Math.round(rows / importSeconds).toLocaleString('en'),
  });
}
console.log(`cadre import on ${database.kind} (${os.cpus().length} cores, Node ${process.version})`);
console.table(results);
await database.close();
if (url) await adminQuery(url, `drop database if exists ${benchDb} with (force)`);
