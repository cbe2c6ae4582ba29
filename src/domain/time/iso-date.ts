// Calendar dates as `YYYY-MM-DD` strings (DESIGN.md: dates are calendar dates in Asia/Shanghai).
// Arithmetic runs on day numbers (days since 1970-01-01) with integer formulas, so no time zone,
// daylight-saving rule or `Date` quirk (years 0–99 mapped to 1900–1999) can shift a day.

/** A calendar date `YYYY-MM-DD`. Literals type-check; strings from outside go through `toIsoDate` / `isIsoDate`. */
export type IsoDate = `${number}-${number}-${number}`;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// China Standard Time is UTC+8 all year; the country has not observed daylight saving since 1991.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function split(s: string): Ymd | null {
  const match = PATTERN.exec(s);
  if (!match) return null;
  const [, ys = '', ms = '', ds = ''] = match;
  const y = Number(ys);
  const m = Number(ms);
  const d = Number(ds);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function fields(date: string): Ymd {
  const ymd = split(date);
  if (!ymd) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return ymd;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function format({ y, m, d }: Ymd): IsoDate {
  if (y < 1 || y > 9999) throw new RangeError(`Year ${y} is outside 0001–9999`);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate;
}

/** True if `s` is a real calendar date written `YYYY-MM-DD` (so `2025-02-30` and `2025-2-3` are not). */
export const isIsoDate = (s: string): s is IsoDate => split(s) !== null;

/** The date, or null if `s` is not a real calendar date. */
export const parseIsoDate = (s: string): IsoDate | null => (isIsoDate(s) ? s : null);

/** The date; throws RangeError if `s` is not a real calendar date. */
export function toIsoDate(s: string): IsoDate {
  fields(s);
  return s as IsoDate;
}

// Civil date ↔ day number (H. Hinnant's proleptic-Gregorian algorithms), valid for every year 1–9999.
function dayNumberOf({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function ymdOf(dayNumber: number): Ymd {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Days since 1970-01-01 (negative before). */
export const toDayNumber = (date: IsoDate): number => dayNumberOf(fields(date));

/** The date `n` days after 1970-01-01. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole day number: ${n}`);
  return format(ymdOf(n));
}

/** Today's calendar date in Asia/Shanghai at the instant `now`. */
export function todayInShanghai(now: Date): IsoDate {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

function assertWhole(n: number, what: string) {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be a whole number: ${n}`);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  assertWhole(n, 'Days');
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The date `n` calendar months later (or earlier, for negative n). With no corresponding day in the
 * target month, the month's last day: 2024-01-31 + 1 month = 2024-02-29 (民法典 第二百零二条).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertWhole(n, 'Months');
  const { y, m, d } = fields(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return format({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/** The date `n` years later; 29 February becomes 28 February in a common year (民法典 第二百零二条). */
export function addYears(date: IsoDate, n: number): IsoDate {
  assertWhole(n, 'Years');
  return addMonths(date, n * 12);
}

/** Signed number of days from `from` to `to` (to − from). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toDayNumber(to) - toDayNumber(from);

/** −1, 0 or 1. Validates both dates (the strings also sort correctly as text). */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  fields(a);
  fields(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

export const earliest = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);
export const latest = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const { y, m } = fields(date);
  return format({ y, m, d: daysInMonth(y, m) });
}
