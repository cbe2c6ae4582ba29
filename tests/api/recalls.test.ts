import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, villageNeeds } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// Recall (召回调整, P17.5.3-recall): the leading group proposes, the dispatching unit confirms, the term
// ends `recalled`, the need reopens, every step audited. Test clock: 2026-03-02.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let leadingGroup: TestUser;
let nextVillage: () => string;

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  leadingGroup = await t.user({ roles: ['leading_group'], regions: ['520121'] });
  nextVillage = await villagePool(t);
});
afterAll(() => t.close());

async function stationed(village = nextVillage()) {
  const d = await f.decided(village, { need: { members: 0 } });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn: '2025-06-01',
    plannedEndOn: '2027-06-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...d, village, assignmentId: res.json().assignment.id as string };
}

describe('recall end to end', () => {
  it('proposes, confirms by the unit, ends the term recalled, reopens the need and admits a replacement', async () => {
    const a = await stationed();
    const needStatus = async () =>
      (await t.container.database.db.select().from(villageNeeds).where(eq(villageNeeds.id, a.needId)))[0]!
        .status;
    expect(await needStatus()).toBe('filled');

    const proposed = await leadingGroup.post(`/api/assignments/${a.assignmentId}/recall-proposals`, {
      reasons: '连续两个季度考核不称职，群众反映强烈',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const proposal = proposed.json().proposal;
    expect(proposal).toMatchObject({
      assignmentId: a.assignmentId,
      status: 'proposed',
      reasons: '连续两个季度考核不称职，群众反映强烈',
      unitId: a.unitId,
      villageCode: a.village,
    });
    const twice = await leadingGroup.post(`/api/assignments/${a.assignmentId}/recall-proposals`, {
      reasons: '重复提出',
    });
    expect(twice.statusCode).toBe(409);

    // Only the cadre's own unit confirms.
    expect((await county.post(`/api/recall-proposals/${proposal.id}/confirm`)).statusCode).toBe(403);
    const otherUnit = await t.user({ roles: ['unit_committee'], units: [await f.unit()] });
    expect((await otherUnit.post(`/api/recall-proposals/${proposal.id}/confirm`)).statusCode).toBe(404);
    const unit = await t.user({ roles: ['unit_committee'], units: [a.unitId] });
    const pending = await unit.get('/api/recall-proposals?status=proposed');
    expect(pending.json().items.map((p: { id: string }) => p.id)).toContain(proposal.id);

    const confirmed = await unit.post(`/api/recall-proposals/${proposal.id}/confirm`, {
      endOn: '2026-03-05',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().proposal).toMatchObject({ status: 'confirmed', endOn: '2026-03-05' });
    expect(confirmed.json().assignment).toMatchObject({ endOn: '2026-03-05', endReason: 'recalled' });
    expect(confirmed.json().assignment.violations).toContainEqual(
      expect.objectContaining({ ruleId: 'P17.5.3-recall', severity: 'info' }),
    );
    expect(confirmed.json().need).toEqual({ id: a.needId, status: 'open' });
    expect(await needStatus()).toBe('open');
    expect((await unit.post(`/api/recall-proposals/${proposal.id}/confirm`)).statusCode).toBe(409);

    const actions = (
      await t.container.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(inArray(auditLog.entityId, [a.assignmentId, proposal.id, a.needId])))
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['recall.propose', 'recall.confirm', 'assignment.end', 'need.reopen']),
    );

    // The reopened need takes a replacement; the days the post stood empty are a hint, not a refusal.
    const replacement = await f.decided(a.village, { needId: a.needId });
    const res = await county.post('/api/assignments', {
      nominationId: replacement.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-03-20',
      plannedEndOn: '2028-03-20',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().violations).toEqual([
      expect.objectContaining({
        ruleId: 'P21.5-rotate',
        severity: 'info',
        facts: expect.objectContaining({ replacement: true }),
      }),
    ]);
    const teams = (await county.get(`/api/villages/${a.village}/teams`)).json();
    expect(teams.gaps).toEqual([{ from: '2026-03-06', to: '2026-03-19', days: 14 }]);
  });

  it('accepts reasons as a list', async () => {
    const a = await stationed();
    const res = await leadingGroup.post(`/api/assignments/${a.assignmentId}/recall-proposals`, {
      reasons: ['不胜任驻村工作', '长期不在岗'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().proposal.reasons).toBe('不胜任驻村工作\n长期不在岗');
  });

  it('refuses proposals from units and inspectors, for ended terms, and outside the county', async () => {
    const a = await stationed();
    const unit = await t.user({ roles: ['unit_hr'], units: [a.unitId] });
    const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
    const body = { reasons: '不胜任驻村工作' };
    expect((await unit.post(`/api/assignments/${a.assignmentId}/recall-proposals`, body)).statusCode).toBe(
      403,
    );
    expect(
      (await inspector.post(`/api/assignments/${a.assignmentId}/recall-proposals`, body)).statusCode,
    ).toBe(403);
    const beijing = await t.user({ roles: ['leading_group'], regions: ['110101'] });
    expect((await beijing.post(`/api/assignments/${a.assignmentId}/recall-proposals`, body)).statusCode).toBe(
      404,
    );
    await county.post(`/api/assignments/${a.assignmentId}/end`, {
      endOn: '2026-03-01',
      reason: 'other',
      note: '调任其他岗位，经县委同意',
    });
    expect(
      (await leadingGroup.post(`/api/assignments/${a.assignmentId}/recall-proposals`, body)).statusCode,
    ).toBe(409);
    expect(
      (await leadingGroup.post(`/api/assignments/${a.assignmentId}/recall-proposals`, { reasons: '' }))
        .statusCode,
    ).toBe(400);
  });
});
