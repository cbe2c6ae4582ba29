// Half-year reports at the national scale of the attendance issue (issue 12 "Engineering"), on PostgreSQL only.
// It reuses the country bench/attendance.bench.ts generates (teams, cadres, a year of leave, trips and ledger
// months): run that once with ATT_KEEP=1 and name the kept database here. To the province with the most
// assignments it adds what the drafter reads besides the ledger — a half year of work logs for every cadre on
// post, three tasks per village with progress, a leader meeting per county — and reports for about three quarters of those who owe one,
// in every state. Then it measures through the real app over HTTP:
//   (a) drafting one report (POST /api/half-year-reports by the cadre's own account: six ledger months, the
//       logs, tasks, meetings, trips and leave, the pure drafter, the insert and its audit) against reading the
//       same report back (GET /api/half-year-reports/:id), the cheapest round trip of the module, same run;
//   (b) the completeness of the province (GET /api/half-year-reports/completeness, one set query) against the
//       naive loop — the owing assignments, then one query per assignment for its report — whose counts are
//       checked against the route's before anything is timed.
// Run: DATABASE_URL=postgres://… REP_REUSE=zhucun_bench_att_10288 npx tsx bench/reports.bench.ts
//   REP_REUSE    the kept database of the attendance bench (ATT_REUSE is read too); it is never dropped
//   REP_PERIOD   the half year (default 2026H1); REP_DRAFTS reports drafted and timed (default 100)
//   REP_REPEATS  completeness/naive samples (default 20/5)
// The rows it adds stay in the kept database (a later run finds them and adds none; it drafts other cadres').
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  dueDateOf,
  type HalfYearPeriod,
  MIN_DAYS_ON_POST,
  periodDates,
} from '../src/domain/reports/half-year';
import { compareDates, type IsoDate } from '../src/domain/time';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { createContainer } from '../src/server/container';
import { openPostgres } from '../src/server/db/client';
import { hashPassword } from '../src/server/security/passwords';
import { pgAdminUrl } from '../tests/support/template';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name a PostgreSQL server (this bench runs on PostgreSQL only)');
const benchDb = process.env.REP_REUSE ?? process.env.ATT_REUSE;
if (!benchDb)
  throw new Error(
    'REP_REUSE must name a database kept by bench/attendance.bench.ts (ATT_KEEP=1): this bench adds to it',
  );
const period = (process.env.REP_PERIOD ?? '2026H1') as HalfYearPeriod;
const drafts = Number(process.env.REP_DRAFTS ?? 100);
const [repeats, naiveRepeats] = (process.env.REP_REPEATS ?? '20/5').split('/').map(Number) as [
  number,
  number,
];
const t0 = performance.now();
const log = (s: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(0)} s] ${s}`);
const { from, to } = periodDates(period);
const due = dueDateOf(period);

const database = await openPostgres(pgAdminUrl(url, benchDb));
await database.migrate();
const container = createContainer(database, { ...loadConfig({ LOG_LEVEL: 'silent' }), logLevel: 'silent' });
const pool = (database.db as unknown as { $client: pg.Pool }).$client;
const q = async <R extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
) => (await pool.query<R>(text, values)).rows;

const province = (
  await q<{ p: string }>('select province_code p from assignments group by 1 order by count(*) desc limit 1')
)[0]!.p;
// Who owes a report: on post at least MIN_DAYS_ON_POST days of the half year (the repository's rule).
const owing = `from assignments a where a.province_code = $1 and a.start_on <= $3::date
  and (a.end_on is null or a.end_on >= $2::date)
  and (least(coalesce(a.end_on, $3::date), $3::date) - greatest(a.start_on, $2::date) + 1) >= ${MIN_DAYS_ON_POST}`;
const owingArgs = [province, from, to];

// ── what the drafter reads besides the ledger, and the reports already written ──
const passwordHash = await hashPassword('Bench#Pass2026');
const admin = `bench_reports_${Date.now()}`;
await container.repositories.users.insert(database.db, {
  username: admin,
  displayName: 'bench',
  passwordHash,
  roles: ['org_admin'],
  scopeRegions: [province],
  scopeUnits: [],
});
const adminId = (await q<{ id: string }>('select id from users where username = $1', [admin]))[0]!.id;
const generated = performance.now();
const haveLogs = Number(
  (
    await q<{ n: string }>(
      `select count(*) n from work_logs where province_code = $1 and "on" between $2 and $3`,
      owingArgs,
    )
  )[0]!.n,
);
if (haveLogs === 0) {
  // About one log a week per cadre, on the working days on post, each kind and duty in turn.
  await q(
    `insert into work_logs (cadre_id, assignment_id, client_id, unit_id, province_code, county_code, township_code,
       village_code, "on", kind, duty, text, households_visited, created_at)
     select a.cadre_id, a.id, gen_random_uuid(), a.unit_id, a.province_code, a.county_code, left(a.village_code, 9),
       a.village_code, d::date,
       (array['household_visit','problem_solved','meeting','project','study','household_visit'])[1 + (n % 6)],
       (array['party_organisation','prosperity','governance','service'])[1 + (n % 4)],
       '走访农户，了解生产生活情况，协调解决群众反映的问题。',
       case when n % 6 in (0, 5) then 1 + n % 5 end, d::date + time '18:00'
     ${owing.replace('from assignments a', "from assignments a cross join lateral generate_series(greatest(a.start_on, $2::date), least(coalesce(a.end_on, $3::date), $3::date), interval '1 day') with ordinality g(d, n)")}
       and extract(isodow from d) = 1 + (abs(hashtext(a.id::text)) % 5)`,
    owingArgs,
  );
  // Three tasks per village of the province's teams, made in January, with progress; one in three done.
  await q(
    `with v as (select distinct a.village_code, a.province_code, a.county_code, left(a.village_code, 9) township_code ${owing}),
     t as (
       insert into village_tasks (village_code, province_code, county_code, township_code, duty, title, status,
         closed_on, created_on, created_by)
       select v.village_code, v.province_code, v.county_code, v.township_code,
         (array['prosperity','governance','service'])[k], (array['发展村集体经济','修订村规民约','建设便民服务站'])[k],
         case when k = 1 then 'done' else 'open' end, case when k = 1 then $3::date - 20 end, $2::date + 10, $4
       from v cross join generate_series(1, 3) k
       returning id, created_on)
     insert into village_task_progress (task_id, user_id, client_id, by_name, percent, note, "on")
     select t.id, $4, gen_random_uuid(), '驻村干部', p * 30, '按计划推进', t.created_on + p * 40
     from t cross join generate_series(1, 3) p`,
    [...owingArgs, adminId],
  );
  // A team-leader meeting of each county in the half year's second quarter, every cadre on post attending.
  await q(
    `insert into leader_meetings (province_code, county_code, status, held_on, place, attendee_cadre_ids,
       recorded_by_name, created_at, updated_at)
     select a.province_code, a.county_code, 'held', $2::date + 100, '县委组织部会议室',
       jsonb_agg(distinct a.cadre_id), '领导小组办公室', now(), now()
     ${owing} group by 1, 2`,
    owingArgs,
  );
  log('added a half year of work logs, the villages’ tasks and the counties’ leader meetings');
}
const haveReports = Number(
  (
    await q<{ n: string }>(
      'select count(*) n from half_year_reports where province_code = $1 and period = $2',
      [province, period],
    )
  )[0]!.n,
);
if (haveReports === 0) {
  // Three quarters of those who owe one have a report: a tenth drafts, the rest submitted (one in ten late),
  // reviewed or heard. The last quarter (by a hash of the assignment) is left for the drafting runs.
  const sections = JSON.stringify([
    {
      key: 'attendance',
      title: '在岗情况',
      text: '本半年在村工作。',
      filledFrom: ['attendance'],
      cadreWrites: false,
    },
    { key: 'thinking', title: '思想', text: '思想稳定。', filledFrom: [], cadreWrites: true },
  ]);
  await q(
    `insert into half_year_reports (assignment_id, cadre_id, unit_id, province_code, county_code, township_code,
       village_code, period, status, sections, prefill_filled, prefill_total, submitted_at, submitted_on,
       reviewed_at, reviewer_name, review_opinion, heard_on, hearing_opinion, hearer_name, created_at, updated_at)
     select a.id, a.cadre_id, a.unit_id, a.province_code, a.county_code, left(a.village_code, 9), a.village_code, $4::text,
       s.status, $5::jsonb, 9, 11,
       case when s.status <> 'draft' then s.sent::timestamptz end, case when s.status <> 'draft' then s.sent end,
       case when s.status = 'reviewed' then s.sent::timestamptz + interval '5 days' end,
       case when s.status = 'reviewed' then '领导小组' end, case when s.status = 'reviewed' then '同意' end,
       case when s.heard then s.sent + 10 end, case when s.heard then '听取汇报' end,
       case when s.heard then '派出单位' end, $3::timestamptz, $3::timestamptz
     ${owing.replace(
       'from assignments a',
       `from assignments a cross join lateral (select
        case when h % 40 < 3 then 'draft' when h % 40 < 15 then 'submitted' else 'reviewed' end as status,
        (case when h % 10 = 0 then $6::date + 3 else $6::date - 1 - h % 10 end) as sent,
        h % 40 >= 30 as heard
       from (select abs(hashtext(a.id::text)) h) x) s`,
     )}
       and abs(hashtext(a.id::text)) % 4 <> 0`,
    [...owingArgs, period, sections, due],
  );
  log('added the province’s reports');
}
const addSeconds = (performance.now() - generated) / 1000;
await q('analyze work_logs; analyze village_tasks; analyze village_task_progress; analyze half_year_reports');

const counts = Object.fromEntries(
  (
    await q<{ t: string; n: string }>(
      `select 'assignments' t, count(*) n from assignments
       union all select 'owing in the province', count(*) ${owing}
       union all select 'work_logs', count(*) from work_logs
       union all select 'village_tasks', count(*) from village_tasks
       union all select 'half_year_reports', count(*) from half_year_reports`,
      owingArgs,
    )
  ).map((r) => [r.t, Number(r.n)]),
);

// ── the app and the cadres' own accounts ──
const app = await buildApp(container, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const xhr = { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' };
async function signIn(username: string) {
  const r = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: xhr,
    body: JSON.stringify({ username, password: 'Bench#Pass2026' }),
  });
  if (!r.ok) throw new Error(`sign-in of ${username}: ${r.status}`);
  return (r.headers.get('set-cookie') ?? '').split(';')[0]!;
}
async function timed(method: 'GET' | 'POST', path: string, cookie: string, body?: unknown) {
  const start = performance.now();
  const r = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? { cookie } : { ...xhr, cookie },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
  return { ms, text };
}
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
};
const adminCookie = await signIn(admin);

// ── (a) drafting one report, by the cadre's own account, against reading it back ──
const writers = await q<{ cadre_id: string; assignment_id: string }>(
  `select a.cadre_id, a.id assignment_id ${owing}
     and not exists (select 1 from half_year_reports r where r.assignment_id = a.id and r.period = $4)
     and not exists (select 1 from assignments b where b.cadre_id = a.cadre_id and b.id <> a.id
                     and b.start_on <= $3::date and (b.end_on is null or b.end_on >= $2::date))
   order by md5(a.id::text) limit $5`,
  [...owingArgs, period, drafts],
);
if (writers.length < drafts) log(`only ${writers.length} cadres left without a ${period} report`);
const draftTimes: number[] = [];
const readTimes: number[] = [];
const prefill: number[] = [];
for (const w of writers) {
  const existing = await q<{ username: string }>(
    'select username from users where cadre_id = $1 and not disabled',
    [w.cadre_id],
  );
  let username = existing[0]?.username;
  if (!username) {
    username = `bench_cadre_${w.cadre_id.slice(0, 8)}_${randomUUID().slice(0, 4)}`;
    await container.repositories.users.insert(database.db, {
      username,
      displayName: username,
      passwordHash,
      roles: ['cadre'],
      scopeRegions: [],
      scopeUnits: [],
      cadreId: w.cadre_id,
    } as Parameters<typeof container.repositories.users.insert>[1]);
  }
  const cookie = await signIn(username);
  const made = await timed('POST', '/api/half-year-reports', cookie, {
    assignmentId: w.assignment_id,
    period,
  });
  draftTimes.push(made.ms);
  const report = JSON.parse(made.text).report as { id: string; prefill: { filled: number; total: number } };
  prefill.push(report.prefill.filled / report.prefill.total);
  readTimes.push((await timed('GET', `/api/half-year-reports/${report.id}`, cookie)).ms);
}
log(`drafted ${draftTimes.length} reports`);

// ── (b) the province's completeness against the naive loop ──
const completenessPath = `/api/half-year-reports/completeness?region=${province}&period=${period}`;
const answer = JSON.parse((await timed('GET', completenessPath, adminCookie)).text) as {
  due: number;
  submitted: number;
  late: number;
  reviewed: number;
  heard: number;
  missing: unknown[];
};
const naiveClient = new pg.Client({ connectionString: pgAdminUrl(url, benchDb) });
await naiveClient.connect();
async function naive() {
  const owed = (
    await naiveClient.query<{ id: string }>(`select a.id ${owing} order by a.village_code`, owingArgs)
  ).rows;
  const c = { due: owed.length, submitted: 0, late: 0, reviewed: 0, heard: 0, missing: 0 };
  for (const a of owed) {
    const [r] = (
      await naiveClient.query<{ status: string; submitted_on: string | null; heard_on: string | null }>(
        'select status, submitted_on::text, heard_on::text from half_year_reports where assignment_id = $1 and period = $2',
        [a.id, period],
      )
    ).rows;
    if (!r || r.status === 'draft') c.missing++;
    else {
      c.submitted++;
      if (r.submitted_on && compareDates(r.submitted_on as IsoDate, due) > 0) c.late++;
    }
    if (r?.status === 'reviewed') c.reviewed++;
    if (r?.heard_on) c.heard++;
  }
  return c;
}
const check = await naive();
const got = { ...answer, missing: answer.missing.length };
for (const k of ['due', 'submitted', 'late', 'reviewed', 'heard', 'missing'] as const)
  if (check[k] !== got[k]) throw new Error(`naive ${k} ${check[k]} ≠ completeness ${got[k]}`);
const completenessTimes: number[] = [];
for (let i = 0; i < repeats; i++)
  completenessTimes.push((await timed('GET', completenessPath, adminCookie)).ms);
const naiveTimes: number[] = [];
for (let i = 0; i < naiveRepeats; i++) {
  const start = performance.now();
  await naive();
  naiveTimes.push(performance.now() - start);
}
log('timed the completeness');

// ── the table ──
const ms = (n: number) => n.toFixed(1);
const row = (what: string, xs: number[], base: number[]) => {
  const [p50, p95, b50, b95] = [
    percentile(xs, 0.5),
    percentile(xs, 0.95),
    percentile(base, 0.5),
    percentile(base, 0.95),
  ];
  return `| ${what} | ${xs.length} | ${ms(p50)} | ${ms(p95)} | ${ms(b50)} | ${ms(b95)} | ${(p50 / b50).toFixed(2)} | ${(p95 / b95).toFixed(2)} |`;
};
console.log(
  `Half-year reports, province ${province}, ${period} (${from} to ${to}, due ${due}); database ${benchDb}: ${Object.entries(
    counts,
  )
    .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
    .join(', ')}; rows added in this run ${addSeconds.toFixed(0)} s.`,
);
console.log(
  `Completeness of the province: due ${answer.due}, submitted ${answer.submitted}, late ${answer.late}, reviewed ${answer.reviewed}, heard ${answer.heard}, missing ${answer.missing.length} (the naive loop's counts are the same).`,
);
console.log('');
console.log('| measured | n | p50 ms | p95 ms | baseline p50 ms | baseline p95 ms | ratio p50 | ratio p95 |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(row('draft one report (POST) vs reading it back (GET /:id)', draftTimes, readTimes));
console.log(
  row('province completeness (one set query) vs naive loop (1 + N queries)', completenessTimes, naiveTimes),
);
console.log('');
console.log(
  `Prefill share of the drafted reports: min ${(Math.min(...prefill) * 100).toFixed(0)} %, median ${(percentile(prefill, 0.5) * 100).toFixed(0)} % (issue 12: at least 80 % for a normal half year).`,
);

await naiveClient.end();
await app.close();
await database.close();
console.error(`database ${benchDb} kept`);
