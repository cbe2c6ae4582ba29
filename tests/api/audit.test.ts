import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ roles: ['sys_admin'] });
  const county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  for (const name of ['a_one', 'a_two', 'a_three']) {
    await county.post('/api/users', {
      username: name,
      password: 'Audit#Pass2026',
      displayName: name,
      roles: ['township'],
      scope: { regions: ['520121101'], units: [] },
    });
  }
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records sign-ins and changes, newest first, each carrying a hash', async () => {
    const res = await admin.get('/api/audit?pageSize=50');
    const actions = res.json().items.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['session.sign_in', 'user.create']));
    expect(res.json().items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies the chain as intact, then finds the record changed behind its back', async () => {
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
    const db = t.container.database.db;
    const { rows } = (await db.execute(
      sql`select id from audit_log where action = 'user.create' order by id limit 1`,
    )) as unknown as { rows: { id: number | string }[] };
    const [row] = rows;
    await db.execute(sql`update audit_log set actor_name = 'mallory' where id = ${Number(row!.id)}`);
    const verdict = (await admin.get('/api/audit/verify')).json();
    expect(verdict).toMatchObject({ intact: false, brokenAt: Number(row!.id), reason: 'hash' });
  });

  it('finds a deleted record by the broken link of the next one', async () => {
    const db = t.container.database.db;
    await db.execute(sql`update audit_log set actor_name = 'admin' where actor_name = 'mallory'`);
    const { rows } = (await db.execute(sql`select max(id) - 1 as id from audit_log`)) as unknown as {
      rows: { id: number | string }[];
    };
    const [row] = rows;
    await db.execute(sql`delete from audit_log where id = ${Number(row!.id)}`);
    const verdict = (await admin.get('/api/audit/verify')).json();
    expect(verdict.intact).toBe(false);
  });
});

describe('audit chain across real changes', () => {
  it('stays intact after changes whose records hold dates and nested rows (needs, nominations)', async () => {
    const t2 = await createTestApp();
    try {
      const admin2 = await t2.user({ roles: ['sys_admin'] });
      const res = await admin2.post('/api/village-needs', {
        villageCode: '520121101204',
        firstSecretary: true,
        members: 2,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect((await admin2.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
    } finally {
      await t2.close();
    }
  });
});
