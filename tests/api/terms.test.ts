import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// Terms ending (GET /api/terms/ending): every assignment whose last day falls within N days of today
// (2026-03-02 on the test clock), whether a successor is in place, by county.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let nextVillage: () => string;
const ids: Record<string, string> = {};

async function place(
  village: string,
  startOn: string,
  plannedEndOn: string,
  role: 'first_secretary' | 'member' = 'first_secretary',
) {
  const d = await f.decided(village, {
    role,
    need: { firstSecretary: role === 'first_secretary', members: role === 'member' ? 2 : 0 },
  });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: role,
    startOn,
    plannedEndOn,
    ...(role === 'member' ? { overrides: [{ ruleId: 'P21.5-size', reason: '测试：仅安排一名队员' }] } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().assignment.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  nextVillage = await villagePool(t);
  // Ends in 29 days, no successor.
  ids.alone = await place(nextVillage(), '2024-03-31', '2026-03-31');
  // Ends in 60 days, successor planned with a 14-day handover.
  const handed = nextVillage();
  ids.handed = await place(handed, '2024-04-30', '2026-04-30');
  ids.successor = await place(handed, '2026-04-16', '2028-04-16');
  // Ends on the 90th day: still inside.
  ids.edge = await place(nextVillage(), '2024-05-31', '2026-05-31');
  // Ends on the 91st day: outside.
  ids.later = await place(nextVillage(), '2024-06-01', '2026-06-01');
  // Already over.
  ids.past = await place(nextVillage(), '2023-01-01', '2025-12-31');
  // A member whose term ends soon.
  ids.member = await place(nextVillage(), '2024-04-09', '2026-04-09', 'member');
});
afterAll(() => t.close());

describe('GET /api/terms/ending', () => {
  it('lists the terms ending within 90 days with their successors, grouped by county', async () => {
    const res = await county.get('/api/terms/ending?region=520121&withinDays=90');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ date: '2026-03-02', until: '2026-05-31', withinDays: 90, region: '520121' });
    const listed = body.items.map((i: { assignmentId: string }) => i.assignmentId);
    expect(listed).toEqual([ids.alone, ids.member, ids.handed, ids.edge]);
    expect(body.total).toBe(4);
    expect(body.withoutSuccessor).toBe(3);
    const handed = body.items.find((i: { assignmentId: string }) => i.assignmentId === ids.handed);
    expect(handed).toMatchObject({
      successorInPlace: true,
      successor: { assignmentId: ids.successor, startOn: '2026-04-16' },
      daysLeft: 59,
      lastDay: '2026-04-30',
    });
    const alone = body.items.find((i: { assignmentId: string }) => i.assignmentId === ids.alone);
    expect(alone).toMatchObject({
      successorInPlace: false,
      successor: null,
      daysLeft: 29,
      teamRole: 'first_secretary',
    });
    expect(body.counties).toEqual([
      expect.objectContaining({ countyCode: '520121', countyName: '开阳县', total: 4, withoutSuccessor: 3 }),
    ]);
  });

  it('defaults to 90 days, narrows with withinDays and follows an actual end once recorded', async () => {
    const all = (await county.get('/api/terms/ending')).json();
    expect(all.total).toBe(4);
    const soon = (await county.get('/api/terms/ending?withinDays=30')).json();
    expect(soon.items.map((i: { assignmentId: string }) => i.assignmentId)).toEqual([ids.alone]);
    const ended = await county.post(`/api/assignments/${ids.later}/end`, {
      endOn: '2026-04-15',
      reason: 'other',
      note: '调任县直单位，经县委研究同意',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = (await county.get('/api/terms/ending?withinDays=90')).json();
    expect(after.items.map((i: { assignmentId: string }) => i.assignmentId)).toContain(ids.later);
  });

  it('shows nothing of the county to another county and refuses bad input', async () => {
    const beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    expect((await beijing.get('/api/terms/ending')).json().total).toBe(0);
    expect((await beijing.get('/api/terms/ending?region=520121')).json().total).toBe(0);
    expect((await county.get('/api/terms/ending?withinDays=-1')).statusCode).toBe(400);
    expect((await county.get('/api/terms/ending?region=5201x')).statusCode).toBe(400);
  });

  it('takes "rotated" only with a successor on post; without one it is an early end that needs a reason (P21.5-rotate, P21.5-term)', async () => {
    const unrotated = await county.post(`/api/assignments/${ids.edge}/end`, {
      endOn: '2026-04-15',
      reason: 'rotated',
    });
    expect(unrotated.statusCode, unrotated.body).toBe(422);
    expect(unrotated.json().details.violations[0]).toMatchObject({
      ruleId: 'P21.5-term',
      severity: 'warn',
      facts: { reason: 'rotated', noSuccessor: true },
    });
    // With a successor, "rotated" also needs the three handover lists confirmed (issue 12, P21.5-rotate).
    const unlisted = await county.post(`/api/assignments/${ids.handed}/end`, {
      endOn: '2026-04-20',
      reason: 'rotated',
    });
    expect(unlisted.statusCode, unlisted.body).toBe(422);
    expect(unlisted.json().details.violations[0]).toMatchObject({
      ruleId: 'P21.5-rotate',
      severity: 'block',
    });
    t.clock.set(new Date('2026-04-17T02:00:00Z'));
    const office = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    const lists = { villageSituation: '村情', workInProgress: '在办事项', assetsAndFiles: '资产和档案' };
    expect((await office.put(`/api/assignments/${ids.handed}/handover`, lists)).statusCode).toBe(200);
    const successorCadre = (await office.get(`/api/assignments/${ids.successor}`)).json().assignment.cadreId;
    const successor = await t.user({ roles: ['cadre'], cadreId: successorCadre });
    const village = (await office.get(`/api/assignments/${ids.handed}`)).json().assignment
      .villageCode as string;
    const township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
    expect((await successor.post(`/api/assignments/${ids.handed}/handover/confirm`)).statusCode).toBe(200);
    expect((await township.post(`/api/assignments/${ids.handed}/handover/confirm`)).statusCode).toBe(200);
    const rotated = await office.post(`/api/assignments/${ids.handed}/end`, {
      endOn: '2026-04-20',
      reason: 'rotated',
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.json().violations).toEqual([]);
  });
});
