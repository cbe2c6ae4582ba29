import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Section } from '../../../domain/reports/half-year';
import { inList } from './sql';
import { assignments } from './teams';

export const reportStatuses = ['draft', 'submitted', 'reviewed'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

// 半年工作报告 (issue 12 item 1; P17.4.2-report, P21.5-unit-hear): one per assignment and half year, drafted by
// the system from the records, completed and submitted by the cadre, reviewed by the leading group (then
// locked), heard by the dispatching unit. A correction after review is a new version with its reason; the
// versions before it stay in half_year_report_versions. Region and unit copied from the assignment for scope.
export const halfYearReports = pgTable(
  'half_year_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    cadreId: uuid('cadre_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    villageCode: text('village_code').notNull(),
    period: text('period').notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    sections: jsonb('sections').$type<Section[]>().notNull(),
    prefillFilled: integer('prefill_filled').notNull(),
    prefillTotal: integer('prefill_total').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Submitted after the due date (REPORT_DUE_DAYS after the half year). */
    submittedOn: date('submitted_on', { mode: 'string' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewerName: text('reviewer_name'),
    reviewOpinion: text('review_opinion'),
    heardOn: date('heard_on', { mode: 'string' }),
    hearingOpinion: text('hearing_opinion'),
    heardBy: uuid('heard_by'),
    hearerName: text('hearer_name'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('half_year_reports_assignment_period_key').on(t.assignmentId, t.period),
    index('half_year_reports_period_village_idx').on(t.period, t.villageCode),
    index('half_year_reports_unit_idx').on(t.unitId, t.period),
    index('half_year_reports_cadre_idx').on(t.cadreId, t.period),
    check('half_year_reports_status_check', sql`${t.status} in (${inList(reportStatuses)})`),
    check('half_year_reports_period_check', sql`${t.period} ~ '^[0-9]{4}H[12]$'`),
  ],
);

// The versions a correction after review replaced, with the reason given for it.
export const halfYearReportVersions = pgTable(
  'half_year_report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => halfYearReports.id),
    version: integer('version').notNull(),
    status: text('status').$type<ReportStatus>().notNull(),
    sections: jsonb('sections').$type<Section[]>().notNull(),
    reviewOpinion: text('review_opinion'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewerName: text('reviewer_name'),
    /** Why the next version corrected this one. */
    reason: text('reason').notNull(),
    correctedBy: uuid('corrected_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('half_year_report_versions_key').on(t.reportId, t.version)],
);
