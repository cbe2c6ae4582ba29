import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { cadreBody, maker } from '../support/make';
import { villagePool } from '../support/selection-factory';

// Offline clients resend a create with the same clientId: the first answer, never a second record (issue 9).

let t: TestApp;
let county: TestUser;
let county2: TestUser;
let hr: TestUser;
let unitId: string;
let village: () => string;

beforeAll(async () => {
  t = await createTestApp();
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  county2 = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const make = maker(t);
  unitId = (await make.unit({ name: '开阳县交通运输局' })).id;
  hr = await t.user({ roles: ['unit_hr'], units: [unitId] });
  village = await villagePool(t);
});
afterAll(() => t.close());

// One open need per village: each request names its own village unless told.
const needBody = (clientId?: string, villageCode = village()) => ({
  villageCode,
  firstSecretary: true,
  members: 2,
  ...(clientId ? { clientId } : {}),
});
const needsOf = async (user: TestUser) =>
  (await user.get('/api/village-needs?pageSize=1')).json().total as number;

describe('idempotency keys on create routes', () => {
  it('answers a resent need with the first answer — same status, same body — and records one need', async () => {
    const before = await needsOf(county);
    const clientId = randomUUID();
    const body = needBody(clientId);
    const first = await county.post('/api/village-needs', body);
    const again = await county.post('/api/village-needs', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await needsOf(county)).toBe(before + 1);
  });

  it('records one need when the same request arrives twice at once', async () => {
    const before = await needsOf(county);
    const clientId = randomUUID();
    const body = needBody(clientId);
    const [a, b] = await Promise.all([
      county.post('/api/village-needs', body),
      county.post('/api/village-needs', body),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().need.id).toBe(b.json().need.id);
    expect(await needsOf(county)).toBe(before + 1);
  });

  it("keeps another user's same clientId apart: each user gets a record of their own", async () => {
    const clientId = randomUUID();
    const mine = await county.post('/api/village-needs', needBody(clientId));
    const theirs = await county2.post('/api/village-needs', needBody(clientId));
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().need.id).not.toBe(mine.json().need.id);
  });

  it('creates a record for each request without a clientId, as before', async () => {
    const before = await needsOf(county);
    await county.post('/api/village-needs', needBody());
    await county.post('/api/village-needs', needBody());
    expect(await needsOf(county)).toBe(before + 2);
  });

  it('gives the key back when the first request is refused, so the corrected resend is recorded', async () => {
    const clientId = randomUUID();
    const body = needBody(clientId);
    const refused = await county.post('/api/village-needs', { ...body, members: -1 });
    expect(refused.statusCode).toBe(400);
    const ok = await county.post('/api/village-needs', body);
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses a clientId that is not a UUID, and one used before for another kind of record', async () => {
    const bad = await county.post('/api/village-needs', needBody('not-a-uuid'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields).toEqual([expect.objectContaining({ field: 'clientId' })]);
    const clientId = randomUUID();
    expect((await hr.post('/api/cadres', { ...cadreBody(unitId), clientId })).statusCode).toBe(201);
    const n = (await county.post('/api/village-needs', needBody())).json().need;
    const reused = await hr.post('/api/nominations', {
      cadreId: randomUUID(),
      needId: n.id,
      role: 'member',
      source: 'recommendation',
      clientId,
    });
    expect(reused.statusCode).toBe(409);
  });

  it('answers a resent cadre and a resent nomination with their first record', async () => {
    const clientId = randomUUID();
    const body = { ...cadreBody(unitId), clientId };
    const c1 = await hr.post('/api/cadres', body);
    const c2 = await hr.post('/api/cadres', body);
    expect(c1.statusCode, c1.body).toBe(201);
    expect(c2.statusCode, c2.body).toBe(201);
    expect(c2.json().cadre.id).toBe(c1.json().cadre.id);

    const n = (await county.post('/api/village-needs', needBody())).json().need;
    const nomination = {
      cadreId: c1.json().cadre.id,
      needId: n.id,
      role: 'member',
      source: 'recommendation',
      clientId: randomUUID(),
    };
    const [a, b] = await Promise.all([
      hr.post('/api/nominations', nomination),
      hr.post('/api/nominations', nomination),
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().nomination.id).toBe(a.json().nomination.id);
    const list = (await hr.get(`/api/nominations?pageSize=100`)).json().items as { needId: string }[];
    expect(list.filter((x) => x.needId === n.id)).toHaveLength(1);
  });
});
