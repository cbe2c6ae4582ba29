// Terms (任期): what an assignment's dates mean and the rules about their length (RULES.md §4).
//
// Dates of an assignment are calendar days on post, both ends included (src/domain/time/README.md
// "Days on post"): `startOn` is the first day in the village, `plannedEndOn` / `endOn` the last. A term of
// n years is met when the last day on post is at least the day before the n-th anniversary of the start:
// 2024-03-01 → 2026-02-28 is exactly two years on post, 2026-02-27 is a day short (P17.2.2-term, P21.5-term).
// The anniversary of 29 February in a common year is 28 February (民法典 第二百零二条), so from 2024-02-29
// two years end on 2026-02-27.
import type { LocalisedText } from '../../shared/errors';
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import { addDays, addYears, daysBetween, type IsoDate, isAfter, isBefore } from '../time/iso-date';

/** 每期驻村时间不少于2年 (P17.2.2-term) / 任期一般不少于2年 (P21.5-term): fixed by the central texts. */
export const TERM_YEARS = 2;

export type TeamRole = 'first_secretary' | 'leader' | 'member';
export type EndReason = 'completed' | 'rotated' | 'recalled' | 'other';

/** An assignment's dates as the rules see them. */
export interface Term {
  id: string;
  teamRole: TeamRole;
  startOn: IsoDate;
  plannedEndOn: IsoDate;
  endOn: IsoDate | null;
  endReason: EndReason | null;
}

/** The last day on post: the actual end once recorded, else the planned end. */
export const lastDayOf = (t: Pick<Term, 'endOn' | 'plannedEndOn'>): IsoDate => t.endOn ?? t.plannedEndOn;

/** Whether the holder is on post on `date`. */
export const onPostOn = (t: Pick<Term, 'startOn' | 'endOn' | 'plannedEndOn'>, date: IsoDate): boolean =>
  !isBefore(date, t.startOn) && !isBefore(lastDayOf(t), date);

/**
 * The last day on post that completes `years` years from the first day `startOn`, both days counted: the
 * day before the anniversary (2024-03-01 → 2026-02-28; 2024-02-29 → 2026-02-27).
 */
export const lastDayOfYearsOnPost = (startOn: IsoDate, years: number): IsoDate =>
  addDays(addYears(startOn, years), -1);

/** The earliest planned end of a full term from `startOn` (TERM_YEARS on post, both ends included). */
export const fullTermEnd = (startOn: IsoDate): IsoDate => lastDayOfYearsOnPost(startOn, TERM_YEARS);

/** Whether the days on post from `startOn` to `lastDay` (both included) make at least `years` years. */
export const servesYears = (startOn: IsoDate, lastDay: IsoDate, years: number): boolean =>
  !isBefore(lastDay, lastDayOfYearsOnPost(startOn, years));

const termRuleOf = (startOn: IsoDate) =>
  policyVersionOn(startOn) === 'P17' ? ('P17.2.2-term' as const) : ('P21.5-term' as const);

/**
 * P17.2.2-term (block) / P21.5-term (warn): the planned term is at least two years on post, under the
 * version in force on the start date. Exactly two years (the last day the day before the second
 * anniversary) passes, a day less fails.
 */
export function checkTerm(startOn: IsoDate, plannedEndOn: IsoDate): Violation | null {
  if (servesYears(startOn, plannedEndOn, TERM_YEARS)) return null;
  const earliest = fullTermEnd(startOn);
  const found: LocalisedText = {
    zh: `计划任期 ${startOn} 至 ${plannedEndOn} 不足${TERM_YEARS}年（满${TERM_YEARS}年的最早结束日期为 ${earliest}）`,
    en: `The planned term ${startOn} to ${plannedEndOn} is shorter than ${TERM_YEARS} years (the earliest end of a full term is ${earliest})`,
  };
  return violation(
    termRuleOf(startOn),
    {
      startOn,
      plannedEndOn,
      earliestPlannedEndOn: earliest,
      shortByDays: daysBetween(plannedEndOn, earliest),
    },
    found,
  );
}

const sameClass = (a: Pick<Term, 'teamRole'>, b: Pick<Term, 'teamRole'>) =>
  (a.teamRole === 'first_secretary') === (b.teamRole === 'first_secretary');

/**
 * Whoever takes over `term`'s post when it ends on `endOn`: another assignment of the village in the same
 * post (first secretary, or a place in the team), started after `term`, on post on the day after the end
 * (so already there at the handover, or arriving the next day), and staying beyond it.
 */
export function successorOnPost(term: Term, endOn: IsoDate, villageTerms: readonly Term[]): Term | null {
  const next = addDays(endOn, 1);
  return (
    villageTerms.find(
      (t) => t.id !== term.id && sameClass(t, term) && isAfter(t.startOn, term.startOn) && onPostOn(t, next),
    ) ?? null
  );
}

/**
 * P21.5-rotate, P17.2.3-stay: an end "by rotation" is one only when the planned end is reached or a
 * successor in the same post is on post (`successorOnPost`); otherwise it is an early end like any other.
 */
export const rotationHolds = (term: Term, endOn: IsoDate, villageTerms: readonly Term[]): boolean =>
  !isBefore(endOn, term.plannedEndOn) || successorOnPost(term, endOn, villageTerms) !== null;

/**
 * The reason an end is judged by: `rotated` without a successor on post (and before the planned end) is
 * judged as `other` — an early end, with its warning and the P17.2.3-stay check.
 */
export const judgedEndReason = (
  term: Term,
  endOn: IsoDate,
  reason: EndReason,
  villageTerms: readonly Term[],
): EndReason => (reason === 'rotated' && !rotationHolds(term, endOn, villageTerms) ? 'other' : reason);

/**
 * An actual end before the planned end (RULES.md P21.5-term: "an actual early end needs a reason from the
 * allowed list"). A recall is a reason of its own, and so is a rotation that is one (`rotationHolds`:
 * a successor in the same post on post, P21.5-rotate); any other early end — a "rotation" without a
 * successor included — warns, under the term rule of the start date, and needs an override reason.
 */
export function checkEarlyEnd(input: {
  term: Term;
  endOn: IsoDate;
  reason: EndReason;
  /** Every assignment of the village (the successor of a rotation is looked for among them). */
  villageTerms: readonly Term[];
}): Violation | null {
  const { term, endOn, reason, villageTerms } = input;
  const { startOn, plannedEndOn } = term;
  if (!isBefore(endOn, plannedEndOn) || reason === 'recalled') return null;
  if (judgedEndReason(term, endOn, reason, villageTerms) === 'rotated') return null;
  const daysEarly = daysBetween(endOn, plannedEndOn);
  const unrotated = reason === 'rotated';
  return violation(
    termRuleOf(startOn),
    { startOn, plannedEndOn, endOn, reason, daysEarly, ...(unrotated ? { noSuccessor: true } : {}) },
    unrotated
      ? {
          zh: `任期计划至 ${plannedEndOn}，提前 ${daysEarly} 天于 ${endOn} 结束；填的是“轮换”，但没有同一岗位的接任者在岗，按提前结束处理`,
          en: `The term was planned to ${plannedEndOn} and ends ${daysEarly} days early on ${endOn}; the reason says rotation, but no successor in the same post is on post, so it is an early end`,
        }
      : {
          zh: `任期计划至 ${plannedEndOn}，提前 ${daysEarly} 天于 ${endOn} 结束，且不是召回或轮换`,
          en: `The term was planned to ${plannedEndOn} and ends ${daysEarly} days early on ${endOn}, neither by recall nor by rotation`,
        },
    'warn',
  );
}

export interface TermProgress {
  /** Days on post so far (0 before the start, the whole term after the end). */
  elapsedDays: number;
  totalDays: number;
  /** elapsed / total, between 0 and 1. */
  ratio: number;
  /** Days from `today` to the last day on post; negative once it has passed. */
  daysLeft: number;
}

/** How far a term has run on `today`, for progress bars. */
export function termProgress(
  term: Pick<Term, 'startOn' | 'plannedEndOn' | 'endOn'>,
  today: IsoDate,
): TermProgress {
  const last = lastDayOf(term);
  const totalDays = daysBetween(term.startOn, last) + 1;
  const elapsed = Math.min(Math.max(daysBetween(term.startOn, today) + 1, 0), totalDays);
  return {
    elapsedDays: elapsed,
    totalDays,
    ratio: totalDays > 0 ? Math.round((elapsed / totalDays) * 1000) / 1000 : 1,
    daysLeft: daysBetween(today, last),
  };
}
