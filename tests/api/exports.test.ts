import type ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';
import { readWorkbook } from '../support/xlsx';

// Excel exports of the selection and team lists (issue 9, groundwork 8): the same rows and scope as the
// JSON lists, Chinese headers naming each field in words (a rule by its title, the id beside it), and the
// date the answer is for in the title row and the file name. The test clock stands at 2026-03-02.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let other: TestUser;
let unitHr: TestUser;
const TODAY = '2026-03-02';
const OUTSIDE_VILLAGE = '110101001001';
const fx: Record<string, string> = {};

async function sheetOf(res: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = await readWorkbook(res.rawPayload);
  return wb.worksheets[0]!;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) =>
  (ws.getRow(n).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));

/** Data rows: below the title (1) and the header (2), down to the blank row before the footnote. */
function dataRows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) {
    const values = rowValues(ws, r);
    if (values.every((v) => v === '')) break;
    out.push(values);
  }
  return out;
}

const fileName = (res: LightMyRequestResponse) =>
  decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))?.[1] ?? '');

/** Every header names its field in words: no header is a rule id or an English field name alone. */
function headersInWords(headers: string[]) {
  for (const h of headers) {
    expect(h, h).toMatch(/[\u4e00-\u9fa5]/);
    expect(h, h).not.toMatch(/^P\d{2}\./);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  other = await t.user({ roles: ['org_admin'], regions: ['110101'] });
  const next = await villagePool(t);
  fx.needVillage = next();
  fx.need = await f.need(fx.needVillage, {
    members: 2,
    strengths: ['economic'],
    effectiveOn: '2026-01-05',
    policyVersion: 'P21',
    basis: [{ ruleId: 'P21.1-order', message: { zh: '先定村', en: 'villages first' } }],
  });
  fx.needOut = await f.need(OUTSIDE_VILLAGE);
  const nominated = await f.decided(next(), {
    role: 'member',
    nomination: {
      status: 'proposed',
      violations: [
        { ruleId: 'P21.3-fs-party', severity: 'warn', message: { zh: '党龄不足', en: 'short' }, facts: {} },
      ],
    },
  });
  fx.nomination = nominated.nominationId;
  fx.nominationUnit = nominated.unitId;
  fx.nominationOut = (
    await f.decided('110101001003', { unitId: await f.unit({ regionCode: '110101' }) })
  ).nominationId;
  // A first secretary of 开阳县 whose term ends on 2026-03-31 (29 days after the test clock's today).
  fx.teamVillage = next();
  const d = await f.decided(fx.teamVillage, { need: { members: 0 } });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn: '2024-03-31',
    plannedEndOn: '2026-03-31',
  });
  expect(res.statusCode, res.body).toBe(201);
  fx.assignment = res.json().assignment.id;
  fx.teamCadre = d.cadreId;
  unitHr = await t.user({ roles: ['unit_hr'], units: [d.unitId] });
});
afterAll(() => t.close());

describe('GET /api/village-needs.xlsx', () => {
  it('exports the needs of the JSON list with words for every field and rule, dated in the title and file name', async () => {
    const res = await county.get('/api/village-needs.xlsx?region=520121');
    const ws = await sheetOf(res);
    expect(rowValues(ws, 1)[0]).toContain(`数据日期：${TODAY}`);
    expect(fileName(res)).toBe(`村级选派需求-520121-${TODAY}.xlsx`);
    const headers = rowValues(ws, 2);
    headersInWords(headers);
    const json = (await county.get('/api/village-needs?region=520121&pageSize=500')).json();
    const rows = dataRows(ws);
    expect(rows).toHaveLength(json.total);
    const id = headers.indexOf('需求编号');
    const row = rows.find((r) => r[id] === fx.need)!;
    expect(row[headers.indexOf('状态')]).toBe('未完成');
    expect(row[headers.indexOf('需要第一书记')]).toBe('是');
    expect(row[headers.indexOf('需要的专长')]).toBe('经济工作');
    expect(row[headers.indexOf('依据（规则）')]).toBe('先定村、再定人（P21.1-order）：先定村');
    expect(rows.some((r) => r[id] === fx.needOut)).toBe(false);
  });

  it('gives an empty sheet for a region outside the scope, as the JSON list answers no rows', async () => {
    const ws = await sheetOf(await county.get('/api/village-needs.xlsx?region=110101'));
    expect(dataRows(ws)).toEqual([]);
    expect((await county.get('/api/village-needs?region=110101')).json().total).toBe(0);
    const theirs = dataRows(await sheetOf(await other.get('/api/village-needs.xlsx')));
    expect(theirs.flat()).not.toContain(fx.need);
  });
});

describe('GET /api/nominations.xlsx', () => {
  it('exports the nominations of the JSON list, statuses and roles in words, findings by rule title with the id beside', async () => {
    const res = await county.get('/api/nominations.xlsx?region=520121');
    const ws = await sheetOf(res);
    expect(rowValues(ws, 1)[0]).toContain(`数据日期：${TODAY}`);
    expect(fileName(res)).toBe(`驻村人选-520121-${TODAY}.xlsx`);
    const headers = rowValues(ws, 2);
    headersInWords(headers);
    const rows = dataRows(ws);
    expect(rows).toHaveLength((await county.get('/api/nominations?region=520121&pageSize=500')).json().total);
    const row = rows.find((r) => r[headers.indexOf('人选编号')] === fx.nomination)!;
    expect(row[headers.indexOf('状态')]).toBe('已提出人选');
    expect(row[headers.indexOf('拟任岗位')]).toBe('工作队员');
    expect(row[headers.indexOf('资格提示（规则）')]).toMatch(/^提示：.+（P21\.3-fs-party）：党龄不足$/);
    expect(rows.flat()).not.toContain(fx.nominationOut);
  });

  it('gives an empty sheet outside the scope and to a unit only its own nominations', async () => {
    expect(dataRows(await sheetOf(await county.get('/api/nominations.xlsx?region=110101')))).toEqual([]);
    const own = dataRows(await sheetOf(await unitHr.get('/api/nominations.xlsx')));
    expect(own).toHaveLength((await unitHr.get('/api/nominations?pageSize=500')).json().total);
    expect(own.flat()).toContain(fx.nomination);
    expect(own.flat()).not.toContain(fx.nominationOut);
  });
});

describe('GET /api/counties/:code/team-board.xlsx', () => {
  it('exports the team board of the county on the date asked, one row per village, dated in title and file name', async () => {
    const res = await county.get('/api/counties/520121/team-board.xlsx?date=2026-03-10');
    const ws = await sheetOf(res);
    expect(rowValues(ws, 1)[0]).toBe('开阳县驻村工作队一览　数据日期：2026-03-10');
    expect(fileName(res)).toBe('驻村工作队-开阳县-2026-03-10.xlsx');
    const headers = rowValues(ws, 2);
    headersInWords(headers);
    const json = (await county.get('/api/counties/520121/team-board?date=2026-03-10')).json();
    const rows = dataRows(ws);
    expect(rows).toHaveLength(json.villages.length);
    const row = rows.find((r) => r[headers.indexOf('村代码')] === fx.teamVillage)!;
    expect(row[headers.indexOf('第一书记')]).toMatch(/2024-03-31 至 2026-03-31/);
    expect(row[headers.indexOf('在岗人数')]).toBe('1');
    for (const w of rows.map((r) => r[headers.indexOf('提醒（规则）')]!).filter(Boolean))
      expect(w).toMatch(/[\u4e00-\u9fa5]+（P\d/);
  });

  it('answers 404 for a county outside the scope, as the JSON board does', async () => {
    expect((await other.get('/api/counties/520121/team-board.xlsx')).statusCode).toBe(404);
    expect((await other.get('/api/counties/520121/team-board')).statusCode).toBe(404);
  });
});

describe('GET /api/terms/ending.xlsx', () => {
  it('exports the terms ending of the JSON list for the same query, the window in the title and file name', async () => {
    const res = await county.get('/api/terms/ending.xlsx?region=520121&withinDays=90');
    const ws = await sheetOf(res);
    expect(rowValues(ws, 1)[0]).toBe('任期到期（520121）　2026-03-02 至 2026-05-31（90 天内）');
    expect(fileName(res)).toBe('任期到期-520121-2026-03-02至2026-05-31.xlsx');
    const headers = rowValues(ws, 2);
    headersInWords(headers);
    const json = (await county.get('/api/terms/ending?region=520121&withinDays=90')).json();
    const rows = dataRows(ws);
    expect(rows).toHaveLength(json.total);
    const row = rows.find((r) => r[headers.indexOf('村代码')] === fx.teamVillage)!;
    expect(row[headers.indexOf('岗位')]).toBe('第一书记');
    expect(row[headers.indexOf('剩余天数')]).toBe('29');
    expect(row[headers.indexOf('接任者已到岗')]).toBe('否');
  });

  it('gives an empty sheet for a region outside the scope', async () => {
    expect(dataRows(await sheetOf(await other.get('/api/terms/ending.xlsx?region=520121')))).toEqual([]);
    expect((await other.get('/api/terms/ending?region=520121')).json().total).toBe(0);
  });
});

// Clerk finding 5 (second half): the terms-ending page of a unit linked every county card to the team board,
// which a unit's staff may not open. The page now links only to what they may open: each row's village
// team and cadre — checked here against the API those pages call — and no longer to the board.
describe('terms ending for a dispatching unit: what its links open', () => {
  it("opens each row's village teams and cadre for the unit's staff; the county's team board stays closed to them", async () => {
    const view = (await unitHr.get('/api/terms/ending?withinDays=90')).json();
    expect(view.items.map((i: { assignmentId: string }) => i.assignmentId)).toContain(fx.assignment);
    for (const i of view.items as { villageCode: string; cadreId: string; countyCode: string }[]) {
      expect((await unitHr.get(`/api/villages/${i.villageCode}/teams`)).statusCode).toBe(200);
      expect((await unitHr.get(`/api/cadres/${i.cadreId}`)).statusCode).toBe(200);
      expect([403, 404]).toContain((await unitHr.get(`/api/counties/${i.countyCode}/team-board`)).statusCode);
    }
  });
});
