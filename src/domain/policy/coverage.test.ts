import { describe, expect, it } from 'vitest';
import { checkNeed } from '../selection/need-check';
import type { IsoDate } from '../time/iso-date';
import { coverageRulesFor, mustBeCovered } from './coverage';
import { proposeNeeds } from './needs';

const nobody = { firstSecretary: false, members: 0 };

// A village of each category, on a P17 date and a P21 date: the proposal says "required", the need check
// refuses a need for nobody, and the coverage predicate (which the compliance report queries) names a rule —
// for exactly the same villages.
const villages: [string, string[]][] = [
  ['registeredPoor', ['registeredPoor']],
  ['deepPoverty', ['deepPoverty']],
  ['poor and deep', ['registeredPoor', 'deepPoverty']],
  ['exited (lifted)', ['liftedFromPoverty']],
  ['relocation', ['relocationSite']],
  ['weak party organisation', ['weakPartyOrg']],
  ['lifted, light task', ['liftedFromPoverty', 'lightConsolidation']],
  ['demonstration', ['revitalisationDemo']],
  ['weak economy', ['weakEconomy']],
  ['none', []],
];

describe('poor or exited, the same predicate everywhere (P17.1.2-cover, P17.2.3-stay)', () => {
  for (const date of ['2019-06-01', '2021-05-10', '2021-05-11', '2026-03-02'] as IsoDate[]) {
    it(`the proposal, the need check and the coverage rules agree on every category on ${date} (P17.1.2-cover, P17.2.3-stay, P21.2-scope, P21.2-weak)`, () => {
      for (const [name, categories] of villages) {
        const [proposed] = proposeNeeds({
          villages: [{ code: '520121000000', name, activeCategories: categories }],
          keyAssistedCounty: false,
          date,
        });
        const refused = checkNeed({
          date,
          activeCategories: categories,
          need: nobody,
          proposed: proposed!,
        }).some((v) => v.severity === 'block');
        const covered = mustBeCovered(categories, date);
        expect(proposed!.required, `${name} on ${date}: proposal`).toBe(covered);
        expect(refused, `${name} on ${date}: need check`).toBe(covered);
      }
    });
  }

  it('counts deep-poverty villages and villages that exited poverty in the P17 period (P17.1.2-cover, P17.2.3-stay)', () => {
    expect(coverageRulesFor(['deepPoverty'], '2019-06-01').map((r) => r.ruleId)).toEqual(['P17.1.2-cover']);
    expect(coverageRulesFor(['liftedFromPoverty'], '2020-12-01').map((r) => r.ruleId)).toEqual([
      'P17.2.3-stay',
    ]);
    expect(
      coverageRulesFor(['liftedFromPoverty', 'registeredPoor'], '2020-12-01').map((r) => r.ruleId),
    ).toEqual(['P17.1.2-cover']);
    expect(coverageRulesFor(['liftedFromPoverty'], '2021-05-11').map((r) => r.ruleId)).toEqual([
      'P21.2-scope',
    ]);
    expect(coverageRulesFor(['deepPoverty'], '2021-05-11')).toEqual([]);
  });

  it('does not count a lone member as coverage of a lifted village (P21.2-scope) or a poor one (P17.1.2-cover)', () => {
    expect(coverageRulesFor(['liftedFromPoverty'], '2026-03-02')[0]!.coveredBy).toEqual(['first_secretary']);
    expect(coverageRulesFor(['registeredPoor'], '2019-06-01')[0]!.coveredBy).not.toContain('member');
  });
});
