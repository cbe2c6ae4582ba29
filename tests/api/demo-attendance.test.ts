import { and, count, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, todayInShanghai } from '../../src/domain/time';
import { assignments, auditLog, leaveRequests, officialTrips } from '../../src/server/db/schema';
import type { DemoAccount } from '../../src/server/demo/seed';
import { createTestApp, XHR } from '../support/app';

// Issue 10 item 9: the demo county's year of attendance, seeded through the services, and what each demo
// account should find waiting. Seeded on two dates: a Monday in March and the first working Monday of a year
// (the year's cumulative leave then lies in the year before).

async function seeded(at: string) {
  const t = await createTestApp({ demoAt: at });
  const accounts = t.demoAccounts;
  const signIn = async (username: string) => {
    const a = accounts.find((x) => x.username === username) as DemoAccount;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: a.username, password: a.password },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    return async (url: string) => {
      const r = await t.app.inject({ url, headers: { cookie } });
      expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
      return r.json();
    };
  };
  return { t, signIn, today: todayInShanghai(t.clock.now()) };
}

type Leave = {
  id: string;
  status: string;
  villageCode: string;
  startOn: string;
  endOn: string;
  workingDays: number;
  approver: string;
  overdue: boolean;
  overdueWorkingDays: number;
  returnedOn: string | null;
  allowedSteps: string[];
};

async function allLeave(get: (url: string) => Promise<{ items: Leave[]; total: number }>, query: string) {
  const out: Leave[] = [];
  for (let page = 1; ; page++) {
    const r = await get(`/api/leave-requests?${query}&pageSize=500&page=${page}`);
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) return out;
  }
}

for (const at of ['2026-03-02T02:00:00Z', '2027-01-04T02:00:00Z']) {
  describe(`the demo county's attendance, seeded on ${at.slice(0, 10)}`, () => {
    let s: Awaited<ReturnType<typeof seeded>>;
    beforeAll(async () => {
      s = await seeded(at);
    }, 300_000);
    afterAll(() => s.t.close());

    it('gives every assignment on post in the last twelve months a record of its own, through the services (audited)', async () => {
      const db = s.t.container.database.db;
      const from = addDays(addYears(s.today, -1), 1);
      const posts = await db
        .select()
        .from(assignments)
        .where(
          and(
            lte(assignments.startOn, addDays(s.today, -60)),
            or(isNull(assignments.endOn), gte(assignments.endOn, addDays(from, 60))),
          ),
        );
      expect(posts.length).toBeGreaterThan(100);
      const withLeave = new Set(
        (await db.select({ a: leaveRequests.assignmentId }).from(leaveRequests)).map((r) => r.a),
      );
      const withTrip = new Set(
        (await db.select({ a: officialTrips.assignmentId }).from(officialTrips)).map((r) => r.a),
      );
      expect(
        posts.filter((p) => !withLeave.has(p.id) && !withTrip.has(p.id)).map((p) => p.villageCode),
      ).toEqual([]);
      const audited = async (action: string) =>
        (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, action)))[0]!.n;
      const leaves = (await db.select({ n: count() }).from(leaveRequests))[0]!.n;
      expect(await audited('leave.request')).toBe(leaves);
      expect(await audited('leave.approve')).toBeGreaterThan(leaves / 2);
      expect(await audited('leave.return')).toBeGreaterThan(leaves / 2);
      expect(await audited('trip.report')).toBeGreaterThan(50);
      expect(await audited('verification.record')).toBeGreaterThan(30);
    });

    it('shows demo_township an overdue return and a leave waiting for its approval; every other past approved leave is returned', async () => {
      const get = await s.signIn('demo_township');
      const overdue = await allLeave(get, 'overdue=true');
      expect(overdue.length).toBeGreaterThanOrEqual(1);
      for (const l of overdue) {
        expect(l.villageCode.startsWith('520121101')).toBe(true);
        expect(l.status).toBe('approved');
        expect(l.returnedOn).toBeNull();
        expect(l.overdueWorkingDays).toBeGreaterThan(0);
      }
      const pending = (await allLeave(get, 'status=pending')).filter((l) =>
        l.allowedSteps.includes('approve'),
      );
      expect(pending.length).toBeGreaterThanOrEqual(1);
      expect(pending[0]).toMatchObject({ approver: 'township' });
      expect(pending[0]!.villageCode.startsWith('520121101')).toBe(true);

      const org = await s.signIn('demo_org');
      const approved = await allLeave(org, 'status=approved&region=520121');
      // Leave ended before today and not returned: only the overdue one(s) of the demo township.
      expect(
        approved
          .filter((l) => l.endOn < s.today)
          .map((l) => l.id)
          .sort(),
      ).toEqual(overdue.map((l) => l.id).sort());
      const returned = await allLeave(org, 'status=returned&region=520121');
      expect(returned.length).toBeGreaterThan(50);
      expect(returned.some((l) => l.returnedOn! <= l.endOn)).toBe(true); // some came back early
      expect((await allLeave(org, 'status=rejected&region=520121')).length).toBeGreaterThan(0);
      expect((await allLeave(org, 'status=cancelled&region=520121')).length).toBeGreaterThan(0);
      expect(returned.some((l) => l.approver === 'county')).toBe(true);
    });

    it('shows demo_org a leave of four working days or more waiting for the county, with the township opinion given', async () => {
      const get = await s.signIn('demo_org');
      const waiting = (await allLeave(get, 'status=pending_county')).filter((l) =>
        l.allowedSteps.includes('approve'),
      );
      expect(waiting.length).toBeGreaterThanOrEqual(1);
      expect(waiting[0]!.workingDays).toBeGreaterThanOrEqual(4);
      expect(waiting[0]!.approver).toBe('county');
    });

    it('shows demo_cadre leave, an official trip and rest-day stays in its own month (this month or the last)', async () => {
      const get = await s.signIn('demo_cadre');
      const statuses = new Set<string>();
      for (const month of [addMonths(s.today, -1), s.today].map((d) => d.slice(0, 7))) {
        const ledger = await get(`/api/attendance/ledger?month=${month}`);
        for (const d of ledger.days as { status: string }[]) statuses.add(d.status);
      }
      expect(statuses.has('leave')).toBe(true);
      expect(statuses.has('official_trip')).toBe(true);
      expect(statuses.has('in_village_rest_day')).toBe(true);
    });

    it('tells the leading group to review a recall for a cadre past 30 days of leave in a year (P17.5.3-recall)', async () => {
      const get = await s.signIn('demo_leading');
      const alerts = await get('/api/attendance/alerts?kind=recall_review&pageSize=50');
      expect(alerts.items.length).toBeGreaterThanOrEqual(1);
      const alert = alerts.items[0];
      expect(alert.ruleId).toBe('P17.5.3-recall');
      // The year's leave in the cadre's ledger is past the threshold (the alert's subject names the year).
      const year = String(alert.subject).split(':').at(-1)!;
      const ofYear = (await allLeave(get, `cadreId=${alert.cadreId}`)).filter((l) =>
        l.startOn.startsWith(year),
      );
      const month = ofYear.map((l) => l.startOn.slice(0, 7)).sort()[0];
      const ledger = await get(`/api/attendance/ledger?cadreId=${alert.cadreId}&month=${month}`);
      expect(ledger.cumulativeLeaveDays).toBeGreaterThan(30);
      expect(ledger.cumulativeLeaveAlertDays).toBe(30);
    });

    it('has verifications: mostly present, an absence excused, one not, one consistent with leave, and one explained awaiting demo_township', async () => {
      const get = await s.signIn('demo_org');
      const all = await get('/api/verifications?region=520121&pageSize=500');
      const items = all.items as {
        finding: string;
        outcome: string;
        consistentWith: string | null;
        dayKind: string;
      }[];
      expect(items.filter((v) => v.finding === 'present').length).toBeGreaterThan(items.length / 2);
      expect(items.some((v) => v.outcome === 'excused' && v.dayKind === 'working')).toBe(true);
      expect(items.some((v) => v.outcome === 'not_excused' && v.dayKind === 'working')).toBe(true);
      expect(items.some((v) => v.finding === 'absent' && v.consistentWith === 'leave')).toBe(true);
      const township = await s.signIn('demo_township');
      const waiting = await get('/api/verifications?region=520121101&outcome=explained');
      expect(waiting.items.length).toBeGreaterThanOrEqual(1);
      const mine = await township(`/api/verifications/${waiting.items[0].id}`);
      expect(mine.verification.allowedSteps).toContain('excuse');
    });

    it("fills the county's board for today and this month's sheet", async () => {
      const get = await s.signIn('demo_org');
      const today = await get('/api/attendance/today?region=520121');
      expect(today.counts.onPost).toBeGreaterThan(50);
      expect(today.counts.leave).toBeGreaterThanOrEqual(1);
      const sheet = await get(
        `/api/attendance/summary?region=520121&month=${addMonths(s.today, -1).slice(0, 7)}`,
      );
      expect(sheet.totals.leaveDays).toBeGreaterThan(0);
      expect(sheet.totals.tripDays + sheet.totals.trainingDays).toBeGreaterThan(0);
      expect(sheet.totals.absentDays).toBeGreaterThanOrEqual(0);
    });

    it('has settings from a past date with their notes and a local day, through the settings and calendar services', async () => {
      const get = await s.signIn('demo_org');
      const effective = await get(`/api/settings/effective?region=520121&date=${s.today}`);
      const byKey = new Map(
        (
          effective.parameters as {
            key: string;
            value: unknown;
            sourceRegion: string;
            effectiveFrom: string;
          }[]
        ).map((p) => [p.key, p]),
      );
      expect(byKey.get('checkInRetentionDays')).toMatchObject({ value: 90, sourceRegion: '52' });
      expect(byKey.get('checkInRadiusMetres')).toMatchObject({ value: 1000, sourceRegion: '520121' });
      expect(byKey.get('checkInRetentionDays')!.effectiveFrom < s.today).toBe(true);
      const days = await get('/api/calendar/local-days?region=520121');
      expect(days.items.length).toBe(1);
      expect(days.items[0].note).toContain('演示');
    });
  });
}
