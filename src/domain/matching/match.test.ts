import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { IsoDate } from '../time/iso-date';
import { makeCandidate, makeNeed } from './fixtures';
import { greedyAssignment } from './greedy';
import {
  FILL_PRIORITY,
  MAX_PLACEMENTS,
  type MatchInput,
  type MatchResult,
  matchCounty,
  objectiveOf,
} from './match';
import {
  MATCH_WEIGHTS,
  MAX_FIT,
  type MatchCandidate,
  type MatchNeed,
  type SlotKind,
  type Strength,
  scoreFit,
} from './score';

const DATE: IsoDate = '2025-03-01';
const W = MATCH_WEIGHTS;

const placementOf = (result: MatchResult, cadreId: string) =>
  result.placements.find((p) => p.cadreId === cadreId);
const ruleIdsOf = (result: MatchResult, cadreId: string) =>
  placementOf(result, cadreId)?.reasons.map((r) => r.ruleId);

// ——— An independent statement of the hard constraints, used by the property tests ———

interface Slot {
  need: MatchNeed;
  kind: SlotKind;
}

const slotsOf = (needs: readonly MatchNeed[]): Slot[] =>
  needs.flatMap((need) => [
    ...(need.firstSecretary ? [{ need, kind: 'first_secretary' as const }] : []),
    ...Array.from({ length: need.members }, () => ({ need, kind: 'member' as const })),
  ]);

/** The villages a unit is paired with, over every need of the county. */
const pairedVillages = (needs: readonly MatchNeed[], unitId: string) =>
  new Set(needs.filter((n) => n.pairedUnitIds.includes(unitId)).map((n) => n.villageCode));

function mayTake(needs: readonly MatchNeed[], c: MatchCandidate, need: MatchNeed, kind: SlotKind) {
  const eligible = kind === 'first_secretary' ? c.eligibleAsFirstSecretary : c.eligibleAsMember;
  const villages = pairedVillages(needs, c.unitId);
  return eligible && (villages.size === 0 || villages.has(need.villageCode));
}

/** Every need of a village carries the village's pairings (the pairing is with the village). */
const villagePaired = (needs: readonly MatchNeed[]): MatchNeed[] =>
  needs.map((need) => ({
    ...need,
    pairedUnitIds: [
      ...new Set(needs.filter((n) => n.villageCode === need.villageCode).flatMap((n) => n.pairedUnitIds)),
    ],
  }));

function expectHardConstraintsHold(input: MatchInput, result: MatchResult) {
  const needsById = new Map(input.needs.map((n) => [n.needId, n]));
  const candidatesById = new Map(input.candidates.map((c) => [c.cadreId, c]));
  // Nobody is placed twice.
  const placed = result.placements.map((p) => p.cadreId);
  expect(new Set(placed).size).toBe(placed.length);
  for (const p of result.placements) {
    const need = needsById.get(p.needId);
    const candidate = candidatesById.get(p.cadreId);
    expect(need).toBeDefined();
    expect(candidate).toBeDefined();
    if (!need || !candidate) continue;
    expect(p.villageCode).toBe(need.villageCode);
    // Eligibility for the slot (first secretary: P21.3-fs-party, P21.3-fs-work) and pairing.
    expect(mayTake(input.needs, candidate, need, p.slot)).toBe(true);
    expect(p.score).toBe(p.reasons.reduce((sum, r) => sum + r.points, 0));
  }
  // Every slot is either filled once or listed as unfilled with a reason.
  for (const need of input.needs) {
    const count = (kind: SlotKind, list: readonly { needId: string; slot: SlotKind }[]) =>
      list.filter((x) => x.needId === need.needId && x.slot === kind).length;
    expect(count('first_secretary', result.placements) + count('first_secretary', result.unfilled)).toBe(
      need.firstSecretary ? 1 : 0,
    );
    expect(count('member', result.placements) + count('member', result.unfilled)).toBe(need.members);
  }
  for (const u of result.unfilled) {
    expect(u.reason.zh.length).toBeGreaterThan(0);
    expect(u.reason.en.length).toBeGreaterThan(0);
  }
  expect(result.totalScore).toBe(result.placements.reduce((sum, p) => sum + p.score, 0));
}

/** The best objective and the most first-secretary slots over every valid assignment, by exhaustive search. */
function bruteForce(input: MatchInput): { objective: number; firstSecretaries: number } {
  const needs = villagePaired(input.needs);
  const slots = slotsOf(needs);
  const context = { date: input.date, needsById: new Map(needs.map((n) => [n.needId, n])) };
  const used = new Set<string>();
  let objective = 0;
  let firstSecretaries = 0;
  const walk = (s: number, value: number, fs: number) => {
    if (s === slots.length) {
      objective = Math.max(objective, value);
      firstSecretaries = Math.max(firstSecretaries, fs);
      return;
    }
    walk(s + 1, value, fs);
    const { need, kind } = slots[s] as Slot;
    for (const c of input.candidates) {
      if (used.has(c.cadreId) || !mayTake(needs, c, need, kind)) continue;
      used.add(c.cadreId);
      const fit = scoreFit(c, need, kind, context).score;
      walk(s + 1, value + FILL_PRIORITY[kind] + fit, fs + (kind === 'first_secretary' ? 1 : 0));
      used.delete(c.cadreId);
    }
  };
  walk(0, 0, 0);
  return { objective, firstSecretaries };
}

// ——— Random counties ———

const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
const PAIRABLE_UNITS = ['u1', 'u2', 'u3'];
const CATEGORIES = ['weakPartyOrg', 'weakEconomy', 'socialConflict', 'deepPoverty', 'liftedFromPoverty'];

const needArb = (needId: string, maxMembers: number) =>
  fc.record({
    needId: fc.constant(needId),
    // A few villages, so some needs share one.
    villageCode: fc.constantFrom(
      '520121101001',
      '520121101002',
      '520121101003',
      '520121101004',
      '520121101005',
    ),
    villageName: fc.constant(`village of ${needId}`),
    firstSecretary: fc.boolean(),
    members: fc.integer({ min: 0, max: maxMembers }),
    activeCategories: fc.subarray(CATEGORIES),
    keyAssistedCounty: fc.boolean(),
    pairedUnitIds: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.subarray(PAIRABLE_UNITS) },
    ),
  });

const candidateArb = (cadreId: string, needIds: readonly string[]) =>
  fc.record(
    {
      cadreId: fc.constant(cadreId),
      name: fc.constant(`cadre ${cadreId}`),
      unitId: fc.constantFrom(...UNITS),
      proposedNeedId: fc.constantFrom(...needIds, 'n-closed'),
      proposedRole: fc.constantFrom('first_secretary' as const, 'member' as const),
      eligibleAsFirstSecretary: fc.boolean(),
      eligibleAsMember: fc.oneof(
        { weight: 4, arbitrary: fc.constant(true) },
        { weight: 1, arbitrary: fc.constant(false) },
      ),
      strengths: fc.subarray<Strength>(['party_mass', 'economic', 'social']),
      ruralExperience: fc.boolean(),
      agriExpertise: fc.boolean(),
      young: fc.boolean(),
      reserveCadre: fc.boolean(),
    },
    {
      requiredKeys: [
        'cadreId',
        'name',
        'unitId',
        'eligibleAsFirstSecretary',
        'eligibleAsMember',
        'strengths',
        'ruralExperience',
        'agriExpertise',
        'young',
        'reserveCadre',
      ],
    },
  );

const countyArb = (o: { maxNeeds: number; maxMembers: number; maxCandidates: number }) =>
  fc
    .record({
      needCount: fc.integer({ min: 0, max: o.maxNeeds }),
      candidateCount: fc.integer({ min: 0, max: o.maxCandidates }),
    })
    .chain(({ needCount, candidateCount }) => {
      const needIds = Array.from({ length: needCount }, (_, k) => `n${k}`);
      return fc.record({
        date: fc.constantFrom('2019-06-30', '2021-05-11', DATE),
        needs: fc.tuple(...needIds.map((id) => needArb(id, o.maxMembers))),
        candidates: fc.tuple(
          ...Array.from({ length: candidateCount }, (_, k) => candidateArb(`c${k}`, needIds)),
        ),
      });
    })
    .map((input): MatchInput => input);

const smallCounty = countyArb({ maxNeeds: 4, maxMembers: 2, maxCandidates: 6 }).filter(
  (input) => slotsOf(input.needs).length <= 6,
);
const mediumCounty = countyArb({ maxNeeds: 12, maxMembers: 3, maxCandidates: 30 });

// ——— Examples ———

describe('matchCounty', () => {
  it('places the party-and-mass-work cadre in the village with a weak party organisation (P21.3-match)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n-economy', activeCategories: ['weakEconomy'] }),
        makeNeed({ needId: 'n-party', activeCategories: ['weakPartyOrg'] }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c-party', strengths: ['party_mass'], proposedNeedId: 'n-economy' }),
        makeCandidate({ cadreId: 'c-economy', strengths: ['economic'], proposedNeedId: 'n-party' }),
      ],
    });
    expect(placementOf(result, 'c-party')?.needId).toBe('n-party');
    expect(placementOf(result, 'c-economy')?.needId).toBe('n-economy');
    expect(ruleIdsOf(result, 'c-party')).toContain('P21.3-match');
    expect(result.totalScore).toBe(2 * W.strengthMatch);
  });

  it('cites the 2017 clause for a date before 11 May 2021 (P17.2.1-match)', () => {
    const result = matchCounty({
      date: '2020-01-15',
      needs: [makeNeed({ needId: 'n1', activeCategories: ['socialConflict'] })],
      candidates: [makeCandidate({ cadreId: 'c1', strengths: ['social'] })],
    });
    expect(ruleIdsOf(result, 'c1')).toEqual(['P17.2.1-match']);
  });

  it('says "moved from need X" when it moves candidates for a clearly better fit (P21.3-compose)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n1', villageName: '东村', firstSecretary: false, members: 1 }),
        makeNeed({
          needId: 'n2',
          villageName: '西村',
          firstSecretary: false,
          members: 1,
          activeCategories: ['weakEconomy'],
        }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c1', strengths: ['economic'], proposedNeedId: 'n1' }),
        makeCandidate({ cadreId: 'c2', proposedNeedId: 'n2' }),
      ],
    });
    // Staying would be worth 2 × proposedNeed; moving is worth strengthMatch.
    expect(placementOf(result, 'c1')?.needId).toBe('n2');
    expect(placementOf(result, 'c2')?.needId).toBe('n1');
    const moved = placementOf(result, 'c1')?.reasons.find((r) => r.ruleId === 'P21.3-compose');
    expect(moved?.message.en).toContain('moved from need n1 (东村)');
    expect(
      placementOf(result, 'c2')
        ?.reasons.map((r) => r.message.en)
        .join(),
    ).toContain('moved from need n2 (西村)');
  });

  it('keeps candidates in their proposed needs when no placement fits clearly better (P21.3-propose)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n1', firstSecretary: false, members: 1 }),
        makeNeed({ needId: 'n2', firstSecretary: false, members: 1 }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c1', ruralExperience: true, proposedNeedId: 'n2' }),
        makeCandidate({ cadreId: 'c2', agriExpertise: true, proposedNeedId: 'n1' }),
      ],
    });
    expect(placementOf(result, 'c1')?.needId).toBe('n2');
    expect(placementOf(result, 'c2')?.needId).toBe('n1');
    expect(ruleIdsOf(result, 'c1')).toEqual(['P21.3-rural', 'P21.3-propose']);
  });

  it('sends the young cadre to the deep-poverty village (P17.2.2-young, P17.2.2-priority)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n-ordinary' }),
        makeNeed({ needId: 'n-deep', activeCategories: ['deepPoverty'] }),
      ],
      candidates: [makeCandidate({ cadreId: 'c-plain' }), makeCandidate({ cadreId: 'c-young', young: true })],
    });
    expect(placementOf(result, 'c-young')?.needId).toBe('n-deep');
    expect(ruleIdsOf(result, 'c-young')).toEqual(['P17.2.2-young', 'P17.2.2-priority']);
  });

  it('places the candidate with rural experience when candidates outnumber slots (P21.3-rural)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [makeNeed({ needId: 'n1' })],
      candidates: [
        makeCandidate({ cadreId: 'c-a' }),
        makeCandidate({ cadreId: 'c-b', ruralExperience: true }),
      ],
    });
    expect(result.placements.map((p) => p.cadreId)).toEqual(['c-b']);
  });

  it('gives a first-secretary slot only to a candidate eligible as first secretary (P21.3-fs-party, P21.3-fs-work)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [makeNeed({ needId: 'n1', members: 1, activeCategories: ['weakPartyOrg'] })],
      candidates: [
        makeCandidate({ cadreId: 'c-best-fit', strengths: ['party_mass'], eligibleAsFirstSecretary: false }),
        makeCandidate({ cadreId: 'c-eligible' }),
      ],
    });
    expect(result.placements.map((p) => [p.slot, p.cadreId])).toEqual([
      ['first_secretary', 'c-eligible'],
      ['member', 'c-best-fit'],
    ]);
  });

  it('leaves the first-secretary slot unfilled, naming the rules, when nobody is eligible (P21.3-fs-party)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [makeNeed({ needId: 'n1', villageCode: '520121101001', members: 1 })],
      candidates: [makeCandidate({ cadreId: 'c1', eligibleAsFirstSecretary: false })],
    });
    expect(result.placements.map((p) => [p.slot, p.cadreId])).toEqual([['member', 'c1']]);
    expect(result.unfilled).toEqual([
      {
        needId: 'n1',
        villageCode: '520121101001',
        slot: 'first_secretary',
        reason: expect.objectContaining({ en: expect.stringContaining('P21.3-fs-party, P21.3-fs-work') }),
      },
    ]);
    expect(result.unfilled[0]?.reason.zh).toContain('第一书记');
  });

  it('fills a first-secretary slot rather than a member slot where the fit would be far better', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n-fs' }),
        makeNeed({
          needId: 'n-member',
          firstSecretary: false,
          members: 1,
          activeCategories: ['weakPartyOrg', 'weakEconomy', 'socialConflict', 'deepPoverty'],
        }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c-strong', strengths: ['party_mass', 'economic', 'social'], young: true }),
      ],
    });
    expect(result.placements).toEqual([
      expect.objectContaining({ cadreId: 'c-strong', needId: 'n-fs', slot: 'first_secretary' }),
    ]);
    expect(result.unfilled).toEqual([expect.objectContaining({ needId: 'n-member', slot: 'member' })]);
    // By fit alone the member slot would have won.
    expect(result.totalScore).toBe(W.young);
    expect(3 * W.strengthMatch + W.young + W.priorityVillage).toBeGreaterThan(result.totalScore);
  });

  it('fills a first-secretary slot even when that moves a chain of 60 cadres to worse fits', () => {
    // Village 0 has a first-secretary slot only cadre 0 may take; village v ≥ 1 has one member slot and
    // problem v mod 3. Cadre i may go to villages i and i + 1 (its unit is paired with both; cadre 60
    // only to village 60) and fits village i + 1 only. By fit alone, cadre i → village i + 1 and the
    // first-secretary slot stays empty; filling it moves every cadre back to the village that fits worse.
    const k = 60;
    const problems = ['weakPartyOrg', 'weakEconomy', 'socialConflict'];
    const strengths: Strength[] = ['party_mass', 'economic', 'social'];
    const id = (i: number) => String(i).padStart(3, '0');
    const needs = Array.from({ length: k + 1 }, (_, v) =>
      makeNeed({
        needId: `n${id(v)}`,
        villageCode: `v${id(v)}`,
        firstSecretary: v === 0,
        members: v === 0 ? 0 : 1,
        activeCategories: v === 0 ? [] : [problems[v % 3] as string],
        pairedUnitIds: v === 0 ? ['u000'] : [`u${id(v - 1)}`, `u${id(v)}`],
      }),
    );
    const candidates = Array.from({ length: k + 1 }, (_, i) =>
      makeCandidate({
        cadreId: `c${id(i)}`,
        unitId: `u${id(i)}`,
        eligibleAsFirstSecretary: i === 0,
        strengths: [strengths[(i + 1) % 3] as Strength],
      }),
    );
    const result = matchCounty({ date: DATE, needs, candidates });
    expect(placementOf(result, 'c000')).toMatchObject({ needId: 'n000', slot: 'first_secretary' });
    for (let i = 1; i <= k; i++) expect(placementOf(result, `c${id(i)}`)?.needId).toBe(`n${id(i)}`);
    expect(result.unfilled).toEqual([]);
    expect(result.totalScore).toBe((k + 1) * W.pairing);
    // The fit the first-secretary slot cost: every strength match of the chain.
    expect(k * (W.strengthMatch + W.pairing)).toBeGreaterThan(result.totalScore);
  });

  it('keeps the fill priority above any possible loss of fit (README: why filling comes first)', () => {
    expect(MAX_PLACEMENTS * MAX_FIT).toBeLessThan(FILL_PRIORITY.member);
    expect(MAX_PLACEMENTS * MAX_FIT).toBeLessThan(FILL_PRIORITY.first_secretary - FILL_PRIORITY.member);
    // A county has at most a few thousand slots.
    expect(MAX_PLACEMENTS).toBeGreaterThanOrEqual(10_000);
  });

  it("places a paired unit's candidate only in its paired village, and says so (M-paired-first)", () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n-paired', villageCode: '520121101001', pairedUnitIds: ['u-paired'] }),
        makeNeed({ needId: 'n-weak', villageCode: '520121101002', activeCategories: ['weakPartyOrg'] }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c-paired', unitId: 'u-paired', strengths: ['party_mass'] }),
        makeCandidate({ cadreId: 'c-other', unitId: 'u-other' }),
      ],
    });
    expect(placementOf(result, 'c-paired')?.needId).toBe('n-paired');
    expect(ruleIdsOf(result, 'c-paired')).toEqual(['M-paired-first']);
    expect(placementOf(result, 'c-other')?.needId).toBe('n-weak');
  });

  it("leaves a paired unit's candidate unplaced rather than send them to another village (M-paired-first)", () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({
          needId: 'n-paired',
          villageCode: '520121101001',
          firstSecretary: false,
          pairedUnitIds: ['u1'],
        }),
        makeNeed({ needId: 'n-open', villageCode: '520121101002' }),
      ],
      candidates: [makeCandidate({ cadreId: 'c1', unitId: 'u1', proposedNeedId: 'n-open' })],
    });
    expect(result.placements).toEqual([]);
    expect(result.unfilled).toEqual([
      expect.objectContaining({
        needId: 'n-open',
        reason: expect.objectContaining({ en: expect.stringContaining('paired with another village') }),
      }),
    ]);
  });

  it('honours a pairing listed on one need of a village in every need of that village (M-paired-first)', () => {
    const result = matchCounty({
      date: DATE,
      needs: [
        makeNeed({ needId: 'n-a', villageCode: '520121101001', pairedUnitIds: ['u1'] }),
        makeNeed({ needId: 'n-b', villageCode: '520121101001', firstSecretary: false, members: 1 }),
      ],
      candidates: [
        makeCandidate({ cadreId: 'c1', unitId: 'u1', eligibleAsFirstSecretary: false }),
        makeCandidate({ cadreId: 'c2', unitId: 'u2' }),
      ],
    });
    expect(placementOf(result, 'c1')?.needId).toBe('n-b');
    expect(ruleIdsOf(result, 'c1')).toEqual(['M-paired-first']);
  });

  it('expands a need into its first-secretary slot and member slots, and explains what stays unfilled', () => {
    const result = matchCounty({
      date: DATE,
      needs: [makeNeed({ needId: 'n1', members: 3 })],
      candidates: [makeCandidate({ cadreId: 'c2' }), makeCandidate({ cadreId: 'c1' })],
    });
    expect(result.placements.map((p) => p.slot)).toEqual(['first_secretary', 'member']);
    expect(result.placements.map((p) => p.cadreId).sort()).toEqual(['c1', 'c2']);
    expect(result.unfilled.map((u) => u.slot)).toEqual(['member', 'member']);
    expect(result.unfilled[0]?.reason.en).toBe(
      'All 2 candidates who could take this slot are placed elsewhere (first-secretary slots first, then the better fit)',
    );
  });

  it('answers an empty county', () => {
    expect(matchCounty({ date: DATE, needs: [], candidates: [] })).toEqual({
      placements: [],
      unfilled: [],
      totalScore: 0,
    });
  });

  it('refuses duplicate ids, a malformed date and a negative member count', () => {
    const run = (input: MatchInput) => () => matchCounty(input);
    const need = makeNeed({ needId: 'n1' });
    const candidate = makeCandidate({ cadreId: 'c1' });
    expect(run({ date: DATE, needs: [need, need], candidates: [] })).toThrow(AppError);
    expect(run({ date: DATE, needs: [], candidates: [candidate, candidate] })).toThrow(
      /candidates\[1\]\.cadreId/,
    );
    expect(run({ date: '1/3/2025' as IsoDate, needs: [], candidates: [] })).toThrow(/date/);
    expect(run({ date: '2025-02-30', needs: [], candidates: [] })).toThrow(/date/);
    expect(run({ date: DATE, needs: [makeNeed({ needId: 'n1', members: -1 })], candidates: [] })).toThrow(
      /members/,
    );
    try {
      matchCounty({ date: DATE, needs: [need, need], candidates: [] });
    } catch (e) {
      expect((e as AppError).code).toBe('VALIDATION');
    }
  });

  it('refuses a matching larger than the fill priority can order', () => {
    const needs = [makeNeed({ needId: 'n1', firstSecretary: false, members: MAX_PLACEMENTS + 1 })];
    const candidates = Array.from({ length: MAX_PLACEMENTS + 1 }, (_, i) =>
      makeCandidate({ cadreId: `c${i}` }),
    );
    expect(() => matchCounty({ date: DATE, needs, candidates })).toThrow(/split it by township/);
  });

  // ——— Properties on random counties ———

  it('satisfies the hard constraints on random counties, and so does the greedy baseline', () => {
    fc.assert(
      fc.property(mediumCounty, (input) => {
        expectHardConstraintsHold(input, matchCounty(input));
        expectHardConstraintsHold(input, matchCounty(input, { solver: greedyAssignment }));
      }),
      { numRuns: 200 },
    );
  });

  it('never totals below the greedy baseline on random counties', () => {
    fc.assert(
      fc.property(mediumCounty, (input) => {
        expect(objectiveOf(matchCounty(input))).toBeGreaterThanOrEqual(
          objectiveOf(matchCounty(input, { solver: greedyAssignment })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no slot unfilled while a candidate who may take it is unplaced', () => {
    fc.assert(
      fc.property(mediumCounty, (input) => {
        const result = matchCounty(input);
        const placed = new Set(result.placements.map((p) => p.cadreId));
        const needsById = new Map(input.needs.map((n) => [n.needId, n]));
        for (const u of result.unfilled) {
          const need = needsById.get(u.needId) as MatchNeed;
          const waiting = input.candidates.filter(
            (c) => !placed.has(c.cadreId) && mayTake(input.needs, c, need, u.slot),
          );
          expect(waiting.map((c) => c.cadreId)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('equals the brute-force optimum on small counties (≤ 6 slots × ≤ 6 candidates), filling the most first-secretary slots', () => {
    fc.assert(
      fc.property(smallCounty, (input) => {
        const result = matchCounty(input);
        const best = bruteForce(input);
        expect(objectiveOf(result)).toBe(best.objective);
        expect(result.placements.filter((p) => p.slot === 'first_secretary').length).toBe(
          best.firstSecretaries,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer whatever the order of needs and candidates', () => {
    fc.assert(
      fc.property(
        mediumCounty.chain((input) =>
          fc.record({
            input: fc.constant(input),
            needs: fc.shuffledSubarray([...input.needs], { minLength: input.needs.length }),
            candidates: fc.shuffledSubarray([...input.candidates], { minLength: input.candidates.length }),
          }),
        ),
        ({ input, needs, candidates }) => {
          expect(matchCounty({ ...input, needs, candidates })).toEqual(matchCounty(input));
        },
      ),
      { numRuns: 100 },
    );
  });
});
