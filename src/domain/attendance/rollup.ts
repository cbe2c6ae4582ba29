/**
 * Adding up county rollups of a month (issue 10 Scale): the figures of a province or a city, in all and by the
 * next level down, from one row per county instead of one per cadre. Sums add; distinct cadres do not — a cadre
 * on post in two counties in one month is one cadre in each county and one above them, so each rollup names the
 * cadres it shares with another county, and a group subtracts their repeats.
 */
export interface RolledUpFigures {
  cadres: number;
  rows: number;
  workingDays: number;
  daysInVillage: number;
  leaveDays: number;
  tripDays: number;
  trainingDays: number;
  absentDays: number;
  restDays: number;
  meetingMinimum: number;
  belowMinimum: number;
  unknownCalendarYear: boolean;
}

/** One county's month: its figures, and the cadres it shares with another county that month. */
export interface CountyRollup extends RolledUpFigures {
  countyCode: string;
  sharedCadreIds: readonly string[];
}

const summed = [
  'rows',
  'workingDays',
  'daysInVillage',
  'leaveDays',
  'tripDays',
  'trainingDays',
  'absentDays',
  'restDays',
  'meetingMinimum',
  'belowMinimum',
] as const;

function addUp(rows: readonly CountyRollup[]): RolledUpFigures {
  const f: RolledUpFigures = {
    cadres: 0,
    rows: 0,
    workingDays: 0,
    daysInVillage: 0,
    leaveDays: 0,
    tripDays: 0,
    trainingDays: 0,
    absentDays: 0,
    restDays: 0,
    meetingMinimum: 0,
    belowMinimum: 0,
    unknownCalendarYear: false,
  };
  let sharedSeen = 0;
  const shared = new Set<string>();
  for (const r of rows) {
    for (const k of summed) f[k] += r[k];
    f.cadres += r.cadres;
    f.unknownCalendarYear ||= r.unknownCalendarYear;
    sharedSeen += r.sharedCadreIds.length;
    for (const id of r.sharedCadreIds) shared.add(id);
  }
  // A cadre shared by k counties of the group was counted k times: once is right.
  f.cadres -= sharedSeen - shared.size;
  return f;
}

/** The whole region's figures, and each group's by the first `groupLength` characters of the county code. */
export function addUpRollups(
  rows: readonly CountyRollup[],
  groupLength: number,
): { all: RolledUpFigures; groups: (RolledUpFigures & { code: string })[] } {
  const byGroup = new Map<string, CountyRollup[]>();
  for (const r of rows) {
    const code = r.countyCode.slice(0, groupLength);
    const group = byGroup.get(code);
    if (group) group.push(r);
    else byGroup.set(code, [r]);
  }
  return {
    all: addUp(rows),
    groups: [...byGroup.keys()]
      .sort()
      .filter((code) => byGroup.get(code)!.some((r) => r.rows > 0))
      .map((code) => ({ code, ...addUp(byGroup.get(code)!) })),
  };
}
