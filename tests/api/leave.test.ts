import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';

// 请销假 (P17.4.2-leave / P21.5-leave): the cadre asks, the township approves up to 3 working days, above it
// the township gives its opinion and the county approves; the return closes it. Test clock: Monday 2026-03-02
// (work calendar of chinese-days: 2026-04-04..06 清明 holidays).

let t: TestApp;
let county: TestUser;
let stationed: () => Promise<Stationed>;

beforeAll(async () => {
  ({ t, county, stationed } = await attendanceFixture());
});
afterAll(() => t.close());

const ask = (u: TestUser, assignmentId: string, startOn: string, endOn: string, extra = {}) =>
  u.post('/api/leave-requests', {
    assignmentId,
    kind: 'personal',
    startOn,
    endOn,
    reason: '家中有事',
    ...extra,
  });

describe('leave requests (P17.4.2-leave / P21.5-leave)', () => {
  it('P17.4.2-leave / P21.5-leave: exactly 3 working days → township; 4 → county', async () => {
    const a = await stationed();
    const three = await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-11');
    expect(three.statusCode, three.body).toBe(201);
    expect(three.json().leaveRequest).toMatchObject({
      status: 'pending',
      workingDays: 3,
      approver: 'township',
    });
    const four = await ask(a.cadre, a.assignmentId, '2026-03-16', '2026-03-19');
    expect(four.json().leaveRequest).toMatchObject({ status: 'pending', workingDays: 4, approver: 'county' });
  });

  it('counts a leave across a weekend and across the 清明 holiday in working days only', async () => {
    const a = await stationed();
    const weekend = await ask(a.cadre, a.assignmentId, '2026-03-20', '2026-03-23');
    expect(weekend.json().leaveRequest).toMatchObject({ workingDays: 2, approver: 'township' });
    const holiday = await ask(a.cadre, a.assignmentId, '2026-04-03', '2026-04-08');
    expect(holiday.json().leaveRequest).toMatchObject({ workingDays: 3, approver: 'township' });
  });

  it('refuses overlapping leave and leave outside the assignment', async () => {
    const a = await stationed();
    expect((await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-10')).statusCode).toBe(201);
    const clash = await ask(a.cadre, a.assignmentId, '2026-03-10', '2026-03-12');
    expect(clash.statusCode).toBe(409);
    expect((await ask(a.cadre, a.assignmentId, '2025-05-20', '2025-06-03')).statusCode).toBe(400);
    expect((await ask(a.cadre, a.assignmentId, '2027-05-31', '2027-06-03')).statusCode).toBe(400);
  });

  it('P17.4.2-leave: of overlapping requests sent at the same moment, one is taken and the others refused (409)', async () => {
    const a = await stationed();
    const answers = await Promise.all(
      ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-09'].map((d) =>
        ask(a.cadre, a.assignmentId, d, '2026-03-12'),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const list = await a.cadre.get(`/api/leave-requests?assignmentId=${a.assignmentId}`);
    expect(list.json().items).toHaveLength(1);
  });

  it('answers the request with what a later read of it shows', async () => {
    const a = await stationed();
    const created = await ask(a.cadre, a.assignmentId, '2026-03-16', '2026-03-19');
    expect(created.statusCode).toBe(201);
    const { leaveRequest } = created.json();
    const read = await a.cadre.get(`/api/leave-requests/${leaveRequest.id}`);
    expect(leaveRequest).toEqual(read.json().leaveRequest);
  });

  it('a cadre asks only for their own assignment; an idempotent resend gives the first answer', async () => {
    const a = await stationed();
    const b = await stationed();
    expect((await ask(a.cadre, b.assignmentId, '2026-03-09', '2026-03-10')).statusCode).toBe(404);
    const clientId = '0b6c1b44-5c2e-4d0f-9a51-0c1b6f0e3a11';
    const first = await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-10', { clientId });
    const again = await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-10', { clientId });
    expect(first.statusCode).toBe(201);
    expect(again.json().leaveRequest.id).toBe(first.json().leaveRequest.id);
  });

  it('the township approves a township-level leave; the county is the wrong approver (403), a second approval is out of turn (409)', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-11')).json().leaveRequest.id;
    expect((await county.post(`/api/leave-requests/${id}/approve`, {})).statusCode).toBe(403);
    expect((await a.cadre.post(`/api/leave-requests/${id}/approve`, {})).statusCode).toBe(403);
    const before = await a.town.get(`/api/leave-requests/${id}`);
    expect(before.json().leaveRequest.allowedSteps).toEqual(['approve', 'reject']);
    const ok = await a.town.post(`/api/leave-requests/${id}/approve`, { note: '同意' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().leaveRequest).toMatchObject({ status: 'approved', decisionNote: '同意' });
    const again = await a.town.post(`/api/leave-requests/${id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
  });

  it('P17.4.2-leave: above the threshold the township gives its opinion, then the county approves', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-03-16', '2026-03-19')).json().leaveRequest.id;
    const early = await county.post(`/api/leave-requests/${id}/approve`, {});
    expect(early.statusCode).toBe(409);
    const opinion = await a.town.post(`/api/leave-requests/${id}/approve`, { note: '同意，报县审批' });
    expect(opinion.json().leaveRequest).toMatchObject({
      status: 'pending_county',
      townshipOpinion: '同意，报县审批',
    });
    expect((await a.town.post(`/api/leave-requests/${id}/approve`, {})).statusCode).toBe(403);
    const done = await county.post(`/api/leave-requests/${id}/approve`, {});
    expect(done.json().leaveRequest.status).toBe('approved');
    expect(done.json().leaveRequest.steps.map((s: { to: string }) => s.to)).toEqual([
      'pending',
      'pending_county',
      'approved',
    ]);
  });

  it('no one approves their own leave (403)', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-09')).json().leaveRequest.id;
    // A township account acting for the same cadre (a cadre account holds role cadre alone, so the service is
    // asked directly with the township's actor carrying the cadre's id).
    const actor = {
      userId: a.town.id,
      username: a.town.username,
      roles: ['township' as const],
      scope: { national: false, regions: [a.village.slice(0, 9)], units: [] },
      cadreId: a.cadreId,
      requestId: null,
      ip: null,
    };
    await expect(t.container.services.attendance.approveLeave(actor, id, {})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('rejects with a reason; cancels before the start; an outside township does not find it (404)', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-03-09', '2026-03-09')).json().leaveRequest.id;
    const other = await t.user({ roles: ['township'], regions: ['520122100'] });
    expect((await other.get(`/api/leave-requests/${id}`)).statusCode).toBe(404);
    expect(
      (await a.town.post(`/api/leave-requests/${id}/reject`, { reason: '村里换届，暂缓' })).json()
        .leaveRequest.status,
    ).toBe('rejected');
    const id2 = (await ask(a.cadre, a.assignmentId, '2026-03-10', '2026-03-10')).json().leaveRequest.id;
    expect((await a.cadre.post(`/api/leave-requests/${id2}/cancel`, {})).json().leaveRequest.status).toBe(
      'cancelled',
    );
  });

  it('P17.4.2-leave: an overdue return shows to the township and turns working days absent; the return report closes it', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-02-24', '2026-02-25')).json().leaveRequest.id;
    await a.town.post(`/api/leave-requests/${id}/approve`, {});
    // Today is Monday 03-02: Thu 26, Fri 27, Sat 28 (an adjusted working day, 调休) and Mon 03-02 passed
    // without a return report.
    {
      const list = await a.town.get('/api/leave-requests?overdue=true');
      const row = list.json().items.find((x: { id: string }) => x.id === id);
      expect(row).toMatchObject({ overdue: true, overdueWorkingDays: 4 });
      const ledger = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`);
      const day = (d: string) => ledger.json().days.find((x: { date: string }) => x.date === d);
      expect(day('2026-02-25')).toMatchObject({ status: 'leave', source: `leave:${id}` });
      expect(day('2026-02-26')).toMatchObject({ status: 'absent', source: `overdue_return:${id}` });
      expect(day('2026-02-28')).toMatchObject({ dayKind: 'working', status: 'absent' });
      expect(ledger.json().summary.absentDays).toBe(3);
      const march = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-03`);
      expect(march.json().days[1]).toMatchObject({ date: '2026-03-02', status: 'absent' });
      expect(march.json().days[2]).toMatchObject({ date: '2026-03-03', status: 'in_village', future: true });
      const summary = await a.town.get(`/api/attendance/summary?region=${a.village}&month=2026-02`);
      expect(summary.json().rows[0]).toMatchObject({ cadreId: a.cadreId, absentDays: 3, leaveDays: 2 });
      const back = await a.cadre.post(`/api/leave-requests/${id}/return`, { returnedOn: '2026-02-27' });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json().leaveRequest).toMatchObject({
        status: 'returned',
        returnedOn: '2026-02-27',
        overdue: false,
      });
      const after = await a.town.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`);
      expect(after.json().summary.absentDays).toBe(1); // 02-26 only: back on the 27th
      const summaryAfter = await a.town.get(`/api/attendance/summary?region=${a.village}&month=2026-02`);
      expect(summaryAfter.json().rows[0]).toMatchObject({ absentDays: 1 });
    }
  });

  it('an early return frees the unused days', async () => {
    const a = await stationed();
    const id = (await ask(a.cadre, a.assignmentId, '2026-02-24', '2026-03-06')).json().leaveRequest.id;
    await a.town.post(`/api/leave-requests/${id}/approve`, {});
    await county.post(`/api/leave-requests/${id}/approve`, {});
    const back = await a.cadre.post(`/api/leave-requests/${id}/return`, { returnedOn: '2026-03-02' });
    expect(back.json().leaveRequest).toMatchObject({ status: 'returned', workingDays: 10, daysTaken: 5 });
    expect(
      (await a.cadre.post(`/api/leave-requests/${id}/return`, { returnedOn: '2026-03-02' })).statusCode,
    ).toBe(409);
  });

  it('P17.5.3-recall: past 30 leave days in a year the leading group sees a recall-review alert', async () => {
    const a = await stationed();
    const lg = await t.user({ roles: ['leading_group'], regions: ['520121'] });
    // 2026-01-05 .. 2026-02-13: 30 working days; then one more day makes 31.
    const long = (await ask(a.cadre, a.assignmentId, '2026-01-05', '2026-02-13')).json().leaveRequest;
    expect(long.workingDays).toBe(30);
    await a.town.post(`/api/leave-requests/${long.id}/approve`, {});
    await county.post(`/api/leave-requests/${long.id}/approve`, {});
    const alertsOf = async () =>
      (await lg.get('/api/attendance/alerts?kind=recall_review&pageSize=500'))
        .json()
        .items.filter((x: { assignmentId: string }) => x.assignmentId === a.assignmentId);
    expect(await alertsOf()).toHaveLength(0);
    const one = (await ask(a.cadre, a.assignmentId, '2026-03-03', '2026-03-03')).json().leaveRequest;
    await a.town.post(`/api/leave-requests/${one.id}/approve`, {});
    const alerts = await alertsOf();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ ruleId: 'P17.5.3-recall', audience: 'leading_group' });
  });
});
