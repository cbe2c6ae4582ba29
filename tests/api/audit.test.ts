import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/context';
import type { Executor } from '../../src/server/db/client';
import { createTestApp, type TestApp, type TestUser, XHR } from '../support/app';

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

/** Changes the stored log behind the app's back, as someone with superuser access could (triggers off). */
const tamper = (statement: ReturnType<typeof sql>) =>
  t.container.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });

const ids = async (db: Executor, query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: { id: number | string }[] }).rows.map((r) => Number(r.id));

describe('audit log', () => {
  it('records sign-ins and changes, newest first, each carrying a hash', async () => {
    const res = await admin.get('/api/audit?pageSize=50');
    const actions = res.json().items.map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['session.sign_in', 'user.create']));
    expect(res.json().items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says what happened to whom: the subject and the region in words, not ids (issue 9 finding 7)', async () => {
    const res = await admin.get('/api/audit?pageSize=50&action=user.create');
    const created = res
      .json()
      .items.find((r: { after: { username?: string } }) => r.after?.username === 'a_two');
    expect(created).toMatchObject({
      subjectName: 'a_two（a_two）',
      regionCode: '520121101',
      regionName: expect.any(String),
    });
    expect(created.regionName).not.toBe('520121101');
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit_log from the app’s connection (issue 8 finding 9)', async () => {
    const db = t.container.database.db;
    await expect(db.execute(sql`update audit_log set actor_name = 'mallory' where id = 1`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
  });

  it('verifies the chain as intact, then finds every record changed behind its back, not just the first', async () => {
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
    const [first, second] = await ids(
      t.container.database.db,
      sql`select id from audit_log where action = 'user.create' order by id limit 2`,
    );
    await tamper(sql`update audit_log set actor_name = 'mallory' where id in (${first!}, ${second!})`);
    const verdict = (await admin.get('/api/audit/verify')).json();
    expect(verdict).toMatchObject({ intact: false, brokenAt: first, reason: 'hash' });
    expect(verdict.breaks).toEqual([
      { id: first, reason: 'hash' },
      { id: second, reason: 'hash' },
    ]);
    await tamper(sql`update audit_log set actor_name = 'u2_org_admin' where actor_name = 'mallory'`);
  });

  it('detects a record rewritten and re-hashed with plain SHA-256 (the chain is keyed)', async () => {
    const { chainHash } = await import('../../src/domain/audit/chain');
    const db = t.container.database.db;
    const rows = (
      (await db.execute(sql`select * from audit_log order by id desc limit 2`)) as unknown as {
        rows: Record<string, unknown>[];
      }
    ).rows;
    const last = rows[0]!;
    const forged = {
      id: Number(last.id),
      at: new Date(String(last.at)),
      actorId: (last.actor_id as string | null) ?? null,
      actorName: 'mallory',
      action: String(last.action),
      entityType: String(last.entity_type),
      entityId: (last.entity_id as string | null) ?? null,
      regionCode: (last.region_code as string | null) ?? null,
      unitId: (last.unit_id as string | null) ?? null,
      before: last.before ?? null,
      after: last.after ?? null,
      requestId: (last.request_id as string | null) ?? null,
      ip: (last.ip as string | null) ?? null,
      chainVersion: 1,
    };
    const hash = chainHash(String(last.prev_hash), forged);
    await tamper(
      sql`update audit_log set actor_name = 'mallory', chain_version = 1, hash = ${hash} where id = ${forged.id}`,
    );
    const verdict = (await admin.get('/api/audit/verify')).json();
    expect(verdict.intact).toBe(false);
    expect(verdict.breaks).toContainEqual({ id: forged.id, reason: 'version' });
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

  it('stays intact after anonymous requests carrying lone surrogates and odd Unicode (issue 8 finding 3)', async () => {
    const t3 = await createTestApp();
    try {
      const admin3 = await t3.user({ roles: ['sys_admin'] });
      // Lone surrogates typed as JSON escapes, written raw so no client library repairs them.
      for (const username of ['\\ud800', 'a\\udfffb', '\\u202e\\u200bname', '\\ud83d\\ude00']) {
        await t3.app.inject({
          method: 'POST',
          url: '/api/session',
          headers: { ...XHR, 'content-type': 'application/json' },
          payload: `{"username":"${username}","password":"Wrong#Pass2026"}`,
        });
      }
      // Audited free text of a signed-in user: a display name with odd characters where allowed.
      await admin3.post('/api/users', {
        username: 'odd_text',
        password: 'Odd#Text2026x',
        displayName: '\u202e张三\u200b😀',
        roles: ['township'],
        scope: { regions: ['520121101'], units: [] },
      });
      // Whatever reaches the log, from any module: it is hashed exactly as it is stored.
      await t3.container.database.db.transaction((tx) =>
        t3.container.repositories.audit.append(
          tx,
          systemActor('x\ud800y'),
          {
            action: 'test.odd',
            entityType: 'test',
            entityId: '\udc00',
            after: { '\ud800k': 'a\u0000b\ud800' },
          },
          t3.clock.now(),
        ),
      );
      expect((await admin3.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
    } finally {
      await t3.close();
    }
  });

  it('finds the newest records deleted by the anchor kept outside the database', async () => {
    const t4 = await createTestApp();
    try {
      const admin4 = await t4.user({ roles: ['sys_admin'] });
      expect((await admin4.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
      await t4.container.services.audit.anchor(t4.clock.now());
      const db = t4.container.database.db;
      const [head] = await ids(db, sql`select max(id) as id from audit_log`);
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`delete from audit_log where id = ${head!}`);
      });
      const verdict = (await admin4.get('/api/audit/verify')).json();
      expect(verdict).toMatchObject({ intact: false, reason: 'truncated', brokenAt: head, anchoredAt: head });
    } finally {
      await t4.close();
    }
  });
});

describe('audit records are staged by their change and sealed after its commit (issue 10 Scale)', () => {
  // A database of its own: the tests above leave their chain broken on purpose.
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.user({ roles: ['sys_admin'] });
  });
  afterAll(() => t.close());
  const count = async (table: 'audit_log' | 'audit_pending') =>
    ids(t.container.database.db, sql.raw(`select count(*) as id from ${table}`)).then((r) => r[0]!);

  it('20 concurrent changes each find their record in the chain when they return, ids consecutive, chain intact', async () => {
    const before = await count('audit_log');
    const { db } = t.container.database;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction((tx) =>
          t.container.repositories.audit.append(
            tx,
            systemActor(),
            { action: 'test.concurrent', entityType: 'test', entityId: String(i) },
            t.clock.now(),
          ),
        ),
      ),
    );
    expect(await count('audit_pending')).toBe(0);
    expect(await count('audit_log')).toBe(before + 20);
    const chained = await ids(db, sql`select id from audit_log where action = 'test.concurrent' order by id`);
    expect(chained.at(-1)! - chained[0]!).toBe(19);
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
  });

  it('a change that rolls back leaves no record, staged or chained', async () => {
    const before = await count('audit_log');
    await expect(
      t.container.database.db.transaction(async (tx) => {
        await t.container.repositories.audit.append(
          tx,
          systemActor(),
          { action: 'test.rolled_back', entityType: 'test' },
          t.clock.now(),
        );
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await count('audit_pending')).toBe(0);
    expect(await count('audit_log')).toBe(before);
  });

  it('a record a crash left staged between its commit and its seal is chained by the next verification', async () => {
    const before = await count('audit_log');
    // As if the process died after the change committed: the staged row is there, nothing sealed it.
    await t.container.database.db.execute(
      sql`insert into audit_pending (at, actor_name, action, entity_type) values (now(), 'system', 'test.crashed', 'test')`,
    );
    expect(await count('audit_pending')).toBe(1);
    expect((await admin.get('/api/audit/verify')).json()).toMatchObject({ intact: true });
    expect(await count('audit_pending')).toBe(0);
    expect(await count('audit_log')).toBe(before + 1);
    const [last] = await ids(t.container.database.db, sql`select max(id) as id from audit_log`);
    expect(
      await ids(t.container.database.db, sql`select id from audit_log where action = 'test.crashed'`),
    ).toEqual([last]);
  });
});
