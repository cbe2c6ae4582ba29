import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '../../src/server/demo/seed';
import { createTestApp, type TestApp, XHR } from '../support/app';

// Issue 13 item 6: the demo county's assessments — last year's batch decided and published, this year's in
// progress with villagers' codes partly used — as demo_org finds them.

let t: TestApp;
let get: (url: string) => Promise<unknown>;

beforeAll(async () => {
  t = await createTestApp({ demoAt: '2026-03-02T02:00:00Z' });
  const accounts = t.demoAccounts;
  const org = accounts.find((a) => a.username === 'demo_org') as DemoAccount;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { username: org.username, password: org.password },
  });
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  get = async (url) => {
    const r = await t.app.inject({ url, headers: { cookie } });
    expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
    return r.json();
  };
}, 600_000);
afterAll(() => t?.close());

describe('the assessment demo', () => {
  it('shows last year decided within the quota and published, this year in progress with codes partly used', async () => {
    const { items } = (await get('/api/assessment-batches')) as {
      items: { id: string; year: number; status: string; eligible: number; decided: number }[];
    };
    const last = items.find((b) => b.year === 2025)!;
    const current = items.find((b) => b.year === 2026)!;
    expect(last).toMatchObject({ status: 'published' });
    expect(last.eligible).toBeGreaterThan(10);
    expect(last.decided).toBe(last.eligible);
    expect(current).toMatchObject({ status: 'open', decided: 0 });
    const progress = (await get(`/api/assessment-batches/${current.id}/progress`)) as {
      villages: { codesIssued: number; answered: number }[];
    };
    const answered = progress.villages.reduce((s, v) => s + v.answered, 0);
    const issued = progress.villages.reduce((s, v) => s + v.codesIssued, 0);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(issued);
    const dist = (await get('/api/assessment-distribution?year=2025&region=520121')) as {
      byCounty: { counts: Record<string, number> }[];
    };
    const counts = dist.byCounty[0]!.counts;
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    expect(total).toBe(last.eligible);
    expect(counts.excellent ?? 0).toBeLessThanOrEqual(Math.floor(total * 0.2)); // P17.5.1-mix
  });
});
