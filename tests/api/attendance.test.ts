import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestUser } from '../support/app';
import { attendanceFixture, type Stationed } from '../support/attendance-fixture';

// The ledger, the summary (考勤汇总表) and today's board (issue 10 items 4, 9; P17.4.2-attend / P21.5-attend).
// Test clock: Monday 2026-03-02.

let t: TestApp;
let county: TestUser;
let stationed: () => Promise<Stationed>;

beforeAll(async () => {
  ({ t, county, stationed } = await attendanceFixture());
});
afterAll(() => t.close());

describe('attendance by exception (P17.4.2-attend / P21.5-attend)', () => {
  it('with no records every working day is in the village and rest days at rest; the minimum is met', async () => {
    const a = await stationed();
    const res = await a.cadre.get('/api/attendance/ledger?month=2026-01');
    expect(res.statusCode, res.body).toBe(200);
    const j = res.json();
    expect(j.days).toHaveLength(31);
    expect(j.days[0]).toMatchObject({
      date: '2026-01-01',
      dayKind: 'holiday',
      status: 'rest',
      source: 'calendar',
    });
    expect(j.days[3]).toMatchObject({
      date: '2026-01-04',
      dayKind: 'working',
      status: 'in_village',
      source: 'presumed',
    });
    expect(j.summary).toMatchObject({
      workingDays: 21,
      daysInVillage: 21,
      leaveDays: 0,
      absentDays: 0,
      minimumDays: 20,
      meetsMinimum: true,
    });
  });

  it('a rest-day stay is one idempotent tap and counts in the village; a working day is refused', async () => {
    const a = await stationed();
    const first = await a.cadre.post('/api/attendance/rest-day-stays', { on: '2026-02-22' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await a.cadre.post('/api/attendance/rest-day-stays', { on: '2026-02-22' });
    expect(again.statusCode).toBe(200);
    expect(again.json().stay.id).toBe(first.json().stay.id);
    expect((await a.cadre.post('/api/attendance/rest-day-stays', { on: '2026-02-26' })).statusCode).toBe(400);
    const l = (await a.cadre.get('/api/attendance/ledger?month=2026-02')).json();
    expect(l.days.find((d: { date: string }) => d.date === '2026-02-22')).toMatchObject({
      status: 'in_village_rest_day',
      source: `rest_day_stay:${first.json().stay.id}`,
    });
    expect(l.summary.daysInVillage).toBe(l.summary.workingDays + 1);
  });

  it('the summary adds up the month per cadre with totals, by region, and exports the sheet', async () => {
    const a = await stationed();
    const trip = await a.cadre.post('/api/official-trips', {
      assignmentId: a.assignmentId,
      kind: 'training',
      startOn: '2026-02-02',
      endOn: '2026-02-03',
      destination: '省委党校',
      purpose: '驻村干部培训',
    });
    expect(trip.statusCode, trip.body).toBe(201);
    const county6 = a.village.slice(0, 6);
    const res = await county.get(`/api/attendance/summary?region=${county6}&month=2026-02`);
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().rows.find((r: { assignmentId: string }) => r.assignmentId === a.assignmentId);
    expect(row).toMatchObject({
      cadreId: a.cadreId,
      trainingDays: 2,
      daysInVillage: row.workingDays,
      leaveDays: 0,
      absentDays: 0,
    });
    expect(res.json().totals.cadres).toBeGreaterThanOrEqual(1);
    expect(res.json().byRegion.map((g: { regionCode: string }) => g.regionCode)).toContain(
      a.village.slice(0, 9),
    );
    const xlsx = await county.get(`/api/attendance/summary.xlsx?region=${county6}&month=2026-02`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const other = await t.user({ roles: ['township'], regions: ['520122100'] });
    expect((await other.get(`/api/attendance/summary?region=${county6}&month=2026-02`)).statusCode).toBe(404);
    expect((await other.get(`/api/attendance/ledger?cadreId=${a.cadreId}&month=2026-02`)).statusCode).toBe(
      404,
    );
  });

  it("today's board counts by status with a breakdown by the next region level", async () => {
    const a = await stationed();
    const l = (
      await a.cadre.post('/api/leave-requests', {
        assignmentId: a.assignmentId,
        kind: 'personal',
        startOn: '2026-03-02',
        endOn: '2026-03-02',
        reason: '办事',
      })
    ).json().leaveRequest;
    const before = (await a.town.get(`/api/attendance/today?region=${a.village.slice(0, 9)}`)).json();
    await a.town.post(`/api/leave-requests/${l.id}/approve`, {});
    const res = await a.town.get(`/api/attendance/today?region=${a.village.slice(0, 9)}`);
    expect(res.statusCode, res.body).toBe(200);
    const j = res.json();
    expect(j).toMatchObject({ date: '2026-03-02', dayKind: 'working' });
    expect(j.counts.leave).toBe(before.counts.leave + 1);
    expect(j.counts.in_village).toBe(before.counts.in_village - 1);
    expect(j.breakdown.find((b: { regionCode: string }) => b.regionCode === a.village)).toMatchObject({
      leave: 1,
    });
  });
});

describe('a province’s and a city’s summary from the county rollups (issue 10 Scale)', () => {
  const figures = (x: Record<string, unknown>) => {
    const { regionCode: _c, regionName: _n, ...f } = x;
    return f;
  };
  it('adds up to what the county’s own rows give, and follows a write at once', async () => {
    const a = await stationed();
    const province = await t.user({ roles: ['org_admin'], regions: ['52'] });
    const county6 = a.village.slice(0, 6);
    const city = a.village.slice(0, 4);
    const both = async () => {
      const byCity = await province.get(`/api/attendance/summary?region=${city}&month=2026-02`);
      const own = await county.get(`/api/attendance/summary?region=${county6}&month=2026-02`);
      expect(byCity.statusCode, byCity.body).toBe(200);
      const group = byCity.json().byRegion.find((g: { regionCode: string }) => g.regionCode === county6);
      expect(figures(group)).toEqual(own.json().totals);
      return own.json().totals;
    };
    const before = await both();
    expect(before.cadres).toBeGreaterThanOrEqual(1);
    const trip = await a.cadre.post('/api/official-trips', {
      assignmentId: a.assignmentId,
      kind: 'training',
      startOn: '2026-02-09',
      endOn: '2026-02-10',
      destination: '县委党校',
      purpose: '培训',
    });
    expect(trip.statusCode, trip.body).toBe(201);
    const after = await both();
    expect(after.trainingDays).toBe(before.trainingDays + 2);
    const whole = await province.get('/api/attendance/summary?region=52&month=2026-02');
    expect(
      whole.json().byRegion.find((g: { regionCode: string }) => g.regionCode === city).trainingDays,
    ).toBe(
      (await province.get(`/api/attendance/summary?region=${city}&month=2026-02`)).json().totals.trainingDays,
    );
    // A new assignment's month counts as soon as it is made: its county's rollup is marked by a trigger.
    const cityTotal = async () =>
      (await province.get(`/api/attendance/summary?region=${city}&month=2026-02`)).json().total as number;
    const n = await cityTotal();
    const b = await stationed();
    expect(b.village.slice(0, 4)).toBe(city);
    expect(await cityTotal()).toBe(n + 1);
    await both();
  });
});

describe('the summary of a region with no one on post', () => {
  it('answers zero totals and no rows or groups (the whole region’s row comes even from no rows)', async () => {
    const office = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    const res = await office.get('/api/attendance/summary?region=110101&month=2026-06');
    expect(res.statusCode, res.body).toBe(200);
    const j = res.json();
    expect(j.rows).toEqual([]);
    expect(j.byRegion).toEqual([]);
    expect(j.total).toBe(0);
    expect(j.totals).toMatchObject({ cadres: 0, workingDays: 0, daysInVillage: 0, meetingMinimum: 0 });
  });
});
