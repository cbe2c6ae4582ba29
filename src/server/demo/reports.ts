import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import {
  type HalfYearPeriod,
  MIN_DAYS_ON_POST,
  periodDates,
  periodOf,
  previousPeriod,
} from '../../domain/reports/half-year';
import { addDays, compareDates, daysBetween, type IsoDate, todayInShanghai } from '../../domain/time';
import type { Container } from '../container';
import type { Actor } from '../context';
import { assignments, halfYearReports } from '../db/schema';
import { inRegionPrefixes } from '../db/scope';
import { createHalfYearReportRepository } from '../modules/half-year-reports/half-year-reports.repository';
import {
  createHalfYearReportService,
  ledgerFrom,
} from '../modules/half-year-reports/half-year-reports.service';
import { DEMO_COUNTY, seeded } from './data';

// Two half years of reports in every state (issue 12 item 7): for the last two finished half years, the cadres
// of 双流镇 drafted (from their records), submitted on time or late, reviewed by the leading group,
// heard by the unit, one corrected after review, some still drafts and some missing. demo_cadre's older report
// is reviewed and heard, its latest waits for demo_leading. Written through the service on a clock set to
// each step's day, so due dates, lateness and audit records are the service's own.

const DEMO_CADRE_VILLAGE = '520121101200';
/** Reports are seeded for 双流镇, demo_township's and demo_cadre's township (drafting each reads six months of ledger). */
const DEMO_TOWNSHIP = '520121101';
const THINKING = [
  '坚持学习党的创新理论，牢记驻村初心，克服家庭困难，安心扎根基层。',
  '思想稳定，主动向村“两委”和群众学习，工作作风进一步转变。',
  '能正确对待个人得失，服从组织安排，全身心投入驻村工作。',
];
const PLANS = [
  '产业链条短、销售渠道窄；下半年推动冷库建成投用，拓展线上销售。',
  '村级后备力量不足；下一步加强返乡青年培养，规范支部组织生活。',
  '群众增收渠道单一；下半年组织劳务输出对接，办好农民夜校。',
];

const OLDER_STATES = [
  'heard',
  'heard',
  'reviewed',
  'corrected',
  'submitted_late',
  'heard',
  'missing',
  'heard',
] as const;
const LATEST_STATES = [
  'submitted',
  'draft',
  'reviewed',
  'missing',
  'submitted_late',
  'heard',
  'submitted',
] as const;

export async function seedReportsDemo(container: Container): Promise<Record<string, number>> {
  const db = container.database.db;
  const realNow = container.clock.now();
  const today = todayInShanghai(realNow);
  const [done] = await db
    .select({ id: halfYearReports.id })
    .from(halfYearReports)
    .where(eq(halfYearReports.countyCode, DEMO_COUNTY))
    .limit(1);
  if (done) return {};
  const latest = previousPeriod(periodOf(today));
  const periods: HalfYearPeriod[] = [previousPeriod(latest), latest];
  let at = realNow;
  const clock = { now: () => at };
  const svc = createHalfYearReportService({
    db,
    reports: createHalfYearReportRepository(),
    audit: container.repositories.audit,
    clock,
    ledger: ledgerFrom(() => container.services.attendance),
  });
  const moment = (day: IsoDate, hour: number) =>
    new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const rand = seeded(20_260_701);
  const counts: Record<string, number> = {};
  const leading: Actor = {
    userId: null,
    username: '演示·开阳县驻村工作领导小组',
    roles: ['leading_group'],
    scope: { national: false, regions: [DEMO_COUNTY], units: [] },
    requestId: null,
    ip: null,
  };

  for (const [pi, period] of periods.entries()) {
    const { from, to } = periodDates(period);
    const rows = await db
      .select({
        id: assignments.id,
        cadreId: assignments.cadreId,
        unitId: assignments.unitId,
        villageCode: assignments.villageCode,
        startOn: assignments.startOn,
        endOn: assignments.endOn,
      })
      .from(assignments)
      .where(
        and(
          eq(assignments.countyCode, DEMO_COUNTY),
          inRegionPrefixes(assignments.villageCode, [DEMO_TOWNSHIP]),
          lte(assignments.startOn, to),
          or(isNull(assignments.endOn), gte(assignments.endOn, from)),
        ),
      )
      .orderBy(assignments.villageCode, assignments.startOn);
    let turn = 0;
    for (const a of rows) {
      const first = compareDates(a.startOn as IsoDate, from) > 0 ? (a.startOn as IsoDate) : from;
      const last = a.endOn && compareDates(a.endOn as IsoDate, to) < 0 ? (a.endOn as IsoDate) : to;
      if (daysBetween(first, last) + 1 < MIN_DAYS_ON_POST) continue;
      const demoCadre = a.villageCode === DEMO_CADRE_VILLAGE && (await isFirstSecretary(a.id));
      // The older half year: mostly reviewed and heard; the latest: every state, in turn.
      const cycle = pi === 0 ? OLDER_STATES : LATEST_STATES;
      const state = demoCadre ? (pi === 0 ? 'heard' : 'submitted') : cycle[turn++ % cycle.length]!;
      counts[`${period}:${state}`] = (counts[`${period}:${state}`] ?? 0) + 1;
      if (state === 'missing') continue;
      const cadre: Actor = {
        userId: null,
        username: '演示·驻村干部',
        roles: ['cadre'],
        scope: { national: false, regions: [], units: [], cadreId: a.cadreId },
        cadreId: a.cadreId,
        requestId: null,
        ip: null,
      };
      const unit: Actor = {
        userId: null,
        username: '演示·派出单位党组',
        roles: ['unit_committee'],
        scope: { national: false, regions: [], units: [a.unitId] },
        requestId: null,
        ip: null,
      };
      const draftDay = addDays(to, 1 + Math.floor(rand() * 5));
      at = moment(draftDay, 9);
      const report = await svc.create(cadre, { assignmentId: a.id, period });
      await svc.update(cadre, report.id, {
        sections: [
          { key: 'thinking', text: THINKING[Math.floor(rand() * THINKING.length)]! },
          { key: 'problems_and_plans', text: PLANS[Math.floor(rand() * PLANS.length)]! },
        ],
      });
      if (state === 'draft') continue;
      const submitDay = addDays(
        to,
        state === 'submitted_late' ? 18 + Math.floor(rand() * 10) : 6 + Math.floor(rand() * 8),
      );
      if (compareDates(submitDay, today) > 0) continue;
      at = moment(submitDay, 16);
      await svc.submit(cadre, report.id);
      if (state === 'submitted' || state === 'submitted_late') continue;
      const reviewDay = addDays(submitDay, 5 + Math.floor(rand() * 10));
      if (compareDates(reviewDay, today) > 0) continue;
      at = moment(reviewDay, 10);
      await svc.review(leading, report.id, '经领导小组审阅，工作扎实，同意。');
      if (state === 'corrected') {
        at = moment(addDays(reviewDay, 3), 11);
        await svc.correct(cadre, report.id, {
          reason: '补记一次入户走访',
          sections: [
            {
              key: 'households',
              text: `${report.sections.find((s) => s.key === 'households')?.text ?? ''}另补记走访 1 户。`,
            },
          ],
        });
        continue;
      }
      if (state !== 'heard') continue;
      const heardOn = addDays(reviewDay, 7 + Math.floor(rand() * 10));
      if (compareDates(heardOn, today) > 0) continue;
      at = moment(heardOn, 15);
      await svc.hearing(unit, report.id, {
        heardOn,
        opinion: '单位党组听取汇报，肯定成绩，要求继续抓好产业项目。',
      });
    }
  }
  return counts;

  async function isFirstSecretary(id: string) {
    const [row] = await db
      .select({ role: assignments.teamRole })
      .from(assignments)
      .where(eq(assignments.id, id));
    return row?.role === 'first_secretary';
  }
}
