// Which villages must have a first secretary or a team on a date (P17.1.2-cover, P17.2.3-stay, P21.2-weak,
// P21.2-scope): one predicate for the needs proposal, the need check and the compliance report, so the three
// agree on every village (issue 9, policy correction 3).
//
// P17 (dates before 2021-05-11):
//   registeredPoor, deepPoverty → a team (P17.1.2-cover: 建档立卡贫困村一村一队; a deep-poverty village is a poor
//                                 village, 二（二） 深度贫困地区贫困村……重中之重)
//   liftedFromPoverty           → the team stays (P17.2.3-stay: 脱贫攻坚期内，贫困村退出的，驻村工作队不得撤离)
// P21 (from 2021-05-11):
//   weakPartyOrg                → a first secretary (P21.2-weak: 继续全覆盖选派第一书记)
//   liftedFromPoverty, relocationSite → a first secretary and a team (P21.2-scope), never without the first
//                                 secretary; fewer members only with a light consolidation task (P21.2-reduce)
//
// What covers a village on the date: under P21 a first secretary on post; under P17 a team with someone who
// leads it — a first secretary, or a separate leader (P17.1.2-leader allows one in principle). A lone member
// is not a village's coverage.
import type { IsoDate } from '../time/iso-date';
import type { RuleId } from './catalogue';
import { type PolicyVersion, policyVersionOn } from './versions';
import type { VillageCategory } from './village-categories';

export type CoverageRuleId = Extract<RuleId, 'P17.1.2-cover' | 'P17.2.3-stay' | 'P21.2-weak' | 'P21.2-scope'>;

export interface CoverageRequirement {
  ruleId: CoverageRuleId;
  /** A village holding any of these categories on the date falls under the rule. */
  categories: readonly VillageCategory[];
  /** …unless it holds one of these (an exited village that is poor again falls under P17.1.2-cover). */
  unless: readonly VillageCategory[];
  /** Team roles of which one on post covers the village. */
  coveredBy: readonly ('first_secretary' | 'leader')[];
  /** The rule asks for a team (a first secretary with members), not only a first secretary. */
  team: boolean;
}

const REQUIREMENTS: Record<PolicyVersion, readonly CoverageRequirement[]> = {
  P17: [
    {
      ruleId: 'P17.1.2-cover',
      categories: ['registeredPoor', 'deepPoverty'],
      unless: [],
      coveredBy: ['first_secretary', 'leader'],
      team: true,
    },
    {
      ruleId: 'P17.2.3-stay',
      categories: ['liftedFromPoverty'],
      unless: ['registeredPoor', 'deepPoverty'],
      coveredBy: ['first_secretary', 'leader'],
      team: true,
    },
  ],
  P21: [
    {
      ruleId: 'P21.2-weak',
      categories: ['weakPartyOrg'],
      unless: [],
      coveredBy: ['first_secretary'],
      team: false,
    },
    {
      ruleId: 'P21.2-scope',
      categories: ['liftedFromPoverty', 'relocationSite'],
      unless: [],
      coveredBy: ['first_secretary'],
      team: true,
    },
  ],
};

/** The coverage rules in force on `date`, with the categories they name (for set queries over a region). */
export const coverageRequirementsOn = (date: IsoDate): readonly CoverageRequirement[] =>
  REQUIREMENTS[policyVersionOn(date)];

/**
 * The coverage rules a village with `activeCategories` on `date` falls under. Under P17 a village still
 * poor is P17.1.2-cover only; P17.2.3-stay is for one that has exited (lifted, no longer poor).
 */
export function coverageRulesFor(activeCategories: readonly string[], date: IsoDate): CoverageRequirement[] {
  const has = (c: string) => activeCategories.includes(c);
  return coverageRequirementsOn(date).filter((r) => r.categories.some(has) && !r.unless.some(has));
}

/** Whether a village must have a first secretary or a team on `date` (one of the coverage rules applies). */
export const mustBeCovered = (activeCategories: readonly string[], date: IsoDate): boolean =>
  coverageRulesFor(activeCategories, date).length > 0;
