import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdNumber } from '../../src/domain/registry/id-number';
import { fullTermEnd } from '../../src/domain/tenure';
import { addYears, type IsoDate } from '../../src/domain/time';
import {
  assignments,
  cadres,
  units,
  villageCategoryPeriods,
  villageNeeds,
  villageProfiles,
} from '../../src/server/db/schema';
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

    const org = accounts.find((a) => a.username === 'demo_org')!;
    // The province's organisation department sets the provincial parameters (issue 10 item 1).
    expect(accounts.find((a) => a.username === 'demo_province')).toMatchObject({
      role: 'org_admin',
      scope: '52',
    });
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
    // The whole demo from nothing: minutes on PGlite on a busy machine.
  }, 900_000);

  it('has no oddities: first secretaries were full party members a year before their first day, no two members of a team share a name, no rule ids in need reasons, terms end the day before the anniversary (clerk finding 8, P21.3-fs-party, P21.5-term)', async () => {
    const db = t.container.database.db;
    const terms = await db
      .select({
        teamId: assignments.teamId,
        teamRole: assignments.teamRole,
        startOn: assignments.startOn,
        plannedEndOn: assignments.plannedEndOn,
        name: cadres.name,
        partyFullOn: cadres.partyFullOn,
      })
      .from(assignments)
      .innerJoin(cadres, eq(cadres.id, assignments.cadreId));
    expect(terms.length).toBeGreaterThan(50);
    for (const a of terms.filter((x) => x.teamRole === 'first_secretary')) {
      expect(a.partyFullOn, `${a.name} ${a.startOn}`).not.toBeNull();
      expect(addYears(a.partyFullOn as IsoDate, 1) <= a.startOn, `${a.name} ${a.startOn}`).toBe(true);
    }
    const byTeam = new Map<string, string[]>();
    for (const a of terms) byTeam.set(a.teamId, [...(byTeam.get(a.teamId) ?? []), a.name]);
    for (const names of byTeam.values()) expect(new Set(names).size).toBe(names.length);
    expect(terms.filter((a) => a.plannedEndOn === addYears(a.startOn as IsoDate, 2))).toEqual([]);
    expect(terms.some((a) => a.plannedEndOn === fullTermEnd(a.startOn as IsoDate))).toBe(true);
    const reasons = await db
      .select({ reason: villageNeeds.reason, basis: villageNeeds.basis })
      .from(villageNeeds);
    expect(reasons.length).toBeGreaterThan(0);
    for (const n of reasons) expect(n.reason ?? '').not.toMatch(/P1[0-9]\.|P2[0-9]\.|[A-Z]\d+-/);
    expect(reasons.filter((n) => (n.basis as unknown[]).length > 0).length).toBeGreaterThan(0);
    // a light consolidation task belongs to a lifted village (P21.2-reduce)
    const periods = await db
      .select({ code: villageCategoryPeriods.villageCode, category: villageCategoryPeriods.category })
      .from(villageCategoryPeriods);
    const lifted = new Set(periods.filter((p) => p.category === 'liftedFromPoverty').map((p) => p.code));
    const light = periods.filter((p) => p.category === 'lightConsolidation').map((p) => p.code);
    expect(light.length).toBeGreaterThan(0);
    expect(light.filter((c) => !lifted.has(c))).toEqual([]);
  });
});
