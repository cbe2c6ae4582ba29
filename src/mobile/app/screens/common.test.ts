import { describe, expect, it } from 'vitest';
import type { Ledger } from '../data';
import { estimateWorkingDays } from './common';

// Without signal the leave form estimates the working days from the kept month of the work calendar
// (issue 11 item 4); outside that month, Monday to Friday.
const ledger = (days: [string, 'working' | 'rest' | 'holiday'][]) =>
  ({
    days: days.map(([date, dayKind]) => ({
      date,
      dayKind,
      status: 'in_village',
      countsInVillage: true,
      future: true,
    })),
  }) as unknown as Ledger;

describe('estimateWorkingDays', () => {
  it('counts Monday to Friday when no kept calendar covers the dates', () => {
    expect(estimateWorkingDays(undefined, '2026-12-07', '2026-12-13')).toBe(5);
    expect(estimateWorkingDays(undefined, '2026-12-12', '2026-12-13')).toBe(0);
  });

  it('takes the kept calendar’s day kinds: a holiday on a weekday, an adjusted working Sunday', () => {
    const kept = ledger([
      ['2026-10-01', 'holiday'],
      ['2026-10-02', 'holiday'],
      ['2026-10-11', 'working'],
    ]);
    // 2026-09-28 (Mon) … 2026-10-02 (Fri): two holidays in the week; 10-11 is a Sunday worked (调休).
    expect(estimateWorkingDays(kept, '2026-09-28', '2026-10-02')).toBe(3);
    expect(estimateWorkingDays(kept, '2026-10-10', '2026-10-11')).toBe(1);
  });
});
