import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// Issue 9: one coverage predicate for the needs proposal, the need check and the compliance report
// (policy corrections 3 and 4), and one shortfall for the proposal, matching and the team board (clerk
// finding 1). Test clock 2026-03-02.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let next: () => string;
const v: Record<string, string> = {};

type Line = {
  villageCode: string;
  firstSecretary: boolean;
  members: number;
  onPost: { firstSecretary: boolean; members: number; until: string | null };
  shortfall: { firstSecretary: boolean; members: number };
};

const COVERAGE = ['P17.1.2-cover', 'P17.2.3-stay', 'P21.2-weak', 'P21.2-scope'];

async function proposal(date: string): Promise<Map<string, Line>> {
  const res = await county.post('/api/counties/520121/needs/proposal', { date });
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().items as Line[]).map((l) => [l.villageCode, l]));
}

async function uncovered(date: string): Promise<Map<string, string[]>> {
  const res = await county.get(`/api/compliance?region=520121&date=${date}&pageSize=5000`);
  expect(res.statusCode, res.body).toBe(200);
  const out = new Map<string, string[]>();
  for (const i of res.json().items as { ruleId: string; subject: { kind: string; code?: string } }[]) {
    if (i.subject.kind !== 'village' || !COVERAGE.includes(i.ruleId)) continue;
    out.set(i.subject.code!, [...(out.get(i.subject.code!) ?? []), i.ruleId]);
  }
  return out;
}

async function assign(
  village: string,
  role: 'first_secretary' | 'member',
  startOn: string,
  plannedEndOn: string,
  needId?: string,
) {
  const d = await f.decided(village, { role, ...(needId ? { needId } : {}) });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: role,
    startOn,
    plannedEndOn,
    overrides: [
      { ruleId: 'P21.5-size', reason: '测试：分批到岗' },
      { ruleId: 'P21.5-rotate', reason: '测试：分批到岗' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return { ...d, assignmentId: res.json().assignment.id as string };
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  next = await villagePool(t);
  for (const [name, categories] of Object.entries({
    poor: [['registeredPoor', '2016-01-01', '2020-12-31']],
    deep: [['deepPoverty', '2016-01-01', '2020-12-31']],
    exited: [
      ['registeredPoor', '2016-01-01', '2018-12-31'],
      ['liftedFromPoverty', '2019-01-01', null],
    ],
    relocation: [['relocationSite', '2016-01-01', null]],
    weak: [['weakPartyOrg', '2016-01-01', null]],
    light: [
      ['liftedFromPoverty', '2019-01-01', null],
      ['lightConsolidation', '2021-06-01', null],
    ],
    plain: [['weakEconomy', '2016-01-01', null]],
    full: [['liftedFromPoverty', '2019-01-01', null]],
    partly: [['liftedFromPoverty', '2019-01-01', null]],
    lone: [['liftedFromPoverty', '2019-01-01', null]],
  } as Record<string, [string, string, string | null][]>)) {
    v[name] = next();
    for (const [category, from, to] of categories) await f.category(v[name]!, category, from, to);
  }
});
afterAll(() => t.close());

describe('poor or exited, the same predicate everywhere (P17.1.2-cover, P17.2.3-stay, P21.2-scope, P21.2-weak)', () => {
  for (const date of ['2019-06-01', '2026-03-02']) {
    it(`the proposal, the need check and the compliance report agree on every village on ${date} (P17.1.2-cover, P17.2.3-stay)`, async () => {
      const lines = await proposal(date);
      const gaps = await uncovered(date);
      for (const [name, code] of Object.entries(v)) {
        if (['full', 'partly', 'lone'].includes(name)) continue;
        const line = lines.get(code)!;
        const proposed = line.firstSecretary || line.members > 0;
        const check = await county.post('/api/village-needs', {
          villageCode: code,
          firstSecretary: false,
          members: 0,
          date,
        });
        const refused =
          check.statusCode === 422 &&
          (check.json().details.violations as { ruleId: string; severity: string }[]).some(
            (x) => COVERAGE.includes(x.ruleId) && x.severity === 'block',
          );
        if (check.statusCode === 201) {
          await county.post(`/api/village-needs/${check.json().need.id}/close`, { reason: '测试完毕' });
        }
        expect([proposed, refused, gaps.has(code)], `${name} on ${date}`).toEqual([
          proposed,
          proposed,
          proposed,
        ]);
      }
      const expected =
        date === '2019-06-01' ? ['poor', 'deep', 'exited'] : ['relocation', 'weak', 'light', 'exited'];
      for (const name of expected) expect(gaps.has(v[name]!), `${name} on ${date}`).toBe(true);
      expect(gaps.has(v.plain!)).toBe(false);
      if (date === '2019-06-01') expect(gaps.get(v.exited!)).toEqual(['P17.2.3-stay']);
    });
  }

  it("does not count a lone member as a lifted village's coverage (P21.2-scope, P21.2-reduce)", async () => {
    await assign(v.lone!, 'member', '2025-06-01', '2027-05-31');
    expect((await uncovered('2026-03-02')).get(v.lone!)).toEqual(['P21.2-scope']);
  });
});

describe('the needs proposal counts the teams on post (clerk finding 1)', () => {
  it('shows what is on post and proposes only the shortfall; matching and the team board count the same (P21.2-scope, P21.5-rotate)', async () => {
    const fs = await assign(v.full!, 'first_secretary', '2025-06-01', '2027-05-31');
    await assign(v.full!, 'member', '2025-06-01', '2027-05-31', fs.needId);
    await assign(v.full!, 'member', '2025-05-01', '2027-04-30', fs.needId);
    const partly = await assign(v.partly!, 'first_secretary', '2025-06-01', '2027-05-31');
    const lines = await proposal('2026-03-02');
    expect(lines.get(v.full!)).toMatchObject({
      firstSecretary: true,
      members: 2,
      onPost: { firstSecretary: true, members: 2, until: '2027-04-30' },
      shortfall: { firstSecretary: false, members: 0 },
    });
    expect(lines.get(v.partly!)).toMatchObject({
      onPost: { firstSecretary: true, members: 0, until: '2027-05-31' },
      shortfall: { firstSecretary: false, members: 2 },
    });
    expect(lines.get(v.plain!)).toMatchObject({
      onPost: { firstSecretary: false, members: 0, until: null },
      shortfall: { firstSecretary: false, members: 0 },
    });

    // The team board: a need recorded anyway for the full village is not short (the clerk's 44 open needs);
    // the partly staffed one lacks 2 members.
    const extra = await f.need(v.full!, { effectiveOn: '2026-03-02', policyVersion: 'P21' });
    const board = (await county.get('/api/counties/520121/team-board?date=2026-03-02')).json();
    const row = (code: string) =>
      board.villages.find((x: { villageCode: string }) => x.villageCode === code) as {
        openNeeds: { id: string; remaining: { firstSecretary: number; members: number } }[];
      };
    expect(row(v.full!).openNeeds.find((n) => n.id === extra)?.remaining).toEqual({
      firstSecretary: 0,
      members: 0,
    });
    expect(row(v.partly!).openNeeds.find((n) => n.id === partly.needId)?.remaining).toEqual({
      firstSecretary: 0,
      members: 2,
    });

    // Matching: no slot for the full village, no first secretary for the partly staffed one (hers serves
    // more than the handover window), two member slots there.
    await f.decided(v.partly!, { role: 'member', needId: partly.needId });
    const run = await county.post('/api/counties/520121/matching', { date: '2026-03-02' });
    expect(run.statusCode, run.body).toBe(200);
    const slots = [...run.json().placements, ...run.json().unfilled] as {
      needId: string;
      villageCode: string;
      slot: string;
    }[];
    expect(slots.filter((s) => s.villageCode === v.full!)).toEqual([]);
    expect(
      slots
        .filter((s) => s.villageCode === v.partly!)
        .map((s) => s.slot)
        .sort(),
    ).toEqual(['member', 'member']);
  });
});
