import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineMetres } from '../../src/domain/checkins';
import { auditLog, checkIns, villageProfiles } from '../../src/server/db/schema';
import type { CheckInSettings } from '../../src/server/modules/check-ins/check-ins.service';
import { CHECK_IN_NOTICE_VERSION } from '../../src/shared/contracts/check-ins';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { selectionFactory, villagePool } from '../support/selection-factory';

// Optional evidence check-ins (issue 10 item 8): off unless switched on, never required or counted
// (X23-fingertip, X26-apps art. 6); a purpose notice first and township/county readers only (PIPL-28).

let t: TestApp;
let cadre: TestUser;
let otherCadreId: string;
let county: TestUser;
let village: string;
let assignmentId: string;
const settings: CheckInSettings = {
  checkInEnabled: false,
  checkInRadiusMetres: 1000,
  checkInRetentionDays: 90,
};
const centre = { lat: 27.05, lng: 106.97 };
const perDegree = haversineMetres({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
const north = (m: number) => ({ lat: centre.lat + m / perDegree, lng: centre.lng });

const body = (over: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  deviceTime: t.clock.now().toISOString(),
  lat: centre.lat,
  lng: centre.lng,
  accuracy: 15,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const f = selectionFactory(t);
  const next = await villagePool(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const place = async (code: string) => {
    const d = await f.decided(code, { need: { firstSecretary: true, members: 0 } });
    const res = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-01-05',
      plannedEndOn: '2028-01-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { cadreId: d.cadreId, assignmentId: res.json().assignment.id as string };
  };
  village = next();
  const mine = await place(village);
  assignmentId = mine.assignmentId;
  const other = await place(next());
  await t.container.database.db
    .insert(villageProfiles)
    .values({
      villageCode: village,
      provinceCode: village.slice(0, 2),
      cityCode: village.slice(0, 4),
      countyCode: village.slice(0, 6),
      townshipCode: village.slice(0, 9),
      ...centre,
    })
    .onConflictDoUpdate({ target: villageProfiles.villageCode, set: centre });
  cadre = await t.user({ roles: ['cadre'], regions: [village], cadreId: mine.cadreId });
  otherCadreId = other.cadreId;
  t.container.services.checkIns.useSettings(async () => settings);
});
afterAll(() => t?.close());

describe('check-ins are off unless switched on (X23-fingertip, X26-apps art. 6)', () => {
  it('answers 409 FEATURE_OFF in both languages while the province or county has not switched them on', async () => {
    const res = await cadre.post('/api/check-ins', body());
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('FEATURE_OFF');
    expect(res.json().message).toContain('未开启签到');
    const en = await cadre.post('/api/check-ins', body(), { 'accept-language': 'en' });
    expect(en.json().message).toContain('not switched on');
    expect((await cadre.get('/api/check-ins/notice')).json().enabled).toBe(false);
  });
});

describe('the purpose notice comes first (PIPL-28)', () => {
  it('refuses a check-in before the notice is acknowledged, naming the notice; the acknowledgement is kept with its time and version and audited once', async () => {
    settings.checkInEnabled = true;
    const before = await cadre.post('/api/check-ins', body());
    expect(before.statusCode, before.body).toBe(409);
    expect(before.json().details.reason).toBe('notice_required');
    expect(before.json().message).toContain('用途告知');
    const stale = await cadre.post('/api/check-ins/notice', { version: 'old' });
    expect(stale.statusCode).toBe(400);
    const ack = await cadre.post('/api/check-ins/notice', { version: CHECK_IN_NOTICE_VERSION });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ version: CHECK_IN_NOTICE_VERSION, enabled: true, retentionDays: 90 });
    expect(ack.json().acknowledgedAt).toBe(t.clock.now().toISOString());
    await cadre.post('/api/check-ins/notice', { version: CHECK_IN_NOTICE_VERSION });
    const audited = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'checkin.notice_acknowledge'));
    expect(audited).toHaveLength(1);
  });
});

describe('a check-in (issue 10 item 8)', () => {
  it('stores server and device time, the position with accuracy and no flag for a plausible check-in; the same clientId again answers 200 with the same record', async () => {
    const b = body();
    const first = await cadre.post('/api/check-ins', b);
    expect(first.statusCode, first.body).toBe(201);
    const c = first.json().checkIn;
    expect(c).toMatchObject({
      assignmentId,
      villageCode: village,
      flags: [],
      distanceMetres: 0,
      radiusMetres: 1000,
    });
    expect(c.serverTime).toBe(t.clock.now().toISOString());
    const again = await cadre.post('/api/check-ins', { ...b, lat: 0, lng: 0 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().checkIn).toEqual(c);
    const audit = await t.container.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.entityId, c.id));
    expect(audit).toHaveLength(1);
    // The audit log is kept for good; the position only for the retention period.
    expect(JSON.stringify(audit[0]!.after)).not.toContain(String(centre.lat));
  });

  it('keeps one record for concurrent duplicates of one clientId (unique index, on conflict)', async () => {
    const b = body();
    const answers = await Promise.all(Array.from({ length: 6 }, () => cadre.post('/api/check-ins', b)));
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(
      statuses.filter((s) => s === 201),
      statuses.join(),
    ).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(new Set(answers.map((r) => r.json().checkIn.id)).size).toBe(1);
    const rows = await t.container.database.db
      .select()
      .from(checkIns)
      .where(eq(checkIns.clientId, b.clientId));
    expect(rows).toHaveLength(1);
  });

  it('flags outside_radius past 1,000 m (not at 999 m), low_accuracy past 200 m, clock_skew past 10 minutes, and no_fix without a position — and still records them', async () => {
    // Sessions idle out after 30 minutes: the clock moves in smaller steps.
    t.clock.advance(1_200_000);
    const at999 = await cadre.post('/api/check-ins', body({ ...north(999) }));
    expect(at999.json().checkIn.flags).toEqual([]);
    t.clock.advance(600_000);
    const far = await cadre.post(
      '/api/check-ins',
      body({
        ...north(1001),
        accuracy: 201,
        deviceTime: new Date(t.clock.now().getTime() - 601_000).toISOString(),
      }),
    );
    expect(far.statusCode, far.body).toBe(201);
    expect(far.json().checkIn.flags).toEqual(['low_accuracy', 'outside_radius', 'clock_skew']);
    const noFix = await cadre.post('/api/check-ins', body({ lat: null, lng: null, accuracy: null }));
    expect(noFix.json().checkIn).toMatchObject({ flags: ['no_fix'], lat: null, distanceMetres: null });
  });

  it('flags impossible_speed against the previous check-in (50 km in 10 minutes)', async () => {
    t.clock.advance(600_000);
    const res = await cadre.post('/api/check-ins', body({ ...north(51_000) }));
    expect(res.json().checkIn.flags).toContain('impossible_speed');
  });

  it('is only for a cadre account: a township user is refused with 403', async () => {
    const township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
    const res = await township.post('/api/check-ins', body());
    expect(res.statusCode).toBe(403);
  });
});

describe('who reads check-ins (PIPL-28: the township and county of the village only)', () => {
  it('shows them to the township and the county organisation department of the village, by assignment and date', async () => {
    // Sessions idle out on the moved clock: the readers sign in now.
    const township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
    county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    for (const reader of [township, county]) {
      const res = await reader.get(`/api/check-ins?assignmentId=${assignmentId}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().total).toBeGreaterThanOrEqual(5);
    }
    const day = await county.get(`/api/check-ins?region=${village}&from=2026-03-02&to=2026-03-02`);
    expect(day.json().total).toBeGreaterThanOrEqual(5);
    const other = await county.get(`/api/check-ins?region=${village}&from=2026-03-03&to=2026-03-04`);
    expect(other.json().total).toBe(0);
  });

  it('shows none to a province organisation department and refuses inspectors, leading groups, units and the system administrator', async () => {
    const province = await t.user({ roles: ['org_admin'], regions: ['52'] });
    expect((await province.get('/api/check-ins')).json().total).toBe(0);
    for (const role of ['inspector', 'leading_group', 'unit_hr', 'sys_admin'] as const) {
      const u = await t.user({ roles: [role], regions: ['520121'] });
      expect((await u.get('/api/check-ins')).statusCode, role).toBe(403);
    }
  });

  it('shows a cadre only their own', async () => {
    const own = await cadre.get('/api/check-ins');
    expect(own.json().total).toBeGreaterThanOrEqual(5);
    const otherCadre = await t.user({ roles: ['cadre'], regions: [village], cadreId: otherCadreId });
    const other = await otherCadre.get('/api/check-ins');
    expect(other.json().total).toBe(0);
  });
});

describe('retention (PIPL-28: kept no longer than needed)', () => {
  it('deletes check-ins older than checkInRetentionDays with an audit record of the counts, and keeps younger ones', async () => {
    const before = await t.container.database.db.select().from(checkIns);
    t.clock.advance(90 * 86_400_000 - 3 * 3_600_000);
    expect(await t.container.services.checkIns.purgeExpired()).toEqual({});
    t.clock.advance(6 * 3_600_000);
    const deleted = await t.container.services.checkIns.purgeExpired();
    expect(deleted).toEqual({ [village.slice(0, 6)]: before.length });
    expect(await t.container.database.db.select().from(checkIns)).toHaveLength(0);
    const [record] = await t.container.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'checkin.retention_delete'));
    expect(record?.after).toMatchObject({ total: before.length });
  });
});
