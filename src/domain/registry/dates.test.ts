import { describe, expect, it } from 'vitest';
import { completedYears, isCalendarDate, shanghaiDate } from './dates';

describe('calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
  });

  it('completes a year exactly on the anniversary, not a day before', () => {
    expect(completedYears('2020-05-11', '2021-05-10')).toBe(0);
    expect(completedYears('2020-05-11', '2021-05-11')).toBe(1);
  });

  it('completes a year from 29 February on 1 March of a common year', () => {
    expect(completedYears('2020-02-29', '2021-02-28')).toBe(0);
    expect(completedYears('2020-02-29', '2021-03-01')).toBe(1);
    expect(completedYears('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('takes the calendar date in China, eight hours ahead of UTC', () => {
    expect(shanghaiDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});
