// The assessment scheme (issue 13 item 1) of a province and year: the settings in force on a date, read as one
// object — the weights of the five components (together 100, P17.5.1-mix), the grade labels, the share of 优秀
// in one batch, the absence ladder, and the months on post before a cadre is assessed (P21.5-annual).
import type { Parameters } from '../settings/catalogue';

export const grades = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export type Grade = (typeof grades)[number];
/** Higher is better: excellent 3 … incompetent 0. */
export const gradeRank: Record<Grade, number> = {
  excellent: 3,
  competent: 2,
  basically_competent: 1,
  incompetent: 0,
};

export const componentKeys = ['attendance', 'performance', 'summary', 'villagers', 'villageCadres'] as const;
export type ComponentKey = (typeof componentKeys)[number];
export type Weights = Record<ComponentKey, number>;

export type LabelSet = 'competent' | 'qualified';
export const gradeLabels: Record<LabelSet, Record<Grade, { zh: string; en: string }>> = {
  competent: {
    excellent: { zh: '优秀', en: 'excellent' },
    competent: { zh: '称职', en: 'competent' },
    basically_competent: { zh: '基本称职', en: 'basically competent' },
    incompetent: { zh: '不称职', en: 'incompetent' },
  },
  qualified: {
    excellent: { zh: '优秀', en: 'excellent' },
    competent: { zh: '合格', en: 'qualified' },
    basically_competent: { zh: '基本合格', en: 'basically qualified' },
    incompetent: { zh: '不合格', en: 'unqualified' },
  },
};

export interface AbsenceLadder {
  /** From this many unexcused absences, no 优秀. */
  noExcellent: number;
  /** From this many, at most 基本称职. */
  atMostBasic: number;
  /** From this many, 不称职. */
  incompetent: number;
}

export interface Scheme {
  weights: Weights;
  labels: LabelSet;
  /** The share of 优秀 allowed in one batch, in per cent (rounded down to whole people). */
  excellentSharePercent: number;
  ladder: AbsenceLadder;
  minMonthsOnPost: number;
}

export const componentLabels: Record<ComponentKey, { zh: string; en: string }> = {
  attendance: { zh: '考勤', en: 'attendance' },
  performance: { zh: '考绩', en: 'performance' },
  summary: { zh: '工作总结', en: 'work summary' },
  villagers: { zh: '村民测评', en: 'villagers’ evaluation' },
  villageCadres: { zh: '村干部评议', en: 'village cadres’ review' },
};

export function schemeOf(p: Parameters): Scheme {
  return {
    weights: {
      attendance: p.assessmentWeightAttendance,
      performance: p.assessmentWeightPerformance,
      summary: p.assessmentWeightSummary,
      villagers: p.assessmentWeightVillagers,
      villageCadres: p.assessmentWeightVillageCadres,
    },
    labels: p.assessmentGradeLabels,
    excellentSharePercent: p.excellentShareMaxPercent,
    ladder: {
      noExcellent: p.absencesNoExcellent,
      atMostBasic: p.absencesAtMostBasic,
      incompetent: p.absencesIncompetent,
    },
    minMonthsOnPost: p.assessmentMinMonthsOnPost,
  };
}

export type SchemeProblem = { field: string; zh: string; en: string };

/** What makes a scheme unusable: weights not adding up to 100, a ladder out of order (P17.5.1-mix). */
export function schemeProblems(s: Scheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const sum = componentKeys.reduce((t, k) => t + s.weights[k], 0);
  if (componentKeys.some((k) => !Number.isInteger(s.weights[k]) || s.weights[k] < 0)) {
    problems.push({
      field: 'weights',
      zh: '各项权重应为非负整数',
      en: 'each weight must be a non-negative integer',
    });
  }
  if (sum !== 100) {
    problems.push({
      field: 'weights',
      zh: `考勤、考绩、工作总结、村民测评、村干部评议五项权重合计应为100，现为${sum}`,
      en: `the five weights must add up to 100; they add up to ${sum}`,
    });
  }
  const { noExcellent, atMostBasic, incompetent } = s.ladder;
  if (!(noExcellent <= atMostBasic && atMostBasic <= incompetent)) {
    problems.push({
      field: 'ladder',
      zh: `缺勤阶梯应递增：不得评优秀${noExcellent}次 ≤ 最高基本称职${atMostBasic}次 ≤ 不称职${incompetent}次`,
      en: `the absence ladder must rise: ${noExcellent} ≤ ${atMostBasic} ≤ ${incompetent}`,
    });
  }
  return problems;
}
