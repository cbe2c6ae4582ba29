import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { type NeedStatus, needStatuses } from '../../../shared/contracts/needs';
import {
  type NominationRole,
  type NominationSource,
  type NominationStatus,
  nominationRoles,
  nominationSources,
  nominationStatuses,
} from '../../../shared/contracts/nominations';
import type { Role, Strength } from '../../../shared/dictionaries';
import type { ViolationRecord } from '../../modules/policy/policy.errors';
import { inList } from './sql';

/** The rule ids and messages behind a need line. */
type NeedBasis = { ruleId: string; message: { zh: string; en: string } }[];

// 先定村、再定人 (P21.1-order): a village need is recorded first; nominations target a need.
export const villageNeeds = pgTable(
  'village_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    villageCode: text('village_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    firstSecretary: boolean('first_secretary').notNull(),
    members: integer('members').notNull(),
    strengths: text('strengths').array().$type<Strength[]>().notNull().default(sql`'{}'::text[]`),
    reason: text('reason'),
    // Rule ids and messages behind the line, from the proposal (or the reason the county gave).
    basis: jsonb('basis').$type<NeedBasis>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').$type<NeedStatus>().notNull().default('open'),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    policyVersion: text('policy_version').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('village_needs_village_idx').on(t.villageCode, t.status),
    index('village_needs_county_idx').on(t.countyCode, t.status),
    index('village_needs_province_idx').on(t.provinceCode, t.status),
    check('village_needs_status_check', sql`${t.status} in (${inList(needStatuses)})`),
    check('village_needs_members_check', sql`${t.members} >= 0 and ${t.members} <= 50`),
  ],
);

// A candidate for a need, moving through the selection procedure (P21.3-apply … P21.3-decide).
export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    needId: uuid('need_id')
      .notNull()
      .references(() => villageNeeds.id),
    villageCode: text('village_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    role: text('role').$type<NominationRole>().notNull(),
    source: text('source').$type<NominationSource>().notNull(),
    nominatedOn: date('nominated_on', { mode: 'string' }).notNull(),
    policyVersion: text('policy_version').notNull(),
    status: text('status').$type<NominationStatus>().notNull(),
    // The last eligibility answer and the overrides given for its warnings.
    violations: jsonb('violations').$type<ViolationRecord[]>().notNull().default(sql`'[]'::jsonb`),
    overrides: jsonb('overrides').$type<Override[]>().notNull().default(sql`'[]'::jsonb`),
    checks: jsonb('checks'),
    closedReason: text('closed_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('nominations_cadre_idx').on(t.cadreId),
    // One open nomination per cadre (issue 9): a cadre is a candidate for one need at a time.
    uniqueIndex('nominations_one_open_per_cadre')
      .on(t.cadreId)
      .where(sql`${t.status} in ('proposed', 'checked', 'filed')`),
    index('nominations_unit_idx').on(t.unitId, t.status),
    index('nominations_need_idx').on(t.needId),
    index('nominations_county_idx').on(t.countyCode, t.status),
    index('nominations_province_idx').on(t.provinceCode, t.status),
    check('nominations_status_check', sql`${t.status} in (${inList(nominationStatuses)})`),
    check('nominations_role_check', sql`${t.role} in (${inList(nominationRoles)})`),
    check('nominations_source_check', sql`${t.source} in (${inList(nominationSources)})`),
  ],
);

// Every step of a nomination: who, when, from → to, why (P21.3: no step skipped, each recorded).
export const nominationSteps = pgTable(
  'nomination_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    fromStatus: text('from_status').$type<NominationStatus>(),
    toStatus: text('to_status').$type<NominationStatus>().notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    actorRoles: text('actor_roles').array().$type<Role[]>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    note: text('note'),
    detail: jsonb('detail'),
  },
  (t) => [index('nomination_steps_nomination_idx').on(t.nominationId, t.at)],
);
