import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp, XHR } from '../support/app';

// Issue 8 finding 2: the session and CSRF checks follow the route the router matched, never the raw
// URL, and fail closed. Every route is private unless declared public.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A concrete path for a route pattern: parameters filled with plausible values. */
const concrete = (pattern: string) =>
  pattern
    .replace(/:code/g, '520121')
    .replace(/:id/g, '00000000-0000-4000-8000-000000000000')
    .replace(/:[A-Za-z]+/g, 'x')
    .replace(/\*/g, '');

/** The ways an attacker spells the same path so that a prefix check on the raw URL misses it. */
const disguises = (path: string) => [
  path,
  path.replace('/api/', '/%61pi/'),
  path.replace('/api/', '/ap%69/'),
  path.replace('/api/', '/%61%70%69/'),
  `/${path}`,
];

// The routes declared public, each on purpose: the phone's sign-in (issue 11) and the villagers' survey by a
// one-time code (issue 13, no account by design) besides the desktop's sign-in.
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/session',
  'POST /api/session/device',
  'GET /api/survey/:code',
  'POST /api/survey/:code',
]);

describe('the auth gate', () => {
  it('answers 401 to every private route, however its path is spelled, without a session', async () => {
    const failures: string[] = [];
    const routes = t.app.routeTable.filter((r) => !PUBLIC.has(r) && !r.includes('/api/docs'));
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) {
      const [method, pattern] = route.split(' ') as [string, string];
      for (const url of disguises(concrete(pattern))) {
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          headers: XHR,
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        // 404 only where the router matched nothing at all (e.g. a doubled slash): no handler ran.
        if (![401, 404].includes(res.statusCode)) failures.push(`${method} ${url} → ${res.statusCode}`);
        if (res.statusCode === 404) expect(res.json().code, `${method} ${url}`).toBe('NOT_FOUND');
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a sign-in without the CSRF header however the path is spelled (403, no cookie set)', async () => {
    const admin = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    for (const url of ['/api/session', '/%61pi/session', '/ap%69/session']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        payload: { username: admin.username, password: TEST_PASSWORD },
      });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code).toBe('CSRF');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('applies the session check to encoded paths for a signed-in user too: scope holds as usual', async () => {
    const admin = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    const res = await admin.get('/%61pi/audit/verify');
    expect(res.statusCode).toBe(403);
    const list = await admin.get('/ap%69/users');
    expect(list.statusCode).toBe(200);
  });

  it('keeps the API documentation and health public', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('answers 404, not 500, for a path that climbs out of the documentation', async () => {
    for (const url of ['/api/docs/../users', '/api/docs/%2e%2e/users', '/api/docs/static/../../users']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect([401, 404], url).toContain(res.statusCode);
    }
  });
});
