import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Grade, Scheme } from '../../../domain/assessment/scheme';
import { inList } from './sql';

// Assessment (issue 13): batches with their scheme frozen at opening, the cadres they assess, anonymous
// survey codes and answers, and the outcomes on a cadre's file.

export const assessmentKinds = ['annual', 'term_end'] as const;
export const assessmentBatchStatuses = ['open', 'published'] as const;
export const outcomeKinds = [
  'commendation',
  'reserve_listing',
  'promotion_reference',
  'criticism',
  'recall_proposal',
  'serious_handling',
  'unit_accountability',
  'other',
] as const;

export const assessmentBatches = pgTable(
  'assessment_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<(typeof assessmentKinds)[number]>().notNull(),
    /** The county (annual, P21.5-annual) whose cadres are assessed. */
    regionCode: text('region_code').notNull(),
    provinceCode: text('province_code').notNull(),
    /** A term-end batch opened by a dispatching unit (P21.5-termend): only its cadres. */
    unitId: uuid('unit_id'),
    year: integer('year').notNull(),
    status: text('status').$type<(typeof assessmentBatchStatuses)[number]>().notNull().default('open'),
    scheme: jsonb('scheme').$type<Scheme>().notNull(),
    /** The settings' date the scheme was read on. */
    schemeOn: date('scheme_on', { mode: 'string' }).notNull(),
    openedBy: uuid('opened_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('assessment_batches_annual_key').on(t.regionCode, t.year).where(sql`${t.kind} = 'annual'`),
    uniqueIndex('assessment_batches_term_end_key')
      .on(t.regionCode, t.year, t.unitId)
      .where(sql`${t.kind} = 'term_end'`),
    index('assessment_batches_province_idx').on(t.provinceCode, t.year),
    check('assessment_batches_kind_check', sql`${t.kind} in (${inList(assessmentKinds)})`),
    check('assessment_batches_status_check', sql`${t.status} in (${inList(assessmentBatchStatuses)})`),
  ],
);

export interface ComponentAdjustment {
  score: number;
  reason: string;
  byName: string;
  at: string;
}

export const assessmentSubjects = pgTable(
  'assessment_subjects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => assessmentBatches.id),
    cadreId: uuid('cadre_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    villageCode: text('village_code').notNull(),
    eligible: boolean('eligible').notNull(),
    reason: jsonb('reason').$type<{ zh: string; en: string }>(),
    ruleId: text('rule_id').notNull(),
    monthsOnPost: integer('months_on_post').notNull(),
    /** Scores entered by the committee, each with its reason (audited). */
    adjustments: jsonb('adjustments')
      .$type<Partial<Record<string, ComponentAdjustment>>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    grade: text('grade').$type<Grade>(),
    gradeReason: text('grade_reason'),
    /** What was computed when the grade was decided: components, total, absences (the form prints it). */
    decidedFigures: jsonb('decided_figures').$type<Record<string, unknown>>(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('assessment_subjects_batch_cadre_key').on(t.batchId, t.cadreId),
    index('assessment_subjects_cadre_idx').on(t.cadreId),
    index('assessment_subjects_village_idx').on(t.villageCode),
    check(
      'assessment_subjects_grade_check',
      sql`${t.grade} is null or ${t.grade} in ('excellent', 'competent', 'basically_competent', 'incompetent')`,
    ),
  ],
);

// One-time codes (P21.5-voices). A code is linked to a batch, a village and an audience — never to a person
// or a device. `used_on` is the day only.
export const surveyCodes = pgTable(
  'survey_codes',
  {
    code: text('code').primaryKey(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => assessmentBatches.id),
    villageCode: text('village_code').notNull(),
    audience: text('audience').notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    usedOn: date('used_on', { mode: 'string' }),
  },
  (t) => [
    index('survey_codes_batch_village_idx').on(t.batchId, t.villageCode, t.audience),
    check('survey_codes_audience_check', sql`${t.audience} in ('villagers', 'village_cadres')`),
  ],
);

// Answers, without the code that was used, without any address, agent or time finer than the day.
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => assessmentBatches.id),
    villageCode: text('village_code').notNull(),
    audience: text('audience').notNull(),
    answers: smallint('answers').array().notNull(),
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    index('survey_responses_batch_village_idx').on(t.batchId, t.villageCode, t.audience),
    check('survey_responses_audience_check', sql`${t.audience} in ('villagers', 'village_cadres')`),
  ],
);

// Consequences on a cadre's file (P17.5.2 / P21.5-use, P17.5.3-recall), fed back to the dispatching unit.
export const cadreOutcomes = pgTable(
  'cadre_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** The village of the assignment it concerns (region scope); null when none. */
    villageCode: text('village_code'),
    batchId: uuid('batch_id').references(() => assessmentBatches.id),
    kind: text('kind').$type<(typeof outcomeKinds)[number]>().notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    decisionMaker: text('decision_maker').notNull(),
    basis: text('basis').notNull(),
    ruleId: text('rule_id').notNull(),
    recallProposalId: uuid('recall_proposal_id'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('cadre_outcomes_cadre_idx').on(t.cadreId, t.on),
    index('cadre_outcomes_unit_idx').on(t.unitId),
    check('cadre_outcomes_kind_check', sql`${t.kind} in (${inList(outcomeKinds)})`),
  ],
);
