import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaveRequests } from '../../src/server/db/schema';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';

// The phone app shows the working days and who approves BEFORE a leave request is sent (issue 11 item 4;
// P17.4.2-leave / P21.5-leave: the township up to leaveTownshipMaxDays working days, above it the county).
// Test clock: Monday 2026-03-02; 2026-04-04..06 are the 清明 holidays.

let t: TestApp;
let county: TestUser;
let stationed: () => Promise<Stationed>;

beforeAll(async () => {
  ({ t, county, stationed } = await attendanceFixture());
});
afterAll(() => t.close());

const preview = (u: TestUser, assignmentId: string, startOn: string, endOn: string) =>
  u.get(`/api/leave-requests/preview?assignmentId=${assignmentId}&startOn=${startOn}&endOn=${endOn}`);

describe('GET /api/leave-requests/preview (issue 11 item 4)', () => {
  it('P17.4.2-leave: exactly 3 working days → township, 4 → county; the 清明 holiday and a weekend are not counted; nothing is written', async () => {
    const a = await stationed();
    const before = (await t.container.database.db.select().from(leaveRequests)).length;
    const three = await preview(a.cadre, a.assignmentId, '2026-03-09', '2026-03-11');
    expect(three.statusCode, three.body).toBe(200);
    expect(three.json()).toMatchObject({
      workingDays: 3,
      approver: 'township',
      townshipMaxDays: 3,
      problems: [],
      unknownCalendarYear: false,
    });
    expect(three.json().ruleIds).toContain('P17.4.2-leave');
    const four = await preview(a.cadre, a.assignmentId, '2026-03-16', '2026-03-19');
    expect(four.json()).toMatchObject({ workingDays: 4, approver: 'county' });
    const holiday = await preview(a.cadre, a.assignmentId, '2026-04-03', '2026-04-08');
    expect(holiday.json()).toMatchObject({ workingDays: 3, approver: 'township' });
    expect((await t.container.database.db.select().from(leaveRequests)).length).toBe(before);
  });

  it('tells what would refuse it: an overlap with a leave already asked, dates outside the assignment', async () => {
    const a = await stationed();
    const asked = await a.cadre.post('/api/leave-requests', {
      assignmentId: a.assignmentId,
      kind: 'sick',
      startOn: '2026-03-09',
      endOn: '2026-03-10',
      reason: '看病',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const clash = await preview(a.cadre, a.assignmentId, '2026-03-10', '2026-03-12');
    expect(clash.statusCode).toBe(200);
    expect(clash.json().problems[0]).toMatchObject({ field: 'startOn' });
    expect(clash.json().problems[0].zh).toContain('日期重叠');
    const outside = await preview(a.cadre, a.assignmentId, '2025-05-20', '2025-06-03');
    expect(outside.json().problems.length).toBeGreaterThan(0);
  });

  it('bad input is 400 naming the field; another cadre’s assignment 404; office roles 403', async () => {
    const a = await stationed();
    const b = await stationed();
    const bad = await preview(a.cadre, a.assignmentId, '2026-03-12', '2026-03-09');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().details)).toContain('endOn');
    expect((await preview(a.cadre, a.assignmentId, '2026-13-01', '2026-13-02')).statusCode).toBe(400);
    expect((await preview(a.cadre, b.assignmentId, '2026-03-09', '2026-03-10')).statusCode).toBe(404);
    expect((await preview(a.town, a.assignmentId, '2026-03-09', '2026-03-10')).statusCode).toBe(403);
    expect((await preview(county, a.assignmentId, '2026-03-09', '2026-03-10')).statusCode).toBe(403);
  });
});
