import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  daysInMonth,
  earliest,
  endOfMonth,
  fromDayNumber,
  type IsoDate,
  isAfter,
  isBefore,
  isIsoDate,
  isLeapYear,
  latest,
  parseIsoDate,
  toDayNumber,
  todayInShanghai,
  toIsoDate,
} from './iso-date';

const anyDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

describe('validating calendar dates (STYLE.md: dates are calendar dates)', () => {
  it.each(['2025-02-28', '2024-02-29', '2000-02-29', '2025-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
      expect(toIsoDate(s)).toBe(s);
      expect(parseIsoDate(s)).toBe(s);
    },
  );

  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '2025-1-01',
    '2025-01-1',
    '20250101',
    '2025/01/01',
    ' 2025-01-01',
    '2025-01-01T00:00',
    '',
    '２０２５-01-01',
  ])('refuses %j, which is not a real YYYY-MM-DD date', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(parseIsoDate(s)).toBeNull();
    expect(() => toIsoDate(s)).toThrow(RangeError);
  });

  it('knows the Gregorian leap years (every 4th, not every 100th, every 400th)', () => {
    expect([1900, 2000, 2020, 2021, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('refuses to compute with an invalid date instead of silently rolling it over', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => compareDates('2025-02-30', '2025-03-01')).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe("today's date in Asia/Shanghai", () => {
  it('is already the next day in Shanghai at 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2025-03-01T15:59:59.999Z'))).toBe('2025-03-01');
    expect(todayInShanghai(new Date('2025-03-01T16:00:00.000Z'))).toBe('2025-03-02');
  });

  it('turns the year at 16:00 UTC on 31 December', () => {
    expect(todayInShanghai(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
  });

  it('reaches 29 February in a leap year', () => {
    expect(todayInShanghai(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
  });

  it('refuses an invalid Date', () => {
    expect(() => todayInShanghai(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-01', 730)).toBe('2026-03-01');
  });

  it('counts days between dates with a sign', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2025-01-02', '2025-01-01')).toBe(-1);
    expect(daysBetween('1970-01-01', '1970-01-01')).toBe(0);
  });

  it('agrees with the JavaScript UTC calendar on every date (property)', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(toDayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
    );
  });

  it('adds and subtracts days as inverses (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const later = addDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(addDays(later, -n)).toBe(d);
      }),
    );
  });

  it('handles the far ends of the supported range', () => {
    expect(addDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('months and years use the corresponding day, or the month end (民法典 第二百零二条)', () => {
  it('moves to the corresponding day of the target month', () => {
    expect(addMonths('2024-03-15', 1)).toBe('2024-04-15');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
    expect(addMonths('2024-11-30', 2)).toBe('2025-01-30');
  });

  it('falls back to the month end when the target month is shorter', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('makes 2020-02-29 plus one year 2021-02-28, and plus four years 2024-02-29', () => {
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2021-02-28', -1)).toBe('2020-02-28');
  });

  it('never lands further than the corresponding day (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), (d, n) => {
        const r = addMonths(d, n);
        const day = Number(d.slice(8));
        expect(Number(r.slice(8))).toBe(Math.min(day, Number(endOfMonth(r).slice(8))));
      }),
    );
  });
});

describe('comparisons', () => {
  it('orders dates', () => {
    expect(compareDates('2024-02-29', '2024-03-01')).toBe(-1);
    expect(compareDates('2024-03-01', '2024-03-01')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(isBefore('2024-02-29', '2024-03-01')).toBe(true);
    expect(isAfter('2024-02-29', '2024-03-01')).toBe(false);
    expect(earliest('2024-05-01', '2024-04-30')).toBe('2024-04-30');
    expect(latest('2024-05-01', '2024-04-30')).toBe('2024-05-01');
    expect(endOfMonth('2023-02-10')).toBe('2023-02-28');
  });
});
