import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createTestApp, type TestApp, type TestUser, XHR } from '../support/app';
import { idNumber } from '../support/make';
import { multipart } from '../support/xlsx';

// Issue 8: what is refused at the door (NUL bytes, lone surrogates), what request logs never keep (ID and
// mobile numbers in URLs, the search text), and paths that climb out of a static folder.

let t: TestApp;
let admin: TestUser;
let county: TestUser;

interface ErrorBody {
  code: string;
  message: string;
  requestId: string;
  details?: { fields?: { field: string; message: string }[] };
}

const fields = (body: ErrorBody) => (body.details?.fields ?? []).map((f) => f.field);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
});
afterAll(() => t.close());

describe('NUL bytes and lone surrogates are refused with 400 VALIDATION, never 500', () => {
  it('refuses a NUL in a JSON body field, naming the field by its path', async () => {
    const res = await admin.post('/api/users', {
      username: 'a\u0000b',
      displayName: 'x',
      password: 'Zhucun#Test2026',
      roles: ['org_admin'],
      scopeRegions: ['520121'],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.code).toBe('VALIDATION');
    expect(fields(body)).toEqual(['username']);
    expect(body.details?.fields?.[0]?.message).toContain('空字符或不成对的代理项');
    expect(body.requestId).toBeTruthy();
  });

  it('refuses a lone surrogate at sign-in, so the audit chain never hashes what it cannot store', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...XHR, 'content-type': 'application/json' },
      payload: '{"username":"\\ud800","password":"whatever1A!"}',
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(['username']);
    const verify = await admin.get('/api/audit/verify');
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ intact: true });
  });

  it('names nested fields, array items and object keys (a.b.0)', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/cadres/00000000-0000-4000-8000-000000000000',
      headers: { ...XHR, cookie: admin.cookie, 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"a":{"b":["\\udc00ok","fine"]},"k\\u0000":1,"fine":"\\ud83d\\ude00"}',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as ErrorBody;
    expect(fields(body).sort()).toEqual(['a.b.0', 'k\uFFFD']);
    expect(body.message).toMatch(/NUL or an unpaired surrogate/);
  });

  it('answers a body nested 400,000 deep with a NUL at the bottom with 400, quickly', async () => {
    const depth = 400_000;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...XHR, cookie: admin.cookie, 'content-type': 'application/json' },
      payload: `${'['.repeat(depth)}"\u0000"${']'.repeat(depth)}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    expect(fields(res.json())[0]!.length).toBeLessThan(300);
  });

  it('refuses a NUL in a query string and in a path parameter', async () => {
    const q = await county.get('/api/cadres?q=%E5%BC%A0%00');
    expect(q.statusCode).toBe(400);
    expect(fields(q.json())).toEqual(['q']);
    const p = await county.get('/api/regions/5201%0021');
    expect(p.statusCode).toBe(400);
    expect(p.json().code).toBe('VALIDATION');
    expect(fields(p.json())).toEqual(['code']);
  });

  it('keeps well-formed text, emoji and right-to-left marks', async () => {
    const res = await county.get(`/api/cadres?q=${encodeURIComponent('张\u200f😀')}`);
    expect(res.statusCode).toBe(200);
  });

  it('refuses a NUL in an uploaded file name', async () => {
    const template = await county.get('/api/imports/units/template.xlsx');
    const body = multipart(template.rawPayload, 'a\u0000.xlsx');
    const res = await county.request({
      method: 'POST',
      url: '/api/imports/units?dryRun=true',
      payload: body.payload,
      headers: body.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res.json())).toEqual(['file']);
  });
});

describe('request logs never keep ID numbers, mobile numbers or search text from URLs (finding 8)', () => {
  it('redacts q, 18-character ID numbers and 11-digit mobile numbers in logged URLs', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const app = await buildApp(
      { ...t.container, config: { ...t.container.config, logLevel: 'info' } },
      { logStream: stream },
    );
    await app.ready();
    try {
      const id = idNumber('1985-03-04', 'female');
      const idX = `${id.slice(0, 17)}X`;
      const phone = '13812345678';
      const encoded = [...id].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
      for (const url of [
        `/api/cadres?q=${id}&page=1`,
        `/api/cadres?q=${encodeURIComponent('张三')}`,
        `/api/cadres/${id}`,
        `/api/cadres?other=${idX.toLowerCase()}`,
        `/api/regions/search?name=${phone}`,
        `/api/units?x=${encoded}`,
      ]) {
        await app.inject({ method: 'GET', url, headers: { cookie: county.cookie } });
      }
      const log = lines.join('');
      expect(log).toContain('"url":"/api/cadres?q=[redacted]&page=1"');
      expect(log).toContain('[redacted]');
      for (const secret of [id, idX.toLowerCase(), phone, encoded, '张三', encodeURIComponent('张三')])
        expect(log).not.toContain(secret);
    } finally {
      await app.close();
    }
  });
});

/** A request over a real socket with the path exactly as written (no client-side normalisation). */
function raw(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('what the router and the HTTP parser refuse is answered in our JSON shape', () => {
  it('answers 400 VALIDATION for a path that does not decode, 404 for a too-long parameter and 431 for a huge address', async () => {
    const app = await buildApp(t.container, { logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      // A parameter longer than the router takes matches no route: a 404 in our shape (never a 5xx).
      const long = await raw(port, `/api/cadres/${'x'.repeat(300)}`);
      expect([400, 404]).toContain(long.status);
      expect(JSON.parse(long.body)).toMatchObject({
        code: expect.any(String),
        requestId: expect.any(String),
      });
      for (const url of ['/api/regions/%FF', '/api/regions/%ED%A0%80/children']) {
        const res = await raw(port, url);
        expect(res.status, url).toBe(400);
        const body = JSON.parse(res.body) as ErrorBody;
        expect(body.code, url).toBe('VALIDATION');
        expect(fields(body), url).toEqual(['url']);
        expect(body.requestId, url).toBeTruthy();
      }
      const huge = await raw(port, `/api/cadres?q=${'a'.repeat(20_000)}`);
      expect(huge.status).toBe(431);
      expect(JSON.parse(huge.body)).toMatchObject({ code: 'VALIDATION', requestId: expect.any(String) });
    } finally {
      await app.close();
    }
  });
});

describe('paths that climb out of a folder answer 404 in our JSON shape over real HTTP', () => {
  it('answers 404 NOT_FOUND for /api/docs/../users and other spellings of ..', async () => {
    // With a built web app too, so the static folder at / is mounted as in production.
    const webDir = mkdtempSync(path.join(tmpdir(), 'zhucun-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>zhucun</title>');
    const app = await buildApp(
      { ...t.container, config: { ...t.container.config, webDir } },
      { logger: false },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as AddressInfo;
      expect((await raw(port, '/api/docs/')).status).toBe(200);
      for (const url of [
        '/api/docs/../users',
        '/api/docs/..%2fusers',
        '/api/docs/%2e%2e/users',
        '/api/docs/%2E%2E%2F%2E%2E%2Fpackage.json',
        '/api/docs/static/../../users',
        '/api/docs/..\\users',
        '/api/docs/static/..%5c..%5cpackage.json',
        '/../package.json',
        '/assets/../../package.json',
        '/%2e%2e/%2e%2e/etc/passwd',
      ]) {
        const res = await raw(port, url);
        expect(res.status, url).toBeLessThan(500);
        if (res.status === 404) {
          const body = JSON.parse(res.body) as ErrorBody;
          expect(body.code, url).toBe('NOT_FOUND');
          expect(body.requestId, url).toBeTruthy();
        }
        expect(res.body, url).not.toContain('"name": "zhucun"');
        expect(res.body, url).not.toContain('root:');
      }
      const docs = await raw(port, '/api/docs/../users');
      expect(docs.status).toBe(404);
      expect((await raw(port, '/cadres')).body).toContain('<title>zhucun</title>');
    } finally {
      await app.close();
      rmSync(webDir, { recursive: true, force: true });
    }
  });
});
