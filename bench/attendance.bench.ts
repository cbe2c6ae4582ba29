// The attendance ledger at national scale (issue 10 "Scale", DESIGN.md §7), on PostgreSQL only.
// Generates teams, cadres and one year of leave, trips, verifications and rest-day stays with their monthly
// aggregates, then measures through the real app over HTTP:
//   (a) a province-month summary (GET /api/attendance/summary, read from attendance_months) against the naive
//       query that computes the same figures from the raw records in SQL, grouped by county — same run;
//   (b) one cadre's month ledger (GET /api/attendance/ledger);
//   (c) leave requests (POST /api/leave-requests, each a distinct valid leave of a cadre's own account) under
//       20 connections against a bare Fastify route answering 201 in the same process.
// Run: DATABASE_URL=postgres://… ATT_SCALE=0.05 npx tsx bench/attendance.bench.ts
//   ATT_SCALE   1.0 = 250,000 teams and 800,000 cadres (default 0.05)
//   ATT_SECONDS seconds of each write run (default 10); ATT_REPEATS summary/naive/ledger samples (30/5/200)
//   ATT_REUSE   name of a database an earlier run kept (ATT_KEEP=1): no generation, not dropped
//
// The bulk data is written with COPY straight into the tables, in the shapes the services write: every
// assignment hangs off a need, a nomination (decided) and a team; leave carries its steps (request, approve,
// return / reject / cancel), the working days and the approver the service computes (workingDaysIn,
// approverFor); a verification's outcome is readFinding's answer on its day (an absence on a working day is
// then excused, refused or left awaiting an explanation); and attendance_months holds, for each
// assignment-month on post, what the service's recompute writes: ledgerDays + summarise with the calendar
// and the parameters the container reads (calendar.forRegion, settings.effective). The summary treats any
// missing or stale row by recomputing it, so a wrong aggregate would show as slow, and the naive figures
// are checked against the summary's before anything is timed.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { prefixUpperBound } from '../src/domain/access/scope';
import { approverFor, workingDaysIn } from '../src/domain/attendance/leave';
import {
  type DayKind,
  type LedgerRecords,
  ledgerDays,
  monthDates,
  summarise,
} from '../src/domain/attendance/ledger';
import { countsAsAbsence, readFinding } from '../src/domain/attendance/verification';
import { addDays, type IsoDate, todayInShanghai } from '../src/domain/time';
import { buildApp } from '../src/server/app';
import { ensureRegions } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/config';
import { createContainer } from '../src/server/container';
import { openPostgres } from '../src/server/db/client';
import type { AttendanceCalendar, AttendanceParams } from '../src/server/modules/attendance/attendance.env';
import { hashPassword } from '../src/server/security/passwords';
import { pgAdminUrl } from '../tests/support/template';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must name a PostgreSQL server (this bench runs on PostgreSQL only)');
const scale = Number(process.env.ATT_SCALE ?? 0.05);
const writeSeconds = Number(process.env.ATT_SECONDS ?? 10);
const [summaryRepeats, naiveRepeats, ledgerRepeats] = (process.env.ATT_REPEATS ?? '30/5/200')
  .split('/')
  .map(Number) as [number, number, number];
const reuse = process.env.ATT_REUSE;
const benchDb = reuse ?? `zhucun_bench_att_${process.pid}`;
const quiet = { info: () => {}, progress: () => {}, secret: () => {} };
const log = (s: string) => console.error(`[${((performance.now() - t0) / 1000).toFixed(0)} s] ${s}`);
const t0 = performance.now();

// One year of records, all past: December to November before the machine's today (Asia/Shanghai).
const today = todayInShanghai(new Date());
const windowEnd = addDays(`${today.slice(0, 7)}-01` as IsoDate, -1);
const windowStart = addDays(windowEnd, 1 - 365)
  .slice(0, 8)
  .concat('01') as IsoDate;
const months: string[] = [];
for (let d = windowStart; d <= windowEnd; d = addDays(`${d.slice(0, 7)}-28` as IsoDate, 7))
  months.push(d.slice(0, 7));
const MID_MONTH = months[6]!;

async function adminQuery(text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(text);
  await c.end();
}

/** mulberry32: seeded, so every run at a scale generates the same country. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(20261205);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

if (!reuse) await adminQuery(`create database ${benchDb}`);
const database = await openPostgres(pgAdminUrl(url, benchDb));
await database.migrate();
await ensureRegions(database, quiet);
const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), logLevel: 'silent' };
const container = createContainer(database, config);
const { settings, calendar } = container.services;
const pool = (database.db as unknown as { $client: pg.Pool }).$client;
const q = async <R extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
) => (await pool.query<R>(text, values)).rows;

const calendars = new Map<string, AttendanceCalendar>();
const calendarOf = async (region: string) => {
  let c = calendars.get(region);
  if (!c) {
    c = await calendar.forRegion(region);
    calendars.set(region, c);
  }
  return c;
};
const paramsCache = new Map<string, AttendanceParams>();
// Settings are set down to the county (settings catalogue levels), so a village's values are its county's.
// With no setting set anywhere (a generated database sets none), every region and date has the defaults.
const noSettings = Number((await q<{ n: string }>('select count(*) n from setting_values'))[0]!.n) === 0;
const paramsOf = async (region: string, date: string) => {
  const key = noSettings ? 'defaults' : `${region.slice(0, 6)}|${date}`;
  let p = paramsCache.get(key);
  if (!p) {
    p = await settings.effective(region, date);
    paramsCache.set(key, p);
  }
  return p;
};

// ── generation ──
let copySeconds = 0;
const copyValue = (v: unknown) =>
  v === null || v === undefined ? '\\N' : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
class Table {
  rows: string[] = [];
  count = 0;
  constructor(
    readonly name: string,
    readonly columns: string[],
  ) {}
  add(...values: unknown[]) {
    this.rows.push(values.map(copyValue).join('\t'));
    this.count++;
  }
  async flush() {
    if (!this.rows.length) return;
    const text = `${this.rows.join('\n')}\n`;
    this.rows = [];
    const start = performance.now();
    await database.copyText(this.name, this.columns, text);
    copySeconds += (performance.now() - start) / 1000;
  }
}

let generationSeconds = 0;
if (!reuse) {
  const teamCount = Math.round(250_000 * scale);
  const started = performance.now();
  // Villages that carry a team: a deterministic spread over the whole country.
  const villages = (
    await q<{ code: string }>(`select code from regions where level = 5 order by md5(code) limit $1`, [
      teamCount,
    ])
  ).map((r) => r.code);
  const nowIso = new Date().toISOString();
  const counties = [...new Set(villages.map((v) => v.slice(0, 6)))];
  const units = new Map<string, string>();
  const unitTable = new Table('units', [
    'id',
    'name',
    'kind',
    'level',
    'region_code',
    'province_code',
    'county_code',
  ]);
  for (const c of counties) {
    const id = randomUUID();
    units.set(c, id);
    unitTable.add(id, `派出单位 ${c}（基准）`, 'county_organ', 'county', c, c.slice(0, 2), c);
  }
  await unitTable.flush();

  const needs = new Table('village_needs', [
    'id',
    'village_code',
    'province_code',
    'county_code',
    'first_secretary',
    'members',
    'status',
    'effective_on',
    'policy_version',
    'created_by_name',
  ]);
  const teams = new Table('teams', [
    'id',
    'village_code',
    'province_code',
    'county_code',
    'batch',
    'started_on',
  ]);
  const cadres = new Table('cadres', [
    'id',
    'unit_id',
    'region_code',
    'province_code',
    'county_code',
    'name',
    'gender',
    'birth_date',
    'id_number_cipher',
    'id_number_hash',
    'id_number_masked',
    'phone_cipher',
    'phone_masked',
    'party_status',
    'work_started_on',
  ]);
  const nominations = new Table('nominations', [
    'id',
    'cadre_id',
    'unit_id',
    'need_id',
    'village_code',
    'province_code',
    'county_code',
    'role',
    'source',
    'nominated_on',
    'policy_version',
    'status',
  ]);
  const assignmentsT = new Table('assignments', [
    'id',
    'team_id',
    'nomination_id',
    'cadre_id',
    'unit_id',
    'village_code',
    'province_code',
    'county_code',
    'team_role',
    'start_on',
    'planned_end_on',
  ]);
  const located = ['assignment_id', 'cadre_id', 'unit_id', 'province_code', 'county_code', 'village_code'];
  const leaves = new Table('leave_requests', [
    'id',
    ...located,
    'kind',
    'start_on',
    'end_on',
    'reason',
    'status',
    'working_days',
    'approver',
    'township_opinion',
    'decided_at',
    'returned_on',
    'requested_by_name',
    'requested_at',
  ]);
  const steps = new Table('leave_request_steps', [
    'leave_request_id',
    'step',
    'from_status',
    'to_status',
    'by_name',
    'at',
    'note',
  ]);
  const trips = new Table('official_trips', [
    'id',
    ...located,
    'kind',
    'start_on',
    'end_on',
    'destination',
    'purpose',
    'status',
    'reported_by_name',
    'reported_at',
  ]);
  const checks = new Table('verifications', [
    'id',
    ...located,
    '"on"',
    'day_kind',
    'method',
    'finding',
    'note',
    'consistent_with',
    'outcome',
    'explanation',
    'decision_reason',
    'recorded_by_name',
    'recorded_at',
  ]);
  const stays = new Table('rest_day_stays', ['id', ...located, '"on"', 'recorded_at']);
  const monthsT = new Table('attendance_months', [
    'assignment_id',
    'month',
    ...located.slice(1, 2),
    'province_code',
    'county_code',
    'village_code',
    'days_on_post',
    'working_days',
    'days_in_village',
    'leave_days',
    'trip_days',
    'training_days',
    'absent_days',
    'rest_days',
    'rest_day_stays',
    'minimum_days',
    'meets_minimum',
    'unknown_calendar_year',
    'as_of',
    'computed_at',
  ]);
  const tables = [
    needs,
    teams,
    cadres,
    nominations,
    assignmentsT,
    leaves,
    steps,
    trips,
    checks,
    stays,
    monthsT,
  ];
  const leaveKinds = ['personal', 'sick', 'annual', 'family_visit', 'other', 'bereavement'] as const;
  let cadreNo = 0;

  for (let t = 0; t < villages.length; t++) {
    const village = villages[t]!;
    const county = village.slice(0, 6);
    const province = village.slice(0, 2);
    const unitId = units.get(county)!;
    const cal = await calendarOf(village);
    const kind = (d: string) => cal.kindOf(d);
    const needId = randomUUID();
    const teamId = randomUUID();
    // 3.2 cadres a team on average (800,000 / 250,000): a first secretary and two or three members.
    const size = random() < 0.8 ? 3 : 4;
    const startOn = (
      random() < 0.9 ? addDays(windowStart, -between(1, 365)) : addDays(windowStart, between(0, 330))
    ) as IsoDate;
    const plannedEnd = addDays(startOn, 730);
    needs.add(needId, village, province, county, true, size - 1, 'filled', startOn, 'bench', 'bench');
    teams.add(teamId, village, province, county, 1, startOn);
    for (let m = 0; m < size; m++) {
      const cadreId = randomUUID();
      const nominationId = randomUUID();
      const assignmentId = randomUUID();
      const role = m === 0 ? 'first_secretary' : 'member';
      const n = cadreNo++;
      cadres.add(
        cadreId,
        unitId,
        county,
        province,
        county,
        `干部${n}`,
        random() < 0.7 ? 'male' : 'female',
        `19${between(70, 99)}-0${between(1, 9)}-1${between(0, 9)}`,
        'bench:not-encrypted',
        `bench-${n}`,
        '************0000',
        'bench:not-encrypted',
        '138****0000',
        'full',
        '2000-07-01',
      );
      nominations.add(
        nominationId,
        cadreId,
        unitId,
        needId,
        village,
        province,
        county,
        role,
        'recommendation',
        addDays(startOn, -30),
        'bench',
        'decided',
      );
      assignmentsT.add(
        assignmentId,
        teamId,
        nominationId,
        cadreId,
        unitId,
        village,
        province,
        county,
        role,
        startOn,
        plannedEnd,
      );
      const loc = [assignmentId, cadreId, unitId, province, county, village];
      const lr: { leaves: LedgerRecords['leaves'][number][]; trips: LedgerRecords['trips'][number][] } = {
        leaves: [],
        trips: [],
      };
      const stayDays: { id: string; on: string }[] = [];
      const first = startOn > windowStart ? startOn : windowStart;
      // The year walked forward: a gap, then a leave, a trip or a rest-day stay (≈ 4, 3 and 6 a year).
      let cursor = addDays(first, between(0, 20));
      while (cursor <= windowEnd) {
        const r = random();
        if (r < 0.3) {
          let s = cursor;
          while (kind(s) !== 'working') s = addDays(s, 1);
          const wanted = pick([1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 10]);
          let e = s;
          for (let w = 1; w < wanted; ) {
            e = addDays(e, 1);
            if (kind(e) === 'working') w++;
          }
          if (e > windowEnd) break;
          const wd = workingDaysIn(kind, s, e);
          const params = await paramsOf(village, s);
          const approver = approverFor(wd, params.leaveTownshipMaxDays);
          const id = randomUUID();
          const fate = random();
          const status = fate < 0.08 ? 'rejected' : fate < 0.14 ? 'cancelled' : 'returned';
          const back = random();
          const returnedOn =
            status !== 'returned'
              ? null
              : back < 0.05 && e > s
                ? addDays(s, 1) // an early return
                : back < 0.08
                  ? addDays(e, between(2, 4)) // a late return: the days between are absent
                  : addDays(e, 1);
          const asked = `${addDays(s, -between(2, 10))}T01:00:00Z`;
          const decided = `${addDays(s, -1)}T02:00:00Z`;
          leaves.add(
            id,
            ...loc,
            pick(leaveKinds),
            s,
            e,
            '事由（基准）',
            status,
            wd,
            approver,
            approver === 'county' && status !== 'cancelled' ? '同意' : null,
            status === 'cancelled' ? null : decided,
            returnedOn,
            `cadre${n}`,
            asked,
          );
          steps.add(id, 'request', null, 'pending', `cadre${n}`, asked, '事由（基准）');
          if (status === 'cancelled')
            steps.add(id, 'cancel', 'pending', 'cancelled', `cadre${n}`, decided, null);
          else if (status === 'rejected')
            steps.add(id, 'reject', 'pending', 'rejected', 'township', decided, '不同意');
          else {
            if (approver === 'county') {
              steps.add(id, 'approve', 'pending', 'pending_county', 'township', decided, '同意');
              steps.add(id, 'approve', 'pending_county', 'approved', 'county', decided, null);
            } else steps.add(id, 'approve', 'pending', 'approved', 'township', decided, null);
            steps.add(id, 'return', 'approved', 'returned', `cadre${n}`, `${returnedOn}T01:00:00Z`, null);
          }
          lr.leaves.push({ id, startOn: s, endOn: e, status, returnedOn });
          cursor = addDays(returnedOn && returnedOn > e ? returnedOn : e, between(5, 50));
        } else if (r < 0.55) {
          let s = cursor;
          while (kind(s) !== 'working') s = addDays(s, 1);
          const e = addDays(s, between(0, 3));
          if (e > windowEnd) break;
          const id = randomUUID();
          const tk = random() < 0.7 ? 'trip' : 'training';
          const status = random() < 0.03 ? 'withdrawn' : 'reported';
          trips.add(
            id,
            ...loc,
            tk,
            s,
            e,
            '县城',
            tk === 'trip' ? '汇报工作' : '培训',
            status,
            `cadre${n}`,
            `${s}T00:30:00Z`,
          );
          lr.trips.push({ id, kind: tk, startOn: s, endOn: e, status });
          cursor = addDays(e, between(5, 50));
        } else {
          let s = cursor;
          while (kind(s) === 'working') s = addDays(s, 1);
          if (s > windowEnd) break;
          const id = randomUUID();
          stays.add(id, ...loc, s, `${s}T12:00:00Z`);
          stayDays.push({ id, on: s });
          cursor = addDays(s, between(5, 50));
        }
      }
      // About six verifications a year on distinct days, with the outcome the service reads off the records.
      const vs: LedgerRecords['verifications'][number][] = [];
      const span = Math.max(0, Math.round((Date.parse(windowEnd) - Date.parse(first)) / 86_400_000));
      const seen = new Set<string>();
      for (let k = Math.round((6 * span) / 365); k > 0; k--) {
        const on = addDays(first, between(0, span));
        if (seen.has(on)) continue;
        seen.add(on);
        const finding = random() < 0.06 ? 'absent' : 'present';
        const dayKind = kind(on);
        const read = readFinding({ on, finding, dayKind, leaves: lr.leaves, trips: lr.trips });
        let outcome: string = read.outcome;
        let explanation: string | null = null;
        let reason: string | null = null;
        if (outcome === 'awaiting_explanation') {
          const x = random();
          if (x < 0.4) [outcome, explanation, reason] = ['excused', '到乡镇开会', '情况属实'];
          else if (x < 0.7) [outcome, explanation, reason] = ['not_excused', '外出办事', '未请假'];
        }
        const id = randomUUID();
        checks.add(
          id,
          ...loc,
          on,
          dayKind,
          pick(['visit', 'phone', 'video']),
          finding,
          null,
          read.consistentWith,
          outcome,
          explanation,
          reason,
          'township',
          `${on}T03:00:00Z`,
        );
        vs.push({ id, on, finding, excused: !countsAsAbsence(outcome as 'none') });
      }
      // The monthly aggregates, as the service's recompute writes them.
      const records: LedgerRecords = {
        leaves: lr.leaves,
        trips: lr.trips,
        verifications: vs,
        stays: stayDays,
      };
      // A day's status depends on its date and the records only, so the year is computed in one pass and cut
      // into months when the parameters are the same all year (else month by month, as the service does).
      const monthParams = await Promise.all(months.map((m) => paramsOf(village, `${m}-01`)));
      const sameAllYear = monthParams.every((p) => JSON.stringify(p) === JSON.stringify(monthParams[0]));
      const ledgerOf = (dates: IsoDate[], params: AttendanceParams) =>
        ledgerDays({
          dates,
          dayKind: (d) => kind(d) as DayKind,
          assignments: [{ id: assignmentId, startOn, endOn: plannedEnd }],
          records: () => records,
          params,
          today,
        });
      const year = sameAllYear ? ledgerOf(months.flatMap(monthDates), monthParams[0]!) : [];
      for (const [k, month] of months.entries()) {
        const dates = monthDates(month);
        if (dates.at(-1)! < startOn || dates[0]! > plannedEnd) continue;
        const params = monthParams[k]!;
        const days = sameAllYear ? year.filter((d) => d.date.startsWith(month)) : ledgerOf(dates, params);
        const f = summarise(days, params, !cal.knows(Number(month.slice(0, 4))));
        monthsT.add(
          assignmentId,
          month,
          cadreId,
          province,
          county,
          village,
          f.daysOnPost,
          f.workingDays,
          f.daysInVillage,
          f.leaveDays,
          f.tripDays,
          f.trainingDays,
          f.absentDays,
          f.restDays,
          f.restDayStays,
          f.minimumDays,
          f.meetsMinimum,
          f.unknownCalendarYear,
          today,
          nowIso,
        );
      }
    }
    if (t % 2000 === 1999 || t === villages.length - 1) {
      for (const table of tables) await table.flush();
      if (t % 10_000 === 9_999) log(`${t + 1} teams written`);
    }
  }
  await q('analyze');
  generationSeconds = (performance.now() - started) / 1000;
  log(
    `generated in ${generationSeconds.toFixed(0)} s (COPY ${copySeconds.toFixed(0)} s): ${tables.map((x) => `${x.name} ${x.count.toLocaleString('en')}`).join(', ')}`,
  );
}

// ── the app, its users and sessions ──
const province = (
  await q<{ province: string }>(
    `select province_code as province from assignments group by 1 order by count(*) desc limit 1`,
  )
)[0]!.province;
const counts = Object.fromEntries(
  (
    await q<{ t: string; n: string }>(
      `select 'assignments' t, count(*) n from assignments union all select 'assignments in the province', count(*) from assignments where province_code = $1
       union all select 'leave_requests', count(*) from leave_requests union all select 'official_trips', count(*) from official_trips
       union all select 'verifications', count(*) from verifications union all select 'rest_day_stays', count(*) from rest_day_stays
       union all select 'attendance_months', count(*) from attendance_months`,
      [province],
    )
  ).map((r) => [r.t, Number(r.n)]),
);
const passwordHash = await hashPassword('Bench#Pass2026');
const admin = `bench_admin_${Date.now()}`;
await container.repositories.users.insert(database.db, {
  username: admin,
  displayName: 'bench',
  passwordHash,
  roles: ['org_admin'],
  scopeRegions: [province],
  scopeUnits: [],
});
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
const adminCookie = await signIn(admin);
async function timedGet(path: string, cookie: string) {
  const start = performance.now();
  const r = await fetch(`${base}${path}`, { headers: { cookie } });
  const body = await r.text();
  const ms = performance.now() - start;
  if (!r.ok) throw new Error(`${path}: ${r.status} ${body.slice(0, 300)}`);
  return { ms, body };
}
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
};

// ── (a) the province-month summary against the naive query over raw records ──
// The calendar of the province as a table, for the naive query (the app keeps it in memory).
const provCal = await calendarOf(province);
await q('create table if not exists bench_calendar (d date primary key, kind text not null)');
await q('truncate bench_calendar');
const calRows: string[] = [];
for (let d = addDays(windowStart, -400); d <= addDays(windowEnd, 400); d = addDays(d, 1))
  calRows.push(`${d}\t${provCal.kindOf(d)}`);
await database.copyText('bench_calendar', ['d', 'kind'], `${calRows.join('\n')}\n`);
await q('analyze bench_calendar');
const provParams = await paramsOf(province, `${MID_MONTH}-01`);
const first = `${MID_MONTH}-01`;
const last = monthDates(MID_MONTH).at(-1)!;
// What the summary's figures mean, computed day by day from the raw records (ledger.ts, in SQL).
const naiveSql = `
with a as (
  select id, county_code, cadre_id, greatest(start_on, $3::date) f, least(coalesce(end_on, planned_end_on), $4::date) t
  from assignments
  where village_code >= $1 and village_code < $2 and start_on <= $4::date and coalesce(end_on, planned_end_on) >= $3::date
), d as (
  select a.id, a.county_code, a.cadre_id, c.d, c.kind from a join bench_calendar c on c.d between a.f and a.t
), s as materialized (
  select d.id, d.county_code, d.cadre_id, d.kind,
    case when d.kind <> 'working' then
      case when exists (select 1 from rest_day_stays r where r.assignment_id = d.id and r."on" = d.d)
             or exists (select 1 from verifications v where v.assignment_id = d.id and v."on" = d.d and v.finding = 'present')
           then 'stay' else 'rest' end
    when exists (select 1 from leave_requests l where l.assignment_id = d.id
                 and ((l.status = 'approved' and d.d between l.start_on and l.end_on)
                   or (l.status = 'returned' and d.d between l.start_on and least(l.end_on, l.returned_on - 1))))
      then 'leave'
    else coalesce(
      (select o.kind from official_trips o where o.assignment_id = d.id and o.status = 'reported'
         and d.d between o.start_on and o.end_on limit 1),
      (select case when v.finding = 'absent' and v.outcome in ('awaiting_explanation', 'explained', 'not_excused')
              then 'absent' else 'in_village' end
         from verifications v where v.assignment_id = d.id and v."on" = d.d limit 1),
      (select 'absent' from leave_requests l where l.assignment_id = d.id and d.d > l.end_on
         and ((l.status = 'returned' and d.d < l.returned_on) or (l.status = 'approved' and d.d <= $5::date)) limit 1),
      'in_village')
    end as status
  from d
), per as (
  select id, county_code, cadre_id, count(*) on_post,
    count(*) filter (where kind = 'working') working,
    count(*) filter (where status in ('in_village', 'stay') or (status = 'trip' and $6) or (status = 'training' and $7)) in_village,
    count(*) filter (where status = 'leave') leave, count(*) filter (where status = 'trip') trip,
    count(*) filter (where status = 'training') training, count(*) filter (where status = 'absent') absent,
    count(*) filter (where status = 'rest') rest
  from s group by id, county_code, cadre_id
)
select county_code, count(distinct cadre_id)::int cadres, sum(working)::int working_days, sum(in_village)::int days_in_village,
  sum(leave)::int leave_days, sum(trip)::int trip_days, sum(training)::int training_days, sum(absent)::int absent_days,
  sum(rest)::int rest_days,
  count(*) filter (where in_village >= case when on_post = $8 then $9 else ceil($9::numeric * on_post / $8) end)::int meeting
from per group by county_code order by county_code`;
const naiveArgs = [
  province,
  prefixUpperBound(province),
  first,
  last,
  today,
  provParams.tripCountsInVillage,
  provParams.trainingCountsInVillage,
  monthDates(MID_MONTH).length,
  provParams.minDaysInVillagePerMonth,
];
type NaiveRow = {
  county_code: string;
  cadres: number;
  working_days: number;
  days_in_village: number;
  leave_days: number;
  trip_days: number;
  training_days: number;
  absent_days: number;
  rest_days: number;
  meeting: number;
};
const summaryPath = `/api/attendance/summary?region=${province}&month=${MID_MONTH}`;
// First call: must find every aggregate fresh (a recompute here would mean the generator wrote them wrong).
const warm = await timedGet(summaryPath, adminCookie);
const summary = JSON.parse(warm.body) as {
  total: number;
  totals: Record<string, number>;
  byRegion: ({ regionCode: string } & Record<string, number>)[];
};
// The naive query on a connection of its own with JIT off: at these sizes PostgreSQL's JIT compiles for
// seconds (its cost estimate is high), which would flatter the ratio.
const naiveClient = new pg.Client({ connectionString: pgAdminUrl(url, benchDb) });
await naiveClient.connect();
await naiveClient.query('set jit = off');
const naive = async () => (await naiveClient.query<NaiveRow>(naiveSql, naiveArgs)).rows;
const naiveRows = await naive();
// The naive figures by county, rolled up to the summary's cities, must equal the summary's.
const rolled = new Map<string, Record<string, number>>();
for (const r of naiveRows) {
  const k = r.county_code.slice(0, 4);
  const x = rolled.get(k) ?? {};
  const add = (key: string, v: number) => {
    x[key] = (x[key] ?? 0) + v;
  };
  add('cadres', r.cadres);
  add('workingDays', r.working_days);
  add('daysInVillage', r.days_in_village);
  add('leaveDays', r.leave_days);
  add('tripDays', r.trip_days);
  add('trainingDays', r.training_days);
  add('absentDays', r.absent_days);
  add('restDays', r.rest_days);
  add('meetingMinimum', r.meeting);
  rolled.set(k, x);
}
const mismatches: string[] = [];
for (const g of summary.byRegion) {
  const x = rolled.get(g.regionCode) ?? {};
  for (const key of Object.keys(x))
    if (x[key] !== g[key]) mismatches.push(`${g.regionCode} ${key}: summary ${g[key]}, naive ${x[key]}`);
}
if (summary.byRegion.length !== rolled.size)
  mismatches.push(`groups: ${summary.byRegion.length} vs ${rolled.size}`);
if (mismatches.length) throw new Error(`the summary and the raw records disagree:\n${mismatches.join('\n')}`);
log(`summary = naive over raw records for ${summary.total} assignments, ${naiveRows.length} counties`);

// As the sheet page asks for it: the totals, the totals by the next level down and the first page of 50 rows.
const pagePath = `${summaryPath}&page=1&pageSize=50`;
const summaryTimes: number[] = [];
for (let i = 0; i < summaryRepeats; i++) summaryTimes.push((await timedGet(pagePath, adminCookie)).ms);
// The API's default page of 500 rows, for context.
const fullTimes: number[] = [];
for (let i = 0; i < summaryRepeats; i++) fullTimes.push((await timedGet(summaryPath, adminCookie)).ms);
const naiveTimes: number[] = [];
for (let i = 0; i < naiveRepeats; i++) {
  const start = performance.now();
  await naive();
  naiveTimes.push(performance.now() - start);
}

// ── (b) one cadre's month ledger ──
const sample = await q<{ cadre_id: string }>(
  `select cadre_id from assignments where province_code = $1 and start_on <= $3::date
   order by md5(id::text) limit $2`,
  [province, ledgerRepeats, last],
);
await timedGet(`/api/attendance/ledger?cadreId=${sample[0]!.cadre_id}&month=${MID_MONTH}`, adminCookie);
const ledgerTimes: number[] = [];
for (const s of sample)
  ledgerTimes.push(
    (await timedGet(`/api/attendance/ledger?cadreId=${s.cadre_id}&month=${MID_MONTH}`, adminCookie)).ms,
  );

// ── (c) leave requests under 20 connections against a bare Fastify route ──
// Cadres of the province with their own accounts; each request one working day of the weeks to come that no
// earlier request of this run took, inside the assignment (so none is refused for overlap or dates).
const accounts = 300;
const writers = await q<{ cadre_id: string; assignment_id: string; planned_end_on: string }>(
  `select cadre_id, id as assignment_id, planned_end_on::text from assignments
   where province_code = $1 and planned_end_on >= $2::date order by md5(cadre_id::text) limit $3`,
  [province, addDays(today, 120), accounts],
);
const cookies: string[] = [];
for (const w of writers) {
  // One active account per cadre: a reused database already has it.
  const existing = await q<{ username: string }>(
    'select username from users where cadre_id = $1 and not disabled',
    [w.cadre_id],
  );
  if (existing[0]) {
    cookies.push(await signIn(existing[0].username));
    continue;
  }
  const username = `bench_cadre_${w.cadre_id.slice(0, 8)}`;
  await container.repositories.users.insert(database.db, {
    username,
    displayName: username,
    passwordHash,
    roles: ['cadre'],
    scopeRegions: [],
    scopeUnits: [],
    cadreId: w.cadre_id,
  } as Parameters<typeof container.repositories.users.insert>[1]);
  cookies.push(await signIn(username));
}
// After any leave an earlier run on a reused database asked for.
const asked = (await q<{ d: string | null }>('select max(end_on)::text d from leave_requests'))[0]!.d;
const futureDays: string[] = [];
const firstFuture = asked && asked >= today ? addDays(asked as IsoDate, 1) : addDays(today, 2);
for (let d = firstFuture; futureDays.length < 60; d = addDays(d, 1))
  if (provCal.kindOf(d) === 'working') futureDays.push(d);
// Day-major order: consecutive requests belong to different cadres, as in life.
const items = futureDays.flatMap((day) =>
  writers.map((w, i) => ({
    cookie: cookies[i]!,
    body: JSON.stringify({
      clientId: randomUUID(), // as the leave form sends it: the idempotency key is part of the cost
      assignmentId: w.assignment_id,
      kind: 'personal',
      startOn: day,
      endOn: day,
      reason: '家中有事（基准）',
    }),
  })),
);
const bare = Fastify({ logger: false });
bare.post('/api/leave-requests', async (_req, reply) =>
  reply.code(201).send({ leaveRequest: { id: randomUUID(), status: 'pending' } }),
);
// Two floors of a durable write on the same database, through pg alone (no drizzle, no auth, no rules): one
// INSERT, and the leave write's own round trips (session, idempotency key, assignment; begin, lock, leave,
// leave step, audit staging, commit; the idempotency answer) with the same count of plain statements. They
// say how much of the gap to the bare route is the database's round trips on this machine, and how much is ours.
await q('create table if not exists bench_write_floor (id bigserial primary key, body jsonb not null)');
const floorPool = new pg.Pool({ connectionString: pgAdminUrl(url, benchDb), max: 10 });
bare.post('/floor/one', async (req, reply) => {
  await floorPool.query('insert into bench_write_floor (body) values ($1)', [req.body]);
  return reply.code(201).send({ ok: true });
});
bare.post('/floor/leave-shaped', async (req, reply) => {
  for (let i = 0; i < 3; i++) await floorPool.query('select id from bench_write_floor where id = $1', [i]);
  const c = await floorPool.connect();
  try {
    await c.query('begin');
    await c.query('select id from bench_write_floor where id = $1 for no key update', [1]);
    await c.query('select id from bench_write_floor where id = $1', [2]);
    for (let i = 0; i < 3; i++) await c.query('insert into bench_write_floor (body) values ($1)', [req.body]);
    await c.query('commit');
  } finally {
    c.release();
  }
  await floorPool.query('update bench_write_floor set body = $1 where id = $2', [req.body, 3]);
  return reply.code(201).send({ ok: true });
});
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareAddress = bare.server.address();
const bareBase = `http://127.0.0.1:${typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0}`;
// The app's runs share one cursor: a request of the second run is never a resend of the first's.
let appNext = 0;
async function writeRun(target: string, connections = 20, path = '/api/leave-requests') {
  const shared = target === base;
  let next = shared ? appNext : 0;
  const result = await autocannon({
    url: `${target}${path}`,
    connections,
    duration: writeSeconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const item = items[next++ % items.length]!;
          return { ...req, headers: { ...xhr, cookie: item.cookie }, body: item.body };
        },
      },
    ],
  });
  if (shared) appNext = next;
  return { result, sent: next };
}
const before = Number((await q<{ n: string }>('select count(*) n from leave_requests'))[0]!.n);
const bareRun = await writeRun(bareBase);
const floorOne = await writeRun(bareBase, 20, '/floor/one');
const floorLeave = await writeRun(bareBase, 20, '/floor/leave-shaped');
// While the app runs, what its database connections wait for (sampled every 50 ms).
const sampler = new pg.Client({ connectionString: pgAdminUrl(url, benchDb) });
await sampler.connect();
const waits = { busy: 0, auditLock: 0 };
let sampling = true;
const sampled = (async () => {
  while (sampling) {
    const { rows } = await sampler.query<{ busy: number; lock: number }>(
      `select count(*) filter (where state <> 'idle')::int busy,
              count(*) filter (where wait_event_type = 'Lock' and wait_event = 'advisory')::int lock
       from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    );
    waits.busy += rows[0]!.busy;
    waits.auditLock += rows[0]!.lock;
    await new Promise((r) => setTimeout(r, 50));
  }
})();
const appRun = await writeRun(base);
sampling = false;
await sampled;
await sampler.end();
const oneRun = await writeRun(base, 1);
const created = Number((await q<{ n: string }>('select count(*) n from leave_requests'))[0]!.n) - before;
if (appNext > items.length)
  log(`the write pool (${items.length}) ran out: requests repeated, expect refusals`);

// ── the table ──
const ms = (n: number) => n.toFixed(1);
const sumP50 = percentile(summaryTimes, 0.5);
const sumP95 = percentile(summaryTimes, 0.95);
const naiveP50 = percentile(naiveTimes, 0.5);
const naiveP95 = percentile(naiveTimes, 0.95);
const ledP50 = percentile(ledgerTimes, 0.5);
const ledP95 = percentile(ledgerTimes, 0.95);
const bareRps = bareRun.result.requests.average;
const appRps = appRun.result.requests.average;
const ok = (b: boolean) => (b ? 'met' : '**missed**');
// A reused database is at the scale it was generated at, whatever ATT_SCALE says now.
const teamsInDb = Number((await q<{ n: string }>('select count(*) n from teams'))[0]!.n);
console.log(
  `\nAttendance at scale ${+(teamsInDb / 250_000).toFixed(3)} (${teamsInDb.toLocaleString('en')} teams; national = 1.0), PostgreSQL ${
    (await q<{ v: string }>('select current_setting($1) v', ['server_version']))[0]!.v.split(' ')[0]
  }, ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} at the end), ${Math.round(os.totalmem() / 2 ** 30)} GB; records ${windowStart} to ${windowEnd}${
    reuse ? ` (database ${benchDb} reused)` : `, generated in ${generationSeconds.toFixed(0)} s`
  }`,
);
console.log(
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
    .join(', '),
);
console.log(
  `province ${province}, month ${MID_MONTH}: ${summary.total.toLocaleString('en')} assignments, ${summary.byRegion.length} cities, ${naiveRows.length} counties; the naive figures rolled up equal the summary's\n`,
);
console.log('| measure | n | p50 ms | p95 ms | p99 ms | req/s | vs baseline | goal | |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|---|');
console.log(
  `| naive query over raw records, by county (baseline) | ${naiveTimes.length} | ${ms(naiveP50)} | ${ms(naiveP95)} | | | 1.00 | | |`,
);
console.log(
  `| GET /api/attendance/summary (province, month; totals by city and county level, first page of 50 rows as the sheet page asks) | ${summaryTimes.length} | ${ms(sumP50)} | ${ms(sumP95)} | | | ${(naiveP95 / sumP95).toFixed(0)}× faster (p95) | p95 ≤ 200 ms, ≥ 50× | ${ok(sumP95 <= 200 && naiveP95 / sumP95 >= 50)} |`,
);
console.log(
  `| GET /api/attendance/summary (the same with the API's default page of 500 rows; context) | ${fullTimes.length} | ${ms(percentile(fullTimes, 0.5))} | ${ms(percentile(fullTimes, 0.95))} | | | ${(naiveP95 / percentile(fullTimes, 0.95)).toFixed(0)}× faster (p95) | | |`,
);
console.log(
  `| GET /api/attendance/ledger (one cadre, month) | ${ledgerTimes.length} | ${ms(ledP50)} | ${ms(ledP95)} | | | | p95 ≤ 20 ms | ${ok(ledP95 <= 20)} |`,
);
console.log(
  `| bare Fastify POST → 201 (baseline) | ${bareRun.result['2xx'].toLocaleString('en')} | ${bareRun.result.latency.p50} | | ${bareRun.result.latency.p99} | ${Math.round(bareRps).toLocaleString('en')} | 1.00 | | |`,
);
const floorRow = (what: string, run: typeof bareRun) =>
  console.log(
    `| ${what} | ${run.result['2xx'].toLocaleString('en')} | ${run.result.latency.p50} | | ${run.result.latency.p99} | ${Math.round(run.result.requests.average).toLocaleString('en')} | ${((100 * run.result.requests.average) / bareRps).toFixed(1)} % | | |`,
  );
floorRow('Fastify POST + one INSERT through pg (floor: one durable write)', floorOne);
floorRow(
  'Fastify POST + the leave write’s 11 round trips as plain pg statements, transaction included (floor)',
  floorLeave,
);
console.log(
  `| POST /api/leave-requests, 20 connections | ${appRun.result['2xx'].toLocaleString('en')} created, ${appRun.result.non2xx} refused | ${appRun.result.latency.p50} | | ${appRun.result.latency.p99} | ${Math.round(appRps).toLocaleString('en')} | ${((100 * appRps) / bareRps).toFixed(1)} % | ≥ 30 %, p99 ≤ 50 ms | ${ok(appRps / bareRps >= 0.3 && appRun.result.latency.p99 <= 50)} |`,
);
console.log(
  `| POST /api/leave-requests, 1 connection (context) | ${oneRun.result['2xx'].toLocaleString('en')} created, ${oneRun.result.non2xx} refused | ${oneRun.result.latency.p50} | | ${oneRun.result.latency.p99} | ${Math.round(oneRun.result.requests.average).toLocaleString('en')} | ${((100 * oneRun.result.requests.average) / bareRps).toFixed(1)} % | | |`,
);
console.log(
  `\nUnder 20 connections, ${((100 * waits.auditLock) / Math.max(1, waits.busy)).toFixed(0)} % of the busy database connections sampled were waiting for an advisory lock (the audit sealer's, audit.repository seal; writers no longer queue for it).`,
);
console.log(
  `(${created} leave requests written in the database by the two write runs of the app; ${writeSeconds} s each run)`,
);
log('done');

await naiveClient.end();
await bare.close();
await floorPool.end();
await q('drop table if exists bench_write_floor');
await app.close();
await database.close();
if (!reuse && process.env.ATT_KEEP !== '1')
  await adminQuery(`drop database if exists ${benchDb} with (force)`);
else console.error(`database ${benchDb} kept`);
