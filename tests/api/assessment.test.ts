import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townshipOf } from '../../src/domain/regions/code';
import { buildApp } from '../../src/server/app';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';
import { pdfText } from '../support/pdf-text';

// Issue 13: the assessment batch from opening to the printed form; anonymous surveys; grades under the ladder
// and the quota (P17.5.1-mix); outcomes on the cadre's file (P21.5-use, P17.5.3-recall).

let t: TestApp;
let county: TestUser;
let lg: TestUser;
let cadres: Stationed[];
let late: { cadreId: string; village: string };
let batchId: string;

/** Audit records of an action, once sealed (records are sealed into the chain right after their commit). */
async function audited(action: string) {
  for (let i = 0; ; i++) {
    const body = (await county.get(`/api/audit?action=${action}&pageSize=100`)).json();
    if (body.total > 0 || i >= 40)
      return body as { total: number; items: { after: Record<string, unknown> }[] };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Rows of a query, on both engines. */
const rows = async <T>(q: ReturnType<typeof sql>): Promise<T[]> =>
  ((await t.container.database.db.execute(q)) as unknown as { rows: T[] }).rows;

const anon = (
  method: 'GET' | 'POST',
  code: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method,
    url: `/api/survey/${code}`,
    ...(payload ? { payload: payload as object } : {}),
    headers,
  });

beforeAll(async () => {
  const fx = await attendanceFixture();
  t = fx.t;
  county = fx.county;
  lg = await t.user({ roles: ['leading_group'], regions: ['520121'] });
  cadres = [];
  for (let i = 0; i < 5; i++) cadres.push(await fx.stationed());
  // One more, stationed from 2025-08-01: five months by the year's end (P21.5-annual).
  const { selectionFactory } = await import('../support/selection-factory');
  const village = fx.nextVillage();
  const d = await selectionFactory(t).decided(village, { need: { members: 0 } });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn: '2025-08-01',
    plannedEndOn: '2027-08-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  late = { cadreId: d.cadreId, village };
  // An unexcused absence for cadre 2 (one rung: no 优秀) and three for cadre 3 (不称职).
  const absent = async (c: Stationed, on: string) => {
    const r = await c.town.post('/api/verifications', {
      assignmentId: c.assignmentId,
      on,
      method: 'visit',
      finding: 'absent',
    });
    expect(r.statusCode, r.body).toBe(201);
  };
  await absent(cadres[1]!, '2025-09-10');
  for (const on of ['2025-09-10', '2025-09-11', '2025-09-12']) await absent(cadres[2]!, on);
}, 240_000);
afterAll(() => t?.close());

describe('opening a batch (P21.5-annual)', () => {
  it('the county opens the annual batch: who is assessed, and why others are not', async () => {
    const res = await county.post('/api/assessment-batches', {
      kind: 'annual',
      region: '520121',
      year: 2025,
    });
    expect(res.statusCode, res.body).toBe(201);
    const batch = res.json().batch;
    batchId = batch.id;
    expect(batch.scheme.weights).toEqual({
      attendance: 20,
      performance: 40,
      summary: 10,
      villagers: 20,
      villageCadres: 10,
    });
    const byCadre = new Map(batch.subjects.map((s: { cadreId: string }) => [s.cadreId, s]));
    for (const c of cadres)
      expect(byCadre.get(c.cadreId)).toMatchObject({ eligible: true, ruleId: 'P21.5-annual' });
    const l = byCadre.get(late.cadreId) as { eligible: boolean; reason: string; ruleId: string };
    expect(l).toMatchObject({ eligible: false, ruleId: 'P21.5-annual' });
    expect(l.reason).toContain('不满6个月');
  });
  it('the same batch twice is 409; bad input 400 naming the field; outside the scope 404; a township 403', async () => {
    expect(
      (await county.post('/api/assessment-batches', { kind: 'annual', region: '520121', year: 2025 }))
        .statusCode,
    ).toBe(409);
    const bad = await county.post('/api/assessment-batches', { kind: 'yearly', region: '5201', year: 2025 });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().details.fields.map((f: { field: string }) => f.field))).toMatch(
      /kind.*region|region.*kind/,
    );
    expect(
      (await county.post('/api/assessment-batches', { kind: 'annual', region: '110101', year: 2025 }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await cadres[0]!.town.post('/api/assessment-batches', {
          kind: 'annual',
          region: '520121',
          year: 2025,
        })
      ).statusCode,
    ).toBe(403);
    expect((await county.get(`/api/assessment-batches/${batchId}`)).statusCode).toBe(200);
    const list = (await county.get('/api/assessment-batches?year=2025')).json().items;
    expect(list.find((b: { id: string }) => b.id === batchId)).toMatchObject({ eligible: 5, decided: 0 });
    const outsider = await t.user({ roles: ['org_admin'], regions: ['520122'] });
    expect((await outsider.get(`/api/assessment-batches/${batchId}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/assessment-batches/${batchId}/proposals`)).statusCode).toBe(404);
  });
  it('weights that do not add up to 100 refuse the batch with P17.5.1-mix', async () => {
    const prov = await t.user({ roles: ['org_admin'], regions: ['52'] });
    const put = await prov.put('/api/settings/52/assessmentWeightSummary', {
      value: 20,
      effectiveFrom: '2024-01-01',
      source: '测试：权重合计110',
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await county.post('/api/assessment-batches', {
      kind: 'annual',
      region: '520121',
      year: 2024,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(res.json().message).toContain('P17.5.1-mix');
    expect(res.json().message).toContain('110');
  });
});

describe('proposals from the records (P17.5.1-mix)', () => {
  it('lists each eligible cadre with the five components, how each was computed, and the limits', async () => {
    const res = await county.get(`/api/assessment-batches/${batchId}/proposals`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    expect(Array.isArray(list)).toBe(true);
    expect(list).toHaveLength(5);
    for (const p of list) {
      expect(Object.keys(p.components).sort()).toEqual([
        'attendance',
        'performance',
        'summary',
        'villageCadres',
        'villagers',
      ]);
      expect(p.components.attendance).toEqual(expect.any(Number));
      expect(p.components.performance).toBeNull(); // no task list items: "no records", never invented
      expect(p.components.summary).toBeNull();
      expect(p.details.performance.how).toContain('无记录');
      expect(p.details.attendance.how).toContain('考勤台账');
    }
    const withOne = list.find((p: { cadreId: string }) => p.cadreId === cadres[1]!.cadreId);
    const withThree = list.find((p: { cadreId: string }) => p.cadreId === cadres[2]!.cadreId);
    expect(withOne.absences).toBe(1);
    expect(withThree.absences).toBe(3);
    expect(withThree.proposedGrade).toBe('incompetent');
  });
  it('a score is adjusted only with a reason, audited', async () => {
    const c = cadres[0]!;
    const noReason = await lg.post(`/api/assessment-batches/${batchId}/adjustments`, {
      cadreId: c.cadreId,
      component: 'summary',
      score: 92,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().details.fields[0].field).toBe('reason');
    for (const cd of cadres) {
      for (const component of ['summary', 'performance'] as const) {
        const r = await lg.post(`/api/assessment-batches/${batchId}/adjustments`, {
          cadreId: cd.cadreId,
          component,
          score: cd === c ? 98 : 88,
          reason: '依据书面工作总结和述职评定',
        });
        expect(r.statusCode, r.body).toBe(201);
      }
    }
    const p = (await county.get(`/api/assessment-batches/${batchId}/proposals`))
      .json()
      .find((x: { cadreId: string }) => x.cadreId === c.cadreId);
    expect(p.components.summary).toBe(98);
    expect(p.details.summary.adjustment.reason).toBe('依据书面工作总结和述职评定');
    expect((await audited('assessment.adjust')).total).toBeGreaterThanOrEqual(10);
  });

  it('a discipline record of the year goes before the committee as a note citing P21.5-discipline, for that cadre only', async () => {
    const c = cadres[4]!;
    const r = await county.post('/api/discipline-records', {
      cadreId: c.cadreId,
      on: '2025-10-15',
      finding: '未按规定报备离村',
      decision: 'criticism',
    });
    expect(r.statusCode, r.body).toBe(201);
    t.clock.advance(16_000); // past the proposals' 15-second sharing
    const proposals = (await county.get(`/api/assessment-batches/${batchId}/proposals`)).json() as {
      cadreId: string;
      limits: { ruleId: string; message: string }[];
    }[];
    const noted = proposals.filter((x) => x.limits.some((l) => l.ruleId === 'P21.5-discipline'));
    expect(noted.map((x) => x.cadreId)).toEqual([c.cadreId]);
    expect(noted[0]!.limits.find((l) => l.ruleId === 'P21.5-discipline')!.message).toContain('批评');
  });
});

describe('anonymous surveys without accounts (P21.5-voices)', () => {
  let codes: string[];
  it('the county issues one-time codes for a village; a villager answers with no session and no CSRF header', async () => {
    const res = await lg.post(`/api/assessment-batches/${batchId}/survey-codes`, {
      villageCode: cadres[0]!.village,
      audience: 'villagers',
      count: 6,
    });
    expect(res.statusCode, res.body).toBe(201);
    codes = res.json().codes.map((c: { code: string }) => c.code);
    expect(codes).toHaveLength(6);
    const q = await anon('GET', codes[0]!);
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json().questions).toHaveLength(5);
    const a = await anon('POST', codes[0]!, { answers: [5, 4, 5, 4, 5] });
    expect(a.statusCode, a.body).toBe(201);
    expect((await anon('POST', codes[0]!, { answers: [1, 1, 1, 1, 1] })).statusCode).toBe(409);
    expect(
      (await anon('POST', codes[1]!.toLowerCase().replace(/^(....)/, '$1-'), { answers: [4, 4, 4, 4, 4] }))
        .statusCode,
    ).toBe(201);
    expect((await anon('POST', codes[2]!, { answers: [4, 4, 9, 4, 4] })).statusCode).toBe(400);
    expect((await anon('GET', 'ABCDEFGH')).statusCode).toBe(404);
    expect((await anon('POST', 'nonsense!', { answers: [3, 3, 3, 3, 3] })).statusCode).toBe(404);
  });
  it('two answers with one code at once: exactly one 201, the other 409', async () => {
    const both = await Promise.all([
      anon('POST', codes[3]!, { answers: [3, 3, 3, 3, 3] }),
      anon('POST', codes[3]!, { answers: [5, 5, 5, 5, 5] }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const [count] = await rows<{ n: number }>(sql`select count(*)::int as n from survey_responses`);
    expect(count!.n).toBe(3);
  });
  it('stores nothing that identifies the answerer: no code, address, agent, nor a time finer than the day', async () => {
    const cols = await rows<{ table_name: string; column_name: string; data_type: string }>(
      sql`select table_name, column_name, data_type from information_schema.columns where table_name in ('survey_responses', 'survey_codes') order by 1, 2`,
    );
    const responses = cols.filter((c) => c.table_name === 'survey_responses').map((c) => c.column_name);
    expect(responses.sort()).toEqual([
      'answered_on',
      'answers',
      'audience',
      'batch_id',
      'id',
      'village_code',
    ]);
    for (const c of cols) {
      expect(c.data_type).not.toMatch(/timestamp|time |inet/);
      expect(c.column_name).not.toMatch(/ip|agent|device|user|session|created_at/);
    }
    const audits = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action like 'survey%' or entity_type = 'survey_response'`,
    );
    expect(audits[0]!.n).toBe(0);
    const stored = await rows<Record<string, unknown>>(sql`select * from survey_responses`);
    for (const r of stored) expect(JSON.stringify(r)).not.toMatch(new RegExp(codes.join('|')));
  });
  it('request logs record neither the code nor the address of a survey request', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = await buildApp(
      { ...t.container, config: { ...t.container.config, logLevel: 'info' } },
      { logStream: stream },
    );
    await app.ready();
    try {
      await app.inject({ method: 'GET', url: `/api/survey/${codes[4]}`, remoteAddress: '203.0.113.9' });
      await app.inject({
        method: 'POST',
        url: `/api/survey/${codes[4]}`,
        payload: { answers: [4, 4, 4, 4, 4] },
        remoteAddress: '203.0.113.9',
      });
      const log = lines.join('');
      expect(log).toContain('/api/survey/[redacted]');
      expect(log).not.toContain(codes[4]!);
      expect(log).not.toContain('203.0.113.9');
    } finally {
      await app.close();
    }
  });
  it('an expired code is 404; the progress shows counts, the distribution and a confidence note, no ranking', async () => {
    const res = await lg.post(`/api/assessment-batches/${batchId}/survey-codes`, {
      villageCode: cadres[0]!.village,
      audience: 'village_cadres',
      count: 2,
      expiresOn: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    const code = res.json().codes[0].code;
    expect((await anon('GET', code)).statusCode).toBe(200);
    t.clock.advance(2 * 86_400_000);
    try {
      expect((await anon('GET', code)).statusCode).toBe(404);
      expect((await anon('POST', code, { answers: [3, 3, 3, 3, 3] })).statusCode).toBe(404);
    } finally {
      t.clock.advance(-2 * 86_400_000); // back, so the signed-in sessions stay fresh
    }
    const progress = (await county.get(`/api/assessment-batches/${batchId}/progress`)).json();
    const v = progress.villages.find((x: { audience: string }) => x.audience === 'villagers');
    expect(v).toMatchObject({ codesIssued: 6, answered: 4 });
    expect(v.distribution.reduce((s: number, n: number) => s + n, 0)).toBe(20);
    expect(v.confidenceNote).toContain('仅供参考');
    const p = (await county.get(`/api/assessment-batches/${batchId}/proposals`))
      .json()
      .find((x: { cadreId: string }) => x.cadreId === cadres[0]!.cadreId);
    expect(p.components.villagers).toEqual(expect.any(Number));
    expect(p.details.villagers.how).toContain('4份答卷');
  });
  it('prints the unused codes as an A4 sheet with QR codes', async () => {
    const res = await lg.get(
      `/api/assessment-batches/${batchId}/survey-codes.pdf?villageCode=${cadres[0]!.village}&audience=villagers`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = pdfText(res.rawPayload).replaceAll('\n', '');
    expect(text).toContain('村民测评');
    expect(text).toContain(`${codes[5]!.slice(0, 4)}-${codes[5]!.slice(4)}`);
    expect(text).not.toContain(`${codes[0]!.slice(0, 4)}-${codes[0]!.slice(4)}`);
  });
});

describe('grades: the ladder and the 优秀 quota (P17.5.1-mix)', () => {
  it('refuses 优秀 against the absence ladder, and beyond the quota, naming the rule; decides within both', async () => {
    const decide = (i: number, grade: string, reason = '考核组综合评定意见') =>
      lg.post(`/api/assessment-batches/${batchId}/decisions`, { cadreId: cadres[i]!.cadreId, grade, reason });
    const ladder = await decide(1, 'excellent');
    expect(ladder.statusCode).toBe(422);
    expect(ladder.json().code).toBe('POLICY_VIOLATION');
    expect(ladder.json().details.violations[0].ruleId).toBe('P17.5.1-mix');
    expect(ladder.json().message).toContain('缺勤');
    expect((await decide(2, 'basically_competent')).statusCode).toBe(422); // three absences: 不称职
    const first = await decide(0, 'excellent');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().decision).toMatchObject({ grade: 'excellent', gradeLabel: '优秀' });
    const second = await decide(3, 'excellent'); // 5 eligible × 20 % = 1
    expect(second.statusCode).toBe(422);
    expect(second.json().message).toContain('P17.5.1-mix');
    expect(second.json().message).toContain('最多1人');
    expect(
      (
        await cadres[0]!.town.post(`/api/assessment-batches/${batchId}/decisions`, {
          cadreId: cadres[3]!.cadreId,
          grade: 'competent',
        })
      ).statusCode,
    ).toBe(403);
    for (const [i, g] of [
      [1, 'competent'],
      [2, 'incompetent'],
      [3, 'competent'],
    ] as const) {
      expect((await decide(i, g)).statusCode).toBe(201);
    }
    expect((await lg.post(`/api/assessment-batches/${batchId}/publish`)).statusCode).toBe(409); // cadre 4 waits
    expect((await decide(4, 'competent')).statusCode).toBe(201);
  });
  it('publishes to the units, the cadres and their files; the form prints as A4 PDF with the Chinese text', async () => {
    const c = cadres[0]!;
    const before = await c.cadre.get(`/api/cadres/${c.cadreId}/assessments`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().assessments[0].grade).toBeNull(); // the cadre sees it once published
    const pub = await lg.post(`/api/assessment-batches/${batchId}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().batch.status).toBe('published');
    const after = (await c.cadre.get(`/api/cadres/${c.cadreId}/assessments`)).json();
    expect(after.assessments[0]).toMatchObject({ year: 2025, grade: 'excellent', gradeLabel: '优秀' });
    const audits = await audited('assessment.publish');
    expect(audits.items[0]?.after.ruleId).toBe('P17.5.1-record');
    expect(
      (
        await lg.post(`/api/assessment-batches/${batchId}/decisions`, {
          cadreId: c.cadreId,
          grade: 'competent',
          reason: '发布后再改',
        })
      ).statusCode,
    ).toBe(409);
    const form = await county.get(`/api/assessment-batches/${batchId}/subjects/${c.cadreId}/form.pdf`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toContain('application/pdf');
    const text = pdfText(form.rawPayload).replaceAll('\n', '');
    expect(text).toContain('驻村干部年度考核登记表');
    expect(text).toContain('优秀');
    expect(text).toContain('P21.5-annual');
    const dist = (await county.get('/api/assessment-distribution?year=2025&region=520121')).json();
    expect(dist.byCounty[0].counts).toEqual({ excellent: 1, competent: 3, incompetent: 1 });
    expect(JSON.stringify(dist)).not.toContain(c.cadreId);
  });
});

describe('outcomes on the cadre file (P21.5-use, P17.5.3-recall)', () => {
  it('records a commendation with date, decision maker, basis and rule; the unit reads it on the file', async () => {
    const c = cadres[0]!;
    const res = await county.post(`/api/cadres/${c.cadreId}/outcomes`, {
      kind: 'commendation',
      on: '2026-03-01',
      basis: '2025年度考核优秀，予以通报表扬',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().outcome).toMatchObject({
      kind: 'commendation',
      ruleId: 'P21.5-use',
      decisionMaker: '县委组织部',
    });
    expect(
      (
        await county.post(`/api/cadres/${c.cadreId}/outcomes`, {
          kind: 'medal',
          on: '2026-03-01',
          basis: '测试测试',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await county.post(`/api/cadres/${c.cadreId}/outcomes`, {
          kind: 'other',
          on: '2026-03-01',
          basis: '其他处理事项',
        })
      ).statusCode,
    ).toBe(400);
    const unit = await t.user({ roles: ['unit_hr'], units: [c.unitId] });
    const file = (await unit.get(`/api/cadres/${c.cadreId}/assessments`)).json();
    expect(file.outcomes[0]).toMatchObject({ kind: 'commendation', on: '2026-03-01' });
    const outsider = await t.user({ roles: ['org_admin'], regions: ['520122'] });
    expect(
      (
        await outsider.post(`/api/cadres/${c.cadreId}/outcomes`, {
          kind: 'criticism',
          on: '2026-03-01',
          basis: '批评教育测试',
        })
      ).statusCode,
    ).toBe(404);
  });
  it('a recall proposal goes through the recall workflow', async () => {
    const c = cadres[2]!;
    const res = await county.post(`/api/cadres/${c.cadreId}/outcomes`, {
      kind: 'recall_proposal',
      on: '2026-03-02',
      basis: '年度考核不称职，不适合继续驻村',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().outcome.recallProposalId;
    expect(id).toEqual(expect.any(String));
    const list = (await county.get('/api/recall-proposals')).json();
    expect(list.items.map((r: { id: string }) => r.id)).toContain(id);
    expect(townshipOf(c.village)).toBeTruthy();
  });
});
