import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, teams, villageNeeds } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// Teams and terms (issue 5): POST /api/assignments and the rules of RULES.md §4. The test clock reads
// 2026-03-02; dates are days on post, both ends included.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let nextVillage: () => string;

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  nextVillage = await villagePool(t);
});
afterAll(() => t.close());

const assign = (body: Record<string, unknown>, as: TestUser = county) => as.post('/api/assignments', body);
/** Rule ids of the findings that refused the request (hints left out). */
const ruleIds = (res: { json(): { details?: { violations?: { ruleId: string; severity: string }[] } } }) =>
  (res.json().details?.violations ?? []).filter((v) => v.severity !== 'info').map((v) => v.ruleId);

/** A first secretary on post in a village from `startOn` to `plannedEndOn`. */
async function firstSecretary(
  village: string,
  startOn: string,
  plannedEndOn: string,
  need: Record<string, unknown> = {},
) {
  const d = await f.decided(village, { need: { members: 0, ...need } });
  const res = await assign({
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn,
    plannedEndOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...d, assignmentId: res.json().assignment.id as string };
}

describe('POST /api/assignments', () => {
  it('makes an assignment of a decided nomination, starts batch 1 and fills the need', async () => {
    const village = nextVillage();
    const d = await f.decided(village, { need: { members: 0 } });
    const res = await assign({
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-03-02',
      plannedEndOn: '2028-03-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.violations).toEqual([]);
    expect(body.assignment).toMatchObject({
      id: expect.any(String),
      nominationId: d.nominationId,
      needId: d.needId,
      cadreId: d.cadreId,
      unitId: d.unitId,
      villageCode: village,
      teamRole: 'first_secretary',
      startOn: '2026-03-02',
      plannedEndOn: '2028-03-02',
      endOn: null,
      endReason: null,
      batch: 1,
      policyVersion: 'P21',
      active: true,
    });
    expect(body.assignment.villageName).toMatch(/村$/);
    const [need] = await t.container.database.db
      .select()
      .from(villageNeeds)
      .where(eq(villageNeeds.id, d.needId));
    expect(need!.status).toBe('filled');
    const audits = await t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.assignment.id), eq(auditLog.action, 'assignment.create')));
    expect(audits).toHaveLength(1);
    const get = await county.get(`/api/assignments/${body.assignment.id}`);
    expect(get.statusCode).toBe(200);
    expect(get.json().assignment.id).toBe(body.assignment.id);
  });

  it('keeps the need open until every slot is assigned, and members join the same team', async () => {
    const village = nextVillage();
    const fs = await f.decided(village, { need: { members: 2 } });
    const m1 = await f.decided(village, { role: 'member', needId: fs.needId });
    const m2 = await f.decided(village, { role: 'member', needId: fs.needId });
    const dates = { startOn: '2026-03-02', plannedEndOn: '2028-03-02' };
    const a = await assign({ nominationId: fs.nominationId, teamRole: 'first_secretary', ...dates });
    expect(a.statusCode, a.body).toBe(201);
    const b = await assign({
      nominationId: m1.nominationId,
      teamRole: 'member',
      startOn: '2026-03-10',
      plannedEndOn: '2028-03-10',
    });
    expect(b.statusCode, b.body).toBe(201);
    const needStatus = async () =>
      (await t.container.database.db.select().from(villageNeeds).where(eq(villageNeeds.id, fs.needId)))[0]!
        .status;
    expect(await needStatus()).toBe('open');
    const c = await assign({ nominationId: m2.nominationId, teamRole: 'member', ...dates });
    expect(c.statusCode, c.body).toBe(201);
    expect(await needStatus()).toBe('filled');
    expect(
      new Set([a.json().assignment.teamId, b.json().assignment.teamId, c.json().assignment.teamId]).size,
    ).toBe(1);
    const extra = await f.decided(village, { role: 'member', needId: fs.needId });
    const refused = await assign({ nominationId: extra.nominationId, teamRole: 'member', ...dates });
    expect(refused.statusCode).toBe(409);
  });

  describe('term length (P17.2.2-term / P21.5-term)', () => {
    // Days on post, both ends included (issue 9 correction 1): 2026-03-02 → 2028-03-01 is exactly two years.
    it('passes exactly two years under P21 and refuses a day less without a reason (warn) (P21.5-term)', async () => {
      const ok = await f.decided(nextVillage(), { need: { members: 0 } });
      const exact = await assign({
        nominationId: ok.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-01',
      });
      expect(exact.statusCode, exact.body).toBe(201);

      const short = await f.decided(nextVillage(), { need: { members: 0 } });
      const body = {
        nominationId: short.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-02-29',
      };
      const refused = await assign(body);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().code).toBe('POLICY_VIOLATION');
      expect(refused.json().details.violations).toEqual([
        expect.objectContaining({
          ruleId: 'P21.5-term',
          severity: 'warn',
          message: expect.stringContaining('2028-02-29'),
        }),
      ]);

      const reason = '对口帮扶项目周期所限，经县委研究同意';
      const overridden = await assign({ ...body, overrides: [{ ruleId: 'P21.5-term', reason }] });
      expect(overridden.statusCode, overridden.body).toBe(201);
      expect(overridden.json().violations).toEqual([
        expect.objectContaining({ ruleId: 'P21.5-term', severity: 'warn', overrideReason: reason }),
      ]);
      expect(overridden.json().assignment.overrides).toEqual([{ ruleId: 'P21.5-term', reason }]);
    });

    it('passes exactly two years under P17 and blocks a day less, reason or not (P17.2.2-term)', async () => {
      const ok = await f.decided(nextVillage(), { need: { members: 0 } });
      const exact = await assign({
        nominationId: ok.nominationId,
        teamRole: 'first_secretary',
        startOn: '2019-03-01',
        plannedEndOn: '2021-02-28',
      });
      expect(exact.statusCode, exact.body).toBe(201);
      expect(exact.json().assignment.policyVersion).toBe('P17');

      const short = await f.decided(nextVillage(), { need: { members: 0 } });
      const body = {
        nominationId: short.nominationId,
        teamRole: 'first_secretary',
        startOn: '2019-03-01',
        plannedEndOn: '2021-02-27',
        overrides: [{ ruleId: 'P17.2.2-term', reason: '项目周期所限，确需缩短' }],
      };
      const refused = await assign(body);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().details.violations[0]).toMatchObject({
        ruleId: 'P17.2.2-term',
        severity: 'block',
      });
    });

    it('refuses a planned end on or before the start as invalid input', async () => {
      const d = await f.decided(nextVillage());
      const res = await assign({
        nominationId: d.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2026-03-02',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().details.fields[0].field).toBe('plannedEndOn');
    });
  });

  describe('rotation with overlapping handover (P21.5-rotate)', () => {
    // The overlap counts the days both are on post: last day 2026-06-01, first day 2026-05-26 is 7 days.
    it('passes seven days together with the predecessor and refuses six (P21.5-rotate)', async () => {
      const village = nextVillage();
      await firstSecretary(village, '2024-06-01', '2026-06-01');
      const six = await f.decided(village, { need: { members: 0 } });
      const refused = await assign({
        nominationId: six.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-05-27',
        plannedEndOn: '2028-05-26',
      });
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().details.violations[0]).toMatchObject({
        ruleId: 'P21.5-rotate',
        severity: 'block',
        facts: { overlapDays: 6, requiredOverlapDays: 7 },
      });
      const seven = await assign({
        nominationId: six.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-05-26',
        plannedEndOn: '2028-05-25',
      });
      expect(seven.statusCode, seven.body).toBe(201);
      expect(seven.json().assignment.batch).toBe(2);
    });

    it('refuses a plan that leaves the village a single day without its first secretary', async () => {
      const village = nextVillage();
      await firstSecretary(village, '2024-06-01', '2026-06-01');
      const next = await f.decided(village, { need: { members: 0 } });
      const gap = await assign({
        nominationId: next.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-06-03',
        plannedEndOn: '2028-06-03',
      });
      expect(gap.statusCode).toBe(422);
      expect(gap.json().details.violations[0]).toMatchObject({
        ruleId: 'P21.5-rotate',
        facts: { gap: { from: '2026-06-02', to: '2026-06-02', days: 1 } },
      });
      const touching = await assign({
        nominationId: next.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-06-02',
        plannedEndOn: '2028-06-02',
      });
      expect(ruleIds(touching)).toEqual(['P21.5-rotate']);
    });

    it('refuses a second first secretary while the first still has more than the handover window to serve', async () => {
      const village = nextVillage();
      const first = await firstSecretary(village, '2025-06-01', '2027-06-01');
      const second = await f.decided(village, { need: { members: 0 } });
      const res = await assign({
        nominationId: second.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().details).toMatchObject({
        holderAssignmentId: first.assignmentId,
        earliestSuccessorStart: '2027-03-04',
      });
    });
  });

  describe('team leader and size', () => {
    it('refuses a separate leader under P21 where the village has a first secretary (P21.5-leader)', async () => {
      const village = nextVillage();
      const fs = await f.decided(village, { need: { members: 2 } });
      const leader = await f.decided(village, { role: 'member', needId: fs.needId });
      const res = await assign({
        nominationId: leader.nominationId,
        teamRole: 'leader',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      });
      expect(res.statusCode).toBe(422);
      expect(ruleIds(res)).toEqual(['P21.5-leader']);
      const overridden = await assign({
        nominationId: leader.nominationId,
        teamRole: 'leader',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
        overrides: [{ ruleId: 'P21.5-leader', reason: '县委研究决定另设队长' }],
      });
      expect(overridden.statusCode).toBe(422);
      expect(overridden.json().details.rejectedOverrides[0]).toMatchObject({
        ruleId: 'P21.5-leader',
        why: 'BLOCK_RULE',
      });
    });

    it('warns of a separate leader under P17, and proceeds with a reason (P17.1.2-leader)', async () => {
      const village = nextVillage();
      const fs = await f.decided(village, { need: { members: 2 } });
      const leader = await f.decided(village, { role: 'member', needId: fs.needId });
      const body = {
        nominationId: leader.nominationId,
        teamRole: 'leader',
        startOn: '2019-03-01',
        plannedEndOn: '2021-03-01',
      };
      expect(ruleIds(await assign(body))).toEqual(['P17.1.2-leader']);
      const res = await assign({
        ...body,
        overrides: [{ ruleId: 'P17.1.2-leader', reason: '第一书记尚未到位，暂由其任队长' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().violations[0]).toMatchObject({
        ruleId: 'P17.1.2-leader',
        overrideReason: expect.any(String),
      });
    });

    it('warns of a team planned below the size rule (P21.5-size) and proceeds with a reason', async () => {
      const village = nextVillage();
      const fs = await f.decided(village, { need: { members: 1 } });
      const body = {
        nominationId: fs.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      };
      expect(ruleIds(await assign(body))).toEqual(['P21.5-size']);
      const res = await assign({
        ...body,
        overrides: [{ ruleId: 'P21.5-size', reason: '该村巩固任务较轻，县委确定派1名队员' }],
      });
      expect(res.statusCode, res.body).toBe(201);
    });

    it('warns of a P17 team under three people (P17.2.2-size)', async () => {
      const village = nextVillage();
      const fs = await f.decided(village, { need: { members: 1 } });
      const res = await assign({
        nominationId: fs.nominationId,
        teamRole: 'first_secretary',
        startOn: '2019-03-01',
        plannedEndOn: '2021-03-01',
      });
      expect(ruleIds(res)).toEqual(['P17.2.2-size']);
    });
  });

  describe('refusals', () => {
    it('refuses a nomination that is not decided (409 INVALID_STATE)', async () => {
      const d = await f.decided(nextVillage(), { nomination: { status: 'filed' } });
      const res = await assign({
        nominationId: d.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('INVALID_STATE');
    });

    it('refuses assigning a nomination twice and a cadre to two villages at once', async () => {
      const village = nextVillage();
      const d = await f.decided(village, { need: { members: 0 } });
      const body = {
        nominationId: d.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      };
      expect((await assign(body)).statusCode).toBe(201);
      const again = await assign(body);
      expect(again.statusCode).toBe(409);
      const other = nextVillage();
      const needId = await f.need(other, { members: 0 });
      const second = await f.nomination({ cadreId: d.cadreId, unitId: d.unitId, needId, villageCode: other });
      const clash = await assign({ ...body, nominationId: second });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().code).toBe('CONFLICT');
    });

    it('refuses a first secretary without a year of full party standing under P21 (P21.3-fs-party)', async () => {
      const d = await f.decided(nextVillage(), {
        need: { members: 0 },
        cadre: { partyStatus: 'full', partyFullOn: '2025-03-03' },
      });
      const res = await assign({
        nominationId: d.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      });
      expect(res.statusCode).toBe(422);
      expect(ruleIds(res)).toContain('P21.3-fs-party');
    });

    it('answers 403 to roles that may not assign and 404 outside the scope', async () => {
      const d = await f.decided(nextVillage(), { need: { members: 0 } });
      const body = {
        nominationId: d.nominationId,
        teamRole: 'first_secretary',
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-02',
      };
      const unit = await t.user({ roles: ['unit_hr'], units: [d.unitId] });
      const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
      expect((await assign(body, unit)).statusCode).toBe(403);
      expect((await assign(body, inspector)).statusCode).toBe(403);
      const other = await t.user({ roles: ['org_admin'], regions: ['110101'] });
      expect((await assign(body, other)).statusCode).toBe(404);
    });
  });
});

describe('team batches', () => {
  it('starts the next batch at rotation and keeps history in the village', async () => {
    const village = nextVillage();
    await firstSecretary(village, '2021-06-01', '2023-06-01');
    const rows = () => t.container.database.db.select().from(teams).where(eq(teams.villageCode, village));
    expect(await rows()).toHaveLength(1);
    const next = await f.decided(village, { need: { members: 0 } });
    const res = await assign({
      nominationId: next.nominationId,
      teamRole: 'first_secretary',
      startOn: '2023-05-20',
      plannedEndOn: '2025-05-20',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await rows()).map((r) => r.batch).sort()).toEqual([1, 2]);
  });
});

describe('POST /api/assignments/:id/end', () => {
  it('ends a term at its planned end as completed', async () => {
    const a = await firstSecretary(nextVillage(), '2023-03-01', '2025-03-01');
    const res = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2025-03-01',
      reason: 'completed',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignment).toMatchObject({
      endOn: '2025-03-01',
      endReason: 'completed',
      active: false,
    });
    const again = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2025-03-01',
      reason: 'completed',
    });
    expect(again.statusCode).toBe(409);
  });

  it('warns of an early end that is neither recall nor rotation, and takes the note as its reason', async () => {
    const a = await firstSecretary(nextVillage(), '2025-03-01', '2027-03-01');
    const early = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2026-03-01',
      reason: 'other',
    });
    expect(early.statusCode).toBe(422);
    expect(ruleIds(early)).toEqual(['P21.5-term']);
    const note = '因病无法继续驻村，经县委组织部同意';
    const ok = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2026-03-01',
      reason: 'other',
      note,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().violations).toContainEqual(
      expect.objectContaining({ ruleId: 'P21.5-term', overrideReason: note }),
    );
    expect(ok.json().assignment).toMatchObject({ endReason: 'other', endNote: note });
  });

  it('sends a recall through the recall procedure (P17.5.3-recall)', async () => {
    const a = await firstSecretary(nextVillage(), '2025-03-01', '2027-03-01');
    const res = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2026-03-01',
      reason: 'recalled',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().details.ruleId).toBe('P17.5.3-recall');
  });

  it('keeps the team of a village that exited poverty during the campaign (P17.2.3-stay)', async () => {
    const village = nextVillage();
    await f.category(village, 'registeredPoor', '2014-01-01', '2018-12-31');
    await f.category(village, 'liftedFromPoverty', '2019-01-01');
    const a = await firstSecretary(village, '2018-03-01', '2020-03-01');
    const body = { endOn: '2019-06-30', reason: 'other', note: '村已脱贫出列，工作队撤离' };
    const res = await county.post(`/api/assignments/${a.assignmentId}/end`, body);
    expect(res.statusCode).toBe(422);
    expect(ruleIds(res)).toContain('P17.2.3-stay');
  });

  it('refuses an end before the start', async () => {
    const a = await firstSecretary(nextVillage(), '2025-03-01', '2027-03-01');
    const res = await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2025-02-01',
      reason: 'completed',
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('PATCH /api/assignments/:id', () => {
  it('records the party-relation transfer and the full-time acknowledgement, audited', async () => {
    const a = await firstSecretary(nextVillage(), '2026-01-05', '2028-01-05');
    const unit = await t.user({ roles: ['unit_hr'], units: [a.unitId] });
    const res = await unit.patch(`/api/assignments/${a.assignmentId}`, {
      partyRelationTransferredOn: '2026-01-20',
      fullTimeAcknowledgedOn: '2026-01-05',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignment).toMatchObject({
      partyRelationTransferredOn: '2026-01-20',
      fullTimeAcknowledgedOn: '2026-01-05',
    });
    const audits = await t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.assignmentId), eq(auditLog.action, 'assignment.checklist')));
    expect(audits).toHaveLength(1);
    const township = await t.user({ roles: ['township'], regions: ['520121'] });
    expect(
      (await township.patch(`/api/assignments/${a.assignmentId}`, { fullTimeAcknowledgedOn: null }))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /api/assignments', () => {
  it('lists by village, cadre and activity, for the county, the unit and inspectors, and hides them elsewhere', async () => {
    const village = nextVillage();
    const a = await firstSecretary(village, '2026-01-05', '2028-01-05');
    const past = await firstSecretary(nextVillage(), '2020-01-05', '2022-01-05');
    const byVillage = await county.get(`/api/assignments?village=${village}`);
    expect(byVillage.statusCode).toBe(200);
    expect(byVillage.json()).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(byVillage.json().items[0].id).toBe(a.assignmentId);
    const active = (await county.get('/api/assignments?active=true&pageSize=500'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(active).toContain(a.assignmentId);
    expect(active).not.toContain(past.assignmentId);
    const inactive = (await county.get('/api/assignments?active=false&pageSize=500'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(inactive).toContain(past.assignmentId);
    expect((await county.get(`/api/assignments?cadre=${a.cadreId}`)).json().total).toBe(1);

    const unit = await t.user({ roles: ['unit_committee'], units: [a.unitId] });
    expect((await unit.get(`/api/assignments/${a.assignmentId}`)).statusCode).toBe(200);
    const otherUnit = await t.user({ roles: ['unit_hr'], units: [await f.unit()] });
    expect((await otherUnit.get(`/api/assignments/${a.assignmentId}`)).statusCode).toBe(404);
    expect((await otherUnit.get('/api/assignments')).json().total).toBe(0);
    const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
    expect((await inspector.get(`/api/assignments/${a.assignmentId}`)).statusCode).toBe(200);
    const beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    expect((await beijing.get(`/api/assignments/${a.assignmentId}`)).statusCode).toBe(404);
    expect((await beijing.get('/api/assignments')).json().total).toBe(0);
  });
});
