import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { townshipOf } from '../../src/domain/regions/code';
import { auditLog } from '../../src/server/db/schema';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';

// 公务出差、培训 (issue 10 item 6): reported to the township and counted at once; only where the settings in
// force on the trip's first day ask for approval (tripNeedsApproval, here set by 开阳县 from 2026-01-01) does a
// report wait for the township party committee of the village, which approves or rejects it. Only reported
// trips change a day of the ledger. Test clock: Monday 2026-03-02.

interface World {
  t: TestApp;
  county: TestUser;
  stationed: () => Promise<Stationed>;
}
let off: World;
let on: World;

beforeAll(async () => {
  off = await attendanceFixture();
  on = await attendanceFixture();
  const set = await on.county.put('/api/settings/520121/tripNeedsApproval', {
    value: true,
    effectiveFrom: '2026-01-01',
  });
  expect(set.statusCode, set.body).toBe(200);
});
afterAll(async () => {
  await off?.t.close();
  await on?.t.close();
});

const report = (u: TestUser, assignmentId: string, startOn: string, endOn: string, kind = 'trip') =>
  u.post('/api/official-trips', {
    assignmentId,
    kind,
    startOn,
    endOn,
    destination: '贵阳市',
    purpose: '参加全县乡村振兴项目推进会',
  });

/** The month's trip days as the ledger computes them and as the stored monthly aggregate keeps them. */
async function tripDays(a: Stationed, month: string) {
  const ledger = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=${month}`);
  expect(ledger.statusCode, ledger.body).toBe(200);
  const summary = await a.town.get(`/api/attendance/summary?region=${a.village}&month=${month}`);
  expect(summary.statusCode, summary.body).toBe(200);
  const row = (summary.json().rows as { assignmentId: string; tripDays: number }[]).find(
    (r) => r.assignmentId === a.assignmentId,
  );
  return {
    ledger: ledger.json().summary.tripDays as number,
    aggregate: row?.tripDays,
    statusOf: (date: string) =>
      (ledger.json().days as { date: string; status: string }[]).find((d) => d.date === date)?.status,
  };
}

describe('official trips and training without an approval step (the default)', () => {
  it('a report is reported at once and its working days count as trip days, in the ledger and the aggregate', async () => {
    const a = await off.stationed();
    const res = await report(a.cadre, a.assignmentId, '2026-03-03', '2026-03-04');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().trip).toMatchObject({ status: 'reported', allowedSteps: [], decidedByName: null });
    const days = await tripDays(a, '2026-03');
    expect(days).toMatchObject({ ledger: 2, aggregate: 2 });
    expect(days.statusOf('2026-03-03')).toBe('official_trip');
  });

  it('a reported trip is not approved afterwards: approve and reject are out of turn (409 INVALID_STATE)', async () => {
    const a = await off.stationed();
    const id = (await report(a.cadre, a.assignmentId, '2026-03-05', '2026-03-05')).json().trip.id;
    const approve = await a.town.post(`/api/official-trips/${id}/approve`, {});
    expect(approve.statusCode, approve.body).toBe(409);
    expect(approve.json().code).toBe('INVALID_STATE');
    const reject = await a.town.post(`/api/official-trips/${id}/reject`, { reason: '不同意' });
    expect(reject.statusCode).toBe(409);
  });
});

describe('official trips and training where the settings ask for approval (tripNeedsApproval)', () => {
  it('a report waits for the township and changes no day; the township approves it and it counts', async () => {
    const a = await on.stationed();
    const res = await report(a.cadre, a.assignmentId, '2026-03-09', '2026-03-11', 'training');
    expect(res.statusCode, res.body).toBe(201);
    const trip = res.json().trip;
    expect(trip).toMatchObject({ status: 'pending', allowedSteps: [] });
    const pending = await tripDays(a, '2026-03');
    expect(pending.statusOf('2026-03-09')).toBe('in_village');

    const listed = await a.town.get(`/api/official-trips?status=pending&region=${a.village}`);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id: trip.id, status: 'pending', allowedSteps: ['approve', 'reject'] }),
    ]);
    const ok = await a.town.post(`/api/official-trips/${trip.id}/approve`, { note: '同意参训' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().trip).toMatchObject({
      status: 'reported',
      decisionNote: '同意参训',
      decidedByName: a.town.username,
      allowedSteps: [],
    });
    const after = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-03`);
    expect(after.json().summary.trainingDays).toBe(3);
    expect(
      (after.json().days as { date: string; status: string }[]).find((d) => d.date === '2026-03-10')?.status,
    ).toBe('training');

    const [row] = await on.t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'trip.approve'), eq(auditLog.entityId, trip.id)));
    expect(row).toMatchObject({ entityType: 'official_trip', regionCode: a.village });
    expect(row!.before).toMatchObject({ status: 'pending' });
    expect(row!.after).toMatchObject({ status: 'reported', note: '同意参训' });
  });

  it('a pending trip is not counted until approved; the monthly aggregate follows the approval', async () => {
    const a = await on.stationed();
    const id = (await report(a.cadre, a.assignmentId, '2026-03-16', '2026-03-17')).json().trip.id;
    expect(await tripDays(a, '2026-03')).toMatchObject({ ledger: 0, aggregate: 0 });
    expect((await a.town.post(`/api/official-trips/${id}/approve`, {})).statusCode).toBe(200);
    expect(await tripDays(a, '2026-03')).toMatchObject({ ledger: 2, aggregate: 2 });
  });

  it('a rejected trip is not counted and keeps the reason; a rejection needs a reason (400)', async () => {
    const a = await on.stationed();
    const id = (await report(a.cadre, a.assignmentId, '2026-03-18', '2026-03-19')).json().trip.id;
    expect((await a.town.post(`/api/official-trips/${id}/reject`, {})).statusCode).toBe(400);
    const no = await a.town.post(`/api/official-trips/${id}/reject`, { reason: '会议已取消' });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json().trip).toMatchObject({
      status: 'rejected',
      decisionNote: '会议已取消',
      allowedSteps: [],
    });
    const days = await tripDays(a, '2026-03');
    expect(days).toMatchObject({ ledger: 0, aggregate: 0 });
    expect(days.statusOf('2026-03-18')).toBe('in_village');
    const [row] = await on.t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'trip.reject'), eq(auditLog.entityId, id)));
    expect(row!.after).toMatchObject({ status: 'rejected', note: '会议已取消' });
  });

  it('nobody approves their own trip: the cadre (403), nor the township user who reported it (403); another township user may', async () => {
    const a = await on.stationed();
    const own = (await report(a.cadre, a.assignmentId, '2026-03-23', '2026-03-23')).json().trip.id;
    expect((await a.cadre.post(`/api/official-trips/${own}/approve`, {})).statusCode).toBe(403);
    const byTown = await report(a.town, a.assignmentId, '2026-03-24', '2026-03-24');
    expect(byTown.json().trip).toMatchObject({ status: 'pending', allowedSteps: [] });
    const self = await a.town.post(`/api/official-trips/${byTown.json().trip.id}/approve`, {});
    expect(self.statusCode, self.body).toBe(403);
    const colleague = await on.t.user({ roles: ['township'], regions: [townshipOf(a.village)] });
    const ok = await colleague.post(`/api/official-trips/${byTown.json().trip.id}/approve`, {});
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('only the township of the village decides: the county is refused (403), another township does not see it (404)', async () => {
    const a = await on.stationed();
    const id = (await report(a.cadre, a.assignmentId, '2026-03-25', '2026-03-25')).json().trip.id;
    expect((await on.county.post(`/api/official-trips/${id}/approve`, {})).statusCode).toBe(403);
    const elsewhere = await on.t.user({ roles: ['township'], regions: ['520121102'] });
    expect(townshipOf(a.village)).not.toBe('520121102');
    expect((await elsewhere.post(`/api/official-trips/${id}/approve`, {})).statusCode).toBe(404);
  });

  it('out of turn: a second approval, or a rejection after the approval, is refused with 409 INVALID_STATE', async () => {
    const a = await on.stationed();
    const id = (await report(a.cadre, a.assignmentId, '2026-03-26', '2026-03-26')).json().trip.id;
    expect((await a.town.post(`/api/official-trips/${id}/approve`, {})).statusCode).toBe(200);
    const again = await a.town.post(`/api/official-trips/${id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
    const reject = await a.town.post(`/api/official-trips/${id}/reject`, { reason: '晚了' });
    expect(reject.statusCode).toBe(409);
  });

  it('the effective date decides: a trip starting before 2026-01-01 is reported at once, one starting on it waits', async () => {
    const a = await on.stationed();
    const before = await report(a.cadre, a.assignmentId, '2025-12-30', '2026-01-02');
    expect(before.statusCode, before.body).toBe(201);
    expect(before.json().trip.status).toBe('reported');
    expect((await tripDays(a, '2025-12')).ledger).toBe(2);
    const from = await report(a.cadre, a.assignmentId, '2026-01-05', '2026-01-05');
    expect(from.json().trip.status).toBe('pending');
    expect((await tripDays(a, '2026-01')).statusOf('2026-01-05')).toBe('in_village');
  });
});
