import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// A village's teams over time (GET /api/villages/:code/teams) and a county's team board. Test clock:
// 2026-03-02.

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

async function place(
  village: string,
  teamRole: 'first_secretary' | 'member',
  startOn: string,
  plannedEndOn: string,
  needId?: string,
) {
  const d = await f.decided(village, {
    role: teamRole === 'first_secretary' ? 'first_secretary' : 'member',
    ...(needId ? { needId } : { need: { members: 0 } }),
  });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole,
    startOn,
    plannedEndOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...d, id: res.json().assignment.id as string };
}

describe('GET /api/villages/:code/teams', () => {
  it('shows three generations of teams in time order, with the month the village had no first secretary', async () => {
    const village = nextVillage();
    // 1st batch, 2018–2019 (P17), a first secretary and two members.
    const need1 = await f.need(village, { members: 2 });
    const g1 = await place(village, 'first_secretary', '2018-01-01', '2020-01-01', need1);
    const g1m = await place(village, 'member', '2018-01-01', '2020-01-01', need1);
    await place(village, 'member', '2018-01-15', '2020-01-15', need1);
    // 2nd batch from February 2020: no overlap was required before 2021-05-11, so January 2020 stood empty after the 1st.
    const g2 = await place(village, 'first_secretary', '2020-02-01', '2022-02-01');
    // 3rd batch from 2022 (P21): twelve days of overlapping handover.
    const g3 = await place(village, 'first_secretary', '2022-01-20', '2024-01-20');

    const res = await county.get(`/api/villages/${village}/teams`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.villageCode).toBe(village);
    expect(body.teams.map((team: { batch: number }) => team.batch)).toEqual([1, 2, 3]);
    expect(body.teams.map((team: { startedOn: string }) => team.startedOn)).toEqual([
      '2018-01-01',
      '2020-02-01',
      '2022-01-20',
    ]);
    expect(body.teams.map((team: { policyVersion: string }) => team.policyVersion)).toEqual([
      'P17',
      'P17',
      'P21',
    ]);
    expect(body.teams[0].assignments.map((a: { id: string }) => a.id).slice(0, 2)).toEqual([g1.id, g1m.id]);
    expect(body.teams[0].lastDay).toBe('2020-01-15');
    expect(body.teams[1].assignments[0].id).toBe(g2.id);
    expect(body.teams[2].assignments[0].id).toBe(g3.id);
    expect(body.teams.every((team: { current: boolean }) => !team.current)).toBe(true);
    expect(body.gaps).toEqual([{ from: '2020-01-02', to: '2020-01-31', days: 30 }]);
    expect(body.firstSecretaryNow).toBeNull();
  });

  it('runs the gap on to today while an open need waits for a first secretary', async () => {
    const village = nextVillage();
    await place(village, 'first_secretary', '2023-03-01', '2025-03-01');
    await f.need(village, { members: 0 });
    const body = (await county.get(`/api/villages/${village}/teams`)).json();
    expect(body.gaps).toEqual([{ from: '2025-03-02', to: '2026-03-02', days: 366 }]);
  });

  it('answers 404 for a village outside the scope and lets a unit see a village its cadre served', async () => {
    const village = nextVillage();
    const a = await place(village, 'first_secretary', '2025-03-01', '2027-03-01');
    const beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    expect((await beijing.get(`/api/villages/${village}/teams`)).statusCode).toBe(404);
    const unit = await t.user({ roles: ['unit_hr'], units: [a.unitId] });
    const seen = await unit.get(`/api/villages/${village}/teams`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().firstSecretaryNow.assignmentId).toBe(a.id);
    const stranger = await t.user({ roles: ['unit_hr'], units: [await f.unit()] });
    expect((await stranger.get(`/api/villages/${village}/teams`)).statusCode).toBe(404);
  });
});

describe('GET /api/counties/:code/team-board', () => {
  it('shows each village with a team or an open need: roles, progress and warnings', async () => {
    const ending = nextVillage();
    const needId = await f.need(ending, { members: 2 });
    const fs = await place(ending, 'first_secretary', '2024-04-01', '2026-04-01', needId);
    await place(ending, 'member', '2024-04-01', '2026-04-01', needId);
    await place(ending, 'member', '2024-04-01', '2026-04-01', needId);
    const waiting = nextVillage();
    const open = await f.need(waiting, { members: 2 });
    await f.decided(waiting, { needId: open });

    const res = await county.get('/api/counties/520121/team-board');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ countyCode: '520121', countyName: '开阳县', date: '2026-03-02' });
    const a = body.villages.find((v: { villageCode: string }) => v.villageCode === ending);
    expect(a.team).toMatchObject({ batch: 1, startedOn: '2024-04-01' });
    expect(a.members).toHaveLength(3);
    expect(a.members[0]).toMatchObject({ assignmentId: fs.id, teamRole: 'first_secretary' });
    expect(a.members[0].progress.daysLeft).toBe(30);
    expect(a.warnings).toContainEqual(
      expect.objectContaining({
        ruleId: 'P21.5-rotate',
        severity: 'warn',
        message: expect.stringContaining('2026-04-01'),
      }),
    );
    const b = body.villages.find((v: { villageCode: string }) => v.villageCode === waiting);
    expect(b.team).toBeNull();
    expect(b.openNeeds).toEqual([
      expect.objectContaining({ id: open, remaining: { firstSecretary: 1, members: 2 }, candidates: 1 }),
    ]);
    expect(b.warnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(['P21.5-rotate']);
  });

  it('answers 404 for another county and shows a township only its villages', async () => {
    const beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    expect((await beijing.get('/api/counties/520121/team-board')).statusCode).toBe(404);
    expect((await county.get('/api/counties/110101/team-board')).statusCode).toBe(404);
    const township = await t.user({ roles: ['township'], regions: ['520121101'] });
    const res = await township.get('/api/counties/520121/team-board');
    expect(res.statusCode).toBe(200);
    expect(
      res.json().villages.every((v: { villageCode: string }) => v.villageCode.startsWith('520121101')),
    ).toBe(true);
  });
});

describe('demo county history (src/server/demo/teams.ts)', () => {
  let demo: TestApp;
  let org: TestUser;
  beforeAll(async () => {
    demo = await createTestApp({ demoAt: '2026-11-23T02:00:00Z' });
    org = await demo.user({ roles: ['org_admin'], regions: ['520121'] });
  });
  afterAll(() => demo.close());

  it('gives registered poor villages teams since 2018, rotating every two years with overlapping handover', async () => {
    const board = (await org.get('/api/counties/520121/team-board')).json();
    expect(board.total).toBeGreaterThan(20);
    const histories = [];
    for (const v of board.villages.slice(0, 12))
      histories.push((await org.get(`/api/villages/${v.villageCode}/teams`)).json());
    const longest = histories.reduce((a, b) => (b.teams.length > a.teams.length ? b : a));
    expect(longest.teams.length).toBeGreaterThanOrEqual(4);
    expect(longest.teams[0].startedOn < '2018-12-31').toBe(true);
    expect(longest.teams[0].policyVersion).toBe('P17');
    expect(longest.teams.at(-1).current).toBe(true);
  });

  it('records one recall with its replacement, terms ending soon without a successor, and candidates to match', async () => {
    const recalled = (await org.get('/api/assignments?pageSize=500&active=false'))
      .json()
      .items.filter((a: { endReason: string }) => a.endReason === 'recalled');
    expect(recalled).toHaveLength(1);
    expect((await org.get('/api/recall-proposals?status=confirmed')).json().total).toBe(1);
    const timeline = (await org.get(`/api/villages/${recalled[0].villageCode}/teams`)).json();
    expect(timeline.gaps.length).toBeGreaterThan(0);

    const ending = (await org.get('/api/terms/ending?region=520121&withinDays=90')).json();
    expect(ending.withoutSuccessor).toBeGreaterThanOrEqual(4);
    expect(ending.items.some((i: { successorInPlace: boolean }) => i.successorInPlace)).toBe(true);

    const matching = (await org.post('/api/counties/520121/matching', {})).json();
    expect(matching.placements.length).toBeGreaterThanOrEqual(6);
    expect(matching.placements.some((p: { moved: boolean }) => p.moved)).toBe(true);
  });
});
