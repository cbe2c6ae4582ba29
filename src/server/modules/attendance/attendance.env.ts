// What the ledger needs from the settings and work-calendar modules (issue 10 items 1 and 2), as two readers
// the container plugs in. Until they are plugged, the defaults of RULES.md "Provincial parameters" and the
// national calendar of the `chinese-days` package apply (a year it does not list is flagged unknown).
import { createRequire } from 'node:module';
import type { DayKind } from '../../../domain/attendance/ledger';
import { type IsoDate, toDayNumber } from '../../../domain/time';

export interface AttendanceCalendar {
  kindOf(date: string): DayKind;
  knows(year: number): boolean;
}
export interface AttendanceParams {
  minDaysInVillagePerMonth: number;
  minimumCountedPer: 'month' | 'year';
  leaveTownshipMaxDays: number;
  cumulativeLeaveAlertDays: number;
  tripCountsInVillage: boolean;
  trainingCountsInVillage: boolean;
  tripNeedsApproval: boolean;
}
export type CalendarReader = (regionCode: string) => Promise<AttendanceCalendar>;
export type ParamsReader = (regionCode: string, date: string) => Promise<AttendanceParams>;

export const ATTENDANCE_DEFAULTS: AttendanceParams = {
  minDaysInVillagePerMonth: 20,
  minimumCountedPer: 'month',
  leaveTownshipMaxDays: 3,
  cumulativeLeaveAlertDays: 30,
  tripCountsInVillage: true,
  trainingCountsInVillage: true,
  tripNeedsApproval: false,
};

let national: AttendanceCalendar | undefined;
/** The State Council calendar as the chinese-days package lists it (holidays and adjusted working days). */
export function packageCalendar(): AttendanceCalendar {
  if (national) return national;
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const holidays = new Set(Object.keys(data.holidays));
  const workdays = new Set(Object.keys(data.workdays));
  const years = new Set([...holidays].map((d) => Number(d.slice(0, 4))));
  national = {
    kindOf(date) {
      if (holidays.has(date)) return 'holiday';
      if (workdays.has(date)) return 'working';
      const dow = (toDayNumber(date as IsoDate) + 4) % 7; // 1970-01-01 was a Thursday
      return dow === 0 || dow === 6 ? 'rest' : 'working';
    },
    knows: (year) => years.has(year),
  };
  return national;
}
