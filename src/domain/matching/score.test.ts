import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time/iso-date';
import { makeCandidate, makeNeed } from './fixtures';
import {
  FIT_RULE_IDS,
  type FitContext,
  fitPoints,
  MATCH_WEIGHTS,
  MAX_FIT,
  type Reason,
  type Strength,
  scoreFit,
} from './score';

const P21_DATE: IsoDate = '2025-03-01';
const P17_DATE: IsoDate = '2019-06-30';
const W = MATCH_WEIGHTS;

const ruleIds = (reasons: Reason[]) => reasons.map((r) => r.ruleId);

describe('scoreFit', () => {
  it('scores a party-and-mass-work cadre for a village with a weak party organisation (P21.3-match)', () => {
    const fit = scoreFit(
      makeCandidate({ cadreId: 'c1', strengths: ['party_mass'] }),
      makeNeed({ needId: 'n1', activeCategories: ['weakPartyOrg'] }),
      'first_secretary',
      { date: P21_DATE },
    );
    expect(fit.score).toBe(W.strengthMatch);
    expect(fit.reasons).toEqual([
      expect.objectContaining({ ruleId: 'P21.3-match', points: W.strengthMatch }),
    ]);
    expect(fit.reasons[0]?.message.zh).toContain('党组织软弱涣散');
    expect(fit.reasons[0]?.message.en).toContain('weak and lax party organisation');
  });

  it.each<[Strength, string]>([
    ['party_mass', 'weakPartyOrg'],
    ['economic', 'weakEconomy'],
    ['social', 'socialConflict'],
  ])('scores strength %s only against the problem %s (P21.3-match)', (strength, problem) => {
    const candidate = makeCandidate({ cadreId: 'c1', strengths: [strength] });
    const others = ['weakPartyOrg', 'weakEconomy', 'socialConflict'].filter((p) => p !== problem);
    const answered = makeNeed({ needId: 'n1', activeCategories: [problem] });
    const unanswered = makeNeed({ needId: 'n2', activeCategories: others });
    expect(fitPoints(candidate, answered, { date: P21_DATE })).toBe(W.strengthMatch);
    expect(fitPoints(candidate, unanswered, { date: P21_DATE })).toBe(0);
  });

  it('adds one term per problem answered (P21.3-match)', () => {
    const fit = scoreFit(
      makeCandidate({ cadreId: 'c1', strengths: ['economic', 'social', 'party_mass'] }),
      makeNeed({ needId: 'n1', activeCategories: ['weakEconomy', 'socialConflict'] }),
      'member',
      { date: P21_DATE },
    );
    expect(fit.score).toBe(2 * W.strengthMatch);
    expect(ruleIds(fit.reasons)).toEqual(['P21.3-match', 'P21.3-match']);
  });

  it('cites the 2017 matching clause before 11 May 2021 (P17.2.1-match)', () => {
    const candidate = makeCandidate({ cadreId: 'c1', strengths: ['social'], ruralExperience: true });
    const need = makeNeed({ needId: 'n1', activeCategories: ['socialConflict'] });
    expect(ruleIds(scoreFit(candidate, need, 'member', { date: P17_DATE }).reasons)).toEqual([
      'P17.2.1-match',
      'P17.2.1-match',
    ]);
    expect(ruleIds(scoreFit(candidate, need, 'member', { date: '2021-05-10' }).reasons)[0]).toBe(
      'P17.2.1-match',
    );
    expect(ruleIds(scoreFit(candidate, need, 'member', { date: '2021-05-11' }).reasons)).toEqual([
      'P21.3-match',
      'P21.3-rural',
    ]);
  });

  it('prefers rural experience and agricultural expertise in any village (P21.3-rural)', () => {
    const fit = scoreFit(
      makeCandidate({ cadreId: 'c1', ruralExperience: true, agriExpertise: true }),
      makeNeed({ needId: 'n1' }),
      'member',
      { date: P21_DATE },
    );
    expect(fit.reasons.map((r) => [r.ruleId, r.points])).toEqual([
      ['P21.3-rural', W.ruralExperience],
      ['P21.3-rural', W.agriExpertise],
    ]);
  });

  it('sends young and reserve cadres first (P17.2.2-young)', () => {
    const fit = scoreFit(
      makeCandidate({ cadreId: 'c1', young: true, reserveCadre: true }),
      makeNeed({ needId: 'n1' }),
      'member',
      { date: P21_DATE },
    );
    expect(fit.reasons.map((r) => [r.ruleId, r.points])).toEqual([
      ['P17.2.2-young', W.young],
      ['P17.2.2-young', W.reserveCadre],
    ]);
  });

  it('gives a young or reserve cadre more in a deep-poverty village or a key assisted county (P17.2.2-priority)', () => {
    const young = makeCandidate({ cadreId: 'c1', young: true });
    const reserve = makeCandidate({ cadreId: 'c2', reserveCadre: true });
    const plainCadre = makeCandidate({ cadreId: 'c3' });
    const deep = makeNeed({ needId: 'n1', activeCategories: ['deepPoverty'] });
    const key = makeNeed({ needId: 'n2', keyAssistedCounty: true });
    const ordinary = makeNeed({ needId: 'n3' });
    const ctx: FitContext = { date: P21_DATE };
    expect(fitPoints(young, deep, ctx)).toBe(W.young + W.priorityVillage);
    expect(fitPoints(reserve, key, ctx)).toBe(W.reserveCadre + W.priorityVillage);
    expect(fitPoints(young, ordinary, ctx)).toBe(W.young);
    expect(fitPoints(plainCadre, deep, ctx)).toBe(0);
    const reason = scoreFit(young, deep, 'member', ctx).reasons.find((r) => r.ruleId === 'P17.2.2-priority');
    expect(reason?.message.zh).toContain('深度贫困村');
    const keyReason = scoreFit(reserve, key, 'member', ctx).reasons.find(
      (r) => r.ruleId === 'P17.2.2-priority',
    );
    expect(keyReason?.message.en).toContain('key assisted county');
  });

  it('counts the priority village once for a cadre both young and reserve (P17.2.2-priority)', () => {
    const both = makeCandidate({ cadreId: 'c1', young: true, reserveCadre: true });
    const deep = makeNeed({ needId: 'n1', activeCategories: ['deepPoverty'], keyAssistedCounty: true });
    expect(fitPoints(both, deep, { date: P21_DATE })).toBe(W.young + W.reserveCadre + W.priorityVillage);
  });

  it("says a paired unit's candidate is placed by the pairing (M-paired-first)", () => {
    const fit = scoreFit(
      makeCandidate({ cadreId: 'c1', unitId: 'u-paired' }),
      makeNeed({ needId: 'n1', pairedUnitIds: ['u-paired'] }),
      'first_secretary',
      { date: P21_DATE },
    );
    expect(fit.reasons).toEqual([expect.objectContaining({ ruleId: 'M-paired-first', points: W.pairing })]);
    expect(fit.reasons[0]?.message.en).toContain('paired');
  });

  it('gives a small bonus for staying in the proposed need (P21.3-propose) and notes a role change', () => {
    const candidate = makeCandidate({ cadreId: 'c1', proposedNeedId: 'n1', proposedRole: 'member' });
    const need = makeNeed({ needId: 'n1' });
    const asMember = scoreFit(candidate, need, 'member', { date: P21_DATE });
    expect(asMember.reasons.map((r) => [r.ruleId, r.points])).toEqual([['P21.3-propose', W.proposedNeed]]);
    const asFirstSecretary = scoreFit(candidate, need, 'first_secretary', { date: P21_DATE });
    expect(asFirstSecretary.score).toBe(W.proposedNeed);
    expect(asFirstSecretary.reasons[1]).toEqual(
      expect.objectContaining({
        ruleId: 'P21.3-compose',
        points: 0,
        message: expect.objectContaining({ en: 'Role changed from team member to first secretary' }),
      }),
    );
  });

  it('says "moved from need X" with the village name when placed elsewhere (P21.3-compose)', () => {
    const from = makeNeed({ needId: 'n-from', villageName: '石头村' });
    const to = makeNeed({ needId: 'n-to' });
    const candidate = makeCandidate({ cadreId: 'c1', proposedNeedId: 'n-from' });
    const fit = scoreFit(candidate, to, 'member', {
      date: P21_DATE,
      needsById: new Map([[from.needId, from]]),
    });
    expect(fit.score).toBe(0);
    expect(fit.reasons).toEqual([expect.objectContaining({ ruleId: 'P21.3-compose', points: 0 })]);
    expect(fit.reasons[0]?.message.en).toContain('moved from need n-from (石头村)');
    expect(fit.reasons[0]?.message.zh).toContain('由需求 n-from（石头村）调整至此');
    const unknown = scoreFit(candidate, to, 'member', { date: P21_DATE });
    expect(unknown.reasons[0]?.message.en).toContain('moved from need n-from:');
  });

  it('scores a plain candidate 0 with no reasons', () => {
    expect(
      scoreFit(makeCandidate({ cadreId: 'c1' }), makeNeed({ needId: 'n1' }), 'member', { date: P21_DATE }),
    ).toEqual({
      score: 0,
      reasons: [],
    });
  });

  it('always equals the sum of its reasons, stays within 0…MAX_FIT, and matches fitPoints for either slot', () => {
    const strengths = fc.subarray<Strength>(['party_mass', 'economic', 'social']);
    fc.assert(
      fc.property(
        fc.record({
          strengths,
          ruralExperience: fc.boolean(),
          agriExpertise: fc.boolean(),
          young: fc.boolean(),
          reserveCadre: fc.boolean(),
          unitId: fc.constantFrom('u1', 'u2'),
          proposedNeedId: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }),
          proposedRole: fc.option(fc.constantFrom('first_secretary' as const, 'member' as const), {
            nil: undefined,
          }),
        }),
        fc.record({
          activeCategories: fc.subarray([
            'weakPartyOrg',
            'weakEconomy',
            'socialConflict',
            'deepPoverty',
            'relocationSite',
          ]),
          keyAssistedCounty: fc.boolean(),
          pairedUnitIds: fc.subarray(['u1', 'u2']),
        }),
        fc.constantFrom('first_secretary' as const, 'member' as const),
        fc.constantFrom(P17_DATE, P21_DATE),
        (c, n, slot, date) => {
          const candidate = makeCandidate({ cadreId: 'c1', ...c });
          const need = makeNeed({ needId: 'n1', ...n });
          const fit = scoreFit(candidate, need, slot, { date });
          expect(fit.score).toBe(fit.reasons.reduce((sum, r) => sum + r.points, 0));
          expect(Number.isInteger(fit.score)).toBe(true);
          expect(fit.score).toBeGreaterThanOrEqual(0);
          expect(fit.score).toBeLessThanOrEqual(MAX_FIT);
          expect(fitPoints(candidate, need, { date })).toBe(fit.score);
        },
      ),
    );
  });

  it('reaches MAX_FIT for a candidate with every advantage', () => {
    const candidate = makeCandidate({
      cadreId: 'c1',
      unitId: 'u1',
      proposedNeedId: 'n1',
      strengths: ['party_mass', 'economic', 'social'],
      ruralExperience: true,
      agriExpertise: true,
      young: true,
      reserveCadre: true,
    });
    const need = makeNeed({
      needId: 'n1',
      activeCategories: ['weakPartyOrg', 'weakEconomy', 'socialConflict', 'deepPoverty'],
      pairedUnitIds: ['u1'],
    });
    expect(fitPoints(candidate, need, { date: P21_DATE })).toBe(MAX_FIT);
  });
});

describe('pairing in matching cites its own reading (M-paired-first), never P21.6-bind', () => {
  it('cites M-paired-first for pairing on P17 and P21 dates, and P21.6-bind nowhere (M-paired-first, P21.6-bind)', () => {
    for (const version of ['P17', 'P21'] as const) {
      expect(FIT_RULE_IDS[version].pairing).toBe('M-paired-first');
      expect(Object.values(FIT_RULE_IDS[version])).not.toContain('P21.6-bind');
    }
  });
});
