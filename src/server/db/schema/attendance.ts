import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  type PgColumn,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  absenceOutcomes,
  alertAudiences,
  alertKinds,
  leaveApprovers,
  leaveKinds,
  leaveStatuses,
  tripKinds,
  tripStatuses,
  verificationFindings,
  verificationMethods,
} from '../../../shared/contracts/attendance';
import { inList } from './sql';
import { assignments } from './teams';

// The attendance ledger by exception (issue 10; P17.4.2-attend / P21.5-attend). Only exceptions are stored —
// never a row per cadre-day for presumed days (DESIGN.md §7: 800,000 cadres). `attendance_months` keeps each
// assignment-month's figures, recomputed in the transaction of every write that changes them and by a job
// when presumed days change status (overdue returns, the nightly pass over the current month), so a
// province-month summary reads one index range.

const oneOf = (col: PgColumn, values: readonly string[]) => sql`${col} in (${inList(values)})`;

/** Where each record lives: copied from its assignment for region-prefix reads. */
const located = {
  assignmentId: uuid('assignment_id')
    .notNull()
    .references(() => assignments.id),
  cadreId: uuid('cadre_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  provinceCode: text('province_code').notNull(),
  countyCode: text('county_code').notNull(),
  villageCode: text('village_code').notNull(),
};

// 请销假 (P17.4.2-leave / P21.5-leave).
export const leaveRequests = pgTable(
  'leave_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    kind: text('kind').$type<(typeof leaveKinds)[number]>().notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<(typeof leaveStatuses)[number]>().notNull().default('pending'),
    workingDays: integer('working_days').notNull(),
    approver: text('approver').$type<(typeof leaveApprovers)[number]>().notNull(),
    townshipOpinion: text('township_opinion'),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnedOn: date('returned_on', { mode: 'string' }),
    requestedBy: uuid('requested_by'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('leave_requests_assignment_idx').on(t.assignmentId, t.startOn),
    index('leave_requests_cadre_idx').on(t.cadreId, t.startOn),
    index('leave_requests_village_idx').on(t.villageCode, t.status),
    // Overdue returns: approved leave past its end (the township's list and the nightly job).
    index('leave_requests_approved_end_idx').on(t.endOn, t.villageCode).where(sql`${t.status} = 'approved'`),
    check('leave_requests_kind_check', oneOf(t.kind, leaveKinds)),
    check('leave_requests_status_check', oneOf(t.status, leaveStatuses)),
    check('leave_requests_approver_check', oneOf(t.approver, leaveApprovers)),
    check('leave_requests_dates_check', sql`${t.endOn} >= ${t.startOn}`),
  ],
);

/** Each step of a leave request: who moved it from where to where, when, with what note. */
export const leaveRequestSteps = pgTable(
  'leave_request_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leaveRequestId: uuid('leave_request_id')
      .notNull()
      .references(() => leaveRequests.id),
    step: text('step').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    by: uuid('by'),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
  },
  (t) => [index('leave_request_steps_request_idx').on(t.leaveRequestId, t.at)],
);

// 公务出差、培训: reported, no approval step unless the settings ask for one (tripNeedsApproval: pending →
// reported or rejected by the township).
export const officialTrips = pgTable(
  'official_trips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    kind: text('kind').$type<(typeof tripKinds)[number]>().notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    destination: text('destination').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status').$type<(typeof tripStatuses)[number]>().notNull().default('reported'),
    reportedBy: uuid('reported_by'),
    reportedByName: text('reported_by_name').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    // The township's decision where the settings ask for approval (tripNeedsApproval).
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('official_trips_assignment_idx').on(t.assignmentId, t.startOn),
    index('official_trips_village_idx').on(t.villageCode, t.startOn),
    // The township's list of trips waiting for its approval.
    index('official_trips_pending_idx').on(t.villageCode).where(sql`${t.status} = 'pending'`),
    check('official_trips_kind_check', oneOf(t.kind, tripKinds)),
    check('official_trips_status_check', oneOf(t.status, tripStatuses)),
    check('official_trips_dates_check', sql`${t.endOn} >= ${t.startOn}`),
  ],
);

// 核查: a visit, phone or video call and what it found.
export const verifications = pgTable(
  'verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    on: date('on', { mode: 'string' }).notNull(),
    dayKind: text('day_kind').$type<'working' | 'rest' | 'holiday'>().notNull(),
    method: text('method').$type<(typeof verificationMethods)[number]>().notNull(),
    finding: text('finding').$type<(typeof verificationFindings)[number]>().notNull(),
    note: text('note'),
    consistentWith: text('consistent_with').$type<'leave' | 'official_trip'>(),
    outcome: text('outcome').$type<(typeof absenceOutcomes)[number]>().notNull(),
    explanation: text('explanation'),
    explainedAt: timestamp('explained_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('verifications_assignment_idx').on(t.assignmentId, t.on),
    index('verifications_village_idx').on(t.villageCode, t.on),
    check('verifications_method_check', oneOf(t.method, verificationMethods)),
    check('verifications_finding_check', oneOf(t.finding, verificationFindings)),
    check('verifications_outcome_check', oneOf(t.outcome, absenceOutcomes)),
  ],
);

// One tap: the cadre stayed in the village on a rest day.
export const restDayStays = pgTable(
  'rest_day_stays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('rest_day_stays_assignment_on_key').on(t.assignmentId, t.on)],
);

/** The figures of one assignment-month (src/domain/attendance summarise), kept incrementally. */
export const attendanceMonths = pgTable(
  'attendance_months',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    month: text('month').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    villageCode: text('village_code').notNull(),
    daysOnPost: integer('days_on_post').notNull(),
    workingDays: integer('working_days').notNull(),
    daysInVillage: integer('days_in_village').notNull(),
    leaveDays: integer('leave_days').notNull(),
    tripDays: integer('trip_days').notNull(),
    trainingDays: integer('training_days').notNull(),
    absentDays: integer('absent_days').notNull(),
    restDays: integer('rest_days').notNull(),
    restDayStays: integer('rest_day_stays').notNull(),
    minimumDays: integer('minimum_days'),
    meetsMinimum: boolean('meets_minimum'),
    unknownCalendarYear: boolean('unknown_calendar_year').notNull(),
    /** The day the figures were computed for (overdue absences run to it). */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.month] }),
    // A region-month summary: month equality and a range of village codes (src/server/db/scope.ts).
    index('attendance_months_month_village_idx').on(t.month, t.villageCode),
    // A cadre's rows of a month (a cadre on post in two counties in one month is counted once above them).
    index('attendance_months_cadre_month_idx').on(t.cadreId, t.month),
    check('attendance_months_month_check', sql`${t.month} ~ '^[0-9]{4}-[0-9]{2}$'`),
  ],
);

/**
 * The month's figures of each county, added up from `attendance_months` (issue 10 Scale): a province's or the
 * country's summary reads a row per county instead of a row per cadre. Triggers (migration 0021) mark a row
 * `dirty` in the transaction that changes what it adds up — a month aggregate of the county (or of a cadre also
 * on post in it that month), or an assignment's days on post — and insert the row when the county-month is new;
 * the summary rebuilds dirty rows, and rows computed before the days they count had passed (`as_of`), under
 * the row's lock before it reads them. `cadres` counts distinct cadres within the county; `shared_cadre_ids`
 * are those of them also on post in another county that month, so a region above counts each cadre once.
 */
export const attendanceRollups = pgTable(
  'attendance_rollups',
  {
    month: text('month').notNull(),
    countyCode: text('county_code').notNull(),
    rows: integer('rows').notNull().default(0),
    cadres: integer('cadres').notNull().default(0),
    sharedCadreIds: uuid('shared_cadre_ids').array().notNull().default(sql`'{}'::uuid[]`),
    workingDays: integer('working_days').notNull().default(0),
    daysInVillage: integer('days_in_village').notNull().default(0),
    leaveDays: integer('leave_days').notNull().default(0),
    tripDays: integer('trip_days').notNull().default(0),
    trainingDays: integer('training_days').notNull().default(0),
    absentDays: integer('absent_days').notNull().default(0),
    restDays: integer('rest_days').notNull().default(0),
    meetingMinimum: integer('meeting_minimum').notNull().default(0),
    belowMinimum: integer('below_minimum').notNull().default(0),
    unknownCalendarYear: boolean('unknown_calendar_year').notNull().default(false),
    /** The day the figures were added up for; null until first built. */
    asOf: date('as_of', { mode: 'string' }),
    dirty: boolean('dirty').notNull().default(true),
    computedAt: timestamp('computed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.countyCode] }),
    check('attendance_rollups_month_check', sql`${t.month} ~ '^[0-9]{4}-[0-9]{2}$'`),
  ],
);

// 待办/提醒: what the cadre, the township and the leading group are told (absences found, explanations given,
// overdue returns, the recall review past the cumulative leave threshold — P17.5.3-recall).
export const attendanceAlerts = pgTable(
  'attendance_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<(typeof alertKinds)[number]>().notNull(),
    audience: text('audience').$type<(typeof alertAudiences)[number]>().notNull(),
    ...located,
    subject: text('subject').notNull(),
    messageZh: text('message_zh').notNull(),
    messageEn: text('message_en').notNull(),
    ruleId: text('rule_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
  },
  (t) => [
    index('attendance_alerts_village_idx').on(t.villageCode, t.createdAt),
    index('attendance_alerts_cadre_idx').on(t.cadreId, t.createdAt),
    // One alert per subject, kind and audience (a recomputation never repeats one).
    uniqueIndex('attendance_alerts_subject_key').on(t.subject, t.kind, t.audience),
    check('attendance_alerts_kind_check', oneOf(t.kind, alertKinds)),
    check('attendance_alerts_audience_check', oneOf(t.audience, alertAudiences)),
  ],
);
