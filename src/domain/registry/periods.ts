import type { LocalisedText } from '../../shared/errors';

// Dated facts (a village's categories, a county's flags, a unit's pairings): each value holds from a
// date to a date, both included; to null means it still holds.

export interface DatedValue<T extends string = string> {
  value: T;
  from: string;
  to: string | null;
}

export const holdsOn = (p: { from: string; to: string | null }, date: string) =>
  p.from <= date && (p.to === null || p.to >= date);

/** The values held on a date, each once, in the order first seen. */
export function valuesOn<T extends string>(periods: readonly DatedValue<T>[], date: string): T[] {
  const out: T[] = [];
  for (const p of periods) if (holdsOn(p, date) && !out.includes(p.value)) out.push(p.value);
  return out;
}

export interface PeriodProblem {
  /** Index of the period in the list given, and the field at fault. */
  index: number;
  field: 'from' | 'to';
  message: LocalisedText;
}

/** An end before its start, or two periods of the same value sharing a day. */
export function periodProblems(periods: readonly DatedValue[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  periods.forEach((p, i) => {
    if (p.to !== null && p.to < p.from) {
      problems.push({
        index: i,
        field: 'to',
        message: {
          zh: `结束日期 ${p.to} 早于开始日期 ${p.from}`,
          en: `ends (${p.to}) before it starts (${p.from})`,
        },
      });
    }
  });
  periods.forEach((p, i) => {
    const clash = periods.findIndex(
      (q, j) =>
        j < i && q.value === p.value && p.from <= (q.to ?? '9999-12-31') && q.from <= (p.to ?? '9999-12-31'),
    );
    if (clash >= 0) {
      problems.push({
        index: i,
        field: 'from',
        message: {
          zh: `与第 ${clash + 1} 条同类记录的时间重叠`,
          en: `overlaps entry ${clash + 1} of the same kind`,
        },
      });
    }
  });
  return problems;
}
