import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser, XHR } from '../support/app';

let t: TestApp;
let admin: TestUser;
let county: TestUser;
const body = (over: Record<string, unknown> = {}) => ({
  username: 'sl_township',
  password: 'Shuangliu#2026',
  displayName: '双流镇党委',
  roles: ['township'],
  scope: { regions: ['520121101'], units: [] },
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'], username: 'ky_org' });
});
afterAll(() => t.close());

describe('users', () => {
  it('creates a user inside the county and never returns the password or its hash', async () => {
    const res = await county.post('/api/users', body());
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({
      id: expect.any(String),
      username: 'sl_township',
      roles: ['township'],
      scope: { regions: ['520121101'], units: [] },
    });
    expect(res.body).not.toContain('Shuangliu#2026');
    expect(res.body).not.toMatch(/scrypt|passwordHash|password_hash/);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'sl_township', password: 'Shuangliu#2026' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('refuses a county administrator creating a user outside the county, with a clear message, and writes nothing', async () => {
    const res = await county.post(
      '/api/users',
      body({ username: 'xf_township', scope: { regions: ['520122'], units: [] } }),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('超出您的管辖范围');
    expect(res.json().message).toContain('息烽县');
    const rows = await t.container.database.db.select().from(users).where(eq(users.username, 'xf_township'));
    expect(rows).toHaveLength(0);
  });

  it('refuses granting sys_admin or the whole country to a non-system administrator', async () => {
    const r1 = await county.post('/api/users', body({ username: 'xx1', roles: ['sys_admin'] }));
    expect(r1.statusCode, r1.body).toBe(403);
    expect(
      (await county.post('/api/users', body({ username: 'xx2', scope: { regions: ['*'], units: [] } })))
        .statusCode,
    ).toBe(403);
  });

  it('names each bad field: weak password, unknown region, bad role, empty scope', async () => {
    const res = await admin.post(
      '/api/users',
      body({ username: 'bad1', password: 'weak', scope: { regions: ['520199'], units: [] } }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['password', 'scope.regions.0']));
    const role = await admin.post('/api/users', body({ username: 'bad2', roles: ['mayor'] }));
    expect(role.json().details.fields[0].field).toBe('roles.0');
    const empty = await admin.post(
      '/api/users',
      body({ username: 'bad3', scope: { regions: [], units: [] } }),
    );
    expect(empty.json().details.fields[0].field).toBe('scope');
    const en = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: body({ username: 'bad4', password: 'weak' }),
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().message).toMatch(/^Invalid input/);
  });

  it('refuses a taken user name with 409 whatever its case', async () => {
    const res = await admin.post('/api/users', body({ username: 'KY_ORG' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
  });

  it('lets an administrator disable a user, who can then no longer sign in', async () => {
    const created = (await admin.post('/api/users', body({ username: 'to_disable' }))).json().user;
    const res = await county.patch(`/api/users/${created.id}`, { disabled: true });
    expect(res.json().user.disabled).toBe(true);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'to_disable', password: 'Shuangliu#2026' },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('refuses users without the administrator role (403)', async () => {
    const township = await t.user({ roles: ['township'], regions: ['520121101'] });
    expect((await township.post('/api/users', body({ username: 'nope' }))).statusCode).toBe(403);
    expect((await township.get('/api/users')).statusCode).toBe(403);
  });

  it('writes each change to the audit log without the password hash', async () => {
    const created = (await admin.post('/api/users', body({ username: 'audited' }))).json().user;
    const rows = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, created.id));
    expect(rows.map((r) => r.action)).toContain('user.create');
    expect(JSON.stringify(rows)).not.toMatch(/scrypt|Shuangliu#2026/);
  });
});
