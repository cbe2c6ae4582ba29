import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../src/domain/time';
import { assignments, villageTasks, workLogs } from '../../src/server/db/schema';
import type { DemoAccount } from '../../src/server/demo/seed';
import { createTestApp, type TestApp, XHR } from '../support/app';

// Issue 11 item 8: a year of work logs (by exception, never daily) and a task list with progress for each demo
// team; demo_cadre (first secretary of 双永村 520121101200) has a full picture.
const VILLAGE = '520121101200';

let t: TestApp;
let accounts: DemoAccount[];
let today: string;
const signIn = async (username: string) => {
  const a = accounts.find((x) => x.username === username)!;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: XHR,
    payload: { username: a.username, password: a.password },
  });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return (url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    t.app.inject({ url, method, headers: { cookie, ...XHR }, ...(payload ? { payload } : {}) });
};

beforeAll(async () => {
  t = await createTestApp({ demoAt: '2026-03-02T02:00:00Z' });
  today = todayInShanghai(t.clock.now());
  accounts = t.demoAccounts;
}, 480_000);
afterAll(() => t?.close());

describe('the demo county’s work logs and task lists (issue 11 item 8)', () => {
  it('gives demo_cadre a year of logs under all four duties, some with households visited, none in the future and never one a day', async () => {
    const as = await signIn('demo_cadre');
    const res = await as('/api/work-logs?pageSize=500');
    expect(res.statusCode, res.body).toBe(200);
    const { items, total } = res.json() as {
      items: {
        on: string;
        duty: string;
        kind: string;
        householdsVisited: number | null;
        villageCode: string;
      }[];
      total: number;
    };
    expect(total).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.duty))).toEqual(
      new Set(['party_organisation', 'prosperity', 'governance', 'service']),
    );
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThanOrEqual(4);
    expect(items.some((i) => (i.householdsVisited ?? 0) > 0)).toBe(true);
    expect(items.every((i) => i.on <= today && i.villageCode === VILLAGE)).toBe(true);
    const days = new Set(items.map((i) => i.on));
    expect(days.size).toBe(items.length);
    const first = [...days].sort()[0]!;
    const span = (Date.parse(today) - Date.parse(first)) / 86_400_000 + 1;
    expect(days.size / span).toBeLessThan(0.4);
  });

  it('gives demo_cadre the village’s full task list with progress, and lets it write today’s log', async () => {
    const as = await signIn('demo_cadre');
    const list = (await as(`/api/villages/${VILLAGE}/tasks`)).json();
    expect(list.mayWrite).toBe(true);
    expect(list.items.length).toBeGreaterThanOrEqual(8);
    expect(new Set(list.items.map((i: { duty: string }) => i.duty)).size).toBe(4);
    expect(
      list.items.filter((i: { latestProgress: unknown }) => i.latestProgress).length,
    ).toBeGreaterThanOrEqual(5);
    const res = await as('/api/work-logs', 'POST', {
      clientId: crypto.randomUUID(),
      on: today,
      kind: 'problem_solved',
      duty: 'service',
      text: '演示：帮助村民办理医保报销。',
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('gives every village with a team on post today a task list, and the township and county the logs of their villages', async () => {
    const db = t.container.database.db;
    const onPost = await db
      .selectDistinct({ code: assignments.villageCode })
      .from(assignments)
      .where(
        and(
          eq(assignments.countyCode, '520121'),
          lte(assignments.startOn, today),
          or(isNull(assignments.endOn), gte(assignments.endOn, today)),
        ),
      );
    const withTasks = new Set(
      (await db.selectDistinct({ code: villageTasks.villageCode }).from(villageTasks)).map((r) => r.code),
    );
    expect(onPost.length).toBeGreaterThan(0);
    expect(onPost.filter((v) => !withTasks.has(v.code))).toEqual([]);
    const township = await signIn('demo_township');
    const logs = (await township('/api/work-logs?pageSize=5')).json();
    expect(logs.total).toBeGreaterThan(100);
    const county = await signIn('demo_org');
    expect((await county('/api/work-logs?pageSize=5')).json().total).toBe(
      (await db.select({ id: workLogs.id }).from(workLogs)).length,
    );
  });
});

describe('the demo county’s half-year reports (issue 12 item 7)', () => {
  it('holds two half years of reports in every state, and completeness names who is missing', async () => {
    const county = await signIn('demo_leading');
    const statuses = new Set<string>();
    let late = 0;
    let heard = 0;
    let corrected = 0;
    let missing = 0;
    for (const period of ['2025H1', '2025H2']) {
      const list = (await county(`/api/half-year-reports?period=${period}&pageSize=500`)).json();
      expect(list.total, period).toBeGreaterThan(0);
      for (const r of list.items as { status: string; late: boolean; hearing: unknown; version: number }[]) {
        statuses.add(r.status);
        if (r.late && r.status !== 'draft') late++;
        if (r.hearing) heard++;
        if (r.version > 1) corrected++;
      }
      const c = (
        await county(`/api/half-year-reports/completeness?region=520121101&period=${period}`)
      ).json();
      expect(c.missing.length).toBe(c.due - c.submitted);
      missing += c.missing.length;
    }
    expect(statuses).toEqual(new Set(['draft', 'submitted', 'reviewed']));
    expect(late).toBeGreaterThan(0);
    expect(heard).toBeGreaterThan(0);
    expect(corrected).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
  });

  it('gives demo_cadre its latest report submitted, drafted mostly from the records, waiting for the leading group', async () => {
    const as = await signIn('demo_cadre');
    const mine = (await as('/api/half-year-reports?period=2025H2')).json();
    expect(mine.items).toHaveLength(1);
    const r = (await as(`/api/half-year-reports/${mine.items[0].id}`)).json().report;
    expect(r.status).toBe('submitted');
    expect(r.prefill.filled / r.prefill.total).toBeGreaterThanOrEqual(0.8);
    const leading = await signIn('demo_leading');
    expect((await leading(`/api/half-year-reports/${r.id}`)).json().report.allowedSteps).toContain('review');
  });

  it('puts the reports on the to-dos: a draft for the cadre, a submitted one for the leading group, a reviewed one for the unit — each a link (P17.4.2-report, P21.5-unit-hear)', async () => {
    type Todo = { kind: string; href: string; ruleId?: string };
    const todosOf = async (username: string) =>
      ((await (await signIn(username))('/api/todos')).json().items as Todo[]).filter((i) =>
        i.kind.startsWith('report_'),
      );
    const leading = await signIn('demo_leading');
    const submitted = (await leading('/api/half-year-reports?status=submitted&pageSize=500')).json();
    const review = await todosOf('demo_leading');
    expect(review.filter((i) => i.kind === 'report_to_review')).toHaveLength(Math.min(submitted.total, 21));
    expect(review[0]).toMatchObject({
      href: expect.stringMatching(/^\/reports\//),
      ruleId: 'P17.4.2-report',
    });
    // The cadre's own drafts only; nothing of other cadres.
    const cadre = await signIn('demo_cadre');
    const drafts = (await cadre('/api/half-year-reports?status=draft')).json();
    expect((await todosOf('demo_cadre')).filter((i) => i.kind === 'report_to_submit')).toHaveLength(
      drafts.total,
    );
    expect((await todosOf('demo_cadre')).some((i) => i.kind === 'report_to_review')).toBe(false);
    // The dispatching unit: the reviewed reports of its cadres not yet heard.
    const unit = await signIn('demo_unit_committee');
    const reviewed = (await unit('/api/half-year-reports?status=reviewed&pageSize=500')).json();
    const unheard = (reviewed.items as { hearing: unknown }[]).filter((r) => !r.hearing).length;
    expect((await todosOf('demo_unit_committee')).filter((i) => i.kind === 'report_to_hear')).toHaveLength(
      Math.min(unheard, 21),
    );
  });
});
