import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, toDayNumber } from '../time';
import {
  approverFor,
  cumulativeLeaveDays,
  needsRecallReview,
  overlappingLeave,
  workingDaysIn,
} from './leave';
import { leaveTransition } from './leave-workflow';
import {
  type DayKind,
  type LeaveRecord,
  type LedgerRecords,
  ledgerDays,
  monthDates,
  summarise,
  type TripRecord,
} from './ledger';
import { countsAsAbsence, readFinding } from './verification';

// A small calendar like the State Council's for 2025 around National Day: 10-01..10-08 holidays, Sunday 09-28
// and Saturday 10-11 adjusted working days (调休).
const holidays = new Set([
  '2025-10-01',
  '2025-10-02',
  '2025-10-03',
  '2025-10-04',
  '2025-10-05',
  '2025-10-06',
  '2025-10-07',
  '2025-10-08',
]);
const adjusted = new Set(['2025-09-28', '2025-10-11']);
const dayKind = (d: IsoDate): DayKind => {
  if (holidays.has(d)) return 'holiday';
  if (adjusted.has(d)) return 'working';
  const dow = (toDayNumber(d) + 4) % 7; // 1970-01-01 was a Thursday
  return dow === 0 || dow === 6 ? 'rest' : 'working';
};
const params = {
  tripCountsInVillage: true,
  trainingCountsInVillage: false,
  minDaysInVillagePerMonth: 20,
  minimumCountedPer: 'month' as const,
};
const none: LedgerRecords = { leaves: [], trips: [], verifications: [], stays: [] };
const ledger = (
  month: string,
  records: LedgerRecords,
  today: IsoDate,
  span = { startOn: '2024-01-01', endOn: null as string | null },
) =>
  ledgerDays({
    dates: monthDates(month),
    dayKind,
    assignments: [{ id: 'a', ...span }],
    records: () => records,
    params,
    today,
  });

describe('working days of a leave (P17.4.2-leave / P21.5-leave)', () => {
  it('counts Monday to Friday as 5 and a leave across a weekend without the weekend', () => {
    expect(workingDaysIn(dayKind, '2025-09-15', '2025-09-19')).toBe(5);
    expect(workingDaysIn(dayKind, '2025-09-19', '2025-09-22')).toBe(2);
  });
  it('counts a leave across National Day without the holidays but with the adjusted Saturday', () => {
    // 09-30 (Tue) working, 10-01..08 holidays, 10-09 Thu, 10-10 Fri, 10-11 Sat adjusted working day.
    expect(workingDaysIn(dayKind, '2025-09-30', '2025-10-11')).toBe(4);
    // Sunday 09-28 is an adjusted working day.
    expect(workingDaysIn(dayKind, '2025-09-27', '2025-09-28')).toBe(1);
  });
  it('P17.4.2-leave / P21.5-leave: exactly 3 working days → township, 4 → county (threshold 3)', () => {
    expect(approverFor(3, 3)).toBe('township');
    expect(approverFor(4, 3)).toBe('county');
    expect(approverFor(5, 5)).toBe('township');
  });
  it('P17.4.2-leave: a leave of 3 working days spanning the National Day holiday is the township’s', () => {
    const n = workingDaysIn(dayKind, '2025-09-30', '2025-10-10');
    expect(n).toBe(3);
    expect(approverFor(n, 3)).toBe('township');
  });
  it('refuses overlapping leave, but not a returned leave’s freed days', () => {
    const a: LeaveRecord = {
      id: 'l1',
      startOn: '2025-09-15',
      endOn: '2025-09-19',
      status: 'approved',
      returnedOn: null,
    };
    expect(overlappingLeave([a], '2025-09-19', '2025-09-22')?.id).toBe('l1');
    expect(overlappingLeave([{ ...a, status: 'rejected' }], '2025-09-19', '2025-09-22')).toBeUndefined();
    const early = { ...a, status: 'returned' as const, returnedOn: '2025-09-17' };
    expect(overlappingLeave([early], '2025-09-17', '2025-09-19')).toBeUndefined();
    expect(overlappingLeave([early], '2025-09-16', '2025-09-16')?.id).toBe('l1');
  });
  it('P17.5.3-recall: more than 30 cumulative leave days of the year call for a recall review, 30 do not', () => {
    expect(needsRecallReview(30, 30)).toBe(false);
    expect(needsRecallReview(31, 30)).toBe(true);
    const leaves: LeaveRecord[] = [
      { id: '1', startOn: '2024-12-30', endOn: '2025-01-03', status: 'approved', returnedOn: null },
      { id: '2', startOn: '2025-09-15', endOn: '2025-09-19', status: 'returned', returnedOn: '2025-09-17' },
      { id: '3', startOn: '2025-09-22', endOn: '2025-09-23', status: 'pending', returnedOn: null },
    ];
    // 2025-01-01 is a weekday in this toy calendar: 01-01..03 → 3; the returned one 2 days.
    expect(cumulativeLeaveDays(leaves, 2025, dayKind)).toBe(5);
  });
});

describe('the ledger by exception (P17.4.2-attend / P21.5-attend)', () => {
  it('presumes working days in the village and rest days at rest, with no records at all', () => {
    const days = ledger('2025-09', none, '2025-09-30');
    expect(days[0]).toMatchObject({
      date: '2025-09-01',
      dayKind: 'working',
      status: 'in_village',
      source: 'presumed',
    });
    expect(days[5]).toMatchObject({
      date: '2025-09-06',
      dayKind: 'rest',
      status: 'rest',
      source: 'calendar',
    });
    expect(days.find((d) => d.date === '2025-09-28')).toMatchObject({
      dayKind: 'working',
      status: 'in_village',
    });
    const s = summarise(days, params, false);
    expect(s.workingDays).toBe(23);
    expect(s.daysInVillage).toBe(23);
    expect(s.meetsMinimum).toBe(true);
  });
  it('marks days outside the assignment not_on_post and pro-rates the minimum', () => {
    const days = ledger('2025-09', none, '2025-09-30', { startOn: '2025-09-16', endOn: null });
    expect(days[14]).toMatchObject({ status: 'not_on_post', assignmentId: null });
    const s = summarise(days, params, false);
    expect(s.daysOnPost).toBe(15);
    expect(s.minimumDays).toBe(10); // ceil(20 × 15 / 30)
  });
  it('has no month minimum when the province counts per year', () => {
    const s = summarise(
      ledger('2025-09', none, '2025-09-30'),
      { ...params, minimumCountedPer: 'year' },
      false,
    );
    expect(s.minimumDays).toBeNull();
    expect(s.meetsMinimum).toBeNull();
  });
  it('shows leave, trips, training, stays and verified absences with their sources', () => {
    const records: LedgerRecords = {
      leaves: [{ id: 'L', startOn: '2025-09-01', endOn: '2025-09-02', status: 'approved', returnedOn: null }],
      trips: [
        { id: 'T', kind: 'trip', startOn: '2025-09-03', endOn: '2025-09-03' },
        { id: 'R', kind: 'training', startOn: '2025-09-04', endOn: '2025-09-04' },
      ],
      verifications: [
        { id: 'V', on: '2025-09-05', finding: 'absent', excused: false },
        { id: 'X', on: '2025-09-08', finding: 'absent', excused: true },
      ],
      stays: [{ id: 'S', on: '2025-09-06' }],
    };
    const d = ledger('2025-09', records, '2025-09-30');
    expect(d.slice(0, 8).map((x) => [x.status, x.source])).toEqual([
      ['leave', 'leave:L'],
      ['leave', 'leave:L'],
      ['official_trip', 'trip:T'],
      ['training', 'trip:R'],
      ['absent', 'verification:V'],
      ['in_village_rest_day', 'rest_day_stay:S'],
      ['rest', 'calendar'],
      ['in_village', 'verification:X'],
    ]);
    const s = summarise(d, params, false);
    expect([s.leaveDays, s.tripDays, s.trainingDays, s.absentDays, s.restDayStays]).toEqual([2, 1, 1, 1, 1]);
    // the trip counts in the village, the training does not (settings).
    expect(s.daysInVillage).toBe(23 - 2 - 1 - 1 + 1);
  });
  it('P17.4.2-leave: working days after an approved end with no return report are absent up to today', () => {
    const leave: LeaveRecord = {
      id: 'L',
      startOn: '2025-09-08',
      endOn: '2025-09-10',
      status: 'approved',
      returnedOn: null,
    };
    const d = ledger('2025-09', { ...none, leaves: [leave] }, '2025-09-15');
    const by = (date: string) => d.find((x) => x.date === date)!;
    expect(by('2025-09-11')).toMatchObject({ status: 'absent', source: 'overdue_return:L' });
    expect(by('2025-09-13')).toMatchObject({ status: 'rest' });
    expect(by('2025-09-15')).toMatchObject({ status: 'absent' });
    expect(by('2025-09-16')).toMatchObject({ status: 'in_village', future: true });
    // an approved extension starting the day after stops the overdue run
    const ext: LeaveRecord = {
      id: 'E',
      startOn: '2025-09-11',
      endOn: '2025-09-12',
      status: 'approved',
      returnedOn: null,
    };
    const d2 = ledger('2025-09', { ...none, leaves: [leave, ext] }, '2025-09-12');
    expect(d2.find((x) => x.date === '2025-09-12')).toMatchObject({ status: 'leave', source: 'leave:E' });
    expect(d2.filter((x) => x.status === 'absent')).toHaveLength(0);
  });
  it('P17.4.2-leave: an early return frees the unused days, a late one leaves the gap absent', () => {
    const early: LeaveRecord = {
      id: 'L',
      startOn: '2025-09-08',
      endOn: '2025-09-12',
      status: 'returned',
      returnedOn: '2025-09-10',
    };
    const s = summarise(ledger('2025-09', { ...none, leaves: [early] }, '2025-09-30'), params, false);
    expect(s.leaveDays).toBe(2);
    const late: LeaveRecord = { ...early, returnedOn: '2025-09-17' };
    const d = ledger('2025-09', { ...none, leaves: [late] }, '2025-09-30');
    expect(summarise(d, params, false).absentDays).toBe(2); // 09-15, 09-16
    expect(d.find((x) => x.date === '2025-09-17')?.status).toBe('in_village');
  });
});

describe('verification findings (issue 10 item 7)', () => {
  const leaves: LeaveRecord[] = [
    { id: 'L', startOn: '2025-09-08', endOn: '2025-09-09', status: 'approved', returnedOn: null },
  ];
  const trips: TripRecord[] = [{ id: 'T', kind: 'trip', startOn: '2025-09-10', endOn: '2025-09-10' }];
  const read = (on: string, kind: DayKind) =>
    readFinding({ on: on as IsoDate, finding: 'absent', dayKind: kind, leaves, trips });
  it('is consistent with approved leave or a trip, a note on a rest day, an absence otherwise', () => {
    expect(read('2025-09-08', 'working')).toEqual({ consistentWith: 'leave', outcome: 'consistent' });
    expect(read('2025-09-10', 'working')).toEqual({ consistentWith: 'official_trip', outcome: 'consistent' });
    expect(read('2025-09-13', 'rest')).toEqual({ consistentWith: null, outcome: 'rest_day_note' });
    expect(read('2025-09-11', 'working')).toEqual({ consistentWith: null, outcome: 'awaiting_explanation' });
    expect(countsAsAbsence('excused')).toBe(false);
    expect(countsAsAbsence('not_excused')).toBe(true);
  });
});

describe('the leave workflow (P17.4.2-leave / P21.5-leave)', () => {
  it('township approval ends a township-level leave and is only an opinion on a county-level one', () => {
    expect(leaveTransition('pending', 'approve', ['township'], { approver: 'township' })).toMatchObject({
      ok: true,
      to: 'approved',
    });
    expect(leaveTransition('pending', 'approve', ['township'], { approver: 'county' })).toMatchObject({
      ok: true,
      to: 'pending_county',
    });
    expect(leaveTransition('pending_county', 'approve', ['org_admin'], { approver: 'county' })).toMatchObject(
      { ok: true, to: 'approved' },
    );
  });
  it('refuses out of turn and the wrong approver', () => {
    expect(leaveTransition('pending_county', 'approve', ['township'], { approver: 'county' })).toMatchObject({
      ok: false,
      reason: 'INVALID_STATE',
    });
    expect(leaveTransition('pending', 'approve', ['org_admin'], { approver: 'township' })).toMatchObject({
      ok: false,
      reason: 'INVALID_STATE',
    });
    expect(leaveTransition('pending', 'approve', ['cadre'], { approver: 'township' })).toMatchObject({
      ok: false,
      reason: 'FORBIDDEN',
    });
    expect(leaveTransition('returned', 'return', ['cadre'], { approver: 'township' })).toMatchObject({
      ok: false,
      reason: 'INVALID_STATE',
    });
  });
});

// Random histories: the month's figures always add up to the days on post (issue 10 engineering).
const dateIn = (month: string) =>
  fc.integer({ min: 1, max: 30 }).map((d) => `${month}-${String(d).padStart(2, '0')}` as IsoDate);
const span = (month: string) =>
  fc.tuple(dateIn(month), fc.integer({ min: 0, max: 6 })).map(([s, n]) => ({ s, e: addDays(s, n) }));
const history = fc.record({
  leaves: fc.array(
    fc.tuple(
      span('2025-09'),
      fc.constantFrom('approved', 'returned', 'pending', 'rejected'),
      fc.integer({ min: 0, max: 8 }),
    ),
    { maxLength: 4 },
  ),
  trips: fc.array(fc.tuple(span('2025-09'), fc.constantFrom('trip', 'training')), { maxLength: 3 }),
  verifications: fc.array(fc.tuple(dateIn('2025-09'), fc.constantFrom('present', 'absent'), fc.boolean()), {
    maxLength: 4,
  }),
  stays: fc.array(dateIn('2025-09'), { maxLength: 4 }),
  start: dateIn('2025-09'),
  end: fc.option(dateIn('2025-09')),
  today: dateIn('2025-09'),
  tripCounts: fc.boolean(),
  trainingCounts: fc.boolean(),
});

describe('month figures add up (property)', () => {
  it('days in the village + leave + trips not counted in the village + absences + rest = days on post', () => {
    fc.assert(
      fc.property(history, (h) => {
        const records: LedgerRecords = {
          leaves: h.leaves.map(([r, status, back], i) => ({
            id: `l${i}`,
            startOn: r.s,
            endOn: r.e,
            status: status as LeaveRecord['status'],
            returnedOn: status === 'returned' ? addDays(r.s, back) : null,
          })),
          trips: h.trips.map(([r, kind], i) => ({
            id: `t${i}`,
            kind: kind as 'trip' | 'training',
            startOn: r.s,
            endOn: r.e,
          })),
          verifications: h.verifications.map(([on, finding, excused], i) => ({
            id: `v${i}`,
            on,
            finding: finding as 'present' | 'absent',
            excused,
          })),
          stays: h.stays.map((on, i) => ({ id: `s${i}`, on })),
        };
        const end = h.end && h.end >= h.start ? h.end : null;
        const days = ledgerDays({
          dates: monthDates('2025-09'),
          dayKind,
          assignments: [{ id: 'a', startOn: h.start, endOn: end }],
          records: () => records,
          params: { tripCountsInVillage: h.tripCounts, trainingCountsInVillage: h.trainingCounts },
          today: h.today,
        });
        const s = summarise(days, params, false);
        expect(s.daysInVillage + s.leaveDays + s.awayOnDutyDays + s.absentDays + s.restDays).toBe(
          s.daysOnPost,
        );
        expect(s.daysOnPost).toBe(days.filter((d) => d.status !== 'not_on_post').length);
        expect(days.filter((d) => d.status === 'absent' && d.future)).toHaveLength(0);
        expect(s.leaveDays + s.tripDays + s.trainingDays + s.absentDays).toBeLessThanOrEqual(s.workingDays);
      }),
      { numRuns: 500 },
    );
  });
});
