// Terms (任期): what an assignment's dates mean and the rules about their length (RULES.md §4).
//
// Dates of an assignment are calendar days on post, both ends included: `startOn` is the first day in the
// village, `plannedEndOn` / `endOn` the last. Term length is read as the dates are written in appointment
// documents (驻村时间 2024年3月1日至2026年3月1日): the planned end must reach the same calendar day two years
// on (民法典 第二百零二条; 29 February → 28 February), so 2024-03-01 → 2026-03-01 passes and 2026-02-28,
// a day less, does not.
import type { LocalisedText } from '../../shared/errors';
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import { daysBetween, type IsoDate, isBefore } from '../time/iso-date';
import { dateReachingYears, hasAtLeastYears } from '../time/periods';

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

const termRuleOf = (startOn: IsoDate) =>
  policyVersionOn(startOn) === 'P17' ? ('P17.2.2-term' as const) : ('P21.5-term' as const);

/**
 * P17.2.2-term (block) / P21.5-term (warn): the planned term is at least two years, under the version in
 * force on the start date. Exactly two years passes, a day less fails.
 */
export function checkTerm(startOn: IsoDate, plannedEndOn: IsoDate): Violation | null {
  if (hasAtLeastYears(startOn, plannedEndOn, TERM_YEARS)) return null;
  const earliest = dateReachingYears(startOn, TERM_YEARS);
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

/**
 * An actual end before the planned end (RULES.md P21.5-term: "an actual early end needs a reason from the
 * allowed list"). Recall and rotation are reasons of their own; any other early end warns, under the
 * term rule of the start date, and needs an override reason.
 */
export function checkEarlyEnd(input: {
  startOn: IsoDate;
  plannedEndOn: IsoDate;
  endOn: IsoDate;
  reason: EndReason;
}): Violation | null {
  const { startOn, plannedEndOn, endOn, reason } = input;
  if (!isBefore(endOn, plannedEndOn) || reason === 'recalled' || reason === 'rotated') return null;
  const daysEarly = daysBetween(endOn, plannedEndOn);
  return violation(
    termRuleOf(startOn),
    { startOn, plannedEndOn, endOn, reason, daysEarly },
    {
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
