// Minimal calendar-date helpers for the registry (dates are 'YYYY-MM-DD' strings, Asia/Shanghai).
// src/domain/time did not exist when this was written; when it lands these should delegate to it.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A real calendar date written YYYY-MM-DD (rejects 2023-02-30, 2023-13-01). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(s: string): [number, number, number] {
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
}

/**
 * Full years from `from` to `on`. A year is complete on the anniversary; the anniversary of
 * 29 February in a common year is 1 March (the year has not passed on 28 February).
 */
export function completedYears(from: string, on: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(on);
  let years = y2 - y1;
  const anniversaryDay = m1 === 2 && d1 === 29 && !isLeapYear(y2) ? [3, 1] : [m1, d1];
  if (m2 < anniversaryDay[0]! || (m2 === anniversaryDay[0] && d2 < anniversaryDay[1]!)) years -= 1;
  return years;
}

/** The calendar date in China (UTC+8, no daylight saving) at an instant. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
