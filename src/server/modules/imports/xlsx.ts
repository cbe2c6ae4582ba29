import ExcelJS from 'exceljs';
import { getRule } from '../../../domain/policy/catalogue';
import { type LocalisedText, validation } from '../../../shared/errors';
import { guardXlsx, ZipRefused } from './zip-guard';

// Spreadsheets in and out (DESIGN.md §2): a column spec drives the template (Chinese headers naming
// the field, drop-down lists, an instructions sheet), the reader (header matching, cell conversion,
// problems per cell) and the export.

export type CellValue = string | number | boolean | Date | null;

export interface Column<K extends string = string> {
  key: K;
  label: LocalisedText;
  required?: boolean;
  /** Text, or the kind of value the reader converts the cell to. */
  type: 'text' | 'date' | 'int' | 'number' | 'bool' | 'enum' | 'enumList';
  /** Enum values with their labels (the drop-down shows the Chinese label). */
  options?: readonly { value: string; label: LocalisedText }[];
  /** Cells kept as text in the template (ID numbers, codes, phone numbers). */
  textFormat?: boolean;
  max?: number;
  width?: number;
  note?: LocalisedText;
}

export interface SheetSpec<K extends string = string> {
  sheetName: string;
  title: LocalisedText;
  columns: readonly Column<K>[];
  /** Extra lines of the instructions sheet. */
  instructions: readonly string[];
}

export interface CellProblem {
  row: number;
  column: string | null;
  header: string | null;
  value: string | null;
  message: LocalisedText;
}

export const MAX_ROWS = 50_000;
const TEMPLATE_ROWS = 5_000;
const INSTRUCTIONS = '填写说明';
const LISTS = '_lists';

export const headerOf = (c: Column) => `${c.required ? '*' : ''}${c.label.zh}（${c.key}）`;

const columnLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** A multi-value column's drop-down: every combination of up to four options, joined with 、. */
function combinations(options: readonly { label: LocalisedText }[]): string[] {
  const labels = options.map((o) => o.label.zh);
  if (labels.length > 4) return labels;
  const out: string[] = [];
  for (let mask = 1; mask < 1 << labels.length; mask++)
    out.push(labels.filter((_, i) => mask & (1 << i)).join('、'));
  return out.sort((a, b) => a.split('、').length - b.split('、').length);
}

type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, v: ExcelJS.DataValidation): void };
};

/** The import template: the data sheet first, then the instructions, then the hidden drop-down lists. */
export async function buildTemplate(
  spec: SheetSpec,
  extraLists: Record<string, readonly string[]> = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] }) as WithValidations;
  const help = wb.addWorksheet(INSTRUCTIONS);
  const lists = wb.addWorksheet(LISTS, { state: 'veryHidden' });

  ws.columns = spec.columns.map((c) => ({
    header: headerOf(c),
    key: c.key,
    width: c.width ?? Math.max(12, c.label.zh.length * 2 + c.key.length + 4),
    ...(c.textFormat
      ? { style: { numFmt: '@' } }
      : c.type === 'date'
        ? { style: { numFmt: 'yyyy-mm-dd' } }
        : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;

  let listCol = 0;
  spec.columns.forEach((c, i) => {
    const values =
      extraLists[c.key] ??
      (c.type === 'enumList' ? combinations(c.options ?? []) : c.options?.map((o) => o.label.zh));
    const cell = header.getCell(i + 1);
    if (c.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
    const range = `${columnLetter(i + 1)}2:${columnLetter(i + 1)}${TEMPLATE_ROWS + 1}`;
    if (c.type === 'bool') {
      ws.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: ['"是,否"'],
        showErrorMessage: true,
        error: '请选择“是”或“否”',
      });
    } else if (values && values.length > 0) {
      listCol += 1;
      const letter = columnLetter(listCol);
      values.forEach((v, r) => {
        lists.getCell(r + 1, listCol).value = v;
      });
      ws.dataValidations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`${LISTS}!$${letter}$1:$${letter}$${values.length}`],
        // Multi-value columns may combine values, so only warn there.
        showErrorMessage: c.type !== 'enumList',
        errorStyle: c.type === 'enumList' ? 'warning' : 'stop',
        error: '请从下拉列表中选择',
      });
    } else if (c.type === 'date') {
      ws.dataValidations.add(range, {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        showErrorMessage: true,
        error: '请填写日期，如 2021-05-11',
      });
    }
  });

  help.columns = [
    { header: '列 / column', key: 'col', width: 28 },
    { header: '必填 / required', key: 'req', width: 10 },
    { header: '说明 / how to fill', key: 'note', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  help.addRow({ col: spec.title.zh, req: '', note: spec.title.en }).font = { bold: true };
  for (const line of spec.instructions) help.addRow({ col: '', req: '', note: line });
  help.addRow({});
  for (const c of spec.columns) {
    const note = [
      c.note?.zh,
      c.type === 'date' ? '日期格式 YYYY-MM-DD，如 2021-05-11' : undefined,
      c.type === 'bool' ? '填“是”或“否”，空白视为“否”' : undefined,
      c.options && c.type === 'enum' ? `可选值：${c.options.map((o) => o.label.zh).join('、')}` : undefined,
      c.options && c.type === 'enumList'
        ? `可多选，用“、”分隔：${c.options.map((o) => o.label.zh).join('、')}`
        : undefined,
    ]
      .filter(Boolean)
      .join('；');
    help.addRow({ col: headerOf(c), req: c.required ? '是' : '', note });
  }
  help.getColumn('note').alignment = { wrapText: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An export: one sheet with a header row and the given rows. */
export async function buildExport(
  sheetName: string,
  columns: readonly { header: string; key: string; width?: number; date?: boolean }[],
  rows: readonly Record<string, CellValue>[],
  footnote?: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  if (footnote) {
    ws.addRow([]);
    ws.addRow([footnote]).font = { italic: true, color: { argb: 'FF888888' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export class NotAnXlsxError extends Error {}
export class TooManyRowsError extends Error {}

export interface ReadSheet<K extends string> {
  /** Field of each matched column. */
  present: Set<K>;
  problems: CellProblem[];
  rows: { row: number; cells: Map<K, CellValue> }[];
}

const plain = (v: ExcelJS.CellValue): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v);
};

const normaliseHeader = (s: string) => s.replace(/[*＊\s]/g, '').trim();

/** Matches a header to a column by the field in brackets, the Chinese label or the field name. */
function matchHeader<K extends string>(text: string, columns: readonly Column<K>[]): Column<K> | undefined {
  const h = normaliseHeader(text);
  const inBrackets = /[（(]([A-Za-z]+)[）)]$/.exec(h)?.[1];
  const bare = h.replace(/[（(][^）)]*[）)]$/, '');
  return (
    columns.find((c) => c.key === inBrackets) ??
    columns.find((c) => c.label.zh === bare || c.key.toLowerCase() === bare.toLowerCase())
  );
}

export async function readSheet<K extends string>(buffer: Buffer, spec: SheetSpec<K>): Promise<ReadSheet<K>> {
  // ExcelJS inflates every entry in full: the zip's structure and real sizes are checked first (finding 7).
  try {
    await guardXlsx(buffer);
  } catch (e) {
    if (e instanceof ZipRefused) throw validation([{ field: 'file', message: e.userMessage }]);
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    // Validations and formatting are not read: a crafted range could expand to millions of cells.
    await wb.xlsx.load(
      buffer as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: [
          'dataValidations',
          'conditionalFormatting',
          'extLst',
          'mergeCells',
          'hyperlinks',
          'drawing',
          'picture',
        ],
        maxRows: MAX_ROWS + 1,
        maxCols: 200,
      } as unknown as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (e) {
    if (e instanceof Error && /Max .* count/.test(e.message)) throw new TooManyRowsError();
    throw new NotAnXlsxError();
  }
  const ws =
    wb.worksheets.find((w) => w.name === spec.sheetName) ??
    wb.worksheets.find((w) => w.name !== INSTRUCTIONS && w.name !== LISTS && w.state === 'visible');
  const result: ReadSheet<K> = { present: new Set(), problems: [], rows: [] };
  if (!ws) throw new NotAnXlsxError();
  const values = ws.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
  const headerRow = values[1] ?? [];
  const byIndex = new Map<number, Column<K>>();
  headerRow.forEach((v, i) => {
    const text = plain(v);
    if (text === null || text === '') return;
    const column = matchHeader(String(text), spec.columns);
    if (column && !result.present.has(column.key)) {
      byIndex.set(i, column);
      result.present.add(column.key);
    }
  });
  for (const c of spec.columns) {
    if (c.required && !result.present.has(c.key)) {
      result.problems.push({
        row: 1,
        column: c.key,
        header: headerOf(c),
        value: null,
        message: {
          zh: `缺少必填列“${c.label.zh}”，请使用导入模板`,
          en: `the required column "${c.label.en}" is missing; use the import template`,
        },
      });
    }
  }
  for (let r = 2; r < values.length; r++) {
    const raw = values[r];
    if (!raw) continue;
    const cells = new Map<K, CellValue>();
    for (const [i, column] of byIndex) {
      let v = plain(raw[i]);
      if (typeof v === 'string') v = v.trim() === '' ? null : v.trim();
      if (v !== null) cells.set(column.key, v);
    }
    if (cells.size > 0) result.rows.push({ row: r, cells });
  }
  return result;
}

// ---- cell conversion: each returns the value or a problem message ----

export type Converted<T> = { ok: true; value: T } | { ok: false; message: LocalisedText };
const bad = (zh: string, en: string): { ok: false; message: LocalisedText } => ({
  ok: false,
  message: { zh, en },
});

const pad = (n: string) => n.padStart(2, '0');

export function toDate(v: CellValue): Converted<string> {
  if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number' && v > 0 && v < 100_000) {
    // An Excel serial day number (1900 date system) not formatted as a date.
    return { ok: true, value: new Date(Math.round((v - 25_569) * 86_400_000)).toISOString().slice(0, 10) };
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(String(v).trim());
  if (m) return { ok: true, value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` };
  return bad('应为日期，如 2021-05-11', 'must be a date such as 2021-05-11');
}

export function toInt(v: CellValue): Converted<number> {
  const n =
    typeof v === 'number'
      ? v
      : /^-?\d+$/.test(String(v).replace(/,/g, ''))
        ? Number(String(v).replace(/,/g, ''))
        : Number.NaN;
  return Number.isSafeInteger(n) ? { ok: true, value: n } : bad('应为整数', 'must be a whole number');
}

export function toNumber(v: CellValue): Converted<number> {
  const n = typeof v === 'number' ? v : Number(String(v));
  return Number.isFinite(n) ? { ok: true, value: n } : bad('应为数字', 'must be a number');
}

export function toBool(v: CellValue): Converted<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const s = String(v).trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(s)) return { ok: true, value: true };
  if (['否', 'n', 'no', 'false', '0', '×'].includes(s)) return { ok: true, value: false };
  return bad('应填“是”或“否”', 'must be 是 (yes) or 否 (no)');
}

export function toText(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

export function toEnum(
  v: CellValue,
  options: readonly { value: string; label: LocalisedText }[],
): Converted<string> {
  const s = toText(v);
  const hit = options.find(
    (o) => o.label.zh === s || o.value === s || o.label.en.toLowerCase() === s.toLowerCase(),
  );
  return hit
    ? { ok: true, value: hit.value }
    : bad(
        `应为下列之一：${options.map((o) => o.label.zh).join('、')}`,
        `must be one of: ${options.map((o) => o.label.en).join(', ')}`,
      );
}

export function toEnumList(
  v: CellValue,
  options: readonly { value: string; label: LocalisedText }[],
): Converted<string[]> {
  const out: string[] = [];
  for (const part of toText(v)
    .split(/[,，、;；\s]+/)
    .filter(Boolean)) {
    const one = toEnum(part, options);
    if (!one.ok) return one;
    if (!out.includes(one.value)) out.push(one.value);
  }
  return { ok: true, value: out };
}

/** Options from a dictionary's values and labels. */
export const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, LocalisedText>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const displayValue = (v: CellValue | undefined): string | null =>
  v === undefined || v === null
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 100);

// ---- reports: the exports of lists (needs, nominations, the team board, terms ending) ----

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition header for a file name in Chinese (an ASCII fallback, then the UTF-8 name). */
export const attachmentHeader = (name: string) =>
  `attachment; filename="${encodeURIComponent(name).replace(/%/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A rule named in words first, the id beside it: 先定村、再定人（P21.1-order）. */
export function ruleWords(id: string): string {
  const r = getRule(id);
  return r ? `${r.title.zh}（${id}）` : id;
}

export interface ReportColumn {
  /** Chinese words naming the field. */
  header: string;
  key: string;
  width?: number;
}

/**
 * A report: the title row (what the list is and the date it answers for), the header row, the rows, and
 * a footnote (counts, what was left out). Frozen below the header.
 */
export async function buildReport(spec: {
  sheetName: string;
  title: string;
  columns: readonly ReportColumn[];
  rows: readonly Record<string, CellValue>[];
  footnote?: string;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
  }));
  const title = ws.addRow([spec.title]);
  title.font = { bold: true, size: 14 };
  title.height = 24;
  if (spec.columns.length > 1) ws.mergeCells(1, 1, 1, spec.columns.length);
  const header = ws.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const r of spec.rows) ws.addRow(spec.columns.map((c) => r[c.key] ?? null));
  if (spec.footnote) {
    ws.addRow([]);
    ws.addRow([spec.footnote]).font = { italic: true, color: { argb: 'FF888888' } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A stored instant as the wall-clock time in Beijing, to the minute: 2026-03-02 10:00. */
export const shanghaiTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
