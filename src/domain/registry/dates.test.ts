import { describe, expect, it } from 'vitest';
import { completedYears, isCalendarDate, latestStartOfYears, shanghaiDate } from './dates';

describe('calendar dates', () => {
  it('rejects dates that do not exist, and years outside a lifetime', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
    expect(isCalendarDate('1899-12-31')).toBe(false);
  });

  it('completes a year exactly on the anniversary, not a day before', () => {
    expect(completedYears('2020-05-11', '2021-05-10')).toBe(0);
    expect(completedYears('2020-05-11', '2021-05-11')).toBe(1);
  });

  it('completes a year from 29 February on 28 February of a common year (Civil Code art. 202)', () => {
    expect(completedYears('2020-02-29', '2021-02-27')).toBe(0);
    expect(completedYears('2020-02-29', '2021-02-28')).toBe(1);
    expect(completedYears('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('takes the calendar date in China, eight hours ahead of UTC', () => {
    expect(shanghaiDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('finds the latest start of n full years by a date, 29 February included', () => {
    expect(latestStartOfYears('2026-03-02', 41)).toBe('1985-03-02');
    expect(latestStartOfYears('2025-02-28', 41)).toBe('1984-02-29');
    expect(latestStartOfYears('2028-02-29', 41)).toBe('1987-02-28');
    for (const on of ['2025-02-28', '2028-02-29', '2024-03-01', '2026-12-31', '2024-02-28']) {
      const bound = latestStartOfYears(on, 41);
      expect(completedYears(bound, on), on).toBe(41);
      const next = new Date(Date.parse(`${bound}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(completedYears(next, on), on).toBe(40);
    }
  });
});
