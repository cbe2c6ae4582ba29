import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '../../src/server/demo/seed';
import { createTestApp, type TestApp, XHR } from '../support/app';

// Issue 12 item 7: the demo county's meetings (the last full quarter overdue), talks, a discipline record, one
// rotation with confirmed handover lists and one waiting — and what the demo accounts find on their to-dos.

let t: TestApp;
let accounts: DemoAccount[];
async function as(username: string) {
  const a = accounts.find((x) => x.username === username) as DemoAccount;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { username: a.username, password: a.password },
  });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return async (url: string) => {
    const r = await t.app.inject({ url, headers: { cookie } });
    expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
    return r.json();
  };
}

beforeAll(async () => {
  t = await createTestApp({ demoAt: '2026-03-09T02:00:00Z' });
  accounts = t.demoAccounts;
}, 600_000);
afterAll(() => t.close());

describe('demo: daily management (issue 12 item 7)', () => {
  it('P17.4.2-meeting: three quarters of meetings, the last full quarter missing, one scheduled', async () => {
    const leading = await as('demo_leading');
    const list = await leading('/api/leader-meetings?pageSize=50');
    expect(list.items.filter((m: { status: string }) => m.status === 'held')).toHaveLength(3);
    expect(list.items.filter((m: { status: string }) => m.status === 'scheduled')).toHaveLength(1);
    const overdue = await leading('/api/leader-meetings/overdue');
    expect(overdue).toMatchObject({
      quarter: '2025Q4',
      counties: [expect.objectContaining({ countyCode: '520121' })],
    });
    const todos = (await leading('/api/todos')).items;
    expect(todos).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'meeting_overdue' })]));
  });

  it('talks, a discipline record with its statement, and the lists: confirmed on 双永村’s page, one waiting', async () => {
    const township = await as('demo_township');
    const talks = await township('/api/talks?pageSize=100');
    expect(talks.total).toBeGreaterThan(0);
    expect(talks.items.some((x: { notes: string | null }) => x.notes)).toBe(true);
    const todos = (await township('/api/todos')).items.map((i: { kind: string }) => i.kind);
    expect(todos).toContain('talk_due');
    const org = await as('demo_org');
    const records = await org('/api/discipline-records');
    expect(records.items).toEqual([
      expect.objectContaining({ decision: 'reminder', statement: expect.any(String) }),
    ]);
    const cadre = await as('demo_cadre');
    const page = await cadre('/api/villages/520121101200/handovers');
    expect(page.items).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    const all = await org('/api/assignments?pageSize=500&active=true');
    let waiting = 0;
    for (const a of all.items as { id: string; teamRole: string }[]) {
      if (a.teamRole !== 'first_secretary') continue;
      const h = await org(`/api/assignments/${a.id}/handover`);
      if (h.handover?.status === 'prepared') waiting++;
    }
    expect(waiting).toBe(1);
  });
});
