// The attendance ledger by exception (P17.4.2-attend / P21.5-attend, issue 10 item 4). Nothing here is
// stored per cadre-day: a day's status is computed from the assignment's dates, the work calendar and the
// few records that make exceptions. Nobody punches in (X23-fingertip, X26-apps art. 6).
//
// For a day of an assignment (calendar days on post, both ends included — src/domain/time/README.md):
//   - outside the assignment → `not_on_post`;
//   - a rest day or holiday → `rest` (source `calendar`), or `in_village_rest_day` when the cadre recorded a
//     stay (`rest_day_stay:<id>`) or a verification found them present (`verification:<id>`);
//   - a working day, in this order: approved (or returned, up to the day before the return) leave →
//     `leave`; a reported trip or training (not one pending approval or rejected) → `official_trip` /
//     `training`; a verification → `in_village`
//     when present, `absent` when absent and neither consistent with a record nor excused (excused: counted
//     in the village, source `verification:<id>`); the working days after an approved leave's end with no
//     return report and no continuing record, up to today (or up to the day before a late return) →
//     `absent` (`overdue_return:<id>`); otherwise `in_village` (`presumed`).
// Days after `today` are presumed as planned (approved leave and reported trips still show), never absent.
import { addDays, compareDates, daysInMonth, type IsoDate, isAfter, isBefore, toIsoDate } from '../time';

export type DayKind = 'working' | 'rest' | 'holiday';
export type DayStatus =
  | 'in_village'
  | 'in_village_rest_day'
  | 'rest'
  | 'leave'
  | 'official_trip'
  | 'training'
  | 'absent'
  | 'not_on_post';

export type LeaveStatus = 'pending' | 'pending_county' | 'approved' | 'rejected' | 'cancelled' | 'returned';

export interface LeaveRecord {
  id: string;
  startOn: string;
  endOn: string;
  status: LeaveStatus;
  returnedOn: string | null;
}
export type TripStatus = 'pending' | 'reported' | 'rejected' | 'withdrawn';
export interface TripRecord {
  id: string;
  kind: 'trip' | 'training';
  startOn: string;
  endOn: string;
  /** Absent: reported (a record made without the approval step). */
  status?: TripStatus;
}

/** Only a reported trip or training changes a day: one pending the township's approval, or rejected, does not. */
export const tripCounts = (t: Pick<TripRecord, 'status'>) => (t.status ?? 'reported') === 'reported';
export interface VerificationRecord {
  id: string;
  on: string;
  finding: 'present' | 'absent';
  /** The township accepted the cadre's explanation: the day is not absent. */
  excused: boolean;
}
export interface StayRecord {
  id: string;
  on: string;
}
export interface AssignmentSpan {
  id: string;
  startOn: string;
  /** The last day on post: the actual end, or null while serving (the planned end does not end a post). */
  endOn: string | null;
}

export interface LedgerRecords {
  leaves: readonly LeaveRecord[];
  trips: readonly TripRecord[];
  verifications: readonly VerificationRecord[];
  stays: readonly StayRecord[];
}

export interface LedgerParams {
  tripCountsInVillage: boolean;
  trainingCountsInVillage: boolean;
  minDaysInVillagePerMonth: number;
  minimumCountedPer: 'month' | 'year';
}

export interface LedgerDay {
  date: IsoDate;
  dayKind: DayKind;
  status: DayStatus;
  source: string;
  countsInVillage: boolean;
  assignmentId: string | null;
  future: boolean;
}

export interface MonthFigures {
  daysOnPost: number;
  workingDays: number;
  daysInVillage: number;
  leaveDays: number;
  tripDays: number;
  trainingDays: number;
  /** Trip and training days that do not count as days in the village. */
  awayOnDutyDays: number;
  absentDays: number;
  restDays: number;
  restDayStays: number;
  minimumDays: number | null;
  meetsMinimum: boolean | null;
  minimumCountedPer: 'month' | 'year';
  unknownCalendarYear: boolean;
}

const within = (d: IsoDate, from: string, to: string) => d >= from && d <= to;

/** The days a leave keeps the cadre away: its dates, cut at the day before the return when returned. */
export function leaveCoverage(l: LeaveRecord): { from: IsoDate; to: IsoDate } | null {
  if (l.status === 'approved') return { from: l.startOn as IsoDate, to: l.endOn as IsoDate };
  if (l.status === 'returned' && l.returnedOn) {
    const lastAway = addDays(l.returnedOn as IsoDate, -1);
    const to = isBefore(lastAway, l.endOn as IsoDate) ? lastAway : (l.endOn as IsoDate);
    return isBefore(to, l.startOn as IsoDate) ? null : { from: l.startOn as IsoDate, to };
  }
  return null;
}

/**
 * The days after a leave's end that count as absent unless something else covers them (P17.4.2-leave): an
 * approved leave past its end without a return report runs to today, stopping before the next record of the
 * assignment that starts after the end (an extension or a later leave or trip); a late return runs to the day
 * before the return. Null when nothing is overdue.
 */
export function overdueWindow(
  l: LeaveRecord,
  records: LedgerRecords,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } | null {
  const from = addDays(l.endOn as IsoDate, 1);
  let to: IsoDate;
  if (l.status === 'returned' && l.returnedOn) to = addDays(l.returnedOn as IsoDate, -1);
  else if (l.status === 'approved') {
    to = today;
    const later = [
      ...records.leaves.filter((o) => o.id !== l.id && (o.status === 'approved' || o.status === 'returned')),
      ...records.trips.filter(tripCounts),
    ]
      .map((r) => r.startOn as IsoDate)
      .filter((s) => isAfter(s, l.endOn as IsoDate))
      .sort(compareDates);
    if (later[0] && !isAfter(later[0], to)) to = addDays(later[0], -1);
  } else return null;
  if (isAfter(to, today)) to = today;
  return isBefore(to, from) ? null : { from, to };
}

/** Every day of `month` (YYYY-MM) as `days()` of `dates`. */
export function monthDates(month: string): IsoDate[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const n = daysInMonth(y, m);
  return Array.from({ length: n }, (_, i) => toIsoDate(`${month}-${String(i + 1).padStart(2, '0')}`));
}

/** The ledger of the given dates for the assignments (one cadre's, never overlapping) and their records. */
export function ledgerDays(input: {
  dates: readonly IsoDate[];
  dayKind: (date: IsoDate) => DayKind;
  assignments: readonly AssignmentSpan[];
  /** Records per assignment id. */
  records: (assignmentId: string) => LedgerRecords;
  params: Pick<LedgerParams, 'tripCountsInVillage' | 'trainingCountsInVillage'>;
  today: IsoDate;
}): LedgerDay[] {
  const { dayKind, params, today } = input;
  const prepared = input.assignments.map((a) => {
    const r = input.records(a.id);
    const leaves = r.leaves
      .map((l) => ({ l, c: leaveCoverage(l) }))
      .filter((x): x is { l: LeaveRecord; c: { from: IsoDate; to: IsoDate } } => x.c !== null);
    const overdue = r.leaves
      .map((l) => ({ l, w: overdueWindow(l, r, today) }))
      .filter((x): x is { l: LeaveRecord; w: { from: IsoDate; to: IsoDate } } => x.w !== null);
    const trips = r.trips.filter(tripCounts);
    return { a, r, leaves, overdue, trips };
  });
  return input.dates.map((date) => {
    const kind = dayKind(date);
    const future = isAfter(date, today);
    const p = prepared.find(({ a }) => date >= a.startOn && (a.endOn === null || date <= a.endOn));
    const day = (status: DayStatus, source: string, countsInVillage = false): LedgerDay => ({
      date,
      dayKind: kind,
      status,
      source,
      countsInVillage,
      assignmentId: p?.a.id ?? null,
      future,
    });
    if (!p) return day('not_on_post', 'not_on_post');
    const verification = future ? undefined : p.r.verifications.find((v) => v.on === date);
    if (kind !== 'working') {
      const stay = p.r.stays.find((s) => s.on === date);
      if (stay) return day('in_village_rest_day', `rest_day_stay:${stay.id}`, true);
      if (verification?.finding === 'present')
        return day('in_village_rest_day', `verification:${verification.id}`, true);
      return day('rest', 'calendar');
    }
    const leave = p.leaves.find(({ c }) => within(date, c.from, c.to));
    if (leave) return day('leave', `leave:${leave.l.id}`);
    const trip = p.trips.find((t) => within(date, t.startOn, t.endOn));
    if (trip) {
      const counts = trip.kind === 'trip' ? params.tripCountsInVillage : params.trainingCountsInVillage;
      return day(trip.kind === 'trip' ? 'official_trip' : 'training', `trip:${trip.id}`, counts);
    }
    if (verification) {
      if (verification.finding === 'absent' && !verification.excused)
        return day('absent', `verification:${verification.id}`);
      return day('in_village', `verification:${verification.id}`, true);
    }
    const overdue = p.overdue.find(({ w }) => within(date, w.from, w.to));
    if (overdue) return day('absent', `overdue_return:${overdue.l.id}`);
    return day('in_village', 'presumed', true);
  });
}

/**
 * A month's figures. The minimum (P17.4.2-attend; 20 days by default, settings minDaysInVillagePerMonth) is
 * per month, pro rata to the calendar days on post in a month the cadre served only part of (rounded up);
 * when the province counts per year (minimumCountedPer 'year') a month has no minimum of its own: both
 * minimumDays and meetsMinimum are null and the year's figure decides.
 */
export function summarise(
  days: readonly LedgerDay[],
  params: Pick<LedgerParams, 'minDaysInVillagePerMonth' | 'minimumCountedPer'>,
  unknownCalendarYear: boolean,
): MonthFigures {
  const on = days.filter((d) => d.status !== 'not_on_post');
  const count = (p: (d: LedgerDay) => boolean) => on.filter(p).length;
  const daysInVillage = count((d) => d.countsInVillage);
  const perMonth = params.minimumCountedPer === 'month';
  const minimumDays =
    !perMonth || on.length === 0
      ? null
      : on.length === days.length
        ? params.minDaysInVillagePerMonth
        : Math.ceil((params.minDaysInVillagePerMonth * on.length) / days.length);
  return {
    daysOnPost: on.length,
    workingDays: count((d) => d.dayKind === 'working'),
    daysInVillage,
    leaveDays: count((d) => d.status === 'leave'),
    tripDays: count((d) => d.status === 'official_trip'),
    trainingDays: count((d) => d.status === 'training'),
    awayOnDutyDays: count(
      (d) => (d.status === 'official_trip' || d.status === 'training') && !d.countsInVillage,
    ),
    absentDays: count((d) => d.status === 'absent'),
    restDays: count((d) => d.status === 'rest'),
    restDayStays: count((d) => d.status === 'in_village_rest_day'),
    minimumDays,
    meetsMinimum: minimumDays === null ? null : daysInVillage >= minimumDays,
    minimumCountedPer: params.minimumCountedPer,
    unknownCalendarYear,
  };
}
