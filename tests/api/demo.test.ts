import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../src/domain/registry/id-number';
import { cadres, units, villageProfiles } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import { createTestApp, type TestApp, XHR } from '../support/app';

let t: TestApp;
const quiet = { info: () => {}, progress: () => {}, secret: () => {} };

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo county', () => {
  it('is skipped when ZHUCUN_DEMO=0', async () => {
    expect(await seedDemo(t.container, quiet)).toEqual([]);
    expect((await t.container.database.db.select({ n: count() }).from(cadres))[0]!.n).toBe(0);
  });

  it('seeds 开阳县 once: every village profiled, ~30 units, 300 cadres with valid ID numbers, an account per role', async () => {
    const container = { ...t.container, config: { ...t.container.config, demo: true } };
    const secrets: string[] = [];
    const accounts = await seedDemo(container, { ...quiet, secret: (m) => secrets.push(m) });
    expect(accounts.map((a) => a.role).sort()).toEqual(
      [
        'cadre',
        'inspector',
        'leading_group',
        'org_admin',
        'township',
        'unit_committee',
        'unit_hr',
        'village_committee',
      ].sort(),
    );
    expect(secrets.join('\n')).toContain(accounts[0]!.password);
    const db = t.container.database.db;
    expect((await db.select({ n: count() }).from(villageProfiles))[0]!.n).toBe(136);
    expect((await db.select({ n: count() }).from(units))[0]!.n).toBeGreaterThanOrEqual(30);
    expect((await db.select({ n: count() }).from(cadres).where(eq(cadres.demo, true)))[0]!.n).toBe(300);
    expect(await seedDemo(container, quiet)).toEqual([]);
    expect((await db.select({ n: count() }).from(cadres))[0]!.n).toBe(300);

    const org = accounts.find((a) => a.role === 'org_admin')!;
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: org.username, password: org.password },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const get = (url: string) => t.app.inject({ url, headers: { cookie } });
    const lifted = (await get('/api/villages?region=520121&category=liftedFromPoverty')).json().total;
    const poor2019 = (await get('/api/villages?region=520121&category=registeredPoor&date=2019-06-01')).json()
      .total;
    expect(lifted).toBeGreaterThan(20);
    expect(poor2019).toBe(lifted);
    expect((await get('/api/counties/520121/flags')).json().keyAssistedCounty).toBe(true);
    // Cadres of the county's own units: the county reveals those (a cadre of an outside unit only once
    // assigned to one of its villages, issue 8).
    const list = (await get('/api/cadres?pageSize=5&region=520121')).json();
    expect(list.total).toBeGreaterThan(100);
    for (const c of list.items) {
      const reveal = await t.app.inject({
        method: 'POST',
        url: `/api/cadres/${c.id}/reveal-id`,
        headers: { ...XHR, cookie },
      });
      const parsed = parseIdNumber(reveal.json().idNumber);
      expect(parsed.ok && parsed.facts).toMatchObject({ birthDate: c.birthDate, gender: c.gender });
    }
  });
});
