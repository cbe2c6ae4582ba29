import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestUser, XHR } from '../support/app';

// Issue 8 finding 1: to read a user it must overlap the actor's scope; to change it (password, disable,
// scope, roles, name) its whole scope must lie inside the actor's. A county administrator of 开阳县
// (520121) must not take over an account that also covers 息烽县 (520122).

let t: TestApp;
let county: TestUser;
let national: TestUser;
let twoCounty: TestUser;
let city: TestUser;
let inside: TestUser;
let unitIn息烽: string;
let unitMixed: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  national = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  twoCounty = await t.user({ roles: ['org_admin'], regions: ['520121', '520122'], username: 'two_county' });
  city = await t.user({ roles: ['org_admin'], regions: ['5201'], username: 'city_admin' });
  inside = await t.user({ roles: ['township'], regions: ['520121101'], username: 'inside_one' });
  const unit = await national.post('/api/units', {
    name: '息烽县农业农村局',
    kind: 'county_organ',
    level: 'county',
    regionCode: '520122',
  });
  expect(unit.statusCode, unit.body).toBe(201);
  unitIn息烽 = unit.json().unit.id;
  unitMixed = await t.user({
    roles: ['unit_hr'],
    regions: ['520121101'],
    units: [unitIn息烽],
    username: 'unit_mixed',
  });
});
afterAll(() => t.close());

const signIn = (username: string, password = TEST_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/session', headers: XHR, payload: { username, password } });

describe('a county administrator and a user whose scope reaches beyond the county', () => {
  it('lists the two-county user with only the county it shares, marked as beyond and not manageable', async () => {
    const res = await county.get('/api/users?pageSize=500');
    expect(res.statusCode).toBe(200);
    const two = res.json().items.find((u: { id: string }) => u.id === twoCounty.id);
    expect(two).toMatchObject({
      scope: { regions: ['520121'], units: [] },
      scopeBeyondYours: true,
      manageable: false,
    });
    expect(JSON.stringify(res.json())).not.toContain('520122');
    const one = res.json().items.find((u: { id: string }) => u.id === inside.id);
    expect(one).toMatchObject({ scopeBeyondYours: false, manageable: true });
  });

  it('shows it by id the same way, and hides a unit located in another county', async () => {
    const res = await county.get(`/api/users/${twoCounty.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ scope: { regions: ['520121'] }, manageable: false });
    const mixed = await county.get(`/api/users/${unitMixed.id}`);
    expect(mixed.json().user).toMatchObject({
      scope: { regions: ['520121101'], units: [] },
      scopeBeyondYours: true,
      manageable: false,
    });
  });

  it('cannot reset its password, disable it, rename it, or change its roles or scope (403, nothing changed)', async () => {
    const attempts = [
      county.post(`/api/users/${twoCounty.id}/password`, { password: 'Taken#Over2026x' }),
      county.patch(`/api/users/${twoCounty.id}`, { disabled: true }),
      county.patch(`/api/users/${twoCounty.id}`, { displayName: '改名' }),
      county.patch(`/api/users/${twoCounty.id}`, { roles: ['township'] }),
      county.patch(`/api/users/${twoCounty.id}`, { scope: { regions: ['520121'], units: [] } }),
      county.post(`/api/users/${unitMixed.id}/password`, { password: 'Taken#Over2026x' }),
      county.patch(`/api/users/${unitMixed.id}`, { disabled: true }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().details).toMatchObject({ reason: 'scope_beyond_yours' });
    }
    expect((await signIn('two_county', 'Taken#Over2026x')).statusCode).toBe(401);
    expect((await signIn('two_county')).statusCode).toBe(200);
    expect((await national.get(`/api/users/${twoCounty.id}`)).json().user).toMatchObject({
      displayName: 'two_county',
      disabled: false,
      roles: ['org_admin'],
      scope: { regions: ['520121', '520122'] },
    });
  });

  it('does not see a city-level administrator at all (404), let alone change it', async () => {
    expect((await county.get(`/api/users/${city.id}`)).statusCode).toBe(404);
    expect(
      (await county.post(`/api/users/${city.id}/password`, { password: 'Taken#Over2026x' })).statusCode,
    ).toBe(404);
  });

  it('still manages a user wholly inside the county', async () => {
    const res = await county.patch(`/api/users/${inside.id}`, { displayName: '双流镇干事' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ displayName: '双流镇干事', manageable: true });
    expect(
      (await county.post(`/api/users/${inside.id}/password`, { password: 'Fresh#Start2026x' })).statusCode,
    ).toBe(204);
  });

  it('lets an administrator covering the whole scope change it', async () => {
    const res = await city.patch(`/api/users/${twoCounty.id}`, { displayName: '两县管理员' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user).toMatchObject({ scope: { regions: ['520121', '520122'] }, manageable: true });
  });

  it('never shows the other county of such a user in the audit log read by the county', async () => {
    // The record of creating the two-county user through the API, by the national administrator.
    const created = await national.post('/api/users', {
      username: 'two_county_b',
      password: 'Two#Counties2026',
      displayName: '两县b',
      roles: ['org_admin'],
      scope: { regions: ['520121', '520122'], units: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await county.get('/api/audit?pageSize=500&entityType=user');
    expect(res.statusCode).toBe(200);
    const about = res.json().items.filter((r: { entityId: string }) => r.entityId === created.json().user.id);
    expect(about.length).toBeGreaterThan(0);
    expect(JSON.stringify(about)).not.toContain('520122');
    expect(about[0].after.scope).toMatchObject({ regions: ['520121'], beyondYours: true });
    // The national administrator sees it whole.
    const whole = await national.get(`/api/audit?pageSize=500&entityId=${created.json().user.id}`);
    expect(JSON.stringify(whole.json())).toContain('520122');
  });

  it('leaves no trace of a refused takeover in the user table', async () => {
    const { rows } = (await t.container.database.db.execute(
      sql`select display_name, disabled from users where username = 'two_county'`,
    )) as unknown as { rows: { display_name: string; disabled: boolean }[] };
    expect(rows[0]).toMatchObject({ disabled: false });
  });
});
