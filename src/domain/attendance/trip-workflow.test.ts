import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time';
import { ledgerDays, monthDates, summarise, type TripRecord } from './ledger';
import { tripStepsFor, tripTransition } from './trip-workflow';
import { readFinding } from './verification';

const off = { needsApproval: false };
const on = { needsApproval: true };

describe('the trip workflow (issue 10 item 6)', () => {
  it('a report is reported at once unless the settings ask for approval; then it waits for the township', () => {
    expect(tripTransition(null, 'report', ['cadre'], off)).toEqual({ ok: true, from: null, to: 'reported' });
    expect(tripTransition(null, 'report', ['cadre'], on)).toEqual({ ok: true, from: null, to: 'pending' });
    expect(tripTransition(null, 'report', ['township'], on)).toMatchObject({ ok: true, to: 'pending' });
    expect(tripTransition(null, 'report', ['inspector'], off)).toMatchObject({
      ok: false,
      reason: 'FORBIDDEN',
    });
  });

  it('the township approves (→ reported) or rejects (→ rejected) a pending report; nobody else may', () => {
    expect(tripTransition('pending', 'approve', ['township'], on)).toMatchObject({
      ok: true,
      to: 'reported',
    });
    expect(tripTransition('pending', 'reject', ['township'], on)).toMatchObject({ ok: true, to: 'rejected' });
    for (const role of ['cadre', 'org_admin', 'leading_group', 'sys_admin', 'inspector'] as const) {
      expect(tripTransition('pending', 'approve', [role], on), role).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
      expect(tripTransition('pending', 'reject', [role], on), role).toMatchObject({
        ok: false,
        reason: 'FORBIDDEN',
      });
    }
  });

  it('out of turn: a reported, rejected or withdrawn trip cannot be approved or rejected (INVALID_STATE)', () => {
    for (const from of ['reported', 'rejected', 'withdrawn'] as const) {
      for (const step of ['approve', 'reject'] as const) {
        const t = tripTransition(from, step, ['township'], on);
        expect(t, `${from} ${step}`).toMatchObject({ ok: false, reason: 'INVALID_STATE' });
        if (!t.ok) expect(t.message.zh).toContain('待乡镇审批');
      }
    }
  });

  it('allowed steps: approve and reject for the township on a pending trip only', () => {
    expect(tripStepsFor('pending', ['township'])).toEqual(['approve', 'reject']);
    expect(tripStepsFor('reported', ['township'])).toEqual([]);
    expect(tripStepsFor('pending', ['cadre'])).toEqual([]);
  });
});

describe('only reported trips change a day (issue 10 items 4, 6)', () => {
  const trip = (status: TripRecord['status']): TripRecord => ({
    id: 't',
    kind: 'trip',
    startOn: '2025-11-03',
    endOn: '2025-11-04',
    status,
  });
  const days = (t: TripRecord) =>
    ledgerDays({
      dates: monthDates('2025-11'),
      dayKind: (d) => (['2025-11-01', '2025-11-02'].includes(d) ? 'rest' : 'working'),
      assignments: [{ id: 'a', startOn: '2025-01-01', endOn: null }],
      records: () => ({ leaves: [], trips: [t], verifications: [], stays: [] }),
      params: { tripCountsInVillage: false, trainingCountsInVillage: false },
      today: '2025-11-30' as IsoDate,
    });
  const figures = (t: TripRecord) =>
    summarise(days(t), { minDaysInVillagePerMonth: 20, minimumCountedPer: 'month' }, false);

  it('a reported trip makes its working days official_trip', () => {
    expect(figures(trip('reported')).tripDays).toBe(2);
    expect(figures(trip(undefined)).tripDays).toBe(2);
    expect(days(trip('reported')).find((d) => d.date === '2025-11-03')).toMatchObject({
      status: 'official_trip',
      source: 'trip:t',
    });
  });

  it('a pending, rejected or withdrawn trip leaves the days presumed in the village', () => {
    for (const s of ['pending', 'rejected', 'withdrawn'] as const) {
      expect(figures(trip(s)).tripDays, s).toBe(0);
      expect(
        days(trip(s)).find((d) => d.date === '2025-11-03'),
        s,
      ).toMatchObject({
        status: 'in_village',
        source: 'presumed',
      });
    }
  });

  it('an absence found during a pending trip is not consistent with it', () => {
    const read = (s: TripRecord['status']) =>
      readFinding({
        on: '2025-11-03' as IsoDate,
        finding: 'absent',
        dayKind: 'working',
        leaves: [],
        trips: [trip(s)],
      });
    expect(read('reported')).toEqual({ consistentWith: 'official_trip', outcome: 'consistent' });
    expect(read('pending')).toEqual({ consistentWith: null, outcome: 'awaiting_explanation' });
  });
});
