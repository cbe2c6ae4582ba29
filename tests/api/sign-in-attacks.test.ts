import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createContainer } from '../../src/server/container';
import { auditLog, loginThrottle } from '../../src/server/db/schema';
import { as, cookieFrom, createTestApp, TEST_PASSWORD, type TestApp, XHR } from '../support/app';

// Issue 8, findings 4 and 8: guessing passwords concurrently, from many addresses, through the password
// change, and reading who exists from the answers or the audit log.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const db = () => t.container.database.db;
let net = 0;
/** A fresh /24 of client addresses, so no test counts against another's address limit. */
const network = () => `10.${Math.floor(++net / 250)}.${net % 250}`;

const signIn = (username: string, password: string, ip: string, app: FastifyInstance = t.app) =>
  app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    remoteAddress: ip,
    payload: { username, password },
  });

const account = async (username: string) => {
  const u = await t.user({ roles: ['inspector'], regions: ['52'], username });
  const row = async () => (await t.container.repositories.users.findById(db(), u.id))!;
  return { ...u, row };
};

const auditText = async () => JSON.stringify(await db().select().from(auditLog));
const auditCount = async () => (await db().select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
const withoutRequestId = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('lockout under concurrent guesses', () => {
  it('counts each of 30 concurrent wrong passwords from 30 addresses and locks the account for 15 minutes', async () => {
    const u = await account('burst_30');
    const n = network();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn('burst_30', `Wrong#${i}`, `${n}.${i + 1}`)),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(30).fill(401));
    const row = await u.row();
    expect(row.failedAttempts).toBe(30);
    expect(row.lockedUntil).toEqual(new Date(t.clock.now().getTime() + 15 * 60_000));
    // Thirty guesses are past the budget of a lock: not even the right password is checked until it ends.
    const locked = await signIn('burst_30', TEST_PASSWORD, `${n}.100`);
    expect(locked.statusCode).toBe(401);
    t.clock.advance(15 * 60_000);
    expect((await signIn('burst_30', TEST_PASSWORD, `${n}.101`)).statusCode).toBe(200);
    t.clock.advance(-15 * 60_000);
    const actions = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, u.id));
    expect(actions.filter((a) => a.action === 'session.account_locked')).toHaveLength(1);
  });

  it('refuses the right password sent amid concurrent wrong ones once they have locked the account, and keeps their count', async () => {
    const u = await account('burst_amid');
    const n = network();
    const wrong = Array.from({ length: 25 }, (_, i) => signIn('burst_amid', `Wrong#${i}`, `${n}.${i + 1}`));
    const settled = Promise.allSettled(wrong);
    let done = false;
    void settled.then(() => {
      done = true;
    });
    while (!(await u.row()).lockedUntil && !done) await new Promise((r) => setTimeout(r, 2));
    expect((await u.row()).lockedUntil).not.toBeNull();
    const right = await signIn('burst_amid', TEST_PASSWORD, `${n}.200`);
    expect((await Promise.all(wrong)).map((r) => r.statusCode)).toEqual(Array(25).fill(401));
    // Refused either way (423 while the lock's guess budget lasts, 401 past it): never signed in.
    expect([401, 423]).toContain(right.statusCode);
    expect(right.headers['set-cookie']).toBeUndefined();
    expect((await u.row()).failedAttempts).toBeGreaterThanOrEqual(25);
    expect((await signIn('burst_amid', TEST_PASSWORD, `${n}.201`)).statusCode).toBe(401);
  });

  it('checks at most as many more passwords during a lock as it took to lock, then none until the lock ends', async () => {
    const u = await account('lock_budget');
    const n = network();
    for (let i = 0; i < 5; i++)
      expect((await signIn('lock_budget', `Wrong#${i}`, `${n}.1`)).statusCode).toBe(401);
    expect((await u.row()).lockedUntil).not.toBeNull();
    // The right password during the lock: told it is locked (and counted as a guess at the lock).
    expect((await signIn('lock_budget', TEST_PASSWORD, `${n}.2`)).statusCode).toBe(423);
    for (let i = 0; i < 4; i++)
      expect((await signIn('lock_budget', `Wrong#x${i}`, `${n}.3`)).statusCode).toBe(401);
    // Ten guesses counted: from here the answer is the same whatever the password, so guessing from many
    // addresses during a lock learns nothing.
    expect((await u.row()).failedAttempts).toBe(10);
    const right = await signIn('lock_budget', TEST_PASSWORD, `${n}.4`);
    const wrong = await signIn('lock_budget', 'Wrong#again', `${n}.5`);
    expect(right.statusCode).toBe(401);
    expect(withoutRequestId(right.json())).toEqual(withoutRequestId(wrong.json()));
    t.clock.advance(15 * 60_000 + 1000);
    expect((await signIn('lock_budget', TEST_PASSWORD, `${n}.6`)).statusCode).toBe(200);
  });

  it('does not clear a lock that a concurrent guess set after the right password was read', async () => {
    const u = await account('late_lock');
    const now = t.clock.now();
    const lockUntil = new Date(now.getTime() + 15 * 60_000);
    for (let i = 0; i < 5; i++)
      await t.container.repositories.users.recordFailure(db(), u.id, { now, maxFailures: 5, lockUntil });
    expect(await t.container.repositories.users.clearFailures(db(), u.id, now)).toBe(false);
    expect(await u.row()).toMatchObject({ failedAttempts: 5, lockedUntil: lockUntil });
    t.clock.advance(15 * 60_000);
    expect(await t.container.repositories.users.clearFailures(db(), u.id, t.clock.now())).toBe(true);
    expect(await u.row()).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });
});

describe('sign-in limit per address, in the database', () => {
  it('answers 429 to the 31st failed sign-in of an address within 15 minutes, whatever the user names, with no password check and no audit row', async () => {
    const ip = `${network()}.1`;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(`rotating_${i}`, 'Wrong#pass1', ip)),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(30);
    expect(codes.filter((c) => c === 429)).toHaveLength(10);
    const before = await auditCount();
    const limited = await signIn('rotating_x', 'Wrong#pass1', ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: 15 * 60 },
    });
    expect(await auditCount()).toBe(before);
    // Even the right password: the limit is decided before any password is checked.
    await account('limited_right');
    expect((await signIn('limited_right', TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect((await signIn('limited_right', TEST_PASSWORD, `${network()}.1`)).statusCode).toBe(200);
    t.clock.advance(15 * 60_000);
    expect((await signIn('limited_right', TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('behind a proxy, counts the address the proxy saw, not one the client wrote into X-Forwarded-For', async () => {
    const proxied = await buildApp(
      createContainer(t.container.database, { ...t.container.config, trustProxy: true }, t.clock),
      { logger: false },
    );
    await proxied.ready();
    try {
      const client = `${network()}.9`;
      const answers = [];
      for (let i = 0; i < 31; i++)
        answers.push(
          await proxied.inject({
            method: 'POST',
            url: '/api/session',
            remoteAddress: '127.0.0.1',
            headers: { ...XHR, 'x-forwarded-for': `203.0.113.${i}, ${client}` },
            payload: { username: `spoof_${i}`, password: 'Wrong#pass1' },
          }),
        );
      expect(answers.slice(0, 30).every((r) => r.statusCode === 401)).toBe(true);
      expect(answers[30]!.statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it('holds across two app processes on the same database', async () => {
    const second = await buildApp(createContainer(t.container.database, t.container.config, t.clock), {
      logger: false,
    });
    await second.ready();
    try {
      const ip = `${network()}.7`;
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          signIn(`two_apps_${i}`, 'Wrong#pass1', ip, i % 2 === 0 ? t.app : second),
        ),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(Array(30).fill(401));
      expect((await signIn('two_apps_x', 'Wrong#pass1', ip, t.app)).statusCode).toBe(429);
      expect((await signIn('two_apps_y', 'Wrong#pass1', ip, second)).statusCode).toBe(429);
      const [row] = await db()
        .select()
        .from(loginThrottle)
        .where(eq(loginThrottle.key, `ip:${ip}`));
      expect(row?.count).toBe(32);
    } finally {
      await second.close();
    }
  });

  it('does not count successful sign-ins toward the limit', async () => {
    await account('often_right');
    const ip = `${network()}.9`;
    const failures = await Promise.all(
      Array.from({ length: 29 }, (_, i) => signIn(`nobody_${i}`, 'Wrong#pass1', ip)),
    );
    expect(failures.map((r) => r.statusCode)).toEqual(Array(29).fill(401));
    // One after another: an attempt in flight holds a place under the limit until it succeeds.
    for (let i = 0; i < 5; i++) expect((await signIn('often_right', TEST_PASSWORD, ip)).statusCode).toBe(200);
    expect((await signIn('nobody_last', 'Wrong#pass1', ip)).statusCode).toBe(401);
    expect((await signIn('nobody_over', 'Wrong#pass1', ip)).statusCode).toBe(429);
  });

  it('counts an IPv6 client per /64, so rotating addresses inside it does not help', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(`v6_${i}`, 'Wrong#pass1', `2001:db8:7:1::${(i + 1).toString(16)}`),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(30).fill(401));
    expect((await signIn('v6_x', 'Wrong#pass1', '2001:db8:7:1:aaaa:bbbb:cccc:dddd')).statusCode).toBe(429);
    expect((await signIn('v6_y', 'Wrong#pass1', '2001:db8:7:2::1')).statusCode).toBe(401);
  });

  it('deletes counters whose window has ended when a new window opens', async () => {
    const ip = `${network()}.3`;
    expect((await signIn('stale_1', 'Wrong#pass1', ip)).statusCode).toBe(401);
    t.clock.advance(16 * 60_000);
    expect((await signIn('stale_2', 'Wrong#pass1', `${network()}.3`)).statusCode).toBe(401);
    const stale = await db()
      .select()
      .from(loginThrottle)
      .where(
        sql`${loginThrottle.windowStart} < ${new Date(t.clock.now().getTime() - 15 * 60_000).toISOString()}::timestamptz`,
      );
    expect(stale).toEqual([]);
  });
});

describe('no personal data and no account enumeration', () => {
  it('never stores a typed user name that is not an account: an ID number typed as user name is in no audit record', async () => {
    const res = await signIn('520121199001011234', 'Wrong#pass1', `${network()}.1`);
    expect(res.statusCode).toBe(401);
    expect(await auditText()).not.toContain('520121199001011234');
    const [last] = await db().select().from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(1);
    expect(last).toMatchObject({ action: 'session.sign_in_failed', actorName: '(unknown)', actorId: null });
  });

  it('answers a wrong password for a locked or disabled account exactly like one for an open account or an unknown user, and tells locked or disabled only to the right password', async () => {
    await account('enum_open');
    const locked = await account('enum_locked');
    const disabled = await account('enum_disabled');
    await t.container.repositories.users.update(db(), disabled.id, { disabled: true });
    const ip = `${network()}.1`;
    for (let i = 0; i < 5; i++) await signIn('enum_locked', `Wrong#${i}`, ip);
    expect((await locked.row()).lockedUntil).not.toBeNull();
    const open = withoutRequestId((await signIn('enum_open', 'Wrong#pass1', ip)).json());
    expect(open).toMatchObject({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' });
    for (const username of ['enum_locked', 'enum_disabled', 'enum_nobody']) {
      const res = await signIn(username, 'Wrong#pass1', ip);
      expect(res.statusCode, username).toBe(401);
      expect(withoutRequestId(res.json()), username).toEqual(open);
    }
    const lockedRight = await signIn('enum_locked', TEST_PASSWORD, ip);
    expect(lockedRight.statusCode).toBe(423);
    expect(lockedRight.json()).toMatchObject({
      code: 'ACCOUNT_LOCKED',
      message: expect.stringContaining('15 分钟'),
    });
    const disabledRight = await signIn('enum_disabled', TEST_PASSWORD, ip);
    expect(disabledRight.statusCode).toBe(401);
    expect(disabledRight.json().message).toBe('账号已停用，请联系管理员');
  });
});

describe('changing the password counts wrong current passwords toward the lock', () => {
  it('locks the account and ends its sessions at the fifth wrong current password; the sixth call is refused even with the right one', async () => {
    const u = await account('pw_guess');
    const other = as(t.app, cookieFrom(await signIn('pw_guess', TEST_PASSWORD, `${network()}.1`)));
    const change = (currentPassword: string) =>
      u.post('/api/session/password', { currentPassword, newPassword: 'Granite#Owl2026' });
    for (let i = 1; i <= 4; i++) {
      const res = await change(`Wrong#${i}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().details.fields[0]).toMatchObject({
        field: 'currentPassword',
        message: expect.stringContaining(`再错 ${5 - i} 次`),
      });
    }
    const fifth = await change('Wrong#5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect((await u.row()).lockedUntil).not.toBeNull();
    expect((await change(TEST_PASSWORD)).statusCode).toBe(401);
    expect((await u.get('/api/session')).statusCode).toBe(401);
    expect((await other.get('/api/session')).statusCode).toBe(401);
    expect((await signIn('pw_guess', TEST_PASSWORD, `${network()}.1`)).statusCode).toBe(423);
    t.clock.advance(15 * 60_000);
    expect((await signIn('pw_guess', TEST_PASSWORD, `${network()}.1`)).statusCode).toBe(200);
    expect(await u.row()).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });
});
