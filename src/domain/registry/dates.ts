import { addYears, type IsoDate, isIsoDate, isLeapYear, todayInShanghai, wholeYearsBetween } from '../time';

// The registry's dates are 'YYYY-MM-DD' strings measured with src/domain/time (Civil Code periods), so
// an age here is the same age everywhere else.

/** A real calendar date YYYY-MM-DD of a person's life (1900–2200: the range an ID number can hold). */
export const isCalendarDate = (s: string): s is IsoDate => {
  if (!isIsoDate(s)) return false;
  const year = Number(s.slice(0, 4));
  return year >= 1900 && year <= 2200;
};

/** Full years from `from` to `on` (the year from 29 February completes on 28 February of a common year). */
export const completedYears = (from: string, on: string): number =>
  wholeYearsBetween(from as IsoDate, on as IsoDate);

/** The calendar date in China (UTC+8, no daylight saving) at an instant. */
export const shanghaiDate = (at: Date): string => todayInShanghai(at);

/** The latest date X with X + n years ≤ on: whoever was born on or before it is n years old on `on`. */
export function latestStartOfYears(on: string, n: number): string {
  const back = addYears(on as IsoDate, -n);
  // 29 February plus n years lands on 28 February of a common year, as 28 February does.
  if (on.endsWith('-02-28') && back.endsWith('-02-28') && isLeapYear(Number(back.slice(0, 4))))
    return `${back.slice(0, 4)}-02-29`;
  return back;
}
