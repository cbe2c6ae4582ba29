import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { type Container, createContainer } from '../../src/server/container';
import { openPostgres } from '../../src/server/db/client';
import { type DemoAccount, seedDemo } from '../../src/server/demo/seed';
import type { Clock } from '../../src/server/modules/users/users.service';
import { hashPassword } from '../../src/server/security/passwords';
import type { Role } from '../../src/shared/dictionaries';
import { NATIONAL } from '../../src/shared/dictionaries';
import { openTestDatabase } from './db';
import { demoTemplate } from './demo-template';

export const TEST_PASSWORD = 'Zhucun#Test2026';

/** A clock tests can move. */
export function testClock(start = new Date('2026-03-02T02:00:00Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
    set(d: Date) {
      now = d.getTime();
    },
  } satisfies Clock & Record<string, unknown>;
}

export interface TestApp {
  app: FastifyInstance;
  container: Container;
  clock: ReturnType<typeof testClock>;
  /** With `createTestApp({ demoAt })`: the demo's accounts with their passwords; else none. */
  demoAccounts: DemoAccount[];
  /** Creates a user directly (factory) and returns it with a signed-in cookie. */
  user(opts: {
    roles: Role[];
    regions?: string[];
    units?: string[];
    username?: string;
    /** A cadre's own account (issue 10): the cadre a `cadre` user acts for. */
    cadreId?: string;
  }): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  username: string;
  cookie: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

let seq = 0;
let cachedHash: Promise<string> | undefined;

export const XHR = { 'x-requested-with': 'XMLHttpRequest' };

export function cookieFrom(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  return String(first ?? '').split(';')[0] ?? '';
}

export function as(app: FastifyInstance, cookie: string): Omit<TestUser, 'id' | 'username' | 'cookie'> {
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, headers: { ...XHR, cookie, ...(opts.headers ?? {}) } });
  return {
    request,
    get: (url, headers) => request({ method: 'GET', url, ...(headers ? { headers } : {}) }),
    post: (url, body, headers) =>
      request({
        method: 'POST',
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        ...(headers ? { headers } : {}),
      }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as object }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** A fresh app on its own database copy (PGlite, or PostgreSQL when TEST_DB=pg). */
/** The configuration of every test app. */
function testConfig() {
  return {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      ZHUCUN_DEMO: '0',
      // A fixed test key: tests never write a key file into ./data.
      ZHUCUN_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
      // Each test app anchors its audit chain in its own file, never in ./data.
      ZHUCUN_AUDIT_ANCHOR: path.join(os.tmpdir(), `zhucun-anchor-${randomUUID()}.json`),
    }),
    logLevel: 'silent',
  };
}

/**
 * A test app on a database of its own. `demoAt`: a copy of the demo county seeded with the clock at that
 * moment (written once per run, project and day: support/demo-template.ts), the app's clock set to it, and
 * the demo's accounts with their passwords in `demoAccounts`.
 */
export async function createTestApp(options: { demoAt?: string } = {}): Promise<TestApp> {
  let demoAccounts: DemoAccount[] = [];
  let from: string | undefined;
  const { demoAt } = options;
  if (demoAt) {
    const tpl = await demoTemplate(demoAt, async ({ pgDatabase }) => {
      const built = pgDatabase ? await openPostgres(pgDatabase, { max: 4 }) : await openTestDatabase();
      const container = createContainer(built, { ...testConfig(), demo: true }, testClock(new Date(demoAt)));
      const accounts = await seedDemo(container, { info: () => {}, progress: () => {}, secret: () => {} });
      const client = (built.db as unknown as { $client: { dumpDataDir?(c: 'none'): Promise<Blob> } }).$client;
      const dump = client.dumpDataDir
        ? Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer())
        : undefined;
      await built.close();
      return { accounts, ...(dump ? { dump: async () => dump } : {}) };
    });
    demoAccounts = tpl.accounts;
    from = tpl.source;
  }
  const database = await openTestDatabase(from);
  const config = testConfig();
  const clock = testClock(demoAt ? new Date(demoAt) : undefined);
  const container = createContainer(database, config, clock);
  const app = await buildApp(container, { logger: false });
  await app.ready();
  return {
    app,
    container,
    clock,
    demoAccounts,
    async user({ roles, regions = [], units = [], username, cadreId }) {
      const name = username ?? `u${++seq}_${roles[0]}`;
      cachedHash ??= hashPassword(TEST_PASSWORD);
      const row = await container.repositories.users.insert(database.db, {
        username: name,
        displayName: name,
        passwordHash: await cachedHash,
        roles,
        scopeRegions: roles.includes('sys_admin') ? [NATIONAL] : regions,
        scopeUnits: units,
        ...(cadreId ? { cadreId } : {}),
      });
      const res = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: XHR,
        payload: { username: name, password: TEST_PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for ${name}: ${res.body}`);
      const cookie = cookieFrom(res);
      return { id: row.id, username: name, cookie, ...as(app, cookie) };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
