import type { LocalisedText } from '../../shared/errors';
import type { RuleId } from '../policy/catalogue';
import { type PolicyVersion, policyVersionOn } from '../policy/versions';
import { type Strength, strengthForProblem, strengthLabels, strengths } from '../policy/village-categories';
import type { IsoDate } from '../time/iso-date';

// The fit between a candidate and a slot (P17.2.1-match / P21.3-match and the ranking rules around it),
// with one reason per term that scored, so a county sees why the matching placed someone where it did.
// Hard constraints (eligibility, pairing) are not scored here: match.ts keeps forbidden cells out of
// the solver. Every fit is an integer ≥ 0 and at most MAX_FIT.

export type { Strength };
export type SlotKind = 'first_secretary' | 'member';

/** An open village need (先定村), already decided by the county. */
export interface MatchNeed {
  needId: string;
  villageCode: string;
  villageName: string;
  /** Whether the need asks for a first secretary. */
  firstSecretary: boolean;
  /** How many team members the need asks for, besides the first secretary. */
  members: number;
  /** Village categories in force on the date (GLOSSARY.md): weakPartyOrg, weakEconomy, socialConflict, deepPoverty… */
  activeCategories: readonly string[];
  keyAssistedCounty: boolean;
  /** Units paired with the village (designated, paired or east–west assistance). */
  pairedUnitIds: readonly string[];
}

/** An available candidate; eligibility on the date comes from the policy rules (P21.3-fs-party, P21.3-fs-work…). */
export interface MatchCandidate {
  cadreId: string;
  name: string;
  unitId: string;
  /** The need the unit proposed the candidate for, if any. */
  proposedNeedId?: string;
  proposedRole?: SlotKind;
  eligibleAsFirstSecretary: boolean;
  eligibleAsMember: boolean;
  strengths: readonly Strength[];
  ruralExperience: boolean;
  agriExpertise: boolean;
  young: boolean;
  reserveCadre: boolean;
}

export interface Reason {
  ruleId: RuleId;
  points: number;
  message: LocalisedText;
}

export interface Fit {
  /** The sum of the reasons' points. */
  score: number;
  reasons: Reason[];
}

/**
 * Points of each fit term. Integers, so totals are exact. What they encode:
 * - `strengthMatch` (P17.2.1-match / P21.3-match), per village problem the candidate's strength answers:
 *   the heaviest term, because matching the cadre to the village is the point of the exercise.
 * - `ruralExperience`, `agriExpertise` (P21.3-rural): preferred anywhere, so they decide who is placed
 *   when candidates outnumber slots, not where.
 * - `young`, `reserveCadre` (P17.2.2-young): likewise, sent first.
 * - `priorityVillage` (P17.2.2-priority): once, for a young or reserve cadre in a deep-poverty village or
 *   a village of a key assisted county; large enough to move such a cadre there.
 * - `pairing` (M-paired-first, a reading of P21.3-central): the unit is paired with the village. Candidates of a paired unit may be placed
 *   only in their paired villages (a hard constraint in match.ts); the bonus makes them preferred there.
 * - `proposedNeed` (P21.3-propose): staying in the need the unit proposed. Small, so a candidate is
 *   moved only for a clearly better fit — a strength that answers a problem, or a priority village.
 */
export const MATCH_WEIGHTS = {
  strengthMatch: 30,
  ruralExperience: 8,
  agriExpertise: 8,
  young: 4,
  reserveCadre: 4,
  priorityVillage: 10,
  pairing: 20,
  proposedNeed: 8,
} as const;

/** The largest fit any candidate can have in any slot. */
export const MAX_FIT =
  strengths.length * MATCH_WEIGHTS.strengthMatch +
  MATCH_WEIGHTS.ruralExperience +
  MATCH_WEIGHTS.agriExpertise +
  MATCH_WEIGHTS.young +
  MATCH_WEIGHTS.reserveCadre +
  MATCH_WEIGHTS.priorityVillage +
  MATCH_WEIGHTS.pairing +
  MATCH_WEIGHTS.proposedNeed;

/**
 * The rule each term cites under the policy version in force on the date. The 2017 text folds specialty,
 * experience and team composition into its matching clause. Pairing cites its own reading, M-paired-first
 * (of P21.3-central), on every date — never P21.6-bind, which is the unit leaders' yearly visit. The 2021 text has no clause of its own for young and reserve cadres or for deep-poverty
 * villages, so P17.2.2-young and P17.2.2-priority stay the reference for those ranking terms.
 */
export const FIT_RULE_IDS: Record<
  PolicyVersion,
  Record<'match' | 'rural' | 'young' | 'priority' | 'pairing' | 'proposed' | 'compose', RuleId>
> = {
  P17: {
    match: 'P17.2.1-match',
    rural: 'P17.2.1-match',
    young: 'P17.2.2-young',
    priority: 'P17.2.2-priority',
    pairing: 'M-paired-first',
    proposed: 'P17.2.1-match',
    compose: 'P17.2.1-match',
  },
  P21: {
    match: 'P21.3-match',
    rural: 'P21.3-rural',
    young: 'P17.2.2-young',
    priority: 'P17.2.2-priority',
    pairing: 'M-paired-first',
    proposed: 'P21.3-propose',
    compose: 'P21.3-compose',
  },
};

export const SLOT_LABELS: Record<SlotKind, LocalisedText> = {
  first_secretary: { zh: '第一书记', en: 'first secretary' },
  member: { zh: '工作队员', en: 'team member' },
};

const PROBLEM_LABELS: Record<Strength, LocalisedText> = {
  party_mass: { zh: '党组织软弱涣散', en: 'a weak and lax party organisation' },
  economic: { zh: '产业基础薄弱、集体经济脆弱', en: 'weak industry or a fragile collective economy' },
  social: { zh: '矛盾纠纷突出、社会发育滞后', en: 'sharp disputes or lagging social development' },
};

export interface FitContext {
  /** The date the matching is for; it picks the policy version the reasons cite. */
  date: IsoDate;
  /** Open needs by id, to name the village a candidate was moved from. */
  needsById?: ReadonlyMap<string, MatchNeed>;
}

/** Whether a village is a priority for young and reserve cadres (P17.2.2-priority). */
export const isPriorityVillage = (need: MatchNeed) =>
  need.keyAssistedCounty || need.activeCategories.includes('deepPoverty');

/** The fit of a candidate in a slot of a need, with the reasons that make it up. */
export function scoreFit(
  candidate: MatchCandidate,
  need: MatchNeed,
  slot: SlotKind,
  context: FitContext,
): Fit {
  const reasons: Reason[] = [];
  const score = evaluateFit(candidate, need, slot, ruleIdsOn(context.date), context, reasons);
  return { score, reasons };
}

/**
 * The fit alone, without building reasons, for scoring every candidate against every need of a county
 * on one date (the rule ids are looked up once). It runs the same code as scoreFit, so the number always
 * equals the sum of the reasons. The points do not depend on the slot kind (only the wording of a role
 * change does, at 0 points).
 */
export function fitScorer(context: FitContext): (candidate: MatchCandidate, need: MatchNeed) => number {
  const ids = ruleIdsOn(context.date);
  return (candidate, need) => evaluateFit(candidate, need, 'member', ids, context, undefined);
}

export const fitPoints = (candidate: MatchCandidate, need: MatchNeed, context: FitContext) =>
  fitScorer(context)(candidate, need);

const ruleIdsOn = (date: IsoDate) => FIT_RULE_IDS[policyVersionOn(date)];

function evaluateFit(
  candidate: MatchCandidate,
  need: MatchNeed,
  slot: SlotKind,
  ids: (typeof FIT_RULE_IDS)[PolicyVersion],
  context: FitContext,
  reasons: Reason[] | undefined,
): number {
  // Runs for every candidate × need of a county, so messages are built only when reasons are wanted.
  const W = MATCH_WEIGHTS;
  let score = 0;

  // In a fixed order, each strength once, however the input lists them.
  for (const strength of strengths) {
    if (!candidate.strengths.includes(strength)) continue;
    if (!need.activeCategories.includes(strengthForProblem[strength])) continue;
    score += W.strengthMatch;
    reasons?.push({
      ruleId: ids.match,
      points: W.strengthMatch,
      message: {
        zh: `擅长${strengthLabels[strength].zh}，本村${PROBLEM_LABELS[strength].zh}`,
        en: `Strong in ${strengthLabels[strength].en}, for a village with ${PROBLEM_LABELS[strength].en}`,
      },
    });
  }
  if (candidate.ruralExperience) {
    score += W.ruralExperience;
    reasons?.push({
      ruleId: ids.rural,
      points: W.ruralExperience,
      message: { zh: '有农村工作经验', en: 'Has rural work experience' },
    });
  }
  if (candidate.agriExpertise) {
    score += W.agriExpertise;
    reasons?.push({
      ruleId: ids.rural,
      points: W.agriExpertise,
      message: { zh: '有涉农专业技术特长', en: 'Has agriculture-related expertise' },
    });
  }
  if (candidate.young) {
    score += W.young;
    reasons?.push({
      ruleId: ids.young,
      points: W.young,
      message: { zh: '优秀年轻干部，优先选派', en: 'Young cadre, sent first' },
    });
  }
  if (candidate.reserveCadre) {
    score += W.reserveCadre;
    reasons?.push({
      ruleId: ids.young,
      points: W.reserveCadre,
      message: { zh: '后备干部，优先选派', en: 'Reserve cadre, sent first' },
    });
  }
  if ((candidate.young || candidate.reserveCadre) && isPriorityVillage(need)) {
    score += W.priorityVillage;
    if (reasons) {
      const where: LocalisedText = need.activeCategories.includes('deepPoverty')
        ? { zh: '深度贫困村', en: 'a deep-poverty village' }
        : { zh: '乡村振兴重点帮扶县的村', en: 'a village of a key assisted county' };
      reasons.push({
        ruleId: ids.priority,
        points: W.priorityVillage,
        message: {
          zh: `${where.zh}是重中之重，优先派年轻干部和后备干部`,
          en: `Young and reserve cadres go first to ${where.en}, the top priority`,
        },
      });
    }
  }
  if (need.pairedUnitIds.includes(candidate.unitId)) {
    score += W.pairing;
    reasons?.push({
      ruleId: ids.pairing,
      points: W.pairing,
      message: {
        zh: '派出单位与本村结对帮扶：结对单位的人选只安排在其结对村',
        en: "The candidate's unit is paired with this village: a paired unit's candidates are placed only in its paired villages",
      },
    });
  }
  const proposed = candidate.proposedNeedId;
  if (proposed === undefined) return score;
  if (proposed === need.needId) {
    score += W.proposedNeed;
    reasons?.push({
      ruleId: ids.proposed,
      points: W.proposedNeed,
      message: {
        zh: `留在派出单位提名的需求 ${proposed}`,
        en: `Stays in need ${proposed}, for which the unit proposed the candidate`,
      },
    });
    const role = candidate.proposedRole;
    if (role !== undefined && role !== slot) {
      reasons?.push({
        ruleId: ids.compose,
        points: 0,
        message: {
          zh: `岗位由${SLOT_LABELS[role].zh}调整为${SLOT_LABELS[slot].zh}`,
          en: `Role changed from ${SLOT_LABELS[role].en} to ${SLOT_LABELS[slot].en}`,
        },
      });
    }
  } else if (reasons) {
    const from = context.needsById?.get(proposed);
    reasons.push({
      ruleId: ids.compose,
      points: 0,
      message: {
        zh: `由需求 ${proposed}${from ? `（${from.villageName}）` : ''}调整至此：县级统筹组队、科学搭配`,
        en: `Candidate moved from need ${proposed}${from ? ` (${from.villageName})` : ''}: the county composes the teams for the best fit`,
      },
    });
  }
  return score;
}
