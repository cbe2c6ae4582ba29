import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, auditLog, leaderMeetings } from '../../src/server/db/schema';
import {
  as,
  cookieFrom,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestUser,
  XHR,
} from '../support/app';
import { pdfText } from '../support/pdf-text';
import { selectionFactory, villagePool } from '../support/selection-factory';
import { readWorkbook } from '../support/xlsx';

// Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear): drafted from the records (≥ 80 % for a
// normal half year), corrected and submitted by the cadre, reviewed by the leading group (then locked: a
// correction is a new version with a reason), heard by the dispatching unit; completeness per region.

let t: TestApp;
let cadre: TestUser;
let other: TestUser;
let leading: TestUser;
let otherLeading: TestUser;
let township: TestUser;
let unit: TestUser;
let otherUnit: TestUser;
let county: TestUser;
let assignmentId: string;
let otherAssignmentId: string;
let cadreId: string;
let otherCadreId: string;
let reportId: string;

/** Moves the clock and signs everyone in again (a jump of days ends the sessions). */
async function moveClockTo(iso: string) {
  t.clock.set(new Date(iso));
  const again = async (u: TestUser): Promise<TestUser> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: u.username, password: TEST_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = cookieFrom(res);
    return { ...u, cookie, ...as(t.app, cookie) };
  };
  const [a, b, c, d, e, f, g, h] = await Promise.all(
    [cadre, other, leading, otherLeading, township, unit, otherUnit, county].map(again),
  );
  [cadre, other, leading, otherLeading, township, unit, otherUnit, county] = [a!, b!, c!, d!, e!, f!, g!, h!];
}

const log = (
  on: string,
  kind: string,
  duty: string,
  text: string,
  householdsVisited: number | null = null,
) => ({
  clientId: randomUUID(),
  on,
  kind,
  duty,
  text,
  householdsVisited,
});

beforeAll(async () => {
  t = await createTestApp();
  const f = selectionFactory(t);
  const next = await villagePool(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const place = async (code: string) => {
    const d = await f.decided(code, { need: { firstSecretary: true, members: 0 }, unitId: await f.unit() });
    const res = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-01-05',
      plannedEndOn: '2028-01-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { cadreId: d.cadreId, unitId: d.unitId, assignmentId: res.json().assignment.id as string };
  };
  const village = next();
  const mine = await place(village);
  const theirs = await place(next());
  ({ cadreId, assignmentId } = mine);
  ({ cadreId: otherCadreId, assignmentId: otherAssignmentId } = theirs);
  cadre = await t.user({ roles: ['cadre'], cadreId });
  other = await t.user({ roles: ['cadre'], cadreId: otherCadreId });
  leading = await t.user({ roles: ['leading_group'], regions: ['520121'] });
  otherLeading = await t.user({ roles: ['leading_group'], regions: ['520122'] });
  township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
  unit = await t.user({ roles: ['unit_hr'], units: [mine.unitId] });
  otherUnit = await t.user({ roles: ['unit_hr'], units: [theirs.unitId] });

  // A normal half year of records: tasks made in March, logs through the half year, a leader meeting.
  for (const [duty, title] of [
    ['prosperity', '建成村集体食用菌大棚'],
    ['governance', '修订村规民约'],
  ] as const) {
    const task = await cadre.post(`/api/villages/${village}/tasks`, { duty, title });
    expect(task.statusCode, task.body).toBe(201);
    const progress = await cadre.post(`/api/tasks/${task.json().task.id}/progress`, {
      clientId: randomUUID(),
      percent: 40,
      note: '完成前期准备',
    });
    expect(progress.statusCode, progress.body).toBe(201);
  }
  await moveClockTo('2026-07-10T02:00:00Z');
  for (const body of [
    log('2026-02-10', 'meeting', 'party_organisation', '组织召开支部委员会，研究发展党员工作。'),
    log('2026-03-12', 'household_visit', 'prosperity', '走访防返贫监测户，核实务工收入。', 5),
    log('2026-04-02', 'problem_solved', 'governance', '调解两户宅基地纠纷。'),
    log('2026-05-18', 'problem_solved', 'service', '为村民代办医保缴费。'),
    log('2026-06-08', 'household_visit', 'service', '走访独居老人。', 3),
    log('2026-06-20', 'study', 'party_organisation', '学习村民委员会组织法。'),
  ]) {
    const res = await cadre.post('/api/work-logs', body);
    expect(res.statusCode, res.body).toBe(201);
  }
  const now = t.clock.now();
  await t.container.database.db.insert(leaderMeetings).values({
    provinceCode: '52',
    countyCode: '520121',
    status: 'held',
    heldOn: '2026-03-27',
    place: '县委组织部会议室',
    attendeeCadreIds: [cadreId],
    recordedByName: '测试',
    createdAt: now,
    updatedAt: now,
  });
});
afterAll(() => t?.close());

describe('POST /api/half-year-reports: drafted from the records (P21.6-burden)', () => {
  it('drafts 2026H1 from the ledger, logs, tasks and the meeting: 201, draft, ≥ 80 % filled; a second call → 409', async () => {
    const res = await cadre.post('/api/half-year-reports', { assignmentId, period: '2026H1' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json().report;
    reportId = r.id;
    expect(r).toMatchObject({
      status: 'draft',
      period: '2026H1',
      version: 1,
      dueOn: '2026-07-15',
      late: false,
    });
    expect(r.prefill).toEqual({ filled: 10, total: 12 });
    const by = (k: string) => r.sections.find((s: { key: string }) => s.key === k);
    expect(by('attendance').text).toContain('2026年上半年（1月5日至6月30日）');
    expect(by('attendance').filledFrom).toEqual(['attendance']);
    expect(by('households').text).toContain('入户走访 8 户次');
    expect(by('prosperity').text).toContain('推进中：建成村集体食用菌大棚（40%）');
    expect(by('meetings').text).toContain('3月27日，县委组织部会议室');
    expect(by('thinking')).toMatchObject({ text: '', filledFrom: [], cadreWrites: true });
    expect(r.allowedSteps).toEqual(['edit', 'submit']);
    const again = await cadre.post('/api/half-year-reports', { assignmentId, period: '2026H1' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses another cadre’s assignment (404), an office (403), a half year with no day on post (400 on `period`)', async () => {
    expect((await other.post('/api/half-year-reports', { assignmentId, period: '2026H1' })).statusCode).toBe(
      404,
    );
    expect((await county.post('/api/half-year-reports', { assignmentId, period: '2026H1' })).statusCode).toBe(
      403,
    );
    const before = await cadre.post('/api/half-year-reports', { assignmentId, period: '2025H2' });
    expect(before.statusCode).toBe(400);
    expect(before.json().details.fields[0].field).toBe('period');
    expect((await cadre.post('/api/half-year-reports', { assignmentId, period: '2026H3' })).statusCode).toBe(
      400,
    );
  });
});

describe('the cadre completes and submits it', () => {
  it('edits sections (PUT) and refuses an unknown section naming it', async () => {
    const res = await cadre.put(`/api/half-year-reports/${reportId}`, {
      sections: [{ key: 'prosperity', text: '改写：大棚建设完成选址和土地流转。' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.sections.find((s: { key: string }) => s.key === 'prosperity').text).toBe(
      '改写：大棚建设完成选址和土地流转。',
    );
    const bad = await cadre.put(`/api/half-year-reports/${reportId}`, {
      sections: [{ key: 'salary', text: 'x' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].field).toBe('sections.0.key');
    expect((await other.put(`/api/half-year-reports/${reportId}`, { sections: [] })).statusCode).toBe(400);
    expect(
      (await other.put(`/api/half-year-reports/${reportId}`, { sections: [{ key: 'thinking', text: 'x' }] }))
        .statusCode,
    ).toBe(404);
  });

  it('will not submit before the parts only the cadre writes are written (400 naming them), then submits', async () => {
    const early = await cadre.post(`/api/half-year-reports/${reportId}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().details.fields.map((f: { field: string }) => f.field)).toEqual([
      'sections.10.text',
      'sections.11.text',
    ]);
    await cadre.put(`/api/half-year-reports/${reportId}`, {
      sections: [
        { key: 'thinking', text: '坚定理想信念，扎根基层。' },
        { key: 'problems_and_plans', text: '产业链条短；下半年推进冷库建设。' },
      ],
    });
    const res = await cadre.post(`/api/half-year-reports/${reportId}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ status: 'submitted', late: false });
    expect((await cadre.post(`/api/half-year-reports/${reportId}/submit`)).statusCode).toBe(409);
  });
});

describe('review by the leading group, hearing by the unit, corrections as versions', () => {
  it('lets only the leading group of the village’s region review it; a reviewed report is locked (PUT → 409)', async () => {
    expect(
      (await township.post(`/api/half-year-reports/${reportId}/review`, { opinion: '同意' })).statusCode,
    ).toBe(403);
    expect(
      (await otherLeading.post(`/api/half-year-reports/${reportId}/review`, { opinion: '同意' })).statusCode,
    ).toBe(404);
    const res = await leading.post(`/api/half-year-reports/${reportId}/review`, {
      opinion: '工作扎实，同意。',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ status: 'reviewed', reviewOpinion: '工作扎实，同意。' });
    const edit = await cadre.put(`/api/half-year-reports/${reportId}`, {
      sections: [{ key: 'thinking', text: '改' }],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('已锁定');
    expect((await cadre.get(`/api/half-year-reports/${reportId}`)).json().report.allowedSteps).toEqual([
      'correct',
    ]);
  });

  it('lets the cadre’s dispatching unit record its hearing once (P21.5-unit-hear); another unit 404; a future date 400', async () => {
    expect(
      (
        await otherUnit.post(`/api/half-year-reports/${reportId}/hearing`, {
          heardOn: '2026-07-09',
          opinion: '同意',
        })
      ).statusCode,
    ).toBe(404);
    const future = await unit.post(`/api/half-year-reports/${reportId}/hearing`, {
      heardOn: '2026-07-11',
      opinion: '同意',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details.fields[0].field).toBe('heardOn');
    const res = await unit.post(`/api/half-year-reports/${reportId}/hearing`, {
      heardOn: '2026-07-09',
      opinion: '单位党组听取汇报，表示肯定。',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report.hearing).toMatchObject({
      heardOn: '2026-07-09',
      opinion: '单位党组听取汇报，表示肯定。',
    });
    expect(
      (
        await unit.post(`/api/half-year-reports/${reportId}/hearing`, {
          heardOn: '2026-07-09',
          opinion: '再次',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('takes a correction after review as a new version with its reason, back to the leading group', async () => {
    const noReason = await cadre.post(`/api/half-year-reports/${reportId}/corrections`, {
      reason: '',
      sections: [{ key: 'households', text: '入户走访 9 户次。' }],
    });
    expect(noReason.statusCode).toBe(400);
    const res = await cadre.post(`/api/half-year-reports/${reportId}/corrections`, {
      reason: '漏记一户走访',
      sections: [{ key: 'households', text: '入户走访 9 户次。' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json().report;
    expect(r).toMatchObject({ status: 'submitted', version: 2, reviewOpinion: null });
    expect(r.versions).toEqual([
      expect.objectContaining({ version: 1, reason: '漏记一户走访', reviewOpinion: '工作扎实，同意。' }),
    ]);
    const audits = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, reportId))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual([
      'half_year_report.draft',
      'half_year_report.edit',
      'half_year_report.edit',
      'half_year_report.submit',
      'half_year_report.review',
      'half_year_report.hearing',
      'half_year_report.correct',
    ]);
  });
});

describe('completeness per region and half year (DHIS2-style, not a ranking)', () => {
  it('counts due, submitted, late, reviewed, heard and names who is missing', async () => {
    const res = await county.get('/api/half-year-reports/completeness?region=520121&period=2026H1');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      due: 2,
      submitted: 1,
      late: 0,
      reviewed: 0,
      heard: 1,
      dueOn: '2026-07-15',
    });
    expect(res.json().missing).toEqual([
      expect.objectContaining({ cadreId: otherCadreId, assignmentId: otherAssignmentId, status: 'none' }),
    ]);
    // The other cadre drafts and submits after the due date: late.
    await moveClockTo('2026-07-20T02:00:00Z');
    const draft = await other.post('/api/half-year-reports', {
      assignmentId: otherAssignmentId,
      period: '2026H1',
    });
    const id = draft.json().report.id;
    await other.put(`/api/half-year-reports/${id}`, {
      sections: [
        { key: 'thinking', text: '思想稳定。' },
        { key: 'problems_and_plans', text: '加强学习。' },
      ],
    });
    expect((await other.post(`/api/half-year-reports/${id}/submit`)).json().report.late).toBe(true);
    await leading.post(`/api/half-year-reports/${reportId}/review`, { opinion: '同意更正。' });
    const after = (
      await leading.get('/api/half-year-reports/completeness?region=520121&period=2026H1')
    ).json();
    expect(after).toMatchObject({ due: 2, submitted: 2, late: 1, reviewed: 1, heard: 1, missing: [] });
  });

  it('answers a unit for its own cadres, 404 for a region outside, 404 for a cadre', async () => {
    const u = (await unit.get('/api/half-year-reports/completeness?region=520121&period=2026H1')).json();
    expect(u).toMatchObject({ due: 1, heard: 1 });
    expect(
      (await county.get('/api/half-year-reports/completeness?region=520122&period=2026H1')).statusCode,
    ).toBe(404);
    expect(
      (await cadre.get('/api/half-year-reports/completeness?region=520121&period=2026H1')).statusCode,
    ).toBe(404);
    const list = (await unit.get('/api/half-year-reports?period=2026H1')).json();
    expect(list.items.map((i: { cadreId: string }) => i.cadreId)).toEqual([cadreId]);
    expect((await otherUnit.get(`/api/half-year-reports/${reportId}`)).statusCode).toBe(404);
    const [a] = await t.container.database.db
      .select()
      .from(assignments)
      .where(eq(assignments.id, assignmentId));
    expect(a).toBeDefined();
  });
});

describe('printable and exportable (issue 12 item 1)', () => {
  it('prints the report as an A4 PDF with the Chinese text, scoped like GET /:id (404 outside)', async () => {
    const res = await leading.get(`/api/half-year-reports/${reportId}/report.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('半年工作报告'));
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4: 595.28 × 841.89 points.
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(pdf).replaceAll('\n', '');
    const report = (await leading.get(`/api/half-year-reports/${reportId}`)).json().report;
    expect(text).toContain('驻村干部2026年上半年工作报告');
    expect(text).toContain(report.cadreName);
    expect(text).toContain(report.villageName);
    expect(text).toContain('入户走访 9 户次。');
    for (const s of report.sections) expect(text).toContain(s.title);
    expect(text).not.toContain('一、一、');
    expect(text).toContain('已审阅');
    expect(text).toContain('同意更正。');
    expect(text).toContain('单位党组听取汇报，表示肯定。');
    expect(text).toContain(`${report.prefill.filled} / ${report.prefill.total} 部分`);
    expect(text).toContain('理由：漏记一户走访');
    for (const u of [cadre, unit, county]) {
      expect((await u.get(`/api/half-year-reports/${reportId}/report.pdf`)).statusCode).toBe(200);
    }
    for (const u of [other, otherUnit, otherLeading]) {
      expect((await u.get(`/api/half-year-reports/${reportId}/report.pdf`)).statusCode).toBe(404);
    }
    expect((await leading.get(`/api/half-year-reports/${randomUUID()}/report.pdf`)).statusCode).toBe(404);
  });

  it('exports the completeness of a region and half year as Excel: the counts and who is missing', async () => {
    const res = await county.get('/api/half-year-reports/completeness.xlsx?region=520121&period=2026H1');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readWorkbook(res.rawPayload);
    const sum = wb.getWorksheet('完成情况')!;
    expect(String(sum.getCell(1, 1).value)).toContain('2026年上半年工作报告完成情况');
    const counts = new Map<string, number>();
    sum.eachRow((row, n) => {
      if (n > 3) counts.set(String(row.getCell(1).value), Number(row.getCell(2).value));
    });
    expect(Object.fromEntries(counts)).toMatchObject({
      '应报（在岗满规定天数）': 2,
      已提交: 2,
      其中逾期提交: 1,
      '已审阅（领导小组）': 1,
      未提交: 0,
    });
    expect(String(wb.getWorksheet('未提交')!.getCell(3, 2).value)).toBe('无');
    // Scoped like the JSON completeness: a region outside 404, a cadre 404, a bad half year 400 naming it.
    expect(
      (await county.get('/api/half-year-reports/completeness.xlsx?region=520122&period=2026H1')).statusCode,
    ).toBe(404);
    expect(
      (await cadre.get('/api/half-year-reports/completeness.xlsx?region=520121&period=2026H1')).statusCode,
    ).toBe(404);
    const bad = await county.get('/api/half-year-reports/completeness.xlsx?region=520121&period=2026H3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].field).toBe('period');
  });

  it('names who is missing in the completeness workbook (2026H2: nobody has written yet)', async () => {
    await moveClockTo('2027-01-20T02:00:00Z');
    const res = await leading.get('/api/half-year-reports/completeness.xlsx?region=520121&period=2026H2');
    expect(res.statusCode, res.body).toBe(200);
    const ws = (await readWorkbook(res.rawPayload)).getWorksheet('未提交')!;
    const names: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 2) names.push(String(row.getCell(2).value));
    });
    const json = (
      await leading.get('/api/half-year-reports/completeness?region=520121&period=2026H2')
    ).json();
    expect(json.missing.length).toBe(2);
    expect(names).toEqual(json.missing.map((m: { name: string }) => m.name));
  });

  it('exports the list for a region and half year as Excel, the same rows as the JSON list', async () => {
    const res = await leading.get('/api/half-year-reports.xlsx?region=520121&period=2026H1');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ws = (await readWorkbook(res.rawPayload)).worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain('2026年上半年工作报告一览');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toContain('审阅意见');
    const json = (await leading.get('/api/half-year-reports?region=520121&period=2026H1')).json();
    const rows: string[][] = [];
    for (let n = 3; n <= ws.rowCount; n++) {
      const v = (ws.getRow(n).values as unknown[]).slice(1).map((x) => (x == null ? '' : String(x)));
      if (v.every((x) => x === '')) break;
      rows.push(v);
    }
    expect(rows.map((r) => r[1])).toEqual(json.items.map((i: { cadreName: string }) => i.cadreName));
    expect(rows.map((r) => r[5]).sort()).toEqual(['已审阅', '已提交']);
    expect(rows.some((r) => r[9] === '逾期')).toBe(true);
    // A unit exports only its own cadres' reports; a cadre only their own; the village committee is refused.
    const mine = (
      await readWorkbook((await unit.get('/api/half-year-reports.xlsx?period=2026H1')).rawPayload)
    ).worksheets[0]!;
    expect(String(mine.getCell(3, 2).value)).toBe(
      json.items.find((i: { cadreId: string }) => i.cadreId === cadreId).cadreName,
    );
    expect(String(mine.getCell(4, 1).value ?? '')).toBe('');
    const own = await other.get('/api/half-year-reports.xlsx');
    expect(own.statusCode).toBe(200);
    const ownSheet = (await readWorkbook(own.rawPayload)).worksheets[0]!;
    expect(String(ownSheet.getCell(4, 1).value ?? '')).toBe('');
  });
});
