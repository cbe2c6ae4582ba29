import { describe, expect, it } from 'vitest';
import { addUpRollups, type CountyRollup } from './rollup';

const county = (countyCode: string, over: Partial<CountyRollup> = {}): CountyRollup => ({
  countyCode,
  rows: 2,
  cadres: 2,
  sharedCadreIds: [],
  workingDays: 40,
  daysInVillage: 38,
  leaveDays: 2,
  tripDays: 0,
  trainingDays: 0,
  absentDays: 0,
  restDays: 20,
  meetingMinimum: 2,
  belowMinimum: 0,
  unknownCalendarYear: false,
  ...over,
});

describe('adding up county rollups (issue 10 Scale)', () => {
  it('sums the figures in all and by the next level, leaving out groups with no one on post', () => {
    const { all, groups } = addUpRollups(
      [county('520121'), county('520122', { absentDays: 1 }), county('520302', { rows: 0, cadres: 0 })],
      4,
    );
    expect(all).toMatchObject({ rows: 4, cadres: 4, workingDays: 120, absentDays: 1 });
    expect(groups.map((g) => g.code)).toEqual(['5201']);
    expect(groups[0]).toMatchObject({ rows: 4, cadres: 4, absentDays: 1 });
  });

  it('counts once a cadre on post in two counties of the month, and once in each county’s own group', () => {
    const x = 'a0000000-0000-4000-8000-000000000001';
    const rows = [
      county('520121', { sharedCadreIds: [x] }),
      county('520122', { sharedCadreIds: [x], unknownCalendarYear: true }),
      county('520302', { sharedCadreIds: [x] }),
    ];
    const { all, groups } = addUpRollups(rows, 4);
    expect(all.cadres).toBe(4); // 6 counted, x three times
    expect(all.rows).toBe(6); // assignment-months do add up
    expect(all.unknownCalendarYear).toBe(true);
    expect(groups.map((g) => [g.code, g.cadres])).toEqual([
      ['5201', 3],
      ['5203', 2],
    ]);
  });
});
