import { type FieldProblem, type LocalisedText, validation } from '../../shared/errors';
import { policyVersionOn } from '../policy/versions';
import { type IsoDate, isIsoDate } from '../time/iso-date';
import { type AssignmentSolver, createScoreMatrix, maximiseAssignment } from './assignment';
import {
  FIT_RULE_IDS,
  type FitContext,
  fitScorer,
  MAX_FIT,
  type MatchCandidate,
  type MatchNeed,
  type Reason,
  SLOT_LABELS,
  type SlotKind,
  scoreFit,
} from './score';

// Matching for a county (科学搭配, P21.3-compose): the open needs become slots, the available candidates
// are scored against every slot they may take, and the exact assignment of greatest total is the
// suggestion. Nothing is assigned here: a person accepts, edits or discards each line.

export interface MatchInput {
  /** The date the matching is for: eligibility was decided for it, and it picks the rules the reasons cite. */
  date: IsoDate;
  needs: readonly MatchNeed[];
  candidates: readonly MatchCandidate[];
}

export interface Placement {
  needId: string;
  villageCode: string;
  slot: SlotKind;
  cadreId: string;
  /** The fit: the sum of the reasons' points. */
  score: number;
  reasons: Reason[];
}

export interface UnfilledSlot {
  needId: string;
  villageCode: string;
  slot: SlotKind;
  reason: LocalisedText;
}

export interface MatchResult {
  /** By need id; in a need the first secretary first, then members by cadre id. */
  placements: Placement[];
  /** By need id; in a need the first-secretary slot first. */
  unfilled: UnfilledSlot[];
  /** The sum of the placements' scores (fit points; the fill priority below is not included). */
  totalScore: number;
}

/**
 * What filling a slot is worth to the solver, on top of the fit. Filling comes first: the solver never
 * leaves a first-secretary slot empty that some valid assignment fills, and among those never leaves a
 * member slot empty that one fills, to gain fit elsewhere. This holds while
 * `member > L·MAX_FIT` and `first_secretary − member > L·MAX_FIT`, L being the number of placements
 * (README.md gives the argument); MAX_PLACEMENTS is that bound, far above any county.
 */
export const FILL_PRIORITY: Record<SlotKind, number> = {
  first_secretary: 20_000_000,
  member: 10_000_000,
};

export const MAX_PLACEMENTS = Math.floor(
  (Math.min(FILL_PRIORITY.member, FILL_PRIORITY.first_secretary - FILL_PRIORITY.member) - 1) / MAX_FIT,
);

export interface MatchOptions {
  /** The assignment solver; the greedy baseline is passed here by tests and the bench. */
  solver?: AssignmentSolver;
}

interface Slot {
  need: MatchNeed;
  kind: SlotKind;
}

const SLOT_ORDER: readonly SlotKind[] = ['first_secretary', 'member'];

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The suggestion of greatest total for a county: see the module comment and README.md. */
export function matchCounty(input: MatchInput, options: MatchOptions = {}): MatchResult {
  checkInput(input);
  const solve = options.solver ?? maximiseAssignment;
  // Sorting by id makes the answer independent of the input order, ties included.
  const needs = withVillagePairings([...input.needs].sort((a, b) => compareIds(a.needId, b.needId)));
  const candidates = [...input.candidates].sort((a, b) => compareIds(a.cadreId, b.cadreId));
  const context: FitContext = { date: input.date, needsById: new Map(needs.map((n) => [n.needId, n])) };
  const pairedVillagesOf = pairedVillagesByUnit(needs);
  const villagesOfCandidate = candidates.map((c) => pairedVillagesOf.get(c.unitId));

  const slots: Slot[] = needs.flatMap((need) => [
    ...(need.firstSecretary ? [{ need, kind: 'first_secretary' as const }] : []),
    ...Array.from({ length: need.members }, () => ({ need, kind: 'member' as const })),
  ]);
  const cols = candidates.length;
  const matrix = createScoreMatrix(slots.length, cols);
  const allowedCount = new Int32Array(slots.length);
  const fitOf = fitScorer(context);
  const fitRow = new Float64Array(cols);
  let fitRowOf: MatchNeed | undefined;
  // Slots of one kind in one need are alike: score the first, copy it to the others. The fit does not
  // depend on the kind, so it is computed once per need.
  slots.forEach((slot, r) => {
    const previous = slots[r - 1];
    if (previous && previous.need === slot.need && previous.kind === slot.kind) {
      matrix.scores.copyWithin(r * cols, (r - 1) * cols, r * cols);
      allowedCount[r] = allowedCount[r - 1] as number;
      return;
    }
    const { need, kind } = slot;
    if (fitRowOf !== need) {
      candidates.forEach((c, j) => {
        fitRow[j] = fitOf(c, need);
      });
      fitRowOf = need;
    }
    let allowed = 0;
    candidates.forEach((c, j) => {
      // Hard constraints: eligibility for the slot's role, and a paired unit's candidates stay in its villages.
      const eligible = kind === 'first_secretary' ? c.eligibleAsFirstSecretary : c.eligibleAsMember;
      const villages = villagesOfCandidate[j];
      if (!eligible || (villages !== undefined && !villages.has(need.villageCode))) return;
      matrix.scores[r * cols + j] = FILL_PRIORITY[kind] + (fitRow[j] as number);
      allowed++;
    });
    allowedCount[r] = allowed;
  });

  const assignment = solve(matrix);

  const placements: Placement[] = [];
  const unfilled: UnfilledSlot[] = [];
  const eligibleCount: Record<SlotKind, number> = {
    first_secretary: candidates.filter((c) => c.eligibleAsFirstSecretary).length,
    member: candidates.filter((c) => c.eligibleAsMember).length,
  };
  slots.forEach(({ need, kind }, r) => {
    const j = assignment.colOfRow[r] as number;
    const candidate = j >= 0 ? candidates[j] : undefined;
    if (candidate) {
      const fit = scoreFit(candidate, need, kind, context);
      placements.push({
        needId: need.needId,
        villageCode: need.villageCode,
        slot: kind,
        cadreId: candidate.cadreId,
        score: fit.score,
        reasons: fit.reasons,
      });
    } else {
      unfilled.push({
        needId: need.needId,
        villageCode: need.villageCode,
        slot: kind,
        reason: unfilledReason(kind, input.date, eligibleCount[kind], allowedCount[r] as number),
      });
    }
  });
  placements.sort(
    (a, b) =>
      compareIds(a.needId, b.needId) ||
      SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot) ||
      compareIds(a.cadreId, b.cadreId),
  );
  return { placements, unfilled, totalScore: placements.reduce((sum, p) => sum + p.score, 0) };
}

/** What the solver maximised for a result: fill priority plus fit, over every placement. */
export const objectiveOf = (result: MatchResult) =>
  result.placements.reduce((sum, p) => sum + FILL_PRIORITY[p.slot] + p.score, 0);

/** A pairing is a relation between a unit and a village: every need of the village carries all of them. */
function withVillagePairings(needs: MatchNeed[]): MatchNeed[] {
  const unitsOf = new Map<string, Set<string>>();
  for (const need of needs) {
    const units = unitsOf.get(need.villageCode) ?? new Set<string>();
    for (const unitId of need.pairedUnitIds) units.add(unitId);
    unitsOf.set(need.villageCode, units);
  }
  return needs.map((need) => ({
    ...need,
    pairedUnitIds: [...(unitsOf.get(need.villageCode) ?? [])].sort(compareIds),
  }));
}

/** The villages each paired unit may send to: a unit's pairing is honoured where it exists. */
function pairedVillagesByUnit(needs: readonly MatchNeed[]): Map<string, Set<string>> {
  const villagesOf = new Map<string, Set<string>>();
  for (const need of needs) {
    for (const unitId of need.pairedUnitIds) {
      const villages = villagesOf.get(unitId) ?? new Set<string>();
      villages.add(need.villageCode);
      villagesOf.set(unitId, villages);
    }
  }
  return villagesOf;
}

function unfilledReason(kind: SlotKind, date: IsoDate, eligible: number, allowed: number): LocalisedText {
  const version = policyVersionOn(date);
  const role = SLOT_LABELS[kind];
  if (eligible === 0) {
    // Under the 2021 opinions a first secretary's conditions are rules of their own.
    const rules = kind === 'first_secretary' && version === 'P21' ? 'P21.3-fs-party, P21.3-fs-work' : '';
    return {
      zh: `${date} 没有符合${role.zh}条件的可选人选${rules ? `（${rules}）` : ''}`,
      en: `No available candidate is eligible as ${role.en} on ${date}${rules ? ` (${rules})` : ''}`,
    };
  }
  if (allowed === 0) {
    const rule = FIT_RULE_IDS[version].pairing;
    return {
      zh: `符合${role.zh}条件的人选均来自与其他村结对的单位，结对关系优先（${rule}）`,
      en: `Every candidate eligible as ${role.en} comes from a unit paired with another village, and pairings are honoured (${rule})`,
    };
  }
  return {
    zh: `可担任此岗位的 ${allowed} 名人选均已安排到其他岗位（先保第一书记岗位，再按匹配度）`,
    en: `All ${allowed} candidates who could take this slot are placed elsewhere (first-secretary slots first, then the better fit)`,
  };
}

function checkInput({ date, needs, candidates }: MatchInput) {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(date))
    problems.push({ field: 'date', message: { zh: '日期格式为 YYYY-MM-DD', en: 'a date as YYYY-MM-DD' } });
  const seenNeeds = new Set<string>();
  needs.forEach((need, k) => {
    if (seenNeeds.has(need.needId)) {
      problems.push({ field: `needs[${k}].needId`, message: { zh: '需求重复', en: 'a need listed twice' } });
    }
    seenNeeds.add(need.needId);
    if (!Number.isInteger(need.members) || need.members < 0) {
      problems.push({
        field: `needs[${k}].members`,
        message: { zh: '应为非负整数', en: 'a whole number ≥ 0' },
      });
    }
  });
  const seenCadres = new Set<string>();
  candidates.forEach((candidate, k) => {
    if (seenCadres.has(candidate.cadreId)) {
      problems.push({
        field: `candidates[${k}].cadreId`,
        message: { zh: '人选重复', en: 'a candidate listed twice' },
      });
    }
    seenCadres.add(candidate.cadreId);
  });
  const slotCount = needs.reduce((sum, n) => sum + (n.firstSecretary ? 1 : 0) + n.members, 0);
  if (problems.length === 0 && Math.min(slotCount, candidates.length) > MAX_PLACEMENTS) {
    problems.push({
      field: 'needs',
      message: {
        zh: `一次匹配最多安排 ${MAX_PLACEMENTS} 人，请按乡镇分批`,
        en: `at most ${MAX_PLACEMENTS} placements in one matching; split it by township`,
      },
    });
  }
  if (problems.length > 0) throw validation(problems);
}
