// Scoring and grades (issue 13 items 2, 4). Pure; property-tested in scoring.test.ts.
//
// Rounding, stated once: every component and the total are on a 0–100 scale, kept to one decimal, rounded half
// up (`round1`). The total is Σ weightᵢ × scoreᵢ / Σ weightᵢ over the components that have a score; a
// component without records is left out and its weight with it (the answer says which, and `complete` is
// false until the committee enters it). The share of 优秀 allowed is ⌊n × percent / 100⌋ of the eligible
// cadres of the batch (at least 0). The grade a total proposes: ≥ 90 优秀, ≥ 75 称职, ≥ 60 基本称职, below 不称职;
// then the absence ladder caps it; then the quota keeps 优秀 for the highest totals only (ties at the cut all
// step down, so nobody is chosen by an order the rules do not give). No ranking is ever shown.
import { type ComponentKey, componentKeys, type Grade, gradeRank, type Scheme, type Weights } from './scheme';

export const round1 = (x: number): number => Math.round((x + Number.EPSILON) * 10) / 10;

export type Components = Record<ComponentKey, number | null>;

export function weightedTotal(
  components: Components,
  weights: Weights,
): { total: number | null; complete: boolean; missing: ComponentKey[] } {
  let sum = 0;
  let weight = 0;
  const missing: ComponentKey[] = [];
  for (const k of componentKeys) {
    const v = components[k];
    if (v === null) {
      if (weights[k] > 0) missing.push(k);
      continue;
    }
    sum += weights[k] * v;
    weight += weights[k];
  }
  return { total: weight > 0 ? round1(sum / weight) : null, complete: missing.length === 0, missing };
}

export const GRADE_LINES = { excellent: 90, competent: 75, basically_competent: 60 } as const;

export function gradeOfTotal(total: number): Grade {
  if (total >= GRADE_LINES.excellent) return 'excellent';
  if (total >= GRADE_LINES.competent) return 'competent';
  if (total >= GRADE_LINES.basically_competent) return 'basically_competent';
  return 'incompetent';
}

/** The best grade the absence ladder allows for a number of unexcused absences (P17.5.1-mix). */
export function ladderCap(absences: number, ladder: Scheme['ladder']): Grade {
  if (absences >= ladder.incompetent) return 'incompetent';
  if (absences >= ladder.atMostBasic) return 'basically_competent';
  if (absences >= ladder.noExcellent) return 'competent';
  return 'excellent';
}

/** The ladder also makes 不称职 from its top rung: the grade is exactly 不称职 there. */
export function ladderFloorIsCap(absences: number, ladder: Scheme['ladder']): boolean {
  return absences >= ladder.incompetent;
}

/** ⌊eligible × percent / 100⌋, never below 0. */
export function excellentQuota(eligible: number, percent: number): number {
  return Math.max(0, Math.floor((eligible * percent) / 100 + 1e-9));
}

export const minGrade = (a: Grade, b: Grade): Grade => (gradeRank[a] <= gradeRank[b] ? a : b);

export interface Limit {
  ruleId: string;
  message: { zh: string; en: string };
}

export interface ProposalInput {
  cadreId: string;
  total: number | null;
  absences: number;
}

export interface GradeProposal {
  cadreId: string;
  proposedGrade: Grade | null;
  limits: Limit[];
}

/** Proposes a grade for each eligible cadre of a batch: total → ladder → quota. */
export function proposeGrades(
  inputs: readonly ProposalInput[],
  scheme: Scheme,
  labels: Record<Grade, { zh: string; en: string }>,
): { proposals: GradeProposal[]; quota: number } {
  const quota = excellentQuota(inputs.length, scheme.excellentSharePercent);
  const first = inputs.map((i) => {
    const limits: Limit[] = [];
    if (i.total === null) return { cadreId: i.cadreId, proposedGrade: null, limits, total: null };
    const byTotal = gradeOfTotal(i.total);
    const grade: Grade = ladderFloorIsCap(i.absences, scheme.ladder)
      ? 'incompetent'
      : minGrade(byTotal, ladderCap(i.absences, scheme.ladder));
    if (grade !== byTotal) {
      limits.push({
        ruleId: 'P17.5.1-mix',
        message: {
          zh: `无故缺勤${i.absences}次，按缺勤阶梯为${labels[grade].zh}（按得分为${labels[byTotal].zh}）`,
          en: `${i.absences} unexcused absence(s): ${labels[grade].en} under the absence ladder (by the score ${labels[byTotal].en})`,
        },
      });
    }
    return { cadreId: i.cadreId, proposedGrade: grade as Grade | null, limits, total: i.total };
  });
  const excellent = first.filter((p) => p.proposedGrade === 'excellent');
  if (excellent.length > quota) {
    const totals = excellent.map((p) => p.total!).sort((a, b) => b - a);
    // The cut: the quota-th highest total; totals tied with the first one left out all step down.
    const firstOut = totals[quota]!;
    for (const p of excellent) {
      if (p.total! <= firstOut) {
        p.proposedGrade = 'competent';
        p.limits.push({
          ruleId: 'P17.5.1-mix',
          message: {
            zh: `本批优秀比例上限${scheme.excellentSharePercent}%（${quota}人），建议等次改为${labels.competent.zh}`,
            en: `at most ${scheme.excellentSharePercent} % excellent in the batch (${quota}); proposed ${labels.competent.en}`,
          },
        });
      }
    }
  }
  return {
    proposals: first.map(({ cadreId, proposedGrade, limits }) => ({ cadreId, proposedGrade, limits })),
    quota,
  };
}

/** Why a decision is refused, or null: against the ladder, or 优秀 beyond the quota (P17.5.1-mix). */
export function decisionRefusal(input: {
  grade: Grade;
  absences: number;
  scheme: Scheme;
  eligible: number;
  /** 优秀 already decided for other cadres of the batch. */
  excellentOthers: number;
  labels: Record<Grade, { zh: string; en: string }>;
}): Limit | null {
  const { grade, absences, scheme, labels } = input;
  const cap = ladderCap(absences, scheme.ladder);
  if (gradeRank[grade] > gradeRank[cap]) {
    return {
      ruleId: 'P17.5.1-mix',
      message: {
        zh: `无故缺勤${absences}次，按缺勤阶梯等次最高为${labels[cap].zh}，不能定为${labels[grade].zh}`,
        en: `${absences} unexcused absence(s): the absence ladder allows at most ${labels[cap].en}, not ${labels[grade].en}`,
      },
    };
  }
  if (ladderFloorIsCap(absences, scheme.ladder) && grade !== 'incompetent') {
    return {
      ruleId: 'P17.5.1-mix',
      message: {
        zh: `无故缺勤${absences}次，按缺勤阶梯应定为${labels.incompetent.zh}`,
        en: `${absences} unexcused absence(s): the absence ladder makes it ${labels.incompetent.en}`,
      },
    };
  }
  const quota = excellentQuota(input.eligible, scheme.excellentSharePercent);
  if (grade === 'excellent' && input.excellentOthers + 1 > quota) {
    return {
      ruleId: 'P17.5.1-mix',
      message: {
        zh: `本批${input.eligible}人，优秀比例上限${scheme.excellentSharePercent}%，最多${quota}人，已定${input.excellentOthers}人`,
        en: `${input.eligible} in the batch, at most ${scheme.excellentSharePercent} % excellent: ${quota}; ${input.excellentOthers} decided already`,
      },
    };
  }
  return null;
}

/** The distribution of answers 1–5 of a survey and its mean on 0–100 ((mean − 1) / 4 × 100). */
export function surveyScore(answers: readonly (readonly number[])[]): {
  count: number;
  distribution: number[];
  score: number | null;
} {
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const a of answers) {
    for (const v of a) {
      if (Number.isInteger(v) && v >= 1 && v <= 5) {
        distribution[v - 1]! += 1;
        sum += v;
        n++;
      }
    }
  }
  return { count: answers.length, distribution, score: n ? round1(((sum / n - 1) / 4) * 100) : null };
}

/** Below this many answers the result carries a confidence note. */
export const FEW_ANSWERS = 10;
