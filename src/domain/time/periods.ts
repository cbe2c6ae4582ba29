// Periods in years and months, computed the way the Civil Code counts them, so that party standing,
// work experience, age and term length are measured in one place:
//   民法典 第二百零一条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
//   民法典 第二百零二条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。
//   民法典 第一千二百五十九条: 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数。
// So a period of n years from an event on day D is complete at the end of the corresponding day of D
// n years later (29 February → 28 February in a common year), and "n years or more" (n年以上) includes
// exactly n years.
import { addMonths, addYears, daysBetween, type IsoDate, isAfter, isBefore } from './iso-date';

const monthIndex = (d: IsoDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

function assertCount(n: number) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A period length must be a whole number ≥ 0: ${n}`);
}

/**
 * Complete calendar months from `from` to `to`: the largest n with addMonths(from, n) ≤ to.
 * 2024-01-31 → 2024-02-29 is one month (month end, 第二百零二条). Negative when `to` is before `from`.
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (isBefore(to, from)) return 0 - wholeMonthsBetween(to, from);
  const n = monthIndex(to) - monthIndex(from);
  return isAfter(addMonths(from, n), to) ? n - 1 : n;
}

/** Complete years from `from` to `to` (floor of whole months / 12). Negative when `to` is before `from`. */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  const months = wholeMonthsBetween(from, to);
  return months < 0 ? 0 - Math.floor(-months / 12) : Math.floor(months / 12);
}

/**
 * Whether at least `n` years have passed from the event on `from` by the end of `on`
 * (n年以上, the number included): on ≥ addYears(from, n). Exactly one year passes, a day less fails,
 * and from 2020-02-29 one year is complete on 2021-02-28.
 */
export function hasAtLeastYears(from: IsoDate, on: IsoDate, n: number): boolean {
  assertCount(n);
  return !isBefore(on, addYears(from, n));
}

/** Whether at least `n` months have passed from `from` by the end of `on` (same rule as years). */
export function hasAtLeastMonths(from: IsoDate, on: IsoDate, n: number): boolean {
  assertCount(n);
  return !isBefore(on, addMonths(from, n));
}

/** The first date on which `hasAtLeastYears(from, date, n)` holds. */
export const dateReachingYears = (from: IsoDate, n: number): IsoDate => {
  assertCount(n);
  return addYears(from, n);
};

/**
 * Age in completed years (周岁) on `on`. The age rises on the birthday; for a birthday on 29 February,
 * on 28 February of a common year (the same rule as every other period here).
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  if (isBefore(on, birthDate)) throw new RangeError(`${on} is before the birth date ${birthDate}`);
  return wholeYearsBetween(birthDate, on);
}

export interface DurationParts {
  years: number;
  months: number;
  days: number;
}

/** A duration as years, months and days, for display (party standing 0年11个月30天). Needs from ≤ to. */
export function durationParts(from: IsoDate, to: IsoDate): DurationParts {
  if (isBefore(to, from)) throw new RangeError(`${to} is before ${from}`);
  const months = wholeMonthsBetween(from, to);
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days: daysBetween(addMonths(from, months), to),
  };
}
