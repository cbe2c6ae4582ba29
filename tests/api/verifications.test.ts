import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';

// Verification by people (issue 10 item 7, P17.4.2-attend): an absence on a leave or trip day is consistent,
// on a rest day a note, otherwise the day is absent until the township excuses the cadre's explanation.
// Test clock: Monday 2026-03-02.

let t: TestApp;
let county: TestUser;
let stationed: () => Promise<Stationed>;

beforeAll(async () => {
  ({ t, county, stationed } = await attendanceFixture());
});
afterAll(() => t.close());

describe('verifications (P17.4.2-attend)', () => {
  it('an absent finding on an approved leave day is consistent with the leave; on a trip with the trip', async () => {
    const a = await stationed();
    const leave = (
      await a.cadre.post('/api/leave-requests', {
        assignmentId: a.assignmentId,
        kind: 'sick',
        startOn: '2026-02-24',
        endOn: '2026-02-24',
        reason: '发烧',
      })
    ).json().leaveRequest;
    await a.town.post(`/api/leave-requests/${leave.id}/approve`, {});
    const trip = await a.cadre.post('/api/official-trips', {
      assignmentId: a.assignmentId,
      kind: 'trip',
      startOn: '2026-02-25',
      endOn: '2026-02-25',
      destination: '贵阳',
      purpose: '项目申报',
    });
    expect(trip.statusCode, trip.body).toBe(201);
    const onLeave = await a.town.post('/api/verifications', {
      assignmentId: a.assignmentId,
      on: '2026-02-24',
      method: 'visit',
      finding: 'absent',
    });
    expect(onLeave.statusCode, onLeave.body).toBe(201);
    expect(onLeave.json().verification).toMatchObject({ consistentWith: 'leave', outcome: 'consistent' });
    const onTrip = await a.town.post('/api/verifications', {
      assignmentId: a.assignmentId,
      on: '2026-02-25',
      method: 'phone',
      finding: 'absent',
    });
    expect(onTrip.json().verification).toMatchObject({ consistentWith: 'official_trip' });
    const rest = await a.town.post('/api/verifications', {
      assignmentId: a.assignmentId,
      on: '2026-03-01',
      method: 'phone',
      finding: 'absent',
    });
    expect(rest.json().verification).toMatchObject({
      consistentWith: null,
      outcome: 'rest_day_note',
      dayKind: 'rest',
    });
    const ledger = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`);
    expect(ledger.json().summary).toMatchObject({ absentDays: 0, leaveDays: 1, tripDays: 1 });
  });

  it('an absence on a working day: the day is absent, the cadre and the leading group are told, the explanation is excused or not — audited both ways', async () => {
    const a = await stationed();
    const lg = await t.user({ roles: ['leading_group'], regions: ['520121'] });
    const res = await lg.post('/api/verifications', {
      assignmentId: a.assignmentId,
      on: '2026-02-26',
      method: 'video',
      finding: 'absent',
      note: '视频抽查不在村',
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json().verification;
    expect(v).toMatchObject({ consistentWith: null, outcome: 'awaiting_explanation' });
    const day = async () =>
      (await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`))
        .json()
        .days.find((d: { date: string }) => d.date === '2026-02-26');
    expect(await day()).toMatchObject({ status: 'absent', source: `verification:${v.id}` });
    const mine = await a.cadre.get('/api/attendance/alerts');
    expect(mine.json().items.map((x: { subject: string }) => x.subject)).toContain(`verification:${v.id}`);
    const lgs = await lg.get('/api/attendance/alerts?kind=absence_found');
    expect(
      lgs
        .json()
        .items.some(
          (x: { subject: string; audience: string }) =>
            x.subject === `verification:${v.id}` && x.audience === 'leading_group',
        ),
    ).toBe(true);
    // Only the township decides, only the cadre explains.
    expect(
      (await a.town.post(`/api/verifications/${v.id}/explanation`, { explanation: 'x' })).statusCode,
    ).toBe(403);
    const explained = await a.cadre.post(`/api/verifications/${v.id}/explanation`, {
      explanation: '当日在县里参加临时会议，有会议通知',
    });
    expect(explained.json().verification.outcome).toBe('explained');
    expect((await lg.post(`/api/verifications/${v.id}/excuse`, { reason: 'x' })).statusCode).toBe(403);
    const excused = await a.town.post(`/api/verifications/${v.id}/excuse`, { reason: '会议通知属实' });
    expect(excused.json().verification).toMatchObject({ outcome: 'excused', decisionReason: '会议通知属实' });
    expect(await day()).toMatchObject({ status: 'in_village', source: `verification:${v.id}` });
    expect((await a.town.post(`/api/verifications/${v.id}/refuse-excuse`, { reason: 'x' })).statusCode).toBe(
      409,
    );

    const second = (
      await a.town.post('/api/verifications', {
        assignmentId: a.assignmentId,
        on: '2026-02-27',
        method: 'visit',
        finding: 'absent',
      })
    ).json().verification;
    const refused = await a.town.post(`/api/verifications/${second.id}/refuse-excuse`, {
      reason: '无正当理由',
    });
    expect(refused.json().verification.outcome).toBe('not_excused');
    const ledger = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`);
    expect(ledger.json().summary.absentDays).toBe(1);
    const audits = await county.get(`/api/audit?entityId=${v.id}`);
    expect(audits.json().items.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['verification.record', 'verification.explain', 'verification.excuse']),
    );
  });

  it('refuses a verification outside the scope (404) and from a cadre (403)', async () => {
    const a = await stationed();
    const other = await t.user({ roles: ['township'], regions: ['520122100'] });
    const body = { assignmentId: a.assignmentId, on: '2026-02-26', method: 'visit', finding: 'present' };
    expect((await other.post('/api/verifications', body)).statusCode).toBe(404);
    expect((await a.cadre.post('/api/verifications', body)).statusCode).toBe(403);
  });
});
