import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, TEST_PASSWORD, type TestApp, XHR } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('session', () => {
  it('reports health and the database kind', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DB === 'pg' ? 'postgresql' : 'pglite',
    });
  });

  it('signs in with an HttpOnly SameSite cookie and answers who is signed in', async () => {
    const u = await t.user({ roles: ['org_admin'], regions: ['520121'], username: 'ky_org_s1' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'ky_org_s1', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await u.get('/api/session');
    expect(me.json()).toMatchObject({
      username: 'ky_org_s1',
      roles: ['org_admin'],
      scope: { regions: ['520121'], units: [] },
    });
    expect(me.json().scopeNames).toEqual([{ code: '520121', name: '开阳县' }]);
  });

  it('refuses a wrong password with 401 and a Chinese message, English on request', async () => {
    await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_wrong' });
    const zh = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'insp_wrong', password: 'nope' },
    });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' });
    expect(zh.json().requestId).toEqual(expect.any(String));
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...XHR, 'accept-language': 'en' },
      payload: { username: 'insp_wrong', password: 'nope' },
    });
    expect(en.json().message).toBe('Wrong user name or password');
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'nobody_here', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('用户名或密码错误');
  });

  it('locks the account after five wrong passwords, even for the right one, until the lock expires', async () => {
    await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_lock' });
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: XHR,
        payload: { username: 'insp_lock', password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    expect((await attempt('wrong')).statusCode).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(16 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session after 30 minutes idle but not after 29', async () => {
    const u = await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_idle' });
    t.clock.advance(29 * 60_000);
    expect((await u.get('/api/session')).statusCode).toBe(200);
    t.clock.advance(30 * 60_000 + 1000);
    const res = await u.get('/api/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('signs out with 204 and the cookie no longer works', async () => {
    const u = await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_out' });
    expect((await u.delete('/api/session')).statusCode).toBe(204);
    expect((await u.get('/api/session')).statusCode).toBe(401);
  });

  it('refuses a state-changing request without X-Requested-With (CSRF) and changes nothing', async () => {
    const u = await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_csrf' });
    const res = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: u.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    expect((await u.get('/api/session')).statusCode).toBe(200);
  });

  it('answers 401 to every API route when not signed in', async () => {
    for (const url of ['/api/session', '/api/regions', '/api/regions/52', '/api/users', '/api/audit']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('changes the own password: the old one stops working, a weak one is refused with the field named', async () => {
    const u = await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_pw' });
    const weak = await u.post('/api/session/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().details.fields[0].field).toBe('newPassword');
    const wrong = await u.post('/api/session/password', {
      currentPassword: 'not-it',
      newPassword: 'Another#Pass2026',
    });
    expect(wrong.json().details.fields[0].field).toBe('currentPassword');
    expect(
      (
        await u.post('/api/session/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Another#Pass2026',
        })
      ).statusCode,
    ).toBe(204);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'insp_pw', password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'insp_pw', password: 'Another#Pass2026' },
    });
    expect(fresh.statusCode).toBe(200);
    expect(cookieFrom(fresh)).toMatch(/^zhucun_session=/);
  });

  it('refuses a common password dressed up with capitals, digits and symbols, and one holding the system name, as the new password', async () => {
    const u = await t.user({ roles: ['inspector'], regions: ['52'], username: 'insp_common' });
    for (const [newPassword, expected] of [
      ['Password2026!', 'is a common or leaked password'],
      ['P@ssw0rd', 'is a common or leaked password'],
      ['Zhucun@2026', 'must not contain the system name zhucun'],
    ] as const) {
      const res = await u.post(
        '/api/session/password',
        { currentPassword: TEST_PASSWORD, newPassword },
        { 'accept-language': 'en' },
      );
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().details.fields, newPassword).toContainEqual({
        field: 'newPassword',
        message: expect.stringContaining(expected),
      });
    }
    expect(
      (
        await u.post('/api/session/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Granite#Owl2026',
        })
      ).statusCode,
    ).toBe(204);
  });

  it('sends security headers and never a stack trace', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...XHR, 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/at .*\.ts|stack|SELECT/i);
  });
});
