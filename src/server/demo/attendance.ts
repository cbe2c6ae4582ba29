import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { townshipOf } from '../../domain/regions/code';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  type IsoDate,
  isAfter,
  isBefore,
  todayInShanghai,
} from '../../domain/time';
import type { LeaveKind } from '../../shared/contracts/attendance';
import type { Container } from '../container';
import type { Actor } from '../context';
import { assignments, cadres, leaveRequests, regions } from '../db/schema';
import { createAttendanceRepository } from '../modules/attendance/attendance.repository';
import { createAttendanceService } from '../modules/attendance/attendance.service';
import { DEMO_COUNTY, seeded } from './data';

// A year of attendance in the demo county (issue 10 item 9): for every assignment on post in the last twelve
// months, leave with its approval chain and return report, official trips and training, verification visits
// and calls, rest-day stays — and what each approver should find waiting today. Everything goes through the
// attendance, settings and calendar services, so approvals, audit records, alerts and monthly aggregates are
// the services' own. The attendance service runs here on a clock set to each step's moment (a leave is asked
// before it starts, returned when the cadre is back), so requests, decisions and audit records carry the time
// they would have had; the last pass reads this month through the container's own service, which brings its
// aggregates up to today. The volume (about 650 steps for some 230 terms) keeps the seed near ten seconds on
// the embedded database.

const DEMO_TOWNSHIP = '520121101';
const PROVINCE_ORG = '演示·贵州省委组织部';

type Svc = ReturnType<typeof createAttendanceService>;

interface Post {
  id: string;
  cadreId: string;
  name: string;
  gender: string;
  villageCode: string;
  township: string;
  startOn: IsoDate;
  lastDay: IsoDate;
  /** The days of the last twelve months on post, up to yesterday. */
  from: IsoDate;
  to: IsoDate;
}

interface Step {
  at: number;
  seq: number;
  run: (svc: Svc) => Promise<unknown>;
}

interface LeaveKindSpec {
  kind: LeaveKind;
  weight: number;
  days: [number, number];
  reasons: string[];
}

const LEAVE_KINDS: LeaveKindSpec[] = [
  {
    kind: 'personal',
    weight: 40,
    days: [1, 3],
    reasons: [
      '孩子学校召开家长会，需回城参加',
      '家中房屋过户，需本人到不动产登记中心办理',
      '陪同父亲到省医院复查',
      '爱人出差，回家照看孩子',
      '回原单位办理职称评审材料（个人事务）',
      '老家宅基地确权，需本人到场签字',
    ],
  },
  {
    kind: 'sick',
    weight: 22,
    days: [1, 4],
    reasons: [
      '感冒发烧，在县人民医院门诊输液',
      '急性肠胃炎，遵医嘱休息',
      '腰椎间盘突出复发，到贵阳复查治疗',
      '牙髓炎需连续就诊',
    ],
  },
  {
    kind: 'annual',
    weight: 12,
    days: [3, 5],
    reasons: ['按规定休年休假，回家陪伴家人', '休年休假，陪父母外出体检'],
  },
  {
    kind: 'family_visit',
    weight: 10,
    days: [4, 6],
    reasons: ['回外省老家探望年迈父母', '探望在外地工作的爱人'],
  },
  {
    kind: 'bereavement',
    weight: 5,
    days: [2, 3],
    reasons: ['祖母去世，回老家料理后事', '外公病故，回家奔丧'],
  },
  {
    kind: 'other',
    weight: 7,
    days: [1, 1],
    reasons: ['参加原单位组织的年度体检', '到县法院出庭作证（个人事务）', '参加子女高考送考'],
  },
  { kind: 'marriage', weight: 2, days: [8, 10], reasons: ['本人结婚，按规定休婚假'] },
  { kind: 'paternity', weight: 2, days: [10, 15], reasons: ['爱人生育，按规定休陪产假（护理假）'] },
];

const TRIPS = [
  { destination: '开阳县城', purpose: '到县农业农村局汇报村集体产业项目申报' },
  { destination: '开阳县城', purpose: '参加县乡村振兴局项目资金调度会' },
  { destination: '贵阳市', purpose: '带村里的富硒茶参加省农产品产销对接会' },
  { destination: '贵阳市', purpose: '到派出单位汇报驻村工作，协调帮扶资金' },
  { destination: '遵义市湄潭县', purpose: '带村“两委”到茶产业示范村考察学习' },
  { destination: '开阳县城', purpose: '陪同群众到县人社局办理务工人员社保接续' },
];
const TRAININGS = [
  { destination: '开阳县委党校', purpose: '全县驻村第一书记和工作队员轮训' },
  { destination: '贵州省委党校', purpose: '全省驻村干部乡村振兴专题示范培训' },
  { destination: '贵阳市委党校', purpose: '村集体经济发展和基层治理能力提升培训' },
];
const PRESENT_NOTES = [
  '入户走访时见到本人，正在组织村民代表会议',
  '电话核查，本人在村委会值班',
  '视频连线，本人在产业基地查看茶园管护',
  '随机到村，本人正在走访脱贫监测户',
  '到村督导，本人在村整理防返贫监测台账',
];
const STAY_NOTES = [
  '防汛值守',
  '组织村民抢收烤烟',
  '陪同县里检查组到村',
  '调解邻里宅基地纠纷',
  '森林防火巡查',
  '',
];
const REJECT_REASONS = [
  '村里正迎接年度考核，请调整请假时间',
  '近期防汛任务重，暂不同意，汛期过后再安排',
  '同一工作队已有队员请假，请错开时间',
];

const stamp = (day: IsoDate, hour: number, minute = 0) =>
  Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);

export async function seedAttendanceDemo(container: Container): Promise<Record<string, number>> {
  const db = container.database.db;
  const { services, repositories: repo } = container;
  const realNow = container.clock.now();
  const today = todayInShanghai(realNow);
  const yesterday = addDays(today, -1);
  const windowFrom = addDays(addYears(today, -1), 1);

  const [done] = await db
    .select({ id: leaveRequests.id })
    .from(leaveRequests)
    .where(eq(leaveRequests.countyCode, DEMO_COUNTY))
    .limit(1);
  if (done) return {};

  const rows = await db
    .select({
      id: assignments.id,
      cadreId: assignments.cadreId,
      name: cadres.name,
      gender: cadres.gender,
      villageCode: assignments.villageCode,
      startOn: assignments.startOn,
      plannedEndOn: assignments.plannedEndOn,
      endOn: assignments.endOn,
    })
    .from(assignments)
    .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
    .where(
      and(
        eq(assignments.countyCode, DEMO_COUNTY),
        lte(assignments.startOn, yesterday),
        or(isNull(assignments.endOn), gte(assignments.endOn, windowFrom)),
      ),
    )
    .orderBy(assignments.villageCode, assignments.startOn, assignments.id);
  if (rows.length === 0) return {};

  const user = async (username: string) => {
    const u = await repo.users.findByUsername(db, username);
    return u ? { id: u.id, username: u.username, cadreId: u.cadreId ?? null } : undefined;
  };
  const [orgUser, leadingUser, townshipUser, cadreUser] = await Promise.all(
    ['demo_org', 'demo_leading', 'demo_township', 'demo_cadre'].map(user),
  );
  const townshipCodes = [...new Set(rows.map((r) => townshipOf(r.villageCode)))];
  const townshipNames = new Map(
    (
      await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, townshipCodes))
    ).map((r) => [r.code, r.name]),
  );

  const actorOf = (
    userId: string | null,
    username: string,
    role: Actor['roles'][number],
    scope: Actor['scope'],
    cadreId?: string,
  ): Actor => ({
    userId,
    username,
    roles: [role],
    scope,
    ...(cadreId ? { cadreId } : {}),
    requestId: null,
    ip: null,
  });
  const region = (code: string) => ({ national: false, regions: [code], units: [] });
  const county = orgUser
    ? actorOf(orgUser.id, orgUser.username, 'org_admin', region(DEMO_COUNTY))
    : actorOf(null, '演示·开阳县委组织部', 'org_admin', region(DEMO_COUNTY));
  const leading = leadingUser
    ? actorOf(leadingUser.id, leadingUser.username, 'leading_group', region(DEMO_COUNTY))
    : county;
  // 双流镇 (520121101) has its demo account; the other townships' party committees have none in the demo and
  // act under a fixed identity of their own (an approver is never the requester, P17.4.2-leave).
  const townships = new Map<string, Actor>();
  const townshipActor = (code: string): Actor => {
    let a = townships.get(code);
    if (!a) {
      a =
        code === DEMO_TOWNSHIP && townshipUser
          ? actorOf(townshipUser.id, townshipUser.username, 'township', region(code))
          : actorOf(
              `00000000-0000-4000-8000-${code.padStart(12, '0')}`,
              `演示·${townshipNames.get(code) ?? code}党委`,
              'township',
              region(code),
            );
      townships.set(code, a);
    }
    return a;
  };
  // A cadre acts on their own records: demo_cadre through its account, the others under their own names.
  const cadreActor = (p: Post): Actor => {
    const own = { national: false, regions: [], units: [], cadreId: p.cadreId };
    return cadreUser && cadreUser.cadreId === p.cadreId
      ? actorOf(cadreUser.id, cadreUser.username, 'cadre', own, p.cadreId)
      : actorOf(null, p.name, 'cadre', own, p.cadreId);
  };

  // ── Settings and one local day, through their services (so the settings pages have a history) ──
  const provinceOrg = actorOf(null, PROVINCE_ORG, 'org_admin', region('52'));
  const lastYear = Number(today.slice(0, 4)) - 1;
  const seededBefore = (await services.calendar.localDays(county, { region: DEMO_COUNTY })).some((d) =>
    d.name.endsWith('（演示）'),
  );
  // Once only: a second run (after its transaction below rolled back) finds them.
  if (!seededBefore) {
    await services.settings.set(provinceOrg, '52', 'checkInRetentionDays', {
      value: 90,
      effectiveFrom: `${lastYear}-01-01`,
      note: '演示数据：省委组织部通知，自愿签到的位置信息保存90天后删除（个人信息最小必要，PIPL-28）',
    });
    await services.settings.set(county, DEMO_COUNTY, 'checkInRadiusMetres', {
      value: 1000,
      effectiveFrom: `${lastYear}-03-01`,
      note: '演示数据：县委组织部确认签到半径按1000米掌握',
    });
    const localDay = await firstWorkingDayFrom(
      services,
      `${today.slice(5) >= '07-20' ? today.slice(0, 4) : lastYear}-07-06` as IsoDate,
    );
    await services.calendar.addLocalDay(county, {
      regionCode: DEMO_COUNTY,
      date: localDay,
      kind: 'holiday',
      name: '布依族“六月六”（演示）',
      note: '演示数据：县里为少数民族传统节日放假一天（地方假日示例）',
    });
  }

  const cal = await services.calendar.forRegion(DEMO_COUNTY);
  const working = (d: IsoDate) => cal.kindOf(d) === 'working';
  const threshold = async (village: string, on: IsoDate) =>
    (await services.settings.effective(village, on)).leaveTownshipMaxDays;
  /** The last day of a leave of `n` working days from the working day `start`. */
  const endAfter = (start: IsoDate, n: number) => {
    let d = start;
    for (let left = n - 1; left > 0; ) {
      d = addDays(d, 1);
      if (working(d)) left--;
    }
    return d;
  };
  const nextWorking = (d: IsoDate) => {
    let x = d;
    while (!working(x)) x = addDays(x, 1);
    return x;
  };
  const previousWorking = (d: IsoDate, n = 1) => {
    let x = d;
    for (let left = n; left > 0; ) {
      x = addDays(x, -1);
      if (working(x)) left--;
    }
    return x;
  };

  const rand = seeded(20_171_224);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const posts: Post[] = rows.map((r) => {
    const lastDay = (r.endOn ?? r.plannedEndOn) as IsoDate;
    return {
      id: r.id,
      cadreId: r.cadreId,
      name: r.name,
      gender: r.gender,
      villageCode: r.villageCode,
      township: townshipOf(r.villageCode),
      startOn: r.startOn as IsoDate,
      lastDay,
      from: isBefore(r.startOn as IsoDate, windowFrom) ? windowFrom : (r.startOn as IsoDate),
      to: isBefore(lastDay, yesterday) ? lastDay : yesterday,
    };
  });

  // ── The plan: every step with its moment; run in time order at the end ──
  const steps: Step[] = [];
  let seq = 0;
  const at = (ms: number, run: Step['run']) => {
    // Nothing happens after now: a step planned for later today happens a few minutes ago.
    const when = Math.min(ms, realNow.getTime() - 60_000 + (seq % 50) * 100);
    steps.push({ at: when, seq: seq++, run });
  };
  const busy = new Map<string, Set<string>>();
  const isFree = (p: Post, from: IsoDate, to: IsoDate, margin = 1) => {
    const set = busy.get(p.id);
    for (let d = addDays(from, -margin); !isAfter(d, addDays(to, margin)); d = addDays(d, 1))
      if (set?.has(d)) return false;
    return true;
  };
  const occupy = (p: Post, from: IsoDate, to: IsoDate) => {
    const set = busy.get(p.id) ?? new Set<string>();
    for (let d = from; !isAfter(d, to); d = addDays(d, 1)) set.add(d);
    busy.set(p.id, set);
  };
  /** A free stretch of `n` working days starting on a working day in [lo, hi]. */
  const place = (p: Post, n: number, lo: IsoDate, hi: IsoDate): { start: IsoDate; end: IsoDate } | null => {
    const span = Math.max(0, dayCount(lo, hi));
    for (let tries = 0; tries < 40 && span >= 0; tries++) {
      const start = nextWorking(addDays(lo, Math.floor(rand() * (span + 1))));
      const end = endAfter(start, n);
      if (isAfter(end, hi) || isBefore(start, p.startOn) || isAfter(end, p.lastDay)) continue;
      if (!isFree(p, start, end)) continue;
      return { start, end };
    }
    return null;
  };

  const counts = {
    leave: 0,
    returned: 0,
    early: 0,
    rejected: 0,
    cancelled: 0,
    trips: 0,
    verifications: 0,
    stays: 0,
  };

  type Outcome =
    | 'returned'
    | 'early'
    | 'rejected'
    | 'cancelled'
    | 'overdue'
    | 'ongoing'
    | 'pending'
    | 'pending_county';
  /** One leave from request to return: the request a few days ahead, each approver's step, the 销假. */
  const leave = async (
    p: Post,
    kind: LeaveKind,
    start: IsoDate,
    end: IsoDate,
    reason: string,
    outcome: Outcome,
    opts: { asked?: number; verifyAbsentOn?: IsoDate } = {},
  ) => {
    const days = workingCount(working, start, end);
    const byCounty = days > (await threshold(p.villageCode, start));
    if (outcome !== 'rejected' && outcome !== 'cancelled') occupy(p, start, end);
    counts.leave++;
    const asked =
      opts.asked ?? stamp(addDays(start, -between(byCounty ? 4 : 2, byCounty ? 12 : 6)), 8, between(5, 55));
    const ref = { id: '' };
    const cadre = cadreActor(p);
    const town = townshipActor(p.township);
    at(asked, async (svc) => {
      ref.id = (
        await svc.requestLeave(cadre, { assignmentId: p.id, kind, startOn: start, endOn: end, reason })
      ).id;
    });
    if (outcome === 'pending') return;
    const hour = 3_600_000;
    if (outcome === 'cancelled') {
      counts.cancelled++;
      at(asked + between(2, 20) * hour, (svc) =>
        svc.cancelLeave(cadre, ref.id, { reason: '家里事情已处理，不再请假' }),
      );
      return;
    }
    const townshipAt = asked + between(1, 6) * hour;
    if (outcome === 'rejected' && !byCounty) {
      counts.rejected++;
      at(townshipAt, (svc) => svc.rejectLeave(town, ref.id, { reason: pick(REJECT_REASONS) }));
      return;
    }
    at(townshipAt, (svc) =>
      svc.approveLeave(
        town,
        ref.id,
        byCounty ? { note: '情况属实，同意，报县委组织部审批' } : { note: '同意' },
      ),
    );
    if (outcome === 'pending_county') return;
    if (byCounty) {
      const countyAt = townshipAt + between(18, 40) * hour;
      if (outcome === 'rejected') {
        counts.rejected++;
        at(countyAt, (svc) => svc.rejectLeave(county, ref.id, { reason: pick(REJECT_REASONS) }));
        return;
      }
      at(countyAt, (svc) => svc.approveLeave(county, ref.id, { note: '同意，请安排好村里工作' }));
    }
    if (opts.verifyAbsentOn) {
      const on = opts.verifyAbsentOn;
      counts.verifications++;
      at(stamp(on, 10, 20), (svc) =>
        svc.recordVerification(town, {
          assignmentId: p.id,
          on,
          method: 'phone',
          finding: 'absent',
          note: '电话核查，本人不在村，正在休假，与请假记录一致',
        }),
      );
    }
    if (outcome === 'returned' || outcome === 'early') {
      // Early: back on a working day after the first (the unused days are freed); else the day after the end.
      const back = outcome === 'early' ? between(0, Math.max(0, days - 2)) : -1;
      const returnedOn = back < 0 ? addDays(end, 1) : back === 0 ? end : previousWorking(end, back);
      counts.returned++;
      if (outcome === 'early') counts.early++;
      at(stamp(returnedOn, 8, between(0, 50)), (svc) => svc.returnLeave(cadre, ref.id, { returnedOn }));
    }
  };

  const trip = (p: Post, kind: 'trip' | 'training', start: IsoDate, end: IsoDate) => {
    occupy(p, start, end);
    counts.trips++;
    const what = kind === 'trip' ? pick(TRIPS) : pick(TRAININGS);
    const byTownship = rand() < 0.25;
    const reportAt = stamp(addDays(start, -between(0, 2)), byTownship ? 15 : 8, between(0, 59));
    at(reportAt, (svc) =>
      svc.reportTrip(byTownship ? townshipActor(p.township) : cadreActor(p), {
        assignmentId: p.id,
        kind,
        startOn: start,
        endOn: end,
        destination: what.destination,
        purpose: what.purpose,
      }),
    );
  };

  /** A visit or call finding the cadre present on a free working day. */
  const presentCheck = (p: Post, by: Actor, on: IsoDate) => {
    occupy(p, on, on);
    counts.verifications++;
    at(stamp(on, between(9, 16), between(0, 59)), (svc) =>
      svc.recordVerification(by, {
        assignmentId: p.id,
        on,
        method: pick(['visit', 'visit', 'phone', 'video'] as const),
        finding: 'present',
        note: pick(PRESENT_NOTES),
      }),
    );
  };

  /** An absence on a plain working day: found, explained by the cadre, decided by the township (or not yet). */
  const absence = (
    p: Post,
    on: IsoDate,
    explanation: string | null,
    decision: { excuse: boolean; reason: string } | null,
  ) => {
    occupy(p, on, on);
    counts.verifications++;
    const ref = { id: '' };
    const town = townshipActor(p.township);
    at(stamp(on, 10, between(0, 59)), async (svc) => {
      ref.id = (
        await svc.recordVerification(town, {
          assignmentId: p.id,
          on,
          method: 'visit',
          finding: 'absent',
          note: '工作日随机到村，本人不在村，村委会不知去向',
        })
      ).verification.id;
    });
    if (!explanation) return;
    at(stamp(addDays(on, 1), 9, between(0, 59)), (svc) =>
      svc.explain(cadreActor(p), ref.id, { explanation }),
    );
    if (!decision) return;
    at(stamp(addDays(on, 2), 11, between(0, 59)), (svc) =>
      decision.excuse
        ? svc.excuse(town, ref.id, { reason: decision.reason })
        : svc.refuseExcuse(town, ref.id, { reason: decision.reason }),
    );
  };

  /** The one tap of a cadre who stayed in the village on a rest day, that evening. */
  const stay = (p: Post, on: IsoDate, note: string) => {
    occupy(p, on, on);
    counts.stays++;
    const cadre = cadreActor(p);
    at(stamp(on, 19, between(0, 59)), (svc) =>
      svc.restDayStay(cadre, { on, assignmentId: p.id, ...(note ? { note } : {}) }),
    );
  };

  // ── What each account should find: chosen first, so the year's ordinary records keep clear of them ──
  const usable = posts.filter((p) => dayCount(p.from, p.to) >= 60);
  const inDemoTownship = usable.filter(
    (p) => p.township === DEMO_TOWNSHIP && isAfter(p.lastDay, addDays(today, 30)),
  );
  const ownPost = cadreUser?.cadreId ? posts.find((p) => p.cadreId === cadreUser.cadreId) : undefined;
  const others = inDemoTownship.filter((p) => p !== ownPost);
  const special = new Set<Post>();

  // demo_cadre's own month: a leave and a trip in the previous month (or this one when the term is newer).
  if (ownPost) {
    special.add(ownPost);
    const thisMonth = `${today.slice(0, 7)}-01` as IsoDate;
    for (const first of [addMonths(thisMonth, -1), thisMonth]) {
      const lo = isBefore(first, ownPost.startOn) ? ownPost.startOn : first;
      const monthEnd = addDays(addMonths(first, 1), -1);
      const hi = isBefore(monthEnd, addDays(today, -3)) ? monthEnd : addDays(today, -3);
      const l = place(ownPost, 2, addDays(lo, 3), hi);
      if (!l) continue;
      await leave(ownPost, 'personal', l.start, l.end, '孩子学校召开家长会，需回城参加', 'returned');
      const t = place(ownPost, 2, lo, hi);
      if (t) trip(ownPost, 'trip', t.start, t.end);
      // Two one-tap rest-day stays in the same month.
      const notes = ['周末在村组织村民代表会议，商量茶园扩种', '森林防火巡查'];
      for (let d = lo; !isAfter(d, hi) && notes.length; d = addDays(d, 1))
        if (!working(d) && isFree(ownPost, d, d, 0) && cal.kindOf(d) === 'rest')
          stay(ownPost, d, notes.shift()!);
      break;
    }
  }
  // The township's overdue return: a leave that ended some working days ago without a return report.
  const overdue = others[0];
  if (overdue) {
    special.add(overdue);
    const end = previousWorking(today, 4);
    const start = previousWorking(end, 1);
    await leave(overdue, 'personal', start, end, '回县城处理家中老人住院事宜', 'overdue');
    // Nothing else on the days since: they are the overdue days the ledger counts absent.
    occupy(overdue, end, today);
  }
  // Waiting for demo_township (within the threshold) and for demo_org (above it, with the township's opinion).
  const waitingTownship = others[1] ?? others[0];
  if (waitingTownship) {
    special.add(waitingTownship);
    const start = nextWorking(addDays(today, 4));
    await leave(
      waitingTownship,
      'sick',
      start,
      endAfter(start, 2),
      '牙髓炎需到县医院连续就诊两天',
      'pending',
      {
        asked: realNow.getTime() - 3 * 3_600_000,
      },
    );
  }
  const waitingCounty = others[2] ?? others[1] ?? others[0];
  if (waitingCounty) {
    special.add(waitingCounty);
    const start = nextWorking(addDays(today, 10));
    await leave(
      waitingCounty,
      'family_visit',
      start,
      endAfter(start, 5),
      '回四川老家探望年迈父母，父亲近期做了手术',
      'pending_county',
      { asked: realNow.getTime() - 26 * 3_600_000 },
    );
    // Earlier in the year a returned leave, with a call on one of its days that found the cadre away: the
    // absence is consistent with the leave.
    const past = place(waitingCounty, 3, addDays(today, -160), addDays(today, -100));
    if (past)
      await leave(
        waitingCounty,
        'bereavement',
        past.start,
        past.end,
        '祖母去世，回老家料理后事',
        'returned',
        {
          verifyAbsentOn: nextWorking(addDays(past.start, 1)),
        },
      );
  }
  // A leave demo_township refused, and one its cadre withdrew before the township decided.
  const refusedLeave = waitingTownship && place(waitingTownship, 2, addDays(today, -70), addDays(today, -30));
  if (waitingTownship && refusedLeave)
    await leave(
      waitingTownship,
      'personal',
      refusedLeave.start,
      refusedLeave.end,
      pick(LEAVE_KINDS[0]!.reasons),
      'rejected',
    );
  const withdrawn = overdue && place(overdue, 1, addDays(today, -100), addDays(today, -45));
  if (overdue && withdrawn)
    await leave(overdue, 'personal', withdrawn.start, withdrawn.end, '陪同父亲到省医院复查', 'cancelled');
  // An absence excused and one not, both on plain working days; one more explained, waiting for demo_township.
  const plainDay = (p: Post, lo: IsoDate, hi: IsoDate) => place(p, 1, lo, hi)?.start;
  const excusedDay = waitingTownship
    ? plainDay(waitingTownship, addDays(today, -90), addDays(today, -20))
    : undefined;
  if (waitingTownship && excusedDay)
    absence(
      waitingTownship,
      excusedDay,
      '当天上午陪同突发疾病的独居老人到县医院就医，走得急，未及时向乡镇报告',
      { excuse: true, reason: '经向村委会和县医院核实，情况属实，为群众办事，予以认可' },
    );
  const explainedDay = overdue ? plainDay(overdue, addDays(today, -40), addDays(today, -6)) : undefined;
  if (overdue && explainedDay)
    absence(overdue, explainedDay, '当天到镇里参加产业项目协调会，会前电话向村支书说明过', null);

  // One cadre of another township: an absence not excused, and more than 30 days of leave in a calendar year
  // (P17.5.3-recall): the leading group is told to review a recall.
  const year = Number(today.slice(5, 7)) >= 5 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const yearFrom = `${year}-01-01` as IsoDate;
  const yearTo = `${year}-12-31` as IsoDate;
  const inYear = (p: Post) => ({
    lo: isBefore(yearFrom, p.from) ? p.from : yearFrom,
    hi: isBefore(yearTo, p.to) ? yearTo : p.to,
  });
  const longLeaver = usable.find(
    (p) => p.township !== DEMO_TOWNSHIP && dayCount(inYear(p).lo, inYear(p).hi) >= 150,
  );
  if (longLeaver) {
    special.add(longLeaver);
    const lo = addDays(inYear(longLeaver).lo, 5);
    const hi = addDays(inYear(longLeaver).hi, -3);
    const plan: [LeaveKind, number, string, Outcome][] = [
      ['sick', 20, '腰椎间盘突出手术，住院治疗并休养', 'returned'],
      ['family_visit', 6, '回外省老家探望年迈父母', 'returned'],
      ['personal', 3, '陪同爱人到省医院检查', 'returned'],
      ['annual', 5, '按规定休年休假', 'returned'],
    ];
    for (const [kind, n, reason, outcome] of plan) {
      const l = place(longLeaver, n, lo, hi);
      if (l) await leave(longLeaver, kind, l.start, l.end, reason, outcome);
    }
    const refused = plainDay(longLeaver, lo, hi);
    if (refused)
      absence(longLeaver, refused, '当天回县城办理个人事务，以为半天能赶回来，没有请假', {
        excuse: false,
        reason: '未履行请假手续擅自离村，按缺勤认定（P17.4.2-attend）',
      });
  }

  // ── The year of every other assignment ──
  const monthsOf = (p: Post) => dayCount(p.from, p.to) / 30.4;
  for (const p of posts) {
    if (dayCount(p.from, p.to) < 14) continue;
    const months = monthsOf(p);
    const ordinary = !special.has(p);
    const perYear = (n: number) => Math.floor((months / 12) * n + rand());
    // Leave: one or two a year, most of one to three working days.
    const leaves = ordinary ? perYear(0.65) : p === ownPost ? 1 : 0;
    for (let i = 0; i < leaves; i++) {
      const spec = pickWeighted(
        rand,
        LEAVE_KINDS.filter((k) => k.kind !== 'paternity' || p.gender === 'male'),
      );
      const n = between(spec.days[0], spec.days[1]);
      const l = place(p, n, addDays(p.from, 7), addDays(p.to, -2));
      if (!l) continue;
      const r = rand();
      const outcome: Outcome =
        r < 0.05 ? 'rejected' : r < 0.09 ? 'cancelled' : r < 0.25 && n >= 2 ? 'early' : 'returned';
      await leave(p, spec.kind, l.start, l.end, pick(spec.reasons), outcome);
    }
    // Trips and training: about one a year.
    const trips = perYear(0.55);
    // Every assignment has something of its own in the year: a trip at least.
    const none = leaves === 0 && trips === 0 && ordinary;
    for (let i = 0; i < (none ? 1 : trips); i++) {
      const training = rand() < 0.35;
      const l = place(p, training ? between(3, 5) : between(1, 2), p.from, p.to);
      if (l) trip(p, training ? 'training' : 'trip', l.start, l.end);
    }
    // Verification: the township now and then, the county at times.
    const checks = perYear(0.3);
    for (let i = 0; i < checks; i++) {
      const on = plainDay(p, p.from, p.to);
      if (on) presentCheck(p, rand() < 0.8 ? townshipActor(p.township) : rand() < 0.5 ? county : leading, on);
    }
    // Rest-day stays: some cadres, in the busy seasons.
    if (rand() < 0.06) {
      for (let i = between(1, 2); i > 0; i--) {
        const on = addDays(p.from, Math.floor(rand() * (dayCount(p.from, p.to) + 1)));
        if (!working(on) && isFree(p, on, on, 0)) stay(p, on, pick(STAY_NOTES));
      }
    }
  }
  // A leave under way today in the demo township.
  const current = inDemoTownship.find(
    (p) => !special.has(p) && isFree(p, addDays(today, -2), addDays(today, 3)),
  );
  if (current) {
    const start = previousWorking(today, 1);
    await leave(
      current,
      'sick',
      start,
      endAfter(nextWorking(addDays(today, 1)), 1),
      '急性肠胃炎，遵医嘱休息',
      'ongoing',
    );
  }

  // ── Run the plan in time order on the demo clock ──
  let moment = realNow.getTime();
  const svc = createAttendanceService({
    db,
    attendance: createAttendanceRepository(),
    audit: repo.audit,
    clock: { now: () => new Date(moment) },
    params: (code, date) => services.settings.effective(code, date),
    calendar: (code) => services.calendar.forRegion(code),
  });
  steps.sort((a, b) => a.at - b.at || a.seq - b.seq);
  for (const s of steps) {
    moment = s.at;
    await s.run(svc);
  }

  // This month's aggregates brought up to today through the container's service, as the summary page would
  // (a month computed on the demo clock before it ended is stale); earlier months are filled the same way
  // when first read, and the nightly job keeps the current one.
  const reader = actorOf(null, '演示数据', 'org_admin', region(DEMO_COUNTY));
  await services.attendance.summary(reader, {
    region: DEMO_COUNTY,
    month: today.slice(0, 7),
    page: 1,
    pageSize: 1,
  });
  return counts;
}

const dayCount = (from: IsoDate, to: IsoDate) => {
  let n = 0;
  for (let d = from; !isAfter(d, to) && n < 4000; d = addDays(d, 1)) n++;
  return n - 1;
};
const workingCount = (working: (d: IsoDate) => boolean, from: IsoDate, to: IsoDate) => {
  let n = 0;
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (working(d)) n++;
  return n;
};
function pickWeighted<T extends { weight: number }>(rand: () => number, list: readonly T[]): T {
  const total = list.reduce((n, x) => n + x.weight, 0);
  let r = rand() * total;
  for (const x of list) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return list[list.length - 1]!;
}
async function firstWorkingDayFrom(services: Container['services'], from: IsoDate): Promise<IsoDate> {
  const cal = await services.calendar.forRegion(DEMO_COUNTY);
  let d = from;
  while (cal.kindOf(d) !== 'working') d = addDays(d, 1);
  return d;
}
