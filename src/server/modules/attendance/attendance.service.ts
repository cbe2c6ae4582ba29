// The attendance ledger by exception (issue 10 items 4–7, 9; P17.4.2-attend / P21.5-attend): leave with its
// approval chain and return report (P17.4.2-leave / P21.5-leave), official trips and training, verification
// by people, the one-tap rest-day stay, the month ledger, the region summary (考勤汇总表) and today's board.
// Only exceptions are stored; every write recomputes the affected assignment-months (attendance_months) in
// its transaction, and the job `attendance.refresh` recomputes the current month nightly (overdue returns
// turn presumed days absent without any write).
import { regionInScope } from '../../../domain/access/scope';
import {
  approverFor,
  cumulativeLeaveDays,
  leaveDatesRefusal,
  needsRecallReview,
  overlappingLeave,
  workingDaysIn,
} from '../../../domain/attendance/leave';
import { type LeaveStep, leaveStepsFor, leaveTransition } from '../../../domain/attendance/leave-workflow';
import {
  type AssignmentSpan,
  type LedgerDay,
  type LedgerRecords,
  ledgerDays,
  monthDates,
  overdueWindow,
  summarise,
} from '../../../domain/attendance/ledger';
import { addUpRollups } from '../../../domain/attendance/rollup';
import { tripStepsFor, tripTransition } from '../../../domain/attendance/trip-workflow';
import { countsAsAbsence, readFinding } from '../../../domain/attendance/verification';
import { addDays, type IsoDate, isAfter, isBefore, todayInShanghai } from '../../../domain/time';
import type {
  AlertListQuery,
  AlertView,
  ApproveLeaveBody,
  ApproveTripBody,
  CancelLeaveBody,
  CreateLeaveBody,
  CreateTripBody,
  CreateVerificationBody,
  DecideExplanationBody,
  ExplainAbsenceBody,
  LeaveListQuery,
  LeavePreview,
  LeavePreviewQuery,
  LeaveRequestView,
  LedgerQuery,
  LedgerView,
  RejectLeaveBody,
  RejectTripBody,
  RestDayStayBody,
  RestDayStayView,
  ReturnLeaveBody,
  StatusCounts,
  SummaryQuery,
  SummaryRow,
  SummaryTotals,
  SummaryView,
  TodayQuery,
  TodayView,
  TripListQuery,
  TripView,
  VerificationListQuery,
  VerificationView,
} from '../../../shared/contracts/attendance';
import { AppError, type LocalisedText, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import { takeStep } from '../../workflow/guarded';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import {
  ATTENDANCE_DEFAULTS,
  type AttendanceCalendar,
  type AttendanceParams,
  type CalendarReader,
  type ParamsReader,
  packageCalendar,
} from './attendance.env';
import type {
  AlertRow,
  AssignmentRef,
  AttendanceRepository,
  LeaveRow,
  MonthRow,
  TripRow,
  VerificationRow,
} from './attendance.repository';

const ASSIGNMENT = { zh: '驻村任期', en: 'assignment' };
const LEAVE = { zh: '请假申请', en: 'leave request' };
const VERIFICATION = { zh: '核查记录', en: 'verification' };
const ALERT = { zh: '提醒', en: 'alert' };
const TRIP = { zh: '出差或培训报备', en: 'trip or training report' };

type Records = Awaited<ReturnType<AttendanceRepository['records']>>;

const monthOf = (d: string) => d.slice(0, 7);
const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};
const lastDayOf = (a: { endOn: string | null; plannedEndOn: string }) => a.endOn ?? a.plannedEndOn;

function ledgerRecords(r: Records, assignmentId?: string): LedgerRecords {
  const mine = <T extends { assignmentId: string }>(xs: T[]) =>
    assignmentId ? xs.filter((x) => x.assignmentId === assignmentId) : xs;
  return {
    leaves: mine(r.leaves).map((l) => ({
      id: l.id,
      startOn: l.startOn,
      endOn: l.endOn,
      status: l.status,
      returnedOn: l.returnedOn,
    })),
    trips: mine(r.trips).map((t) => ({
      id: t.id,
      kind: t.kind,
      startOn: t.startOn,
      endOn: t.endOn,
      status: t.status,
    })),
    verifications: mine(r.verifications).map((v) => ({
      id: v.id,
      on: v.on,
      finding: v.finding,
      excused: !countsAsAbsence(v.outcome),
    })),
    stays: mine(r.stays).map((s) => ({ id: s.id, on: s.on })),
  };
}

export function createAttendanceService(deps: {
  db: Db;
  attendance: AttendanceRepository;
  audit: AuditRepository;
  clock: Clock;
  calendar?: CalendarReader;
  params?: ParamsReader;
}) {
  const { db, attendance: repo, audit, clock } = deps;
  let calendarOf: CalendarReader = deps.calendar ?? (async () => packageCalendar());
  let paramsOf: ParamsReader = deps.params ?? (async () => ATTENDANCE_DEFAULTS);
  const today = () => todayInShanghai(clock.now());

  const cadreIdOf = (actor: Actor) => actor.cadreId ?? actor.scope.cadreId ?? null;
  const isOwn = (actor: Actor, cadreId: string) => cadreIdOf(actor) === cadreId;
  /** A cadre acts only on their own assignment's records; others by the region of the village. */
  const reaches = (actor: Actor, a: { cadreId: string; villageCode: string }) =>
    isOwn(actor, a.cadreId) || regionInScope(actor.scope, a.villageCode);

  async function assignmentOr404(actor: Actor, id: string): Promise<AssignmentRef> {
    const a = await repo.assignment(db, actor.scope, id);
    if (!a) throw notFound(ASSIGNMENT);
    return a;
  }

  // ── the ledger and the monthly aggregates ──

  async function computeMonth(
    a: AssignmentRef,
    month: string,
    records: Records,
    cal: AttendanceCalendar,
    asOf: IsoDate,
  ): Promise<{ days: LedgerDay[]; params: AttendanceParams; figures: ReturnType<typeof summarise> }> {
    const params = await paramsOf(a.villageCode, `${month}-01`);
    const days = ledgerDays({
      dates: monthDates(month),
      dayKind: (d) => cal.kindOf(d),
      assignments: [{ id: a.id, startOn: a.startOn, endOn: lastDayOf(a) }],
      records: () => ledgerRecords(records, a.id),
      params,
      today: asOf,
    });
    return { days, params, figures: summarise(days, params, !cal.knows(Number(month.slice(0, 4)))) };
  }

  /** Recomputes the assignment's months that [from, to] touches (clipped to its days on post). */
  async function recompute(tx: Executor, a: AssignmentRef, from: string, to: string) {
    const start = from < a.startOn ? a.startOn : from;
    const end = to > lastDayOf(a) ? lastDayOf(a) : to;
    if (start > end) return;
    const records = await repo.records(tx, [a.id]);
    const cal = await calendarOf(a.villageCode);
    const asOf = today();
    for (const month of monthsBetween(start, end)) {
      const { figures } = await computeMonth(a, month, records, cal, asOf);
      await repo.upsertMonth(tx, {
        assignmentId: a.id,
        month,
        cadreId: a.cadreId,
        provinceCode: a.provinceCode,
        countyCode: a.countyCode,
        villageCode: a.villageCode,
        daysOnPost: figures.daysOnPost,
        workingDays: figures.workingDays,
        daysInVillage: figures.daysInVillage,
        leaveDays: figures.leaveDays,
        tripDays: figures.tripDays,
        trainingDays: figures.trainingDays,
        absentDays: figures.absentDays,
        restDays: figures.restDays,
        restDayStays: figures.restDayStays,
        minimumDays: figures.minimumDays,
        meetsMinimum: figures.meetsMinimum,
        unknownCalendarYear: figures.unknownCalendarYear,
        asOf,
        computedAt: clock.now(),
      });
    }
  }

  /** A record's months, and when it can leave days overdue, the months up to today. */
  const affected = (startOn: string, endOn: string) => {
    const t = today();
    return { from: startOn, to: endOn > t ? endOn : t };
  };

  // ── leave ──

  function leaveView(
    l: LeaveRow,
    actor: Actor,
    records?: Records,
    cal?: AttendanceCalendar,
  ): LeaveRequestView {
    const t = today();
    const lr = records
      ? ledgerRecords(records, l.assignmentId)
      : { leaves: [], trips: [], verifications: [], stays: [] };
    const mine = lr.leaves.find((x) => x.id === l.id) ?? {
      id: l.id,
      startOn: l.startOn,
      endOn: l.endOn,
      status: l.status,
      returnedOn: l.returnedOn,
    };
    const w = overdueWindow(mine, lr, t);
    const kind = (d: IsoDate) => (cal ?? packageCalendar()).kindOf(d);
    const overdueWorkingDays = l.status === 'approved' && w ? workingDaysIn(kind, w.from, w.to) : 0;
    const taken =
      l.status === 'returned' && l.returnedOn
        ? isAfter(l.returnedOn as IsoDate, l.startOn as IsoDate)
          ? workingDaysIn(
              kind,
              l.startOn as IsoDate,
              isBefore(addDays(l.returnedOn as IsoDate, -1), l.endOn as IsoDate)
                ? addDays(l.returnedOn as IsoDate, -1)
                : (l.endOn as IsoDate),
            )
          : 0
        : l.status === 'approved'
          ? l.workingDays
          : null;
    const steps = leaveStepsFor(l.status, actor.roles).filter((s) => stepAllowedFor(actor, l, s));
    return {
      id: l.id,
      assignmentId: l.assignmentId,
      cadreId: l.cadreId,
      cadreName: l.cadreName,
      villageCode: l.villageCode,
      villageName: l.villageName,
      kind: l.kind,
      startOn: l.startOn,
      endOn: l.endOn,
      reason: l.reason,
      status: l.status,
      workingDays: l.workingDays,
      approver: l.approver,
      townshipOpinion: l.townshipOpinion,
      decisionNote: l.decisionNote,
      returnedOn: l.returnedOn,
      daysTaken: taken,
      overdue: overdueWorkingDays > 0,
      overdueWorkingDays,
      requestedByName: l.requestedByName,
      requestedAt: l.requestedAt.toISOString(),
      unknownCalendarYear: cal
        ? !cal.knows(Number(l.startOn.slice(0, 4))) || !cal.knows(Number(l.endOn.slice(0, 4)))
        : false,
      ruleIds: ['P17.4.2-leave', 'P21.5-leave'],
      allowedSteps: steps,
    };
  }

  /** Beyond the table: own leave only for the cadre's steps; never one's own leave for an approver. */
  function stepAllowedFor(actor: Actor, l: LeaveRow, step: LeaveStep): boolean {
    if (step === 'cancel')
      return isOwn(actor, l.cadreId) && l.startOn > today()
        ? true
        : isOwn(actor, l.cadreId) && l.status !== 'approved';
    if (step === 'return')
      return (
        isOwn(actor, l.cadreId) || (!isOwn(actor, l.cadreId) && regionInScope(actor.scope, l.villageCode))
      );
    if (step === 'approve' || step === 'reject') {
      if (isOwn(actor, l.cadreId) || actor.userId === l.requestedBy) return false;
      return regionInScope(actor.scope, l.villageCode);
    }
    return false;
  }

  async function leaveOr404(actor: Actor, id: string) {
    const l = await repo.leave(db, actor.scope, id);
    if (!l) throw notFound(LEAVE);
    return l;
  }

  /** A leave as shown, with the leave days of its calendar year from the assignment's records. */
  function leaveWithYear(
    l: LeaveRow,
    actor: Actor,
    records: Records,
    cal: AttendanceCalendar,
  ): LeaveRequestView {
    const view = leaveView(l, actor, records, cal);
    view.cumulativeLeaveDays = cumulativeLeaveDays(
      ledgerRecords(records, l.assignmentId).leaves,
      Number(l.startOn.slice(0, 4)),
      (d) => cal.kindOf(d),
    );
    return view;
  }

  async function fullLeaveView(actor: Actor, id: string, withSteps = false): Promise<LeaveRequestView> {
    const l = await leaveOr404(actor, id);
    const view = leaveWithYear(
      l,
      actor,
      await repo.records(db, [l.assignmentId]),
      await calendarOf(l.villageCode),
    );
    if (withSteps) {
      view.steps = (await repo.stepsOf(db, id)).map((s) => ({
        step: s.step as LeaveStep,
        from: s.fromStatus as LeaveRequestView['status'] | null,
        to: s.toStatus as LeaveRequestView['status'],
        byName: s.byName,
        at: s.at.toISOString(),
        note: s.note,
      }));
    }
    return view;
  }

  function refuse(t: { ok: false; reason: string; message: LocalisedText }, status: string): never {
    throw new AppError(t.reason === 'INVALID_INPUT' ? 'VALIDATION' : (t.reason as 'FORBIDDEN'), t.message, {
      status,
    });
  }

  async function leaveStep(
    actor: Actor,
    id: string,
    step: Exclude<LeaveStep, 'request'>,
    patchOf: (l: LeaveRow, to: string) => Partial<LeaveRow>,
    note: string | null,
    check?: (l: LeaveRow) => void,
  ): Promise<LeaveRequestView> {
    const l = await leaveOr404(actor, id);
    if (step === 'approve' || step === 'reject') {
      // The wrong approver (403): the county does not decide a township-level leave; the township does not
      // decide a leave already waiting for the county (P17.4.2-leave / P21.5-leave).
      const level =
        l.status === 'pending_county' || l.approver === 'township'
          ? l.status === 'pending_county'
            ? 'leave.approveCounty'
            : 'leave.approveTownship'
          : null;
      if (
        level &&
        !can(actor, level) &&
        (can(actor, 'leave.approveCounty') || can(actor, 'leave.approveTownship'))
      ) {
        throw new AppError(
          'FORBIDDEN',
          {
            zh:
              level === 'leave.approveCounty'
                ? '该请假超过乡镇审批天数，由县委组织部审批（P17.4.2-leave）'
                : '该请假在乡镇审批天数内，由乡镇党委审批（P17.4.2-leave）',
            en:
              level === 'leave.approveCounty'
                ? 'This leave is above the threshold: the county decides (P17.4.2-leave)'
                : 'This leave is within the threshold: the township decides (P17.4.2-leave)',
          },
          { approver: l.approver, status: l.status },
        );
      }
    }
    const t = leaveTransition(l.status, step, actor.roles, { approver: l.approver });
    if (!t.ok) refuse(t, l.status);
    if (
      (step === 'approve' || step === 'reject') &&
      (isOwn(actor, l.cadreId) || actor.userId === l.requestedBy)
    ) {
      throw new AppError('FORBIDDEN', {
        zh: '不能审批本人的请假（P17.4.2-leave）',
        en: 'No one approves their own leave (P17.4.2-leave)',
      });
    }
    if (
      (step === 'cancel' || (step === 'return' && !regionInScope(actor.scope, l.villageCode))) &&
      !isOwn(actor, l.cadreId)
    ) {
      throw new AppError('FORBIDDEN', {
        zh: '只能处理本人的请假',
        en: 'Only the cadre’s own leave can be handled so',
      });
    }
    if ((step === 'approve' || step === 'reject') && !regionInScope(actor.scope, l.villageCode)) {
      throw new AppError('FORBIDDEN', {
        zh: '该请假不归您所在的乡镇或县审批',
        en: 'This leave is not for your township or county to decide',
      });
    }
    check?.(l);
    const now = clock.now();
    const a = (await repo.assignment(db, { national: true, regions: [], units: [] }, l.assignmentId))!;
    await db.transaction(async (tx) => {
      const row = await repo.transitionLeave(tx, id, l.status, t.to, patchOf(l, t.to));
      await repo.leaveStep(tx, {
        leaveRequestId: id,
        step,
        fromStatus: l.status,
        toStatus: t.to,
        by: actor.userId,
        byName: actor.username,
        at: now,
        note,
      });
      const span = affected(l.startOn, row.returnedOn && row.returnedOn > l.endOn ? row.returnedOn : l.endOn);
      await recompute(tx, a, span.from, span.to);
      if (t.to === 'approved') await recallReview(tx, a, Number(l.startOn.slice(0, 4)), now);
      await audit.append(
        tx,
        actor,
        {
          action: `leave.${step}`,
          entityType: 'leave_request',
          entityId: id,
          regionCode: l.villageCode,
          unitId: l.unitId,
          before: { status: l.status, returnedOn: l.returnedOn },
          after: { status: row.status, returnedOn: row.returnedOn, note, ruleId: 'P17.4.2-leave' },
        },
        now,
      );
    });
    return fullLeaveView(actor, id, true);
  }

  /** P17.5.3-recall: past the cumulative threshold the leading group is told to review a recall. */
  async function recallReview(tx: Executor, a: AssignmentRef, year: number, now: Date) {
    const records = await repo.records(tx, [a.id]);
    const cal = await calendarOf(a.villageCode);
    const params = await paramsOf(a.villageCode, `${year}-12-31`);
    const total = cumulativeLeaveDays(ledgerRecords(records).leaves, year, (d) => cal.kindOf(d));
    if (!needsRecallReview(total, params.cumulativeLeaveAlertDays)) return;
    await repo.insertAlert(tx, {
      kind: 'recall_review',
      audience: 'leading_group',
      ...located(a),
      subject: `recall_review:${a.id}:${year}`,
      messageZh: `${a.cadreName}（${a.villageName}）${year} 年累计请假 ${total} 个工作日，超过 ${params.cumulativeLeaveAlertDays} 天，请研究是否召回调整（P17.5.3-recall）`,
      messageEn: `${a.cadreName} (${a.villageName}) has ${total} working days of leave in ${year}, more than ${params.cumulativeLeaveAlertDays}: review a recall (P17.5.3-recall)`,
      ruleId: 'P17.5.3-recall',
      createdAt: now,
    });
  }

  const located = (a: AssignmentRef) => ({
    assignmentId: a.id,
    cadreId: a.cadreId,
    unitId: a.unitId,
    provinceCode: a.provinceCode,
    countyCode: a.countyCode,
    villageCode: a.villageCode,
  });

  // ── views ──

  const tripView = (r: TripRow, params: AttendanceParams, actor: Actor): TripView => ({
    id: r.id,
    assignmentId: r.assignmentId,
    cadreId: r.cadreId,
    cadreName: r.cadreName,
    villageCode: r.villageCode,
    villageName: r.villageName,
    kind: r.kind,
    startOn: r.startOn,
    endOn: r.endOn,
    destination: r.destination,
    purpose: r.purpose,
    status: r.status,
    countsInVillage: r.kind === 'trip' ? params.tripCountsInVillage : params.trainingCountsInVillage,
    reportedByName: r.reportedByName,
    reportedAt: r.reportedAt.toISOString(),
    decisionNote: r.decisionNote,
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    ruleIds: ['P17.4.2-attend', 'P21.5-attend'],
    // The township of the village decides, never on a trip of its own or one it reported itself.
    allowedSteps: tripStepsFor(r.status, actor.roles).filter(
      () => !ownTrip(actor, r) && regionInScope(actor.scope, r.villageCode),
    ),
  });

  /** A trip is one's own to report, never to approve: the cadre's own, or one the user reported. */
  const ownTrip = (actor: Actor, r: { cadreId: string; reportedBy: string | null }) =>
    isOwn(actor, r.cadreId) || (actor.userId !== null && actor.userId === r.reportedBy);

  async function tripOr404(actor: Actor, id: string) {
    const r = await repo.trip(db, actor.scope, id);
    if (!r) throw notFound(TRIP);
    return r;
  }

  /** The township approves (→ reported) or rejects (→ rejected) a trip waiting for it (tripNeedsApproval). */
  async function tripStep(
    actor: Actor,
    id: string,
    step: 'approve' | 'reject',
    note: string | null,
  ): Promise<TripView> {
    requireCapability(actor, 'trips.approve', {
      zh: '审批出差或培训',
      en: 'decide on trips and training',
    });
    const r = await tripOr404(actor, id);
    if (!regionInScope(actor.scope, r.villageCode)) throw notFound(TRIP);
    const t = tripTransition(r.status, step, actor.roles, { needsApproval: true });
    if (!t.ok) refuse(t, r.status);
    if (ownTrip(actor, r)) {
      throw new AppError('FORBIDDEN', {
        zh: '不能审批本人的或本人报备的出差、培训',
        en: 'No one decides on their own trip or training, or on one they reported',
      });
    }
    const now = clock.now();
    const a = (await repo.assignment(db, { national: true, regions: [], units: [] }, r.assignmentId))!;
    await db.transaction(async (tx) => {
      await takeStep(tx, audit, {
        actor,
        at: now,
        update: () =>
          repo.transitionTrip(tx, id, r.status, t.to, {
            decidedBy: actor.userId,
            decidedByName: actor.username,
            decidedAt: now,
            decisionNote: note,
          }),
        audit: (row) => ({
          action: `trip.${step}`,
          entityType: 'official_trip',
          entityId: id,
          regionCode: r.villageCode,
          unitId: r.unitId,
          before: { status: r.status },
          after: { status: row.status, note, ruleId: 'P17.4.2-attend' },
        }),
        effects: () => recompute(tx, a, r.startOn, affected(r.startOn, r.endOn).to),
      });
    });
    const row = await tripOr404(actor, id);
    return tripView(row, await paramsOf(row.villageCode, row.startOn), actor);
  }

  const verificationView = (v: VerificationRow, actor: Actor): VerificationView => {
    const steps: VerificationView['allowedSteps'] = [];
    if (
      v.outcome === 'awaiting_explanation' &&
      isOwn(actor, v.cadreId) &&
      can(actor, 'verifications.explain')
    )
      steps.push('explain');
    if (
      (v.outcome === 'explained' || v.outcome === 'awaiting_explanation') &&
      can(actor, 'verifications.decide') &&
      regionInScope(actor.scope, v.villageCode) &&
      !isOwn(actor, v.cadreId)
    )
      steps.push('excuse', 'refuse_excuse');
    return {
      id: v.id,
      assignmentId: v.assignmentId,
      cadreId: v.cadreId,
      cadreName: v.cadreName,
      villageCode: v.villageCode,
      villageName: v.villageName,
      on: v.on,
      dayKind: v.dayKind,
      method: v.method,
      finding: v.finding,
      note: v.note,
      consistentWith: v.consistentWith,
      outcome: v.outcome,
      explanation: v.explanation,
      explainedAt: v.explainedAt?.toISOString() ?? null,
      decisionReason: v.decisionReason,
      decidedByName: v.decidedByName,
      decidedAt: v.decidedAt?.toISOString() ?? null,
      recordedByName: v.recordedByName,
      recordedAt: v.recordedAt.toISOString(),
      allowedSteps: steps,
    };
  };

  const alertView = (r: AlertRow): AlertView => ({
    id: r.id,
    kind: r.kind,
    audience: r.audience,
    cadreId: r.cadreId,
    cadreName: r.cadreName,
    villageCode: r.villageCode,
    assignmentId: r.assignmentId,
    subject: r.subject,
    message: { zh: r.messageZh, en: r.messageEn },
    ruleId: r.ruleId,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  });

  async function verificationOr404(actor: Actor, id: string) {
    const v = await repo.verification(db, actor.scope, id);
    if (!v) throw notFound(VERIFICATION);
    return v;
  }

  async function decide(actor: Actor, id: string, body: DecideExplanationBody, excuse: boolean) {
    requireCapability(actor, 'verifications.decide', {
      zh: '认定缺勤说明',
      en: 'decide on explanations of absence',
    });
    const v = await verificationOr404(actor, id);
    if (!regionInScope(actor.scope, v.villageCode)) throw notFound(VERIFICATION);
    if (isOwn(actor, v.cadreId)) {
      throw new AppError('FORBIDDEN', {
        zh: '不能认定本人的缺勤说明',
        en: 'No one decides on their own absence',
      });
    }
    if (v.outcome !== 'explained' && v.outcome !== 'awaiting_explanation') {
      throw new AppError(
        'INVALID_STATE',
        {
          zh: '该核查记录没有待认定的缺勤',
          en: 'This verification has no absence waiting for a decision',
        },
        { outcome: v.outcome },
      );
    }
    const now = clock.now();
    const outcome = excuse ? 'excused' : 'not_excused';
    const a = (await repo.assignment(db, { national: true, regions: [], units: [] }, v.assignmentId))!;
    await db.transaction(async (tx) => {
      const row = await repo.updateVerification(tx, id, v.outcome, {
        outcome,
        decisionReason: body.reason,
        decidedBy: actor.userId,
        decidedByName: actor.username,
        decidedAt: now,
      });
      if (!row)
        throw new AppError('INVALID_STATE', {
          zh: '该核查记录已被他人处理，请刷新',
          en: 'Someone else decided first; reload',
        });
      await recompute(tx, a, v.on, v.on);
      await audit.append(
        tx,
        actor,
        {
          action: excuse ? 'verification.excuse' : 'verification.refuse_excuse',
          entityType: 'verification',
          entityId: id,
          regionCode: v.villageCode,
          unitId: v.unitId,
          before: { outcome: v.outcome },
          after: { outcome, reason: body.reason, ruleId: 'P17.4.2-attend' },
        },
        now,
      );
    });
    return { verification: verificationView(await verificationOr404(actor, id), actor) };
  }

  // ── summary and today ──

  /** The month asked for, once the reader may read attendance in the region (out of scope: 404). */
  function monthInScope(actor: Actor, q: SummaryQuery) {
    requireCapability(actor, 'attendance.read', { zh: '查看考勤', en: 'read attendance' });
    if (!regionInScope(actor.scope, q.region)) throw notFound({ zh: '行政区划', en: 'region' });
    return { first: `${q.month}-01`, last: monthDates(q.month).at(-1)! };
  }

  /**
   * Checks the reader may see the region, and brings the month's aggregates under it up to date: the ones
   * missing or computed before the days they count had passed are recomputed now (the nightly job and each
   * write keep these few). Answers the month's first and last day.
   */
  async function freshMonth(actor: Actor, q: SummaryQuery) {
    const { first, last } = monthInScope(actor, q);
    const stale = await repo.staleMonths(db, q.region, q.month, first, last, today());
    if (stale.length) {
      await db.transaction(async (tx) => {
        for (const a of stale) await recompute(tx, a, first, last);
      });
    }
    return { first, last };
  }

  /**
   * Like freshMonth, for a province or a city: brings the month's county rollups under the region up to date
   * (migration 0021). A rollup is rebuilt when a write marked it dirty, or when it was added up before the days
   * it counts had passed; its counties' stale aggregates are recomputed first, then — under the rollups' row
   * locks, so a write committing meanwhile marks it dirty again after — what is still stale, and it is added up.
   * Answers the month's first and last day and the rollups as read after that (read once when none was outdated).
   */
  async function rolledUpMonth(actor: Actor, q: SummaryQuery) {
    const { first, last } = monthInScope(actor, q);
    const t = today();
    const needed = last < t ? last : t;
    const read = await repo.rollups(db, q.region, q.month);
    const outdated = read
      .filter((r) => r.dirty || r.asOf === null || r.asOf < needed)
      .map((r) => r.countyCode);
    if (!outdated.length) return { first, last, rollups: read };
    // Many counties: one anti-join over the region; a few: over those counties only.
    const where = outdated.length > 8 ? q.region : outdated;
    const stale = await repo.staleMonths(db, where, q.month, first, last, t);
    if (stale.length) {
      await db.transaction(async (tx) => {
        for (const a of stale) await recompute(tx, a, first, last);
      });
    }
    await db.transaction(async (tx) => {
      await repo.lockRollups(tx, q.month, outdated);
      for (const a of await repo.staleMonths(tx, outdated, q.month, first, last, t))
        await recompute(tx, a, first, last);
      await repo.rebuildRollups(tx, q.month, outdated, first, last, t, clock.now());
    });
    return { first, last, rollups: await repo.rollups(db, q.region, q.month) };
  }

  const summaryRowOf = ({ a, m }: { a: AssignmentRef; m: MonthRow }): SummaryRow => ({
    assignmentId: a.id,
    cadreId: a.cadreId,
    name: a.cadreName,
    villageCode: a.villageCode,
    villageName: a.villageName,
    teamRole: a.teamRole,
    daysOnPost: m.daysOnPost,
    workingDays: m.workingDays,
    daysInVillage: m.daysInVillage,
    leaveDays: m.leaveDays,
    tripDays: m.tripDays,
    trainingDays: m.trainingDays,
    absentDays: m.absentDays,
    restDays: m.restDays,
    minimumDays: m.minimumDays,
    meetsMinimum: m.meetsMinimum,
    unknownCalendarYear: m.unknownCalendarYear,
  });

  /** Every row of the month under the region (the Excel sheet). */
  async function summaryRows(actor: Actor, q: SummaryQuery): Promise<SummaryRow[]> {
    const { first, last } = await freshMonth(actor, q);
    return (await repo.monthRows(db, q.region, q.month, first, last, undefined)).map(summaryRowOf);
  }

  const nextLevel = (region: string, code: string) =>
    code.slice(0, region.length === 2 ? 4 : region.length === 4 ? 6 : region.length === 6 ? 9 : 12);

  return {
    /** Plugs in the settings module's effective parameters and the work calendar (issue 10 items 1, 2). */
    useSettings(reader: ParamsReader) {
      paramsOf = reader;
    },
    useCalendar(reader: CalendarReader) {
      calendarOf = reader;
    },

    // ── leave ──
    /** What a leave request would be, before it is sent (issue 11 item 4): nothing is written. */
    async previewLeave(actor: Actor, q: LeavePreviewQuery): Promise<LeavePreview> {
      requireCapability(actor, 'leave.request', { zh: '请假', en: 'ask for leave' });
      const a = await assignmentOr404(actor, q.assignmentId);
      if (!isOwn(actor, a.cadreId)) throw notFound(ASSIGNMENT);
      const cal = await calendarOf(a.villageCode);
      const params = await paramsOf(a.villageCode, q.startOn);
      const workingDays = workingDaysIn((d) => cal.kindOf(d), q.startOn as IsoDate, q.endOn as IsoDate);
      const problems: LeavePreview['problems'] = [];
      const refusal = leaveDatesRefusal({
        startOn: q.startOn as IsoDate,
        endOn: q.endOn as IsoDate,
        assignment: { startOn: a.startOn, lastDay: lastDayOf(a) },
        workingDays,
      });
      if (refusal) problems.push({ field: 'startOn', ...refusal });
      const clash = overlappingLeave(
        ledgerRecords(await repo.records(db, [a.id])).leaves,
        q.startOn as IsoDate,
        q.endOn as IsoDate,
      );
      if (clash)
        problems.push({
          field: 'startOn',
          zh: `与已有请假（${clash.startOn} 至 ${clash.endOn}）日期重叠（P17.4.2-leave）`,
          en: `Overlaps the leave of ${clash.startOn} to ${clash.endOn} (P17.4.2-leave)`,
        });
      return {
        workingDays,
        approver: approverFor(workingDays, params.leaveTownshipMaxDays),
        townshipMaxDays: params.leaveTownshipMaxDays,
        unknownCalendarYear:
          !cal.knows(Number(q.startOn.slice(0, 4))) || !cal.knows(Number(q.endOn.slice(0, 4))),
        problems,
        ruleIds: ['P17.4.2-leave', 'P21.5-leave'],
      };
    },

    async requestLeave(actor: Actor, body: CreateLeaveBody): Promise<LeaveRequestView> {
      const t = leaveTransition(null, 'request', actor.roles, { approver: 'township' });
      if (!t.ok) refuse(t, 'none');
      const a = await assignmentOr404(actor, body.assignmentId);
      if (!isOwn(actor, a.cadreId)) {
        throw new AppError('FORBIDDEN', {
          zh: '只能为本人的驻村任期请假',
          en: 'Leave is asked for one’s own assignment only',
        });
      }
      const cal = await calendarOf(a.villageCode);
      const params = await paramsOf(a.villageCode, body.startOn);
      const workingDays = workingDaysIn((d) => cal.kindOf(d), body.startOn as IsoDate, body.endOn as IsoDate);
      const refusal = leaveDatesRefusal({
        startOn: body.startOn as IsoDate,
        endOn: body.endOn as IsoDate,
        assignment: { startOn: a.startOn, lastDay: lastDayOf(a) },
        workingDays,
      });
      if (refusal) throw validation([{ field: 'startOn', message: refusal }]);
      const approver = approverFor(workingDays, params.leaveTownshipMaxDays);
      const now = clock.now();
      const { row, leaves } = await db.transaction(async (tx) => {
        // The assignment's leave read under its row lock: of two overlapping requests sent at the same moment,
        // the second sees the first and is refused (P17.4.2-leave), whatever either saw before.
        const leaves = await repo.leavesLocked(tx, a.id);
        const clash = overlappingLeave(
          ledgerRecords({ leaves, trips: [], verifications: [], stays: [] }).leaves,
          body.startOn as IsoDate,
          body.endOn as IsoDate,
        );
        if (clash) {
          throw new AppError(
            'CONFLICT',
            {
              zh: `与已有请假（${clash.startOn} 至 ${clash.endOn}）日期重叠（P17.4.2-leave）`,
              en: `Overlaps the leave of ${clash.startOn} to ${clash.endOn} (P17.4.2-leave)`,
            },
            { leaveRequestId: clash.id },
          );
        }
        const row = await repo.insertLeave(tx, {
          ...located(a),
          kind: body.kind,
          startOn: body.startOn,
          endOn: body.endOn,
          reason: body.reason,
          status: 'pending',
          workingDays,
          approver,
          requestedBy: actor.userId,
          requestedByName: actor.username,
          requestedAt: now,
        });
        await repo.leaveStep(tx, {
          leaveRequestId: row.id,
          step: 'request',
          fromStatus: null,
          toStatus: 'pending',
          by: actor.userId,
          byName: actor.username,
          at: now,
          note: body.reason,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'leave.request',
            entityType: 'leave_request',
            entityId: row.id,
            regionCode: a.villageCode,
            unitId: a.unitId,
            after: {
              kind: body.kind,
              startOn: body.startOn,
              endOn: body.endOn,
              workingDays,
              approver,
              ruleId: 'P17.4.2-leave',
            },
          },
          now,
        );
        return { row, leaves: [...leaves, row] };
      });
      // The answer from what the transaction read and wrote: nothing else has changed this leave since.
      const view = leaveWithYear(
        { ...row, cadreName: a.cadreName, villageName: a.villageName },
        actor,
        { leaves, trips: [], verifications: [], stays: [] },
        cal,
      );
      view.steps = [
        {
          step: 'request',
          from: null,
          to: 'pending',
          byName: actor.username,
          at: now.toISOString(),
          note: body.reason,
        },
      ];
      return view;
    },

    async leave(actor: Actor, id: string) {
      requireCapability(actor, 'attendance.read', { zh: '查看请假', en: 'read leave' });
      return fullLeaveView(actor, id, true);
    },

    async listLeave(actor: Actor, q: LeaveListQuery) {
      requireCapability(actor, 'attendance.read', { zh: '查看请假', en: 'read leave' });
      const t = today();
      const { items, total } = await repo.listLeave(
        db,
        actor.scope,
        { ...q, overdueBefore: q.overdue ? t : undefined },
        q,
      );
      const ids = [...new Set(items.map((i) => i.assignmentId))];
      const records = await repo.records(db, ids);
      let views = items.map((l) => leaveView(l, actor, records));
      if (q.overdue) views = views.filter((v) => v.overdue);
      return { items: views, total: q.overdue ? views.length : total, page: q.page, pageSize: q.pageSize };
    },

    approveLeave: (actor: Actor, id: string, body: ApproveLeaveBody) =>
      leaveStep(
        actor,
        id,
        'approve',
        (_l, to) =>
          to === 'pending_county'
            ? { townshipOpinion: body?.note ?? '同意，报县委组织部审批' }
            : { decidedBy: actor.userId, decidedAt: clock.now(), decisionNote: body?.note ?? null },
        body?.note ?? null,
      ),
    rejectLeave: (actor: Actor, id: string, body: RejectLeaveBody) =>
      leaveStep(
        actor,
        id,
        'reject',
        () => ({ decidedBy: actor.userId, decidedAt: clock.now(), decisionNote: body.reason }),
        body.reason,
      ),
    cancelLeave: (actor: Actor, id: string, body: CancelLeaveBody) =>
      leaveStep(
        actor,
        id,
        'cancel',
        () => ({}),
        body?.reason ?? null,
        (l) => {
          if (l.status === 'approved' && l.startOn <= today()) {
            throw new AppError(
              'INVALID_STATE',
              {
                zh: '请假已开始，不能撤销，请销假（P17.4.2-leave）',
                en: 'The leave has begun: report the return instead of cancelling (P17.4.2-leave)',
              },
              { status: l.status },
            );
          }
        },
      ),
    returnLeave: (actor: Actor, id: string, body: ReturnLeaveBody) =>
      leaveStep(
        actor,
        id,
        'return',
        () => ({ returnedOn: body.returnedOn }),
        `returnedOn ${body.returnedOn}`,
        (l) => {
          if (body.returnedOn < l.startOn || body.returnedOn > today()) {
            throw validation([
              {
                field: 'returnedOn',
                message: {
                  zh: `返岗日期须在请假开始（${l.startOn}）之后、不晚于今天`,
                  en: `the return must be on or after the start (${l.startOn}) and not after today`,
                },
              },
            ]);
          }
        },
      ),

    // ── trips ──
    async reportTrip(actor: Actor, body: CreateTripBody): Promise<TripView> {
      requireCapability(actor, 'trips.report', { zh: '报备出差或培训', en: 'report trips and training' });
      const a = await assignmentOr404(actor, body.assignmentId);
      if (!isOwn(actor, a.cadreId) && !regionInScope(actor.scope, a.villageCode)) throw notFound(ASSIGNMENT);
      if (body.startOn < a.startOn || body.endOn > lastDayOf(a)) {
        throw validation([
          {
            field: 'startOn',
            message: {
              zh: `出差或培训日期须在驻村任期内（${a.startOn} 至 ${lastDayOf(a)}）`,
              en: `the dates must lie within the assignment (${a.startOn} to ${lastDayOf(a)})`,
            },
          },
        ]);
      }
      const now = clock.now();
      // The settings in force for the village on the trip's first day decide whether it waits for approval.
      const params = await paramsOf(a.villageCode, body.startOn);
      const t = tripTransition(null, 'report', actor.roles, { needsApproval: params.tripNeedsApproval });
      if (!t.ok) refuse(t, 'none');
      const row = await db.transaction(async (tx) => {
        const r = await repo.insertTrip(tx, {
          ...located(a),
          kind: body.kind,
          startOn: body.startOn,
          endOn: body.endOn,
          destination: body.destination,
          purpose: body.purpose,
          status: t.to,
          reportedBy: actor.userId,
          reportedByName: actor.username,
          reportedAt: now,
        });
        await recompute(tx, a, body.startOn, affected(body.startOn, body.endOn).to);
        await audit.append(
          tx,
          actor,
          {
            action: 'trip.report',
            entityType: 'official_trip',
            entityId: r.id,
            regionCode: a.villageCode,
            unitId: a.unitId,
            after: {
              kind: body.kind,
              startOn: body.startOn,
              endOn: body.endOn,
              destination: body.destination,
              status: t.to,
              needsApproval: params.tripNeedsApproval,
              ruleId: 'P17.4.2-attend',
            },
          },
          now,
        );
        return r;
      });
      return tripView({ ...row, cadreName: a.cadreName, villageName: a.villageName }, params, actor);
    },

    async listTrips(actor: Actor, q: TripListQuery) {
      requireCapability(actor, 'attendance.read', { zh: '查看出差', en: 'read trips' });
      const { items, total } = await repo.listTrips(db, actor.scope, q, q);
      // Each trip counts by the settings in force for its village on its first day.
      const views: TripView[] = [];
      for (const r of items) views.push(tripView(r, await paramsOf(r.villageCode, r.startOn), actor));
      return { items: views, total, page: q.page, pageSize: q.pageSize };
    },

    approveTrip: (actor: Actor, id: string, body: ApproveTripBody) =>
      tripStep(actor, id, 'approve', body?.note || null),
    rejectTrip: (actor: Actor, id: string, body: RejectTripBody) =>
      tripStep(actor, id, 'reject', body.reason),

    // ── verifications ──
    async recordVerification(actor: Actor, body: CreateVerificationBody) {
      requireCapability(actor, 'verifications.record', { zh: '记录核查', en: 'record verifications' });
      const a = await assignmentOr404(actor, body.assignmentId);
      if (!regionInScope(actor.scope, a.villageCode)) throw notFound(ASSIGNMENT);
      if (body.on < a.startOn || body.on > lastDayOf(a) || body.on > today()) {
        throw validation([
          {
            field: 'on',
            message: {
              zh: `核查日期须在驻村任期内且不晚于今天（${a.startOn} 至 ${lastDayOf(a)}）`,
              en: `the date must lie within the assignment (${a.startOn} to ${lastDayOf(a)}) and not after today`,
            },
          },
        ]);
      }
      const cal = await calendarOf(a.villageCode);
      const dayKind = cal.kindOf(body.on);
      const records = await repo.records(db, [a.id]);
      const lr = ledgerRecords(records);
      const reading = readFinding({
        on: body.on as IsoDate,
        finding: body.finding,
        dayKind,
        leaves: lr.leaves,
        trips: lr.trips,
      });
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const v = await repo.insertVerification(tx, {
          ...located(a),
          on: body.on,
          dayKind,
          method: body.method,
          finding: body.finding,
          note: body.note ?? null,
          consistentWith: reading.consistentWith,
          outcome: reading.outcome,
          recordedBy: actor.userId,
          recordedByName: actor.username,
          recordedAt: now,
        });
        if (reading.outcome === 'awaiting_explanation') {
          // The cadre and the leading group are told (issue 10 item 7).
          for (const audience of ['cadre', 'leading_group'] as const) {
            await repo.insertAlert(tx, {
              kind: 'absence_found',
              audience,
              ...located(a),
              subject: `verification:${v.id}`,
              messageZh: `${body.on} 核查发现${a.cadreName}（${a.villageName}）不在岗，${audience === 'cadre' ? '请说明情况' : '待本人说明、乡镇认定'}（P17.4.2-attend）`,
              messageEn: `A verification on ${body.on} found ${a.cadreName} (${a.villageName}) absent; ${audience === 'cadre' ? 'please explain' : 'the cadre may explain, the township decides'} (P17.4.2-attend)`,
              ruleId: 'P17.4.2-attend',
              createdAt: now,
            });
          }
        }
        await recompute(tx, a, body.on, body.on);
        await audit.append(
          tx,
          actor,
          {
            action: 'verification.record',
            entityType: 'verification',
            entityId: v.id,
            regionCode: a.villageCode,
            unitId: a.unitId,
            after: {
              on: body.on,
              method: body.method,
              finding: body.finding,
              ...reading,
              ruleId: 'P17.4.2-attend',
            },
          },
          now,
        );
        return v.id;
      });
      return { verification: verificationView(await verificationOr404(actor, id), actor) };
    },

    async verification(actor: Actor, id: string) {
      requireCapability(actor, 'attendance.read', { zh: '查看核查', en: 'read verifications' });
      return { verification: verificationView(await verificationOr404(actor, id), actor) };
    },

    async listVerifications(actor: Actor, q: VerificationListQuery) {
      requireCapability(actor, 'attendance.read', { zh: '查看核查', en: 'read verifications' });
      const { items, total } = await repo.listVerifications(db, actor.scope, q, q);
      return {
        items: items.map((v) => verificationView(v, actor)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    async explain(actor: Actor, id: string, body: ExplainAbsenceBody) {
      requireCapability(actor, 'verifications.explain', { zh: '说明缺勤', en: 'explain an absence' });
      const v = await verificationOr404(actor, id);
      if (!isOwn(actor, v.cadreId)) throw notFound(VERIFICATION);
      if (v.outcome !== 'awaiting_explanation') {
        throw new AppError(
          'INVALID_STATE',
          {
            zh: '该核查记录不需要或已有说明',
            en: 'This verification needs no explanation or already has one',
          },
          { outcome: v.outcome },
        );
      }
      const now = clock.now();
      const a = (await repo.assignment(db, { national: true, regions: [], units: [] }, v.assignmentId))!;
      await db.transaction(async (tx) => {
        const row = await repo.updateVerification(tx, id, 'awaiting_explanation', {
          outcome: 'explained',
          explanation: body.explanation,
          explainedAt: now,
        });
        if (!row)
          throw new AppError('INVALID_STATE', {
            zh: '该核查记录已被处理，请刷新',
            en: 'Already handled; reload',
          });
        await audit.append(
          tx,
          actor,
          {
            action: 'verification.explain',
            entityType: 'verification',
            entityId: id,
            regionCode: v.villageCode,
            unitId: v.unitId,
            before: { outcome: v.outcome },
            after: { outcome: 'explained', explanation: body.explanation },
          },
          now,
        );
        await repo.insertAlert(tx, {
          kind: 'explanation_given',
          audience: 'township',
          ...located(a),
          subject: `verification:${id}`,
          messageZh: `${a.cadreName} 对 ${v.on} 的缺勤作出说明，请认定`,
          messageEn: `${a.cadreName} explained the absence of ${v.on}; please decide`,
          ruleId: 'P17.4.2-attend',
          createdAt: now,
        });
      });
      return { verification: verificationView(await verificationOr404(actor, id), actor) };
    },
    excuse: (actor: Actor, id: string, body: DecideExplanationBody) => decide(actor, id, body, true),
    refuseExcuse: (actor: Actor, id: string, body: DecideExplanationBody) => decide(actor, id, body, false),

    // ── rest-day stays ──
    async restDayStay(
      actor: Actor,
      body: RestDayStayBody,
    ): Promise<{ stay: RestDayStayView; created: boolean }> {
      requireCapability(actor, 'attendance.restDayStay', {
        zh: '登记休息日在村',
        en: 'record a rest-day stay',
      });
      const cadreId = cadreIdOf(actor);
      const a = body.assignmentId
        ? await assignmentOr404(actor, body.assignmentId)
        : cadreId
          ? await repo.currentOfCadre(db, cadreId, body.on)
          : undefined;
      if (!a || !isOwn(actor, a.cadreId)) throw notFound(ASSIGNMENT);
      if (body.on < a.startOn || body.on > lastDayOf(a) || body.on > today()) {
        throw validation([
          {
            field: 'on',
            message: {
              zh: '日期须在驻村任期内且不晚于今天',
              en: 'the day must lie within the assignment and not after today',
            },
          },
        ]);
      }
      const cal = await calendarOf(a.villageCode);
      if (cal.kindOf(body.on) === 'working') {
        throw validation([
          {
            field: 'on',
            message: {
              zh: '该日是工作日，工作日默认在村，无需登记',
              en: 'a working day is presumed in the village; nothing to record',
            },
          },
        ]);
      }
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { row, created } = await repo.insertStay(tx, {
          ...located(a),
          on: body.on,
          note: body.note ?? null,
          recordedBy: actor.userId,
          recordedAt: now,
        });
        if (created) {
          await recompute(tx, a, body.on, body.on);
          await audit.append(
            tx,
            actor,
            {
              action: 'attendance.rest_day_stay',
              entityType: 'rest_day_stay',
              entityId: row.id,
              regionCode: a.villageCode,
              unitId: a.unitId,
              after: { on: body.on },
            },
            now,
          );
        }
        return {
          created,
          stay: {
            id: row.id,
            assignmentId: row.assignmentId,
            cadreId: row.cadreId,
            on: row.on,
            note: row.note,
            recordedAt: row.recordedAt.toISOString(),
          },
        };
      });
    },

    // ── ledger ──
    async ledger(actor: Actor, q: LedgerQuery): Promise<LedgerView> {
      requireCapability(actor, 'attendance.read', { zh: '查看考勤', en: 'read attendance' });
      const cadreId = q.cadreId ?? cadreIdOf(actor);
      if (!cadreId)
        throw validation([{ field: 'cadreId', message: { zh: '请指定干部', en: 'name the cadre' } }]);
      const dates = monthDates(q.month);
      const list = (await repo.assignmentsOfCadre(db, actor.scope, cadreId, dates[0]!, dates.at(-1)!)).filter(
        (a) => (!q.assignmentId || a.id === q.assignmentId) && reaches(actor, a),
      );
      if (list.length === 0) throw notFound({ zh: '该月的驻村任期', en: 'assignment in that month' });
      const records = await repo.records(
        db,
        list.map((a) => a.id),
      );
      const first = list[0]!;
      const cal = await calendarOf(first.villageCode);
      const params = await paramsOf(first.villageCode, dates[0]!);
      const spans: AssignmentSpan[] = list.map((a) => ({
        id: a.id,
        startOn: a.startOn,
        endOn: lastDayOf(a),
      }));
      const days = ledgerDays({
        dates,
        dayKind: (d) => cal.kindOf(d),
        assignments: spans,
        records: (id) => ledgerRecords(records, id),
        params,
        today: today(),
      });
      const figures = summarise(days, params, !cal.knows(Number(q.month.slice(0, 4))));
      const { awayOnDutyDays: _away, ...summary } = figures;
      return {
        cadreId,
        cadreName: first.cadreName,
        month: q.month,
        assignmentIds: list.map((a) => a.id),
        days,
        summary,
        cumulativeLeaveDays: cumulativeLeaveDays(
          ledgerRecords(records).leaves,
          Number(q.month.slice(0, 4)),
          (d) => cal.kindOf(d),
        ),
        cumulativeLeaveAlertDays: params.cumulativeLeaveAlertDays,
      };
    },

    /** The ledger days of every assignment of a summary (the Excel sheet's day columns). */
    async summaryDays(actor: Actor, q: SummaryQuery) {
      const rows = await summaryRows(actor, q);
      const dates = monthDates(q.month);
      const list = await repo.assignmentsInRegion(db, q.region, dates[0]!, dates.at(-1)!);
      const records = await repo.records(
        db,
        list.map((a) => a.id),
      );
      const out = new Map<string, LedgerDay[]>();
      for (const a of list) {
        const cal = await calendarOf(a.villageCode);
        out.set(
          a.id,
          (
            await computeMonth(
              a,
              q.month,
              {
                leaves: records.leaves.filter((x) => x.assignmentId === a.id),
                trips: records.trips.filter((x) => x.assignmentId === a.id),
                verifications: records.verifications.filter((x) => x.assignmentId === a.id),
                stays: records.stays.filter((x) => x.assignmentId === a.id),
              },
              cal,
              today(),
            )
          ).days,
        );
      }
      return { rows, days: out, regionName: await repo.regionName(db, q.region), dates };
    },

    /**
     * GET /api/attendance/summary: one page of rows, the totals and the totals by the next level down, all
     * added up in the database from the monthly aggregates (a province's month is a few index range reads).
     */
    async summary(actor: Actor, q: SummaryQuery): Promise<SummaryView> {
      const groupLength = nextLevel(q.region, q.region.padEnd(12, '0')).length;
      // A province or a city adds up its counties' rollups (kept fresh by rolledUpMonth); below, the rows themselves.
      const byCounty = q.region.length === 2 || q.region.length === 4;
      const rolledUp = byCounty ? await rolledUpMonth(actor, q) : null;
      const { first, last } = rolledUp ?? (await freshMonth(actor, q));
      const [{ all, groups }, rows] = await Promise.all([
        rolledUp
          ? addUpRollups(rolledUp.rollups, groupLength)
          : repo.monthTotals(db, q.region, q.month, first, last, groupLength),
        repo.monthRows(db, q.region, q.month, first, last, { page: q.page, pageSize: q.pageSize }),
      ]);
      const names = await repo.regionNames(db, [q.region, ...groups.map((g) => g.code)]);
      const totals = ({ rows: _rows, unknownCalendarYear: _u, ...t }: typeof all): SummaryTotals => t;
      return {
        region: q.region,
        regionName: names.get(q.region) ?? q.region,
        month: q.month,
        rows: rows.map(summaryRowOf),
        totals: totals(all),
        byRegion: groups.map(({ code, ...g }) => ({
          regionCode: code,
          regionName: names.get(code) ?? code,
          ...totals(g),
        })),
        total: all.rows,
        page: q.page,
        pageSize: q.pageSize,
        unknownCalendarYear: all.unknownCalendarYear,
      };
    },

    async today(actor: Actor, q: TodayQuery): Promise<TodayView> {
      requireCapability(actor, 'attendance.read', { zh: '查看在岗情况', en: 'read who is on post' });
      if (!regionInScope(actor.scope, q.region)) throw notFound({ zh: '行政区划', en: 'region' });
      const on = (q.date ?? today()) as IsoDate;
      const cal = await calendarOf(q.region);
      const dayKind = cal.kindOf(on);
      const list = await repo.assignmentsInRegion(db, q.region, on, on);
      const special = new Set(await repo.exceptionalOn(db, q.region, on));
      const records = await repo.records(
        db,
        list.filter((a) => special.has(a.id)).map((a) => a.id),
      );
      const zero = (): StatusCounts => ({
        onPost: 0,
        in_village: 0,
        in_village_rest_day: 0,
        rest: 0,
        leave: 0,
        official_trip: 0,
        training: 0,
        absent: 0,
      });
      const counts = zero();
      const groups = new Map<string, StatusCounts>();
      for (const a of list) {
        let status: keyof StatusCounts = dayKind === 'working' ? 'in_village' : 'rest';
        if (special.has(a.id)) {
          const params = await paramsOf(a.villageCode, on);
          const [d] = ledgerDays({
            dates: [on],
            dayKind: (x) => cal.kindOf(x),
            assignments: [{ id: a.id, startOn: a.startOn, endOn: lastDayOf(a) }],
            records: () => ledgerRecords(records, a.id),
            params,
            today: on,
          });
          if (d && d.status !== 'not_on_post') status = d.status;
        }
        const k = nextLevel(q.region, a.villageCode);
        const g = groups.get(k) ?? zero();
        for (const c of [counts, g]) {
          c.onPost++;
          c[status]++;
        }
        groups.set(k, g);
      }
      const names = await repo.regionNames(db, [...groups.keys()]);
      return {
        region: q.region,
        regionName: await repo.regionName(db, q.region),
        date: on,
        dayKind,
        counts,
        breakdown: [...groups].map(([code, c]) => ({
          regionCode: code,
          regionName: names.get(code) ?? code,
          ...c,
        })),
        unknownCalendarYear: !cal.knows(Number(on.slice(0, 4))),
      };
    },

    // ── alerts ──
    async alerts(actor: Actor, q: AlertListQuery) {
      requireCapability(actor, 'attendance.read', { zh: '查看提醒', en: 'read alerts' });
      const audiences = [
        ...(cadreIdOf(actor) ? ['cadre'] : []),
        ...(actor.roles.includes('township') ? ['township'] : []),
        ...(actor.roles.some(
          (r) => r === 'leading_group' || r === 'org_admin' || r === 'sys_admin' || r === 'inspector',
        )
          ? ['leading_group', 'township']
          : []),
      ];
      const { items, total } = await repo.listAlerts(db, actor.scope, audiences, q, q);
      return { items: items.map(alertView), total, page: q.page, pageSize: q.pageSize };
    },
    async readAlert(actor: Actor, id: string) {
      requireCapability(actor, 'attendance.read', { zh: '查看提醒', en: 'read alerts' });
      const row = await repo.markAlertRead(db, actor.scope, id, actor.userId, clock.now());
      if (!row) throw notFound(ALERT);
      return { ok: true as const };
    },

    /**
     * The job's pass (attendance.refresh): recompute the current month of every assignment with approved
     * leave past its end (overdue returns turn presumed days absent) and of those not yet aggregated.
     */
    async refreshCurrentMonth(region = '') {
      const t = today();
      const first = `${monthOf(t)}-01`;
      const last = monthDates(monthOf(t)).at(-1)!;
      const prefixes = region ? [region] : ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
      let n = 0;
      for (const p of prefixes) {
        const list = await repo.assignmentsInRegion(db, p, first, last);
        for (const a of list) {
          await db.transaction((tx) => recompute(tx, a, first, t));
          n++;
        }
      }
      return n;
    },
  };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
