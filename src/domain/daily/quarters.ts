// Quarters for the leading group's team-leader meeting (P17.4.2-meeting: 每季度至少召开一次队长会议).
import { addDays, addMonths, type IsoDate, isAfter, isBefore } from '../time';

export interface Quarter {
  /** `2026Q3` */
  id: string;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar quarter a date lies in. */
export function quarterOf(date: IsoDate): Quarter {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const from = `${year}-${pad((q - 1) * 3 + 1)}-01` as IsoDate;
  return { id: `${year}Q${q}`, from, to: addDays(addMonths(from, 3), -1) };
}

/**
 * The last full quarter before a date: the latest quarter whose last day is before the date. On 2026-10-01
 * it is 2026Q3 (its last day, 30 September, has passed); on 2026-09-30 it is still 2026Q2.
 */
export function lastFullQuarterBefore(date: IsoDate): Quarter {
  const current = quarterOf(date);
  return quarterOf(addDays(current.from, -1));
}

/** Whether a meeting held on `heldOn` counts for the quarter (both ends included). */
export const heldWithin = (heldOn: IsoDate, q: Quarter): boolean =>
  !isBefore(heldOn, q.from) && !isAfter(heldOn, q.to);
