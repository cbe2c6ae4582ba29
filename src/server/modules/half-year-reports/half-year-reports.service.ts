import { regionInScope } from '../../../domain/access/scope';
import { countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import {
  type DraftInput,
  draftHalfYearReport,
  dueDateOf,
  type HalfYearPeriod,
  MIN_DAYS_ON_POST,
  type MonthFigures,
  periodDates,
  prefillOf,
  type Section,
} from '../../../domain/reports/half-year';
import { compareDates, type IsoDate, todayInShanghai } from '../../../domain/time/iso-date';
import type {
  CompletenessAnswer,
  CompletenessQuery,
  CorrectionBody,
  CreateReportBody,
  ReportListQuery,
  ReportView,
  UpdateReportBody,
} from '../../../shared/contracts/half-year-reports';
import {
  AppError,
  type FieldProblem,
  type LocalisedText,
  notFound,
  validation,
} from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import { type Actor, systemActor } from '../../context';
import type { Db } from '../../db/client';
import type { AttendanceService } from '../attendance/attendance.service';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import type { HalfYearReportRepository, ReportRow } from './half-year-reports.repository';

const REPORT: LocalisedText = { zh: '半年工作报告', en: 'half-year report' };
const ASSIGNMENT: LocalisedText = { zh: '驻村任期', en: 'assignment' };

/** The month's ledger figures of an assignment (the attendance service's ledger), or null outside it. */
export type MonthLedger = (
  cadreId: string,
  assignmentId: string,
  month: string,
) => Promise<MonthFigures | null>;

/** The month figures from the attendance service's ledger (issue 10), as the system reads them. */
export const ledgerFrom =
  (attendance: () => AttendanceService): MonthLedger =>
  async (cadreId, assignmentId, month) => {
    try {
      const { summary } = await attendance().ledger(systemActor('half-year-reports'), {
        cadreId,
        assignmentId,
        month,
      });
      return { month, ...summary };
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  };

const locked = () =>
  new AppError(
    'INVALID_STATE',
    {
      zh: '报告已经领导小组审阅，已锁定不能修改；如需更正，请提交更正并说明理由（形成新版本）',
      en: 'The report has been reviewed by the leading group and is locked; submit a correction with its reason (a new version)',
    },
    { status: 'reviewed' },
  );

function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear). The cadre's own account drafts its
 * report for an assignment and a half year: the system fills it from the ledger, the logs, the village's task
 * list, the leader meetings, trips and training (`src/domain/reports`), the cadre corrects it and writes the
 * parts only it can write, then submits. The leading group of the village's region reviews it (locked after);
 * the dispatching unit records its hearing. A correction after review is a new version with a reason.
 */
/** The most rows an Excel export of the list carries (the rest is named in its footnote). */
export const EXPORT_ROWS = 50_000;

export function createHalfYearReportService(deps: {
  db: Db;
  reports: HalfYearReportRepository;
  audit: AuditRepository;
  clock: Clock;
  ledger: MonthLedger;
}) {
  const { db, reports, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());
  const own = (actor: Actor, r: { cadreId: string }) => Boolean(actor.cadreId) && actor.cadreId === r.cadreId;

  function allowedSteps(actor: Actor, r: ReportRow): ReportView['allowedSteps'] {
    const steps: ReportView['allowedSteps'] = [];
    const mine = own(actor, r) && can(actor, 'reports.write');
    if (mine && r.status !== 'reviewed') steps.push('edit');
    if (mine && r.status === 'draft') steps.push('submit');
    if (mine && r.status === 'reviewed') steps.push('correct');
    if (r.status === 'submitted' && can(actor, 'reports.review') && regionInScope(actor.scope, r.villageCode))
      steps.push('review');
    if (
      r.status !== 'draft' &&
      !r.heardOn &&
      can(actor, 'reports.hear') &&
      (actor.scope.national || actor.scope.units.includes(r.unitId))
    )
      steps.push('hear');
    return steps;
  }

  async function view(actor: Actor, r: ReportRow, withVersions = false): Promise<ReportView> {
    const due = dueDateOf(r.period as HalfYearPeriod);
    return {
      id: r.id,
      assignmentId: r.assignmentId,
      cadreId: r.cadreId,
      cadreName: r.cadreName,
      villageCode: r.villageCode,
      villageName: r.villageName,
      unitId: r.unitId,
      unitName: r.unitName,
      period: r.period,
      status: r.status,
      version: r.version,
      sections: r.sections,
      prefill: { filled: r.prefillFilled, total: r.prefillTotal },
      dueOn: due,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      late: r.submittedOn ? compareDates(r.submittedOn as IsoDate, due) > 0 : compareDates(today(), due) > 0,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      reviewerName: r.reviewerName,
      reviewOpinion: r.reviewOpinion,
      hearing:
        r.heardOn && r.hearingOpinion
          ? { heardOn: r.heardOn, opinion: r.hearingOpinion, hearerName: r.hearerName ?? '' }
          : null,
      allowedSteps: allowedSteps(actor, r),
      versions: withVersions
        ? (await reports.versions(db, r.id)).map((v) => ({
            version: v.version,
            reason: v.reason,
            correctedAt: v.correctedAt.toISOString(),
            reviewOpinion: v.reviewOpinion,
          }))
        : [],
    };
  }

  async function reportOr404(actor: Actor, id: string): Promise<ReportRow> {
    requireCapability(actor, 'reports.read', { zh: '查看半年工作报告', en: 'read half-year reports' });
    const r = await reports.find(db, actor.scope, id);
    if (!r) throw notFound(REPORT);
    return r;
  }

  async function ownReport(actor: Actor, id: string): Promise<ReportRow> {
    requireCapability(actor, 'reports.write', { zh: '填写半年工作报告', en: 'write half-year reports' });
    const r = await reportOr404(actor, id);
    if (!own(actor, r)) throw notFound(REPORT);
    return r;
  }

  /** Applies section edits; unknown keys are refused naming `sections.N.key`. */
  function edited(current: Section[], edits: UpdateReportBody['sections']): Section[] {
    const problems: FieldProblem[] = [];
    edits.forEach((e, n) => {
      if (!current.some((s) => s.key === e.key))
        problems.push({
          field: `sections.${n}.key`,
          message: { zh: `报告没有“${e.key}”这一部分`, en: `the report has no section "${e.key}"` },
        });
    });
    if (problems.length) throw validation(problems);
    const byKey = new Map(edits.map((e) => [e.key, e.text]));
    return current.map((s) => (byKey.has(s.key) ? { ...s, text: byKey.get(s.key)! } : s));
  }

  const reload = async (actor: Actor, id: string, withVersions = true) =>
    view(actor, (await reports.find(db, actor.scope, id))!, withVersions);

  return {
    /** POST /api/half-year-reports (fixed contract): drafts from the records; a second one → 409. */
    async create(actor: Actor, body: CreateReportBody): Promise<ReportView> {
      requireCapability(actor, 'reports.write', { zh: '填写半年工作报告', en: 'write half-year reports' });
      const a = await reports.assignment(db, body.assignmentId);
      if (!a || !own(actor, a)) throw notFound(ASSIGNMENT);
      const period = body.period as HalfYearPeriod;
      const span = periodDates(period);
      const from = compareDates(a.startOn as IsoDate, span.from) > 0 ? (a.startOn as IsoDate) : span.from;
      const ends = [span.to, today(), ...(a.endOn ? [a.endOn as IsoDate] : [])].sort();
      const to = ends[0]!;
      if (compareDates(from, to) > 0)
        throw validation([
          {
            field: 'period',
            message: {
              zh: `该任期在${period}没有已在岗的日子`,
              en: `the assignment has no day on post in ${period} so far`,
            },
          },
        ]);
      const months: MonthFigures[] = [];
      for (const m of monthsBetween(from, to)) {
        const f = await deps.ledger(a.cadreId, a.id, m);
        if (f) months.push(f);
      }
      const facts = await reports.facts(db, a, from, to);
      const input: DraftInput = {
        period,
        cadreName: a.cadreName,
        villageName: a.villageName,
        teamRole: a.teamRole,
        from,
        to,
        months,
        logs: facts.logs.map((l) => ({ ...l, on: l.on as IsoDate })),
        tasks: facts.tasks.map((t) => ({ ...t, closedOn: t.closedOn as IsoDate | null })),
        meetings: facts.meetings.map((m) => ({ heldOn: m.heldOn as IsoDate, place: m.place })),
        trips: facts.trips.map((t) => ({ ...t, startOn: t.startOn as IsoDate, endOn: t.endOn as IsoDate })),
        leave: facts.leave.map((l) => ({ ...l, startOn: l.startOn as IsoDate, endOn: l.endOn as IsoDate })),
      };
      const draft = draftHalfYearReport(input);
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        const row = await reports.insertOnce(tx, {
          assignmentId: a.id,
          cadreId: a.cadreId,
          unitId: a.unitId,
          provinceCode: provinceOf(a.villageCode),
          countyCode: countyOf(a.villageCode),
          townshipCode: townshipOf(a.villageCode),
          villageCode: a.villageCode,
          period,
          status: 'draft',
          sections: draft.sections,
          prefillFilled: draft.prefill.filled,
          prefillTotal: draft.prefill.total,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        if (!row) return null;
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.draft',
            entityType: 'half_year_report',
            entityId: row.id,
            regionCode: a.villageCode,
            unitId: a.unitId,
            after: { assignmentId: a.id, period, prefill: draft.prefill },
          },
          now,
        );
        return row;
      });
      if (!created)
        throw new AppError(
          'CONFLICT',
          {
            zh: `该任期${period}的半年工作报告已经存在，请打开原报告修改`,
            en: `A report for this assignment and ${period} exists already; open it to edit`,
          },
          { field: 'period' },
        );
      return reload(actor, created.id);
    },

    async get(actor: Actor, id: string): Promise<ReportView> {
      return view(actor, await reportOr404(actor, id), true);
    },

    async list(actor: Actor, q: ReportListQuery) {
      requireCapability(actor, 'reports.read', { zh: '查看半年工作报告', en: 'read half-year reports' });
      const { items, total } = await reports.list(db, actor.scope, q, q);
      const views = await Promise.all(items.map((r) => view(actor, r)));
      return {
        items: views.map(({ sections: _s, versions: _v, ...rest }) => rest),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** PUT /api/half-year-reports/:id (fixed contract): the cadre edits sections; a reviewed report → 409. */
    async update(actor: Actor, id: string, body: UpdateReportBody): Promise<ReportView> {
      const r = await ownReport(actor, id);
      if (r.status === 'reviewed') throw locked();
      const sections = edited(r.sections, body.sections);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await reports.transition(tx, id, r.status, r.status, {
          sections,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.edit',
            entityType: 'half_year_report',
            entityId: id,
            regionCode: r.villageCode,
            unitId: r.unitId,
            after: { sections: body.sections.map((s) => s.key), status: row.status },
          },
          now,
        );
      });
      return reload(actor, id);
    },

    /** POST …/:id/submit: the cadre submits; the parts only it can write must not be empty. */
    async submit(actor: Actor, id: string): Promise<ReportView> {
      const r = await ownReport(actor, id);
      if (r.status !== 'draft')
        throw new AppError('INVALID_STATE', {
          zh: r.status === 'reviewed' ? '报告已审阅' : '报告已提交',
          en: r.status === 'reviewed' ? 'The report has been reviewed' : 'The report has been submitted',
        });
      const empty = r.sections.map((s, n) => ({ s, n })).filter(({ s }) => s.cadreWrites && !s.text.trim());
      if (empty.length)
        throw validation(
          empty.map(({ s, n }) => ({
            field: `sections.${n}.text`,
            message: { zh: `请填写“${s.title}”`, en: `write "${s.title}"` },
          })),
        );
      const now = clock.now();
      await db.transaction(async (tx) => {
        await reports.transition(tx, id, 'draft', 'submitted', {
          submittedAt: now,
          submittedOn: today(),
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.submit',
            entityType: 'half_year_report',
            entityId: id,
            regionCode: r.villageCode,
            unitId: r.unitId,
            after: {
              status: 'submitted',
              late: compareDates(today(), dueDateOf(r.period as HalfYearPeriod)) > 0,
            },
          },
          now,
        );
      });
      return reload(actor, id);
    },

    /** POST …/:id/review: the leading group of the village's region (P17.4.2-report); locks the report. */
    async review(actor: Actor, id: string, opinion: string): Promise<ReportView> {
      requireCapability(actor, 'reports.review', { zh: '审阅半年工作报告', en: 'review half-year reports' });
      const r = await reportOr404(actor, id);
      if (!regionInScope(actor.scope, r.villageCode)) throw notFound(REPORT);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await reports.transition(tx, id, 'submitted', 'reviewed', {
          reviewedAt: now,
          reviewedBy: actor.userId,
          reviewerName: actor.username,
          reviewOpinion: opinion,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.review',
            entityType: 'half_year_report',
            entityId: id,
            regionCode: r.villageCode,
            unitId: r.unitId,
            after: { status: 'reviewed', opinion },
          },
          now,
        );
      });
      return reload(actor, id);
    },

    /** POST …/:id/hearing: the dispatching unit records who heard it, when, and its opinion (P21.5-unit-hear). */
    async hearing(actor: Actor, id: string, body: { heardOn: string; opinion: string }): Promise<ReportView> {
      requireCapability(actor, 'reports.hear', { zh: '听取半年工作报告', en: 'hear half-year reports' });
      const r = await reportOr404(actor, id);
      if (!actor.scope.national && !actor.scope.units.includes(r.unitId)) throw notFound(REPORT);
      if (r.status === 'draft')
        throw new AppError('INVALID_STATE', { zh: '报告尚未提交', en: 'The report has not been submitted' });
      if (r.heardOn)
        throw new AppError('INVALID_STATE', {
          zh: `派出单位已于 ${r.heardOn} 听取该报告`,
          en: `The unit heard this report on ${r.heardOn}`,
        });
      if (compareDates(body.heardOn as IsoDate, today()) > 0)
        throw validation([
          {
            field: 'heardOn',
            message: { zh: '听取日期不能晚于今天', en: 'the hearing cannot be after today' },
          },
        ]);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await reports.update(tx, id, {
          heardOn: body.heardOn,
          hearingOpinion: body.opinion,
          heardBy: actor.userId,
          hearerName: actor.username,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.hearing',
            entityType: 'half_year_report',
            entityId: id,
            regionCode: r.villageCode,
            unitId: r.unitId,
            after: { heardOn: body.heardOn, opinion: body.opinion },
          },
          now,
        );
      });
      return reload(actor, id);
    },

    /** POST …/:id/corrections: after review, a new version with a reason; it goes back to the leading group. */
    async correct(actor: Actor, id: string, body: CorrectionBody): Promise<ReportView> {
      const r = await ownReport(actor, id);
      if (r.status !== 'reviewed')
        throw new AppError('INVALID_STATE', {
          zh: '报告尚未审阅，可直接修改，无需提交更正',
          en: 'The report has not been reviewed: edit it directly, no correction is needed',
        });
      const sections = edited(r.sections, body.sections);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await reports.addVersion(tx, {
          reportId: id,
          version: r.version,
          status: r.status,
          sections: r.sections,
          reviewOpinion: r.reviewOpinion,
          reviewedAt: r.reviewedAt,
          reviewerName: r.reviewerName,
          reason: body.reason,
          correctedBy: actor.userId,
          correctedAt: now,
        });
        await reports.transition(tx, id, 'reviewed', 'submitted', {
          sections,
          version: r.version + 1,
          reviewedAt: null,
          reviewedBy: null,
          reviewerName: null,
          reviewOpinion: null,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'half_year_report.correct',
            entityType: 'half_year_report',
            entityId: id,
            regionCode: r.villageCode,
            unitId: r.unitId,
            before: { version: r.version },
            after: { version: r.version + 1, reason: body.reason, sections: body.sections.map((s) => s.key) },
          },
          now,
        );
      });
      return reload(actor, id);
    },

    /** GET /api/half-year-reports/completeness (fixed contract): due, submitted, late, reviewed, heard, missing. */
    async completeness(actor: Actor, q: CompletenessQuery): Promise<CompletenessAnswer> {
      requireCapability(actor, 'reports.read', { zh: '查看半年工作报告', en: 'read half-year reports' });
      const { scope } = actor;
      const region = { zh: '行政区划', en: 'region' };
      let units: readonly string[] | undefined = q.unitId ? [q.unitId] : undefined;
      if (scope.cadreId) throw notFound(region);
      if (!scope.national && scope.regions.length > 0) {
        if (!regionInScope(scope, q.region)) throw notFound(region);
      } else if (!scope.national) {
        // A dispatching unit: its own cadres, wherever they serve.
        if (q.unitId && !scope.units.includes(q.unitId)) throw notFound({ zh: '派出单位', en: 'unit' });
        units = q.unitId ? [q.unitId] : scope.units;
      }
      const period = q.period as HalfYearPeriod;
      const { from, to } = periodDates(period);
      const due = dueDateOf(period);
      const rows = await reports.completeness(db, {
        region: q.region,
        period,
        from,
        to,
        minDays: MIN_DAYS_ON_POST,
        units,
      });
      const sent = rows.filter((r) => r.status && r.status !== 'draft');
      return {
        region: q.region,
        period,
        dueOn: due,
        due: rows.length,
        submitted: sent.length,
        late: sent.filter((r) => r.submittedOn && compareDates(r.submittedOn as IsoDate, due) > 0).length,
        reviewed: rows.filter((r) => r.status === 'reviewed').length,
        heard: rows.filter((r) => r.heardOn).length,
        missing: rows
          .filter((r) => !r.status || r.status === 'draft')
          .map((r) => ({
            cadreId: r.cadreId,
            name: r.name,
            villageCode: r.villageCode,
            villageName: r.villageName,
            assignmentId: r.assignmentId,
            reportId: r.reportId,
            status: r.status === 'draft' ? ('draft' as const) : ('none' as const),
          })),
      };
    },

    /**
     * Every report of the list's filters in the actor's scope (the Excel export; at most `EXPORT_ROWS`), the
     * same rows and order as GET /api/half-year-reports.
     */
    async listAll(actor: Actor, q: Omit<ReportListQuery, 'page' | 'pageSize'>) {
      requireCapability(actor, 'reports.read', { zh: '查看半年工作报告', en: 'read half-year reports' });
      const { items, total } = await reports.list(db, actor.scope, q, { page: 1, pageSize: EXPORT_ROWS });
      const views = await Promise.all(items.map((r) => view(actor, r)));
      return { items: views.map(({ sections: _s, versions: _v, ...rest }) => rest), total };
    },

    /** A region's name (titles of the exports). */
    regionName: (code: string) => reports.regionName(db, code),

    /** The prefill share of sections (re-exported for the web and the bench). */
    prefillOf,
  };
}
export type HalfYearReportService = ReturnType<typeof createHalfYearReportService>;
