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
import type { Override } from '../../../domain/policy/violations';
import {
  type EndReason,
  endReasons,
  type RecallStatus,
  recallStatuses,
  type TeamRole,
  teamRoles,
} from '../../../shared/contracts/assignments';
import type { ViolationRecord } from '../../modules/policy/policy.errors';
import { nominations } from './selection';
import { inList } from './sql';

// A village's work team for one batch (第 N 批). One team at a time (P17.1.2-cover): a new batch starts
// only at rotation, when the current team's terms are ending; its members overlap for the handover.
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    villageCode: text('village_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    batch: integer('batch').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('teams_village_batch_key').on(t.villageCode, t.batch),
    index('teams_county_idx').on(t.countyCode),
    index('teams_province_idx').on(t.provinceCode),
  ],
);

// 驻村任期: a cadre's stationing in one team.
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    cadreId: uuid('cadre_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    villageCode: text('village_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    teamRole: text('team_role').$type<TeamRole>().notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    plannedEndOn: date('planned_end_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }),
    endReason: text('end_reason').$type<EndReason>(),
    endNote: text('end_note'),
    violations: jsonb('violations').$type<ViolationRecord[]>().notNull().default(sql`'[]'::jsonb`),
    overrides: jsonb('overrides').$type<Override[]>().notNull().default(sql`'[]'::jsonb`),
    // P21.5-partyrel / P21.5-fulltime: recorded on the assignment.
    partyRelationTransferredOn: date('party_relation_transferred_on', { mode: 'string' }),
    fullTimeAcknowledgedOn: date('full_time_acknowledged_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assignments_nomination_key').on(t.nominationId),
    index('assignments_team_idx').on(t.teamId),
    index('assignments_cadre_idx').on(t.cadreId, t.startOn),
    index('assignments_unit_idx').on(t.unitId),
    index('assignments_village_idx').on(t.villageCode, t.startOn),
    index('assignments_county_end_idx').on(t.countyCode, t.plannedEndOn),
    index('assignments_province_idx').on(t.provinceCode, t.plannedEndOn),
    check('assignments_role_check', sql`${t.teamRole} in (${inList(teamRoles)})`),
    check(
      'assignments_end_reason_check',
      sql`${t.endReason} is null or ${t.endReason} in (${inList(endReasons)})`,
    ),
    check(
      'assignments_dates_check',
      sql`${t.plannedEndOn} > ${t.startOn} and (${t.endOn} is null or ${t.endOn} >= ${t.startOn})`,
    ),
  ],
);

// 召回调整 (P17.5.3-recall): the leading group proposes, the dispatching unit confirms.
export const recallProposals = pgTable(
  'recall_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    unitId: uuid('unit_id').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    villageCode: text('village_code').notNull(),
    reasons: text('reasons').notNull(),
    status: text('status').$type<RecallStatus>().notNull().default('proposed'),
    proposedBy: uuid('proposed_by'),
    proposedByName: text('proposed_by_name').notNull(),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    endOn: date('end_on', { mode: 'string' }),
  },
  (t) => [
    index('recall_proposals_assignment_idx').on(t.assignmentId),
    // One proposal waiting for the unit per assignment (issue 9).
    uniqueIndex('recall_proposals_one_open_per_assignment')
      .on(t.assignmentId)
      .where(sql`${t.status} = 'proposed'`),
    index('recall_proposals_unit_idx').on(t.unitId, t.status),
    index('recall_proposals_county_idx').on(t.countyCode, t.status),
    check('recall_proposals_status_check', sql`${t.status} in (${inList(recallStatuses)})`),
  ],
);
