import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, createTestApp, TEST_PASSWORD, type TestApp, type TestUser, XHR } from '../support/app';
import { maker } from '../support/make';

// Every route of the OpenAPI document, as a national sys_admin and as the org_admin of 开阳县 (520121), with
// generated requests: path parameters, query strings and JSON bodies shaped by the route's own schemas, then
// mutated (wrong types, huge numbers, deep nesting, NUL, lone surrogates, RTL and zero-width characters,
// '..', encoded slashes, very long strings). Whatever is sent, the answer is never 5xx, and every error is
// our JSON shape { code, message, requestId }. Requests go over a real socket, paths exactly as generated.

// Bounded and fixed for `npm test`; FUZZ_RUNS / FUZZ_SEED explore further by hand (FUZZ_OUT writes every failure).
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20260302);

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

let t: TestApp;
let users: { label: string; user: TestUser }[] = [];
let spec: { paths: Record<string, Record<string, Operation>> };
let port = 0;
const known = {
  ids: ['00000000-0000-4000-8000-000000000000'],
  codes: ['520121', '520122', '110101', '52', '5201'],
};

// ---- strings that have broken servers ----

const LONE = ['\ud800', '\udfff', 'a\udbff', '\udc00b'];
const NASTY_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  ...LONE,
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  '\u0645\u0631\u062d\u0628\u0627',
  '😀👨‍👩‍👧',
  '𠀀𪚥',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e400',
  '99999999999999999999999',
  '2021-02-30',
  '9999-12-31',
  '0000-00-00',
  "' OR 1=1 --",
  '%',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'x'.repeat(300),
  '张'.repeat(5000),
];
/** Path segments already encoded, some deliberately malformed or climbing out. */
const RAW_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E%2F..',
  'a%2Fb',
  '%2F',
  '%5C',
  '%00',
  '%ED%A0%80',
  '%C0%AE',
  '%FF',
  '%',
  '%zz',
  '%E4%B8',
];

/** Percent-encodes text, writing a lone surrogate as its (invalid) three UTF-8-style bytes. */
function encode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out +=
        `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(s[i]!);
    }
  }
  return out;
}

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const hugeNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 1.5, -0, 0, -1, 1e-320);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  hugeNumber,
  fc.constantFrom(null, true, false, [], {}, [[]], { '': '' }, { '\u0000': 1 }, [null]),
  fc.integer({ min: 1, max: 60 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
    return v;
  }),
  fc.array(nastyString, { maxLength: 5 }),
);

const DATES = [
  '2026-03-02',
  '2021-05-11',
  '2020-02-29',
  '2026-13-01',
  '20260302',
  '2026/03/02',
  '1900-01-01',
];

/** Values a schema accepts (roughly), for the generator to start from. */
function shaped(schema: Schema | undefined, depth = 0, hostile = false): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return nastyValue;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => shaped(s, depth + 1, hostile)));
  if (schema.allOf?.length) return shaped(schema.allOf[0], depth + 1, hostile);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  const maybe = (arb: fc.Arbitrary<unknown>) => (hostile ? mutated(arb) : arb);
  let base: fc.Arbitrary<unknown>;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) model[k] = maybe(shaped(s, depth + 1, hostile));
      base = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
      break;
    }
    case 'array':
      base = fc.array(maybe(shaped(schema.items, depth + 1, hostile)), {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
      break;
    case 'integer':
      base = fc.oneof(
        fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 1000, 1_000_000) }),
        fc.constantFrom(0, 1, 20, 100),
      );
      break;
    case 'number':
      base = fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
      break;
    case 'boolean':
      base = fc.boolean();
      break;
    case 'string':
      if (schema.format === 'uuid') base = fc.oneof(fc.constantFrom(...known.ids), fc.uuid());
      else if (schema.pattern) {
        const pattern = schema.pattern;
        base = fc.oneof(fc.stringMatching(new RegExp(pattern)), fc.constantFrom(...known.codes));
      } else if (schema.maxLength === 10) base = fc.constantFrom(...DATES);
      else
        base = fc.oneof(
          fc.string({ maxLength: Math.min(schema.maxLength ?? 20, 20) }),
          fc.constantFrom(...known.codes),
        );
      // Otherwise valid text with one bad character in it: passes length and pattern-free schemas.
      if (hostile) base = fc.oneof({ weight: 2, arbitrary: base }, { weight: 1, arbitrary: tainted(base) });
      break;
    default:
      base = nastyValue;
  }
  return schema.nullable
    ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) })
    : base;
}
/** Mostly the shaped value, sometimes a hostile one in its place. */
const mutated = (arb: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: nastyValue });
// NUL and lone surrogates most often: they are what PostgreSQL cannot store.
const BAD_CHARS = [
  '\u0000',
  '\u0000',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\n',
  "'",
  '%',
];
/** A value with a bad character added at its start, end or middle. */
const tainted = (arb: fc.Arbitrary<unknown>) =>
  fc.tuple(arb, fc.constantFrom(...BAD_CHARS), fc.nat(2)).map(([v, c, at]) => {
    const text = String(v);
    const cut = at === 0 ? 0 : at === 1 ? text.length : text.length >> 1;
    return text.slice(0, cut) + c + text.slice(cut);
  });

const json = (v: unknown) => ({ body: JSON.stringify(v) ?? 'null', contentType: 'application/json' });
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const RAW_BODIES = [
  deep(5_000),
  `{"a":${deep(2_000)}}`,
  '{"page":1e400}',
  '{"n":123456789012345678901234567890}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  'not json',
  '"just a string"',
  'null',
  '[]',
  '{"a":"\\u0000"}',
  '{"\\ud800":1}',
  '\u0000',
  '{"a":1,"a":2}',
];

interface Generated {
  path: string;
  query: string;
  body?: string;
  contentType?: string;
}

/**
 * Requests to one route: a clean request shaped by its schemas, with (usually) one part of it attacked —
 * a path parameter, the query string or the body — so that the hostile part is what the server meets.
 */
function requestsFor(template: string, op: Operation): fc.Arbitrary<Generated> {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

  const cleanSegment = (p: Parameter) =>
    fc.oneof(
      shaped(p.schema).map((v) => encode(text(v))),
      fc.constantFrom(...known.ids, ...known.codes),
    );
  const hostileSegment = (p: Parameter) =>
    fc.oneof(
      { weight: 2, arbitrary: nastyString.map(encode) },
      {
        weight: 2,
        arbitrary: tainted(fc.oneof(shaped(p.schema), fc.constantFrom(...known.ids, ...known.codes))).map(
          encode,
        ),
      },
      { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
      { weight: 1, arbitrary: hugeNumber.map(String) },
    );
  const fill = (segments: string[]) => {
    let path = template;
    pathParams.forEach((p, i) => {
      path = path.replace(`{${p.name}}`, segments[i]!);
    });
    return path;
  };
  const cleanPath = fc.tuple(...pathParams.map(cleanSegment)).map(fill);
  const hostilePath = pathParams.length
    ? fc
        .tuple(fc.tuple(...pathParams.map(cleanSegment)), fc.nat(pathParams.length - 1), fc.constant(0))
        .chain(([segments, at]) =>
          hostileSegment(pathParams[at]!).map((bad) => fill(segments.map((s, i) => (i === at ? bad : s)))),
        )
    : cleanPath;

  const pair = (name: string, value: fc.Arbitrary<string>) => value.map((v) => `${encode(name)}=${v}`);
  const cleanPairs = fc.subarray(queryParams).chain((chosen) =>
    chosen.length
      ? fc.tuple(
          ...chosen.map((p) =>
            pair(
              p.name,
              shaped(p.schema).map((v) => encode(text(v))),
            ),
          ),
        )
      : fc.constant([] as string[]),
  );
  const hostilePair = fc.oneof(
    ...(queryParams.length
      ? [
          fc
            .constantFrom(...queryParams)
            .chain((p) =>
              pair(
                p.name,
                fc.oneof(
                  { weight: 3, arbitrary: tainted(shaped(p.schema)).map(encode) },
                  { weight: 2, arbitrary: nastyString.map(encode) },
                  { weight: 1, arbitrary: nastyValue.map((v) => encode(text(v))) },
                  { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
                ),
              ),
            ),
        ]
      : []),
    pair('junk', nastyString.map(encode)),
    fc.constantFrom(
      '__proto__[x]=1',
      'constructor=1',
      'a[]=1&a[]=2',
      '=',
      '&&',
      'page=1&page=2',
      'x',
      'q=%00',
    ),
  );
  const query = (pairs: string[]) => (pairs.length ? `?${pairs.join('&')}` : '');
  const cleanQuery = cleanPairs.map(query);
  const hostileQuery = fc
    .tuple(cleanPairs, fc.array(hostilePair, { minLength: 1, maxLength: 2 }))
    .map(([a, b]) => query([...a, ...b]));

  const schema = op.requestBody?.content?.['application/json']?.schema;
  const hasBody = schema !== undefined || op.requestBody !== undefined;
  const cleanBody: fc.Arbitrary<{ body?: string; contentType?: string }> = hasBody
    ? shaped(schema).map(json)
    : fc.constant({});
  const hostileBody: fc.Arbitrary<{ body?: string; contentType?: string }> = fc.oneof(
    { weight: 4, arbitrary: shaped(schema, 0, true).map(json) },
    { weight: 1, arbitrary: nastyValue.map(json) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_BODIES).map((body) => ({ body, contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<{ body?: string; contentType?: string }>(
        {},
        { body: '', contentType: 'application/json' },
        { body: 'a=1', contentType: 'application/x-www-form-urlencoded' },
        { body: '--x\r\n\r\n', contentType: 'multipart/form-data; boundary=x' },
        { body: '{}', contentType: 'text/plain' },
      ),
    },
  );
  const targets = [
    'none',
    'query',
    ...(pathParams.length ? ['path', 'path'] : []),
    ...(hasBody ? ['body', 'body', 'body'] : []),
    ...(queryParams.length ? ['query'] : []),
  ] as const;
  return fc
    .record({
      target: fc.constantFrom(...targets),
      cleanPath,
      hostilePath,
      cleanQuery,
      hostileQuery,
      cleanBody,
      hostileBody: hasBody ? hostileBody : fc.constant({}),
    })
    .map((r) => ({
      path: r.target === 'path' ? r.hostilePath : r.cleanPath,
      query: r.target === 'query' ? r.hostileQuery : r.cleanQuery,
      ...(r.target === 'body' ? r.hostileBody : r.cleanBody),
    }));
}

function send(
  method: string,
  url: string,
  cookie: string,
  body?: string,
  contentType?: string,
): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: url,
        method,
        // A fresh connection each time: the server closes one after refusing a malformed request.
        agent: false,
        headers: {
          cookie,
          'x-requested-with': 'XMLHttpRequest',
          ...(payload
            ? { 'content-type': contentType ?? 'application/json', 'content-length': payload.length }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in again after a generated request locked the account or ended the session (15 minutes later). */
async function signIn(username: string): Promise<string> {
  t.clock.advance(16 * 60_000);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { username, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${username}: ${res.body}`);
  return cookieFrom(res);
}

beforeAll(async () => {
  t = await createTestApp();
  const make = maker(t);
  const unit = await make.unit({ name: '模糊测试单位' });
  const cadre = await make.cadre(unit.id);
  known.ids.push(unit.id, cadre.id);
  const villages = await t.container.database.db.execute<{ code: string }>(
    sql`select code from regions where code like '520121%' and level = 5 order by code limit 2`,
  );
  const rows =
    (villages as unknown as { rows?: { code: string }[] }).rows ??
    (villages as unknown as { code: string }[]);
  known.codes.push(...rows.map((r) => r.code));
  users = [
    { label: 'sys_admin (national)', user: await t.user({ roles: ['sys_admin'] }) },
    { label: 'org_admin of 520121', user: await t.user({ roles: ['org_admin'], regions: ['520121'] }) },
  ];
  spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t?.close();
});

describe('every OpenAPI route survives generated and hostile input', () => {
  it('reads the routes from /api/openapi.json', () => {
    expect(Object.keys(spec.paths).length).toBeGreaterThan(40);
  });

  it('never answers 5xx, and every error is { code, message, requestId }', async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const operations = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    // Signing in, out or changing the password can end the session (wrong passwords lock the account): last.
    const late = (o: { path: string }) => Number(o.path.startsWith('/api/session'));
    operations.sort((a, b) => late(a) - late(b));
    let resignIns = 0;
    let n = 0;
    for (const { label, user } of users) {
      for (const { path, method, op } of operations) {
        if (
          (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: user.cookie } }))
            .statusCode !== 200
        ) {
          user.cookie = await signIn(user.username);
          resignIns++;
        }
        const samples = fc.sample(requestsFor(path, op), { seed: SEED + n++, numRuns: RUNS_PER_ROUTE });
        for (const g of samples) {
          const url = `${g.path}${g.query}`;
          const sent = `${label}: ${method} ${url.slice(0, 300)}${g.body === undefined ? '' : ` body ${g.body.slice(0, 300)}`}`;
          let res: Awaited<ReturnType<typeof send>>;
          try {
            res = await send(method, url, user.cookie, g.body, g.contentType);
          } catch (e) {
            failures.push(`${sent} → no answer (${(e as Error).message})`);
            continue;
          }
          const what = `${sent} → ${res.status}`;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) failures.push(`${what} ${res.text.slice(0, 200)}`);
          else if (res.status >= 400) {
            let body: { code?: unknown; message?: unknown; requestId?: unknown } = {};
            try {
              body = JSON.parse(res.text);
            } catch {}
            if (
              typeof body.code !== 'string' ||
              typeof body.message !== 'string' ||
              typeof body.requestId !== 'string'
            )
              failures.push(`${what} not our error shape: ${res.text.slice(0, 200)}`);
          }
        }
      }
    }
    if (process.env.FUZZ_OUT) console.log(Object.fromEntries(statuses), { resignIns });
    if (process.env.FUZZ_OUT)
      (await import('node:fs')).writeFileSync(process.env.FUZZ_OUT, failures.join('\n'));
    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([]);
  }, 900_000);
});
