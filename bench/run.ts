// npm run bench [-- name …]: runs the benchmarks of bench/ one after another, each in its own process (each
// prints its own table, with ratios against a baseline measured in the same run). With no name, the ones that
// need nothing but this machine; attendance (PostgreSQL, DATABASE_URL), reports (the database attendance kept,
// REP_REUSE) and mobile (built apps, Chromium) by name.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const byDefault = ['api', 'import', 'matching', 'regions'].filter((n) => all.includes(n));
const asked = process.argv.slice(2);
const unknown = asked.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')}; one of: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of asked.length ? asked : byDefault) {
  console.log(`\n## ${name}\n`);
  const run = spawnSync('npx', ['tsx', path.join(here, `${name}.bench.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`${name}: exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);
