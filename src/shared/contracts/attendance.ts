// The attendance ledger by exception (issue 10 items 4–7, 9): leave (请销假), official trips and training,
// verification by people, the one-tap rest-day stay, the ledger, the monthly summary (考勤汇总表) and today's
// on-post board. Nobody punches in (X23-fingertip, X26-apps art. 6): a working day is presumed in the
// village; only records make exceptions (P17.4.2-attend / P21.5-attend).
import { z } from 'zod';
import { bilingual } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { isoDate } from './villages';

/** YYYY-MM */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingual('月份应为 YYYY-MM 格式', 'a month written YYYY-MM'));

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const optionalClientId = z.uuid(bilingual('应为 UUID', 'must be a UUID')).optional();

const endNotBeforeStart = bilingual('结束日期不能早于开始日期', 'the end cannot be before the start');

// ── Leave (请销假, P17.4.2-leave / P21.5-leave) ──────────────────────────────────────────────────────────

export const leaveKinds = [
  'personal',
  'sick',
  'annual',
  'marriage',
  'bereavement',
  'maternity',
  'paternity',
  'family_visit',
  'other',
] as const;
export type LeaveKind = (typeof leaveKinds)[number];

export const leaveStatuses = [
  'pending',
  'pending_county',
  'approved',
  'rejected',
  'cancelled',
  'returned',
] as const;
export type LeaveStatus = (typeof leaveStatuses)[number];

/** Who approves: the township party committee up to leaveTownshipMaxDays working days, else the county. */
export const leaveApprovers = ['township', 'county'] as const;
export type LeaveApprover = (typeof leaveApprovers)[number];

export const leaveSteps = ['request', 'approve', 'reject', 'cancel', 'return'] as const;
export type LeaveStep = (typeof leaveSteps)[number];

/** POST /api/leave-requests (fixed contract; idempotent by an optional clientId). */
export const createLeaveBody = z
  .object({
    assignmentId: uuid,
    kind: z.enum(leaveKinds),
    startOn: isoDate,
    endOn: isoDate,
    reason: z.string().trim().min(1).max(1000),
    clientId: optionalClientId,
  })
  .refine((b) => b.endOn >= b.startOn, { message: endNotBeforeStart, path: ['endOn'] });
export type CreateLeaveBody = z.infer<typeof createLeaveBody>;

/**
 * GET /api/leave-requests/preview (issue 11 item 4): what a request would be before it is sent — its working
 * days and who approves (township up to leaveTownshipMaxDays, else the county), and what would refuse it.
 */
export const leavePreviewQuery = z
  .object({ assignmentId: uuid, startOn: isoDate, endOn: isoDate })
  .refine((b) => b.endOn >= b.startOn, { message: endNotBeforeStart, path: ['endOn'] });
export type LeavePreviewQuery = z.infer<typeof leavePreviewQuery>;
export const leavePreview = z.object({
  workingDays: z.number().int(),
  approver: z.enum(leaveApprovers),
  townshipMaxDays: z.number().int(),
  unknownCalendarYear: z.boolean(),
  /** What sending it would be refused for, in both languages (the field it concerns). */
  problems: z.array(z.object({ field: z.string(), zh: z.string(), en: z.string() })),
  ruleIds: z.array(z.string()),
});
export type LeavePreview = z.infer<typeof leavePreview>;

export const approveLeaveBody = z.object({ note: z.string().trim().max(1000).optional() }).optional();
export type ApproveLeaveBody = z.infer<typeof approveLeaveBody>;
export const rejectLeaveBody = z.object({ reason: z.string().trim().min(1).max(1000) });
export type RejectLeaveBody = z.infer<typeof rejectLeaveBody>;
export const cancelLeaveBody = z.object({ reason: z.string().trim().max(1000).optional() }).optional();
export type CancelLeaveBody = z.infer<typeof cancelLeaveBody>;
/** 销假: the actual date back in the village (its first day back on post). */
export const returnLeaveBody = z.object({ returnedOn: isoDate });
export type ReturnLeaveBody = z.infer<typeof returnLeaveBody>;

export const leaveStepView = z.object({
  step: z.enum(leaveSteps),
  from: z.enum(leaveStatuses).nullable(),
  to: z.enum(leaveStatuses),
  byName: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});

export const leaveRequestView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  kind: z.enum(leaveKinds),
  startOn: z.string(),
  endOn: z.string(),
  reason: z.string(),
  status: z.enum(leaveStatuses),
  /** Working days of the work calendar in [startOn, endOn]. */
  workingDays: z.number().int(),
  approver: z.enum(leaveApprovers),
  /** The township's opinion on a county-level leave (its approval moved it to pending_county). */
  townshipOpinion: z.string().nullable(),
  decisionNote: z.string().nullable(),
  returnedOn: z.string().nullable(),
  /** Working days actually taken: up to the day before the return, or the approved end. */
  daysTaken: z.number().int().nullable(),
  /** Approved, the end passed, no return report and no continuing leave: working days since then are absent. */
  overdue: z.boolean(),
  overdueWorkingDays: z.number().int(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  /** The year's cumulative leave working days of the cadre, this request included when approved. */
  cumulativeLeaveDays: z.number().int().optional(),
  /** The calendar year is one the work calendar does not know: the count may be wrong. */
  unknownCalendarYear: z.boolean(),
  ruleIds: z.array(z.string()),
  allowedSteps: z.array(z.enum(leaveSteps)),
  steps: z.array(leaveStepView).optional(),
});
export type LeaveRequestView = z.infer<typeof leaveRequestView>;

export const leaveRequestResult = z.object({ leaveRequest: leaveRequestView });

export const leaveListQuery = pageQuery.extend({
  region: regionCode.optional(),
  status: z.enum(leaveStatuses).optional(),
  cadreId: uuid.optional(),
  assignmentId: uuid.optional(),
  overdue: booleanQuery,
  /** Leave overlapping [from, to]. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type LeaveListQuery = z.infer<typeof leaveListQuery>;
export const leaveList = listOf(leaveRequestView);

// ── Official trips and training (公务出差、培训) ───────────────────────────────────────────────────────

export const tripKinds = ['trip', 'training'] as const;
export type TripKind = (typeof tripKinds)[number];

/**
 * `reported` at once, unless the settings in force on the first day ask for approval (tripNeedsApproval):
 * then `pending` until the township party committee approves (→ `reported`) or rejects (→ `rejected`).
 * Only `reported` trips change a day of the ledger.
 */
export const tripStatuses = ['pending', 'reported', 'rejected', 'withdrawn'] as const;
export type TripStatus = (typeof tripStatuses)[number];
export const tripSteps = ['report', 'approve', 'reject'] as const;
export type TripStep = (typeof tripSteps)[number];

export const createTripBody = z
  .object({
    assignmentId: uuid,
    kind: z.enum(tripKinds),
    startOn: isoDate,
    endOn: isoDate,
    destination: z.string().trim().min(1).max(200),
    purpose: z.string().trim().min(1).max(1000),
    clientId: optionalClientId,
  })
  .refine((b) => b.endOn >= b.startOn, { message: endNotBeforeStart, path: ['endOn'] });
export type CreateTripBody = z.infer<typeof createTripBody>;

export const tripView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  kind: z.enum(tripKinds),
  startOn: z.string(),
  endOn: z.string(),
  destination: z.string(),
  purpose: z.string(),
  /** 'reported' at once, or 'pending' the township's approval where the settings ask (tripNeedsApproval). */
  status: z.enum(tripStatuses),
  /** Whether its days count as days in the village (settings tripCountsInVillage / trainingCountsInVillage). */
  countsInVillage: z.boolean(),
  reportedByName: z.string(),
  reportedAt: z.string(),
  /** The township's note on approving, or its reason for rejecting. */
  decisionNote: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  ruleIds: z.array(z.string()),
  allowedSteps: z.array(z.enum(['approve', 'reject'])),
});
export type TripView = z.infer<typeof tripView>;
export const tripResult = z.object({ trip: tripView });
export const approveTripBody = z.object({ note: z.string().trim().max(1000).optional() }).optional();
export type ApproveTripBody = z.infer<typeof approveTripBody>;
export const rejectTripBody = z.object({ reason: z.string().trim().min(1).max(1000) });
export type RejectTripBody = z.infer<typeof rejectTripBody>;
export const tripListQuery = pageQuery.extend({
  region: regionCode.optional(),
  status: z.enum(tripStatuses).optional(),
  cadreId: uuid.optional(),
  assignmentId: uuid.optional(),
  kind: z.enum(tripKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type TripListQuery = z.infer<typeof tripListQuery>;
export const tripList = listOf(tripView);

// ── Verification by people (核查) ─────────────────────────────────────────────────────────────────────

export const verificationMethods = ['visit', 'phone', 'video'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];
export const verificationFindings = ['present', 'absent'] as const;
export type VerificationFinding = (typeof verificationFindings)[number];

/**
 * What an `absent` finding did: consistent with a record (nothing to explain), a note on a rest day, or an
 * absence on a working day — awaiting the cadre's explanation, explained (waiting for the township), excused
 * by the township (the day is not absent) or not excused (the day stays absent).
 */
export const absenceOutcomes = [
  'none',
  'consistent',
  'rest_day_note',
  'awaiting_explanation',
  'explained',
  'excused',
  'not_excused',
] as const;
export type AbsenceOutcome = (typeof absenceOutcomes)[number];

export const createVerificationBody = z.object({
  assignmentId: uuid,
  on: isoDate,
  method: z.enum(verificationMethods),
  finding: z.enum(verificationFindings),
  note: z.string().trim().max(1000).optional(),
  clientId: optionalClientId,
});
export type CreateVerificationBody = z.infer<typeof createVerificationBody>;

/** POST /api/verifications/:id/explanation — the cadre's explanation of an absence. */
export const explainAbsenceBody = z.object({ explanation: z.string().trim().min(1).max(2000) });
export type ExplainAbsenceBody = z.infer<typeof explainAbsenceBody>;
/** POST /api/verifications/:id/excuse (accept, the day is excused) and /refuse-excuse (the day stays absent). */
export const decideExplanationBody = z.object({ reason: z.string().trim().min(1).max(1000) });
export type DecideExplanationBody = z.infer<typeof decideExplanationBody>;

export const verificationSteps = ['explain', 'excuse', 'refuse_excuse'] as const;
export type VerificationStep = (typeof verificationSteps)[number];

export const verificationView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  on: z.string(),
  dayKind: z.enum(['working', 'rest', 'holiday']),
  method: z.enum(verificationMethods),
  finding: z.enum(verificationFindings),
  note: z.string().nullable(),
  consistentWith: z.enum(['leave', 'official_trip']).nullable(),
  outcome: z.enum(absenceOutcomes),
  explanation: z.string().nullable(),
  explainedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  allowedSteps: z.array(z.enum(verificationSteps)),
});
export type VerificationView = z.infer<typeof verificationView>;
export const verificationResult = z.object({ verification: verificationView });
export const verificationListQuery = pageQuery.extend({
  region: regionCode.optional(),
  cadreId: uuid.optional(),
  assignmentId: uuid.optional(),
  finding: z.enum(verificationFindings).optional(),
  outcome: z.enum(absenceOutcomes).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type VerificationListQuery = z.infer<typeof verificationListQuery>;
export const verificationList = listOf(verificationView);

// ── Rest-day stays (one tap) ──────────────────────────────────────────────────────────────────────────

/** POST /api/attendance/rest-day-stays: the cadre stayed in the village on a rest day (idempotent). The
 * assignment defaults to the cadre's own current one. */
export const restDayStayBody = z.object({
  on: isoDate,
  assignmentId: uuid.optional(),
  note: z.string().trim().max(500).optional(),
  clientId: optionalClientId,
});
export type RestDayStayBody = z.infer<typeof restDayStayBody>;
export const restDayStayView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  on: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type RestDayStayView = z.infer<typeof restDayStayView>;
export const restDayStayResult = z.object({ stay: restDayStayView });

// ── Ledger ────────────────────────────────────────────────────────────────────────────────────────────

export const dayKinds = ['working', 'rest', 'holiday'] as const;
export type DayKindView = (typeof dayKinds)[number];

export const dayStatuses = [
  'in_village',
  'in_village_rest_day',
  'rest',
  'leave',
  'official_trip',
  'training',
  'absent',
  'not_on_post',
] as const;
export type DayStatus = (typeof dayStatuses)[number];

export const ledgerQuery = z.object({
  cadreId: uuid.optional(),
  /** Defaults to the cadre's own (role cadre). */
  month: isoMonth,
  assignmentId: uuid.optional(),
});
export type LedgerQuery = z.infer<typeof ledgerQuery>;

export const ledgerDay = z.object({
  date: z.string(),
  dayKind: z.enum(dayKinds),
  status: z.enum(dayStatuses),
  /** Where the status came from: presumed, calendar, leave:<id>, trip:<id>, verification:<id>,
   * rest_day_stay:<id>, overdue_return:<id>, not_on_post. */
  source: z.string(),
  /** Whether a trip/training day counts as a day in the village (settings). */
  countsInVillage: z.boolean(),
  assignmentId: z.string().nullable(),
  /** A day after today: presumed, not yet lived. */
  future: z.boolean(),
});
export type LedgerDay = z.infer<typeof ledgerDay>;

export const monthSummary = z.object({
  daysOnPost: z.number().int(),
  workingDays: z.number().int(),
  daysInVillage: z.number().int(),
  leaveDays: z.number().int(),
  tripDays: z.number().int(),
  trainingDays: z.number().int(),
  absentDays: z.number().int(),
  restDays: z.number().int(),
  restDayStays: z.number().int(),
  /** The month's minimum, pro rata to the working days on post; null when the province counts per year. */
  minimumDays: z.number().int().nullable(),
  meetsMinimum: z.boolean().nullable(),
  minimumCountedPer: z.enum(['month', 'year']),
  unknownCalendarYear: z.boolean(),
});
export type MonthSummary = z.infer<typeof monthSummary>;

export const ledgerView = z.object({
  cadreId: z.string(),
  cadreName: z.string(),
  month: z.string(),
  assignmentIds: z.array(z.string()),
  days: z.array(ledgerDay),
  summary: monthSummary,
  /** Leave working days of the calendar year so far and the recall-review threshold (P17.5.3-recall). */
  cumulativeLeaveDays: z.number().int(),
  cumulativeLeaveAlertDays: z.number().int(),
});
export type LedgerView = z.infer<typeof ledgerView>;

// ── Summary (考勤汇总表) and today ─────────────────────────────────────────────────────────────────────

export const summaryQuery = z.object({
  region: regionCode,
  month: isoMonth,
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(2000).default(500),
});
export type SummaryQuery = z.infer<typeof summaryQuery>;

export const summaryRow = z.object({
  assignmentId: z.string(),
  cadreId: z.string(),
  name: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  teamRole: z.string(),
  daysOnPost: z.number().int(),
  workingDays: z.number().int(),
  daysInVillage: z.number().int(),
  leaveDays: z.number().int(),
  tripDays: z.number().int(),
  trainingDays: z.number().int(),
  absentDays: z.number().int(),
  restDays: z.number().int(),
  minimumDays: z.number().int().nullable(),
  meetsMinimum: z.boolean().nullable(),
  unknownCalendarYear: z.boolean(),
});
export type SummaryRow = z.infer<typeof summaryRow>;

export const summaryTotals = z.object({
  cadres: z.number().int(),
  workingDays: z.number().int(),
  daysInVillage: z.number().int(),
  leaveDays: z.number().int(),
  tripDays: z.number().int(),
  trainingDays: z.number().int(),
  absentDays: z.number().int(),
  restDays: z.number().int(),
  meetingMinimum: z.number().int(),
  belowMinimum: z.number().int(),
});
export type SummaryTotals = z.infer<typeof summaryTotals>;

export const summaryView = z.object({
  region: z.string(),
  regionName: z.string(),
  month: z.string(),
  rows: z.array(summaryRow),
  totals: summaryTotals,
  /** Totals by the next region level, for drill-down. */
  byRegion: z.array(summaryTotals.extend({ regionCode: z.string(), regionName: z.string() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unknownCalendarYear: z.boolean(),
});
export type SummaryView = z.infer<typeof summaryView>;

export const todayQuery = z.object({ region: regionCode, date: isoDate.optional() });
export type TodayQuery = z.infer<typeof todayQuery>;

export const statusCounts = z.object({
  onPost: z.number().int(),
  in_village: z.number().int(),
  in_village_rest_day: z.number().int(),
  rest: z.number().int(),
  leave: z.number().int(),
  official_trip: z.number().int(),
  training: z.number().int(),
  absent: z.number().int(),
});
export type StatusCounts = z.infer<typeof statusCounts>;

export const todayView = z.object({
  region: z.string(),
  regionName: z.string(),
  date: z.string(),
  dayKind: z.enum(dayKinds),
  counts: statusCounts,
  breakdown: z.array(statusCounts.extend({ regionCode: z.string(), regionName: z.string() })),
  unknownCalendarYear: z.boolean(),
});
export type TodayView = z.infer<typeof todayView>;

// ── Alerts (待办/提醒) ─────────────────────────────────────────────────────────────────────────────────

export const alertKinds = ['absence_found', 'recall_review', 'overdue_return', 'explanation_given'] as const;
export type AlertKind = (typeof alertKinds)[number];
/** Whom an alert is for: the cadre, the township of the village, or the county's leading group. */
export const alertAudiences = ['cadre', 'township', 'leading_group'] as const;
export type AlertAudience = (typeof alertAudiences)[number];

export const alertView = z.object({
  id: z.string(),
  kind: z.enum(alertKinds),
  audience: z.enum(alertAudiences),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  assignmentId: z.string(),
  /** The record it is about: verification:<id>, leave:<id>. */
  subject: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
  ruleId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type AlertView = z.infer<typeof alertView>;
export const alertListQuery = pageQuery.extend({
  region: regionCode.optional(),
  unread: booleanQuery,
  kind: z.enum(alertKinds).optional(),
});
export type AlertListQuery = z.infer<typeof alertListQuery>;
export const alertList = listOf(alertView);
