// Inclusive day ranges: coverage of a window by stays on post, and the days nobody covered.
import { addDays, daysBetween, type IsoDate, isAfter, isBefore, latest } from './iso-date';

/** Days `from` to `to`, both included. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/** A stay: first day and last day on post (both included); `to` null or absent while it lasts. */
export interface Stay {
  from: IsoDate;
  to?: IsoDate | null;
}

export interface Gap extends DayRange {
  days: number;
}

/** Number of days in an inclusive range. */
export const daysIn = (range: DayRange): number => daysBetween(range.from, range.to) + 1;

/**
 * The day ranges of `window` covered by none of `stays`, in date order, each with its length in days.
 * Stays may overlap, touch or lie partly outside the window; a stay ending before it starts is an error.
 */
export function uncoveredRanges(stays: readonly Stay[], window: DayRange): Gap[] {
  if (isBefore(window.to, window.from)) throw new RangeError(`Window ends (${window.to}) before it starts`);
  for (const s of stays) {
    if (s.to && isBefore(s.to, s.from))
      throw new RangeError(`A stay ends (${s.to}) before it starts (${s.from})`);
  }
  const sorted = [...stays].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const gaps: Gap[] = [];
  let cursor: IsoDate = window.from; // first day not yet known to be covered
  for (const s of sorted) {
    if (isAfter(cursor, window.to)) break;
    const end = s.to ?? window.to;
    if (isBefore(end, cursor)) continue;
    if (isAfter(s.from, cursor)) {
      const gapEnd = addDays(s.from, -1);
      const to = isAfter(gapEnd, window.to) ? window.to : gapEnd;
      gaps.push({ from: cursor, to, days: daysIn({ from: cursor, to }) });
    }
    cursor = latest(cursor, addDays(end, 1));
  }
  if (!isAfter(cursor, window.to))
    gaps.push({ from: cursor, to: window.to, days: daysIn({ from: cursor, to: window.to }) });
  return gaps;
}
