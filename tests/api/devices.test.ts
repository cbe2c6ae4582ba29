import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, deviceSessions } from '../../src/server/db/schema';
import { as, cookieFrom, createTestApp, type TestApp, type TestUser, XHR } from '../support/app';
import { selectionFactory, villagePool } from '../support/selection-factory';

// The phone app's device session (issue 11 item 1; X26-apps art. 6: no forced regular log-ins): a cadre's own
// account signed in on /m/ stays signed in for deviceSessionDays of the settings, without the desktop's
// 30-minute idle rule; the cadre and the county's user administrators sign a device out; both are audited.

let t: TestApp;
let county: TestUser;
let province: TestUser;
let cadreUserId: string;
const USERNAME = 'phone_cadre';
const PASSWORD = 'Village#Phone2026';
const DAY = 86_400_000;

const deviceSignIn = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/session/device',
    headers: { ...XHR, 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile', ...headers },
    payload,
  });
const desktopSignIn = () =>
  t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { username: USERNAME, password: PASSWORD },
  });
const sessionOf = (cookie: string) => as(t.app, cookie).get('/api/session');
const audits = (action: string) =>
  t.container.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, cadreUserId)));

beforeAll(async () => {
  t = await createTestApp();
  const f = selectionFactory(t);
  const village = (await villagePool(t))();
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  province = await t.user({ roles: ['org_admin'], regions: ['52'] });
  const d = await f.decided(village, { need: { firstSecretary: true, members: 0 } });
  const placed = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn: '2026-01-05',
    plannedEndOn: '2028-01-04',
  });
  expect(placed.statusCode, placed.body).toBe(201);
  const created = await county.post('/api/users', {
    username: USERNAME,
    password: PASSWORD,
    displayName: '手机书记',
    roles: ['cadre'],
    cadreId: d.cadreId,
  });
  expect(created.statusCode, created.body).toBe(201);
  cadreUserId = created.json().user.id;
});
afterAll(() => t?.close());

describe('signing in on the phone app (POST /api/session/device)', () => {
  it('keeps a cadre signed in for the national default of 30 days, past the 30-minute idle rule that still ends a desktop session', async () => {
    const start = t.clock.now();
    const res = await deviceSignIn({ username: USERNAME, password: PASSWORD, deviceName: '我的红米' });
    expect(res.statusCode, res.body).toBe(200);
    const info = res.json();
    expect(info.device).toMatchObject({ name: '我的红米' });
    expect(Date.parse(info.device.expiresAt) - start.getTime()).toBe(30 * DAY);
    // The cookie outlives the browser's session: Max-Age of the 30 days.
    expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=2592000/);
    const phone = cookieFrom(res);
    const desk = cookieFrom(await desktopSignIn());

    t.clock.advance(45 * 60_000);
    expect((await sessionOf(desk)).statusCode, 'the desktop idles out after 30 minutes').toBe(401);
    const still = await sessionOf(phone);
    expect(still.statusCode, 'the phone stays signed in').toBe(200);
    expect(still.json().device.name).toBe('我的红米');

    t.clock.advance(29 * DAY);
    expect((await sessionOf(phone)).statusCode, 'a month of quiet is allowed').toBe(200);
    t.clock.advance(DAY);
    expect((await sessionOf(phone)).statusCode, 'after 30 days it ends').toBe(401);
    t.clock.set(start);

    const [signedIn] = await audits('session.device_sign_in');
    expect(signedIn?.after).toMatchObject({ deviceName: '我的红米', days: 30, ruleId: 'X26-apps' });
  });

  it('takes the period from the settings in force for the cadre’s village on the day of sign-in (deviceSessionDays)', async () => {
    const set = await province.put('/api/settings/52/deviceSessionDays', {
      value: 14,
      effectiveFrom: '2026-03-03',
      note: '省里规定两周',
    });
    expect(set.statusCode, set.body).toBe(200);
    const before = await deviceSignIn({ username: USERNAME, password: PASSWORD });
    expect(before.statusCode, before.body).toBe(200);
    expect(Date.parse(before.json().device.expiresAt) - t.clock.now().getTime()).toBe(30 * DAY);
    // No name given: the browser is described.
    expect(before.json().device.name).toBe('Android · Chrome');

    t.clock.advance(DAY);
    const after = await deviceSignIn({ username: USERNAME, password: PASSWORD, deviceName: '备用机' });
    expect(Date.parse(after.json().device.expiresAt) - t.clock.now().getTime()).toBe(14 * DAY);
    // Office sessions idle out as the clock moves: a fresh one.
    province = await t.user({ roles: ['org_admin'], regions: ['52'] });
    const bad = await province.put('/api/settings/52/deviceSessionDays', {
      value: 0,
      effectiveFrom: '2026-04-01',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses office roles (403, audited, no session): they keep the desktop’s idle rule; a wrong password is 401 as anywhere', async () => {
    const officeName = (await t.user({ roles: ['township'], regions: ['520121101'], username: 'desk_only' }))
      .username;
    const res = await deviceSignIn({ username: officeName, password: 'Zhucun#Test2026' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().message).toContain('手机应用只供驻村干部');
    expect(res.headers['set-cookie']).toBeUndefined();
    const en = await deviceSignIn(
      { username: officeName, password: 'Zhucun#Test2026' },
      { 'accept-language': 'en' },
    );
    expect(en.json().message).toContain('Only a cadre');
    expect((await deviceSignIn({ username: USERNAME, password: 'Wrong#Pass2026' })).statusCode).toBe(401);
    expect((await deviceSignIn({ username: USERNAME })).statusCode).toBe(400);
  });
});

describe('my devices, and the county signing one out', () => {
  let phone: string;
  let phoneId: string;
  let spareId: string;
  beforeAll(async () => {
    county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    const a = await deviceSignIn({ username: USERNAME, password: PASSWORD, deviceName: '工作手机' });
    phone = cookieFrom(a);
    phoneId = a.json().device.id;
    const b = await deviceSignIn({ username: USERNAME, password: PASSWORD, deviceName: '旧手机' });
    spareId = b.json().device.id;
  });

  it('lists the cadre’s own devices, the current one marked; an office user lists its own (none)', async () => {
    const mine = await as(t.app, phone).get('/api/devices');
    expect(mine.statusCode, mine.body).toBe(200);
    const items = mine.json().items as { id: string; name: string; current: boolean }[];
    expect(items.map((i) => i.name)).toEqual(expect.arrayContaining(['工作手机', '旧手机']));
    expect(items.find((i) => i.id === phoneId)?.current).toBe(true);
    expect(items.find((i) => i.id === spareId)?.current).toBe(false);
    expect((await county.get('/api/devices')).json().total).toBe(0);
  });

  it('the cadre signs out an old phone: that phone is signed out at once, audited as by the cadre', async () => {
    const res = await as(t.app, phone).delete(`/api/devices/${spareId}`);
    expect(res.statusCode, res.body).toBe(204);
    const rows = await t.container.database.db
      .select()
      .from(deviceSessions)
      .where(eq(deviceSessions.id, spareId));
    expect(rows).toHaveLength(0);
    const revoked = (await audits('session.device_revoked')).find(
      (r) => (r.after as { deviceId?: string }).deviceId === spareId,
    );
    expect(revoked?.after).toMatchObject({ by: 'self', deviceName: '旧手机' });
    expect((await as(t.app, phone).delete(`/api/devices/${spareId}`)).statusCode).toBe(404);
  });

  it('the county organisation department sees the cadre’s devices and signs one out; outside its scope 404, without the capability 403', async () => {
    const seen = await county.get(`/api/devices?userId=${cadreUserId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect((seen.json().items as { id: string }[]).map((i) => i.id)).toContain(phoneId);

    const elsewhere = await t.user({ roles: ['org_admin'], regions: ['110101'] });
    expect((await elsewhere.get(`/api/devices?userId=${cadreUserId}`)).statusCode).toBe(404);
    expect((await elsewhere.delete(`/api/devices/${phoneId}`)).statusCode).toBe(404);
    const township = await t.user({ roles: ['township'], regions: ['520121101'] });
    expect((await township.get(`/api/devices?userId=${cadreUserId}`)).statusCode).toBe(403);
    expect((await township.delete(`/api/devices/${phoneId}`)).statusCode).toBe(404);
    expect((await sessionOf(phone)).statusCode, 'refusals changed nothing').toBe(200);

    const res = await county.delete(`/api/devices/${phoneId}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await sessionOf(phone)).statusCode, 'the phone is signed out').toBe(401);
    const revoked = (await audits('session.device_revoked')).find(
      (r) => (r.after as { deviceId?: string }).deviceId === phoneId,
    );
    expect(revoked?.after).toMatchObject({ by: 'administrator', deviceName: '工作手机', ruleId: 'X26-apps' });
  });

  it('signing out on the phone itself (DELETE /api/session) ends its device session too', async () => {
    const a = await deviceSignIn({ username: USERNAME, password: PASSWORD, deviceName: '第三台' });
    const cookie = cookieFrom(a);
    expect((await as(t.app, cookie).delete('/api/session')).statusCode).toBe(204);
    const rows = await t.container.database.db
      .select()
      .from(deviceSessions)
      .where(eq(deviceSessions.id, a.json().device.id));
    expect(rows).toHaveLength(0);
  });
});
