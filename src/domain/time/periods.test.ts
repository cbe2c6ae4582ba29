import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, type IsoDate } from './iso-date';
import {
  ageOn,
  dateReachingYears,
  durationParts,
  hasAtLeastMonths,
  hasAtLeastYears,
  wholeMonthsBetween,
  wholeYearsBetween,
} from './periods';

const anyDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

describe('n years or more, counted from the day after the event (民法典 第二百零一条, 第二百零二条, 第一千二百五十九条)', () => {
  it('passes party standing of exactly one year (P21.3-fs-party)', () => {
    expect(hasAtLeastYears('2023-06-01', '2024-06-01', 1)).toBe(true);
  });

  it('fails party standing of one year less a day (P21.3-fs-party)', () => {
    expect(hasAtLeastYears('2023-06-01', '2024-05-31', 1)).toBe(false);
  });

  it('completes one year from 29 February on 28 February of the next year (P21.3-fs-party)', () => {
    expect(hasAtLeastYears('2020-02-29', '2021-02-27', 1)).toBe(false);
    expect(hasAtLeastYears('2020-02-29', '2021-02-28', 1)).toBe(true);
    expect(dateReachingYears('2020-02-29', 1)).toBe('2021-02-28');
  });

  it('completes four years from 29 February on the next 29 February', () => {
    expect(hasAtLeastYears('2020-02-29', '2024-02-28', 4)).toBe(false);
    expect(hasAtLeastYears('2020-02-29', '2024-02-29', 4)).toBe(true);
  });

  it('completes a year from 28 February of a leap year on 28 February, not 1 March', () => {
    expect(hasAtLeastYears('2024-02-28', '2025-02-27', 1)).toBe(false);
    expect(hasAtLeastYears('2024-02-28', '2025-02-28', 1)).toBe(true);
  });

  it('passes work experience of exactly two years and fails a day less (P21.3-fs-work)', () => {
    expect(hasAtLeastYears('2022-09-01', '2024-09-01', 2)).toBe(true);
    expect(hasAtLeastYears('2022-09-01', '2024-08-31', 2)).toBe(false);
  });

  it('treats zero years as always reached on or after the start, never before it', () => {
    expect(hasAtLeastYears('2024-01-01', '2024-01-01', 0)).toBe(true);
    expect(hasAtLeastYears('2024-01-01', '2023-12-31', 0)).toBe(false);
  });

  it('refuses a negative or fractional number of years', () => {
    expect(() => hasAtLeastYears('2024-01-01', '2025-01-01', -1)).toThrow(RangeError);
    expect(() => hasAtLeastYears('2024-01-01', '2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('counts months the same way, with month ends', () => {
    expect(hasAtLeastMonths('2024-01-31', '2024-02-28', 1)).toBe(false);
    expect(hasAtLeastMonths('2024-01-31', '2024-02-29', 1)).toBe(true);
    expect(hasAtLeastMonths('2024-08-31', '2025-02-28', 6)).toBe(true);
    expect(hasAtLeastMonths('2024-08-31', '2025-02-27', 6)).toBe(false);
  });
});

describe('whole months and years between two dates', () => {
  it('counts complete months, with the month-end rule', () => {
    expect(wholeMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(wholeMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(wholeMonthsBetween('2024-01-15', '2024-03-14')).toBe(1);
    expect(wholeMonthsBetween('2024-01-15', '2024-03-15')).toBe(2);
    expect(wholeMonthsBetween('2024-03-15', '2024-03-15')).toBe(0);
  });

  it('counts complete years, with the anniversary included', () => {
    expect(wholeYearsBetween('2000-05-10', '2024-05-09')).toBe(23);
    expect(wholeYearsBetween('2000-05-10', '2024-05-10')).toBe(24);
    expect(wholeYearsBetween('2020-02-29', '2021-02-28')).toBe(1);
  });

  it('is negative and symmetric when the second date comes first', () => {
    expect(wholeMonthsBetween('2024-03-15', '2024-01-15')).toBe(-2);
    expect(wholeYearsBetween('2024-05-10', '2000-05-10')).toBe(-24);
    expect(wholeYearsBetween('2024-05-10', '2023-05-11')).toBe(0);
  });

  it('agrees with hasAtLeastYears on every pair of dates (property)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: 0, max: 60 }), (a, b, n) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(wholeYearsBetween(from, to) >= n).toBe(hasAtLeastYears(from, to, n));
      }),
    );
  });

  it('returns the largest n with addMonths(from, n) on or before to (property)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const n = wholeMonthsBetween(from, to);
        expect(addMonths(from, n) <= to).toBe(true);
        expect(addMonths(from, n + 1) > to).toBe(true);
      }),
    );
  });
});

describe('age on a date (P17.2.2-young uses it against the provincial age line)', () => {
  it('rises on the birthday, not the day before', () => {
    expect(ageOn('1985-07-01', '2025-06-30')).toBe(39);
    expect(ageOn('1985-07-01', '2025-07-01')).toBe(40);
  });

  it('rises on 28 February in a common year for someone born on 29 February', () => {
    expect(ageOn('1988-02-29', '2025-02-27')).toBe(36);
    expect(ageOn('1988-02-29', '2025-02-28')).toBe(37);
    expect(ageOn('1988-02-29', '2024-02-28')).toBe(35);
    expect(ageOn('1988-02-29', '2024-02-29')).toBe(36);
  });

  it('is zero on the day of birth and refuses a date before it', () => {
    expect(ageOn('2025-01-01', '2025-01-01')).toBe(0);
    expect(() => ageOn('2025-01-01', '2024-12-31')).toThrow(RangeError);
  });
});

describe('durations for display', () => {
  it('splits a duration into years, months and days', () => {
    expect(durationParts('2023-06-01', '2024-05-31')).toEqual({ years: 0, months: 11, days: 30 });
    expect(durationParts('2023-06-01', '2024-06-01')).toEqual({ years: 1, months: 0, days: 0 });
    expect(durationParts('2020-02-29', '2021-03-28')).toEqual({ years: 1, months: 0, days: 28 });
    expect(() => durationParts('2024-01-02', '2024-01-01')).toThrow(RangeError);
  });
});
