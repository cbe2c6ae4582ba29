// Leave (请销假, P17.4.2-leave / P21.5-leave): its length in working days of the work calendar, who approves
// it, what it may not overlap, and the year's cumulative leave with the recall-review alert (P17.5.3-recall).
import type { LocalisedText } from '../../shared/errors';
import { addDays, type IsoDate, isAfter, isBefore } from '../time';
import { type DayKind, type LeaveRecord, leaveCoverage } from './ledger';

/** Working days in [from, to], both ends included. */
export function workingDaysIn(dayKind: (d: IsoDate) => DayKind, from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = from; !isAfter(d, to); d = addDays(d, 1)) if (dayKind(d) === 'working') n++;
  return n;
}

export type LeaveApprover = 'township' | 'county';

/**
 * P17.4.2-leave / P21.5-leave: up to `leaveTownshipMaxDays` working days (3 by default) the township party
 * committee approves; longer, the township gives its opinion and the county organisation department approves.
 */
export const approverFor = (workingDays: number, leaveTownshipMaxDays: number): LeaveApprover =>
  workingDays <= leaveTownshipMaxDays ? 'township' : 'county';

/** Statuses whose dates are taken: a new leave may not overlap them. */
export const activeLeaveStatuses = ['pending', 'pending_county', 'approved', 'returned'] as const;

/** The first leave of `others` whose taken days overlap [from, to] (a returned one up to its return). */
export function overlappingLeave<L extends LeaveRecord>(
  others: readonly L[],
  from: IsoDate,
  to: IsoDate,
): L | undefined {
  return others.find((o) => {
    if (!(activeLeaveStatuses as readonly string[]).includes(o.status)) return false;
    const c =
      o.status === 'returned' ? leaveCoverage(o) : { from: o.startOn as IsoDate, to: o.endOn as IsoDate };
    return c !== null && !isAfter(c.from, to) && !isBefore(c.to, from);
  });
}

/** Why a leave cannot be asked for these dates of this assignment; undefined when it can. */
export function leaveDatesRefusal(input: {
  startOn: IsoDate;
  endOn: IsoDate;
  assignment: { startOn: string; lastDay: string };
  workingDays: number;
}): LocalisedText | undefined {
  const { startOn, endOn, assignment } = input;
  if (isBefore(endOn, startOn))
    return { zh: '结束日期不能早于开始日期', en: 'the end cannot be before the start' };
  if (isBefore(startOn, assignment.startOn as IsoDate) || isAfter(endOn, assignment.lastDay as IsoDate)) {
    return {
      zh: `请假日期须在驻村任期内（${assignment.startOn} 至 ${assignment.lastDay}）（P17.4.2-leave）`,
      en: `leave must lie within the assignment (${assignment.startOn} to ${assignment.lastDay}) (P17.4.2-leave)`,
    };
  }
  if (input.workingDays === 0) {
    return {
      zh: '所选日期没有工作日，休息日无需请假',
      en: 'the dates hold no working day; rest days need no leave',
    };
  }
  return undefined;
}

/** Leave working days of `year` taken by approved and returned leave (a returned one up to its return). */
export function cumulativeLeaveDays(
  leaves: readonly LeaveRecord[],
  year: number,
  dayKind: (d: IsoDate) => DayKind,
): number {
  const first = `${year}-01-01` as IsoDate;
  const last = `${year}-12-31` as IsoDate;
  let n = 0;
  for (const l of leaves) {
    const c = leaveCoverage(l);
    if (!c) continue;
    const from = isBefore(c.from, first) ? first : c.from;
    const to = isAfter(c.to, last) ? last : c.to;
    if (!isAfter(from, to)) n += workingDaysIn(dayKind, from, to);
  }
  return n;
}

/** P17.5.3-recall: more than `cumulativeLeaveAlertDays` (30 by default) leave days in a year → recall review. */
export const needsRecallReview = (cumulative: number, cumulativeLeaveAlertDays: number): boolean =>
  cumulative > cumulativeLeaveAlertDays;
