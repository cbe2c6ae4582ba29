import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  jsonb,
  type PgColumn,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type DecisionItem,
  disciplineDecisions,
  meetingStatuses,
  talkerOffices,
} from '../../../shared/contracts/daily';
import { inList } from './sql';
import { assignments } from './teams';

// The term's working life (issue 12 items 2–6): quarterly team-leader meetings of the leading group
// (P17.4.2-meeting), heart-to-heart talks (P21.6-talk / P17.6.4-talk), discipline records (P17.4.2-discipline /
// P21.5-discipline), the three handover lists (P21.5-rotate, 压茬交接) and in-app notifications.

const oneOf = (col: PgColumn, values: readonly string[]) => sql`${col} in (${inList(values)})`;

// 驻村工作队队长会议 (P17.4.2-meeting): scheduled ahead or recorded as held, one row per meeting.
export const leaderMeetings = pgTable(
  'leader_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    status: text('status').$type<(typeof meetingStatuses)[number]>().notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    heldOn: date('held_on', { mode: 'string' }),
    place: text('place'),
    attendeeCadreIds: jsonb('attendee_cadre_ids').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    minutes: text('minutes'),
    decisions: jsonb('decisions').$type<DecisionItem[]>().notNull().default(sql`'[]'::jsonb`),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('leader_meetings_county_held_idx').on(t.countyCode, t.heldOn),
    check('leader_meetings_status_check', oneOf(t.status, meetingStatuses)),
    check(
      'leader_meetings_dates_check',
      sql`(${t.status} = 'held' and ${t.heldOn} is not null) or (${t.status} = 'scheduled' and ${t.plannedOn} is not null)`,
    ),
  ],
);

/** Where a record about a stationed cadre lives: copied from the assignment for region-prefix reads. */
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

// 谈心谈话 (P21.6-talk / P17.6.4-talk). The notes are read only by the talker's office (the same role over the
// same region or unit) and the organisation department of the village (see talks.view.ts).
export const talks = pgTable(
  'talks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topics: jsonb('topics').$type<string[]>().notNull(),
    notes: text('notes'),
    talkerUserId: uuid('talker_user_id'),
    talkerName: text('talker_name').notNull(),
    talkerOffice: text('talker_office').$type<(typeof talkerOffices)[number]>().notNull(),
    /** The office's region (a region role's first scope region) or unit (a unit role's). */
    officeRegion: text('office_region'),
    officeUnitId: uuid('office_unit_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('talks_cadre_idx').on(t.cadreId, t.heldOn),
    index('talks_village_idx').on(t.villageCode, t.heldOn),
    index('talks_unit_idx').on(t.unitId, t.heldOn),
    check('talks_office_check', oneOf(t.talkerOffice, talkerOffices)),
  ],
);

// 纪律 (P17.4.2-discipline / P21.5-discipline): a finding, the rule broken, the decision, the cadre's statement.
export const disciplineRecords = pgTable(
  'discipline_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    on: date('on', { mode: 'string' }).notNull(),
    finding: text('finding').notNull(),
    ruleId: text('rule_id'),
    decision: text('decision').$type<(typeof disciplineDecisions)[number]>().notNull(),
    recallProposalId: uuid('recall_proposal_id'),
    statement: text('statement'),
    statementAt: timestamp('statement_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('discipline_records_cadre_idx').on(t.cadreId, t.on),
    index('discipline_records_village_idx').on(t.villageCode, t.on),
    check('discipline_records_decision_check', oneOf(t.decision, disciplineDecisions)),
  ],
);

// 三张交接清单 (P21.5-rotate): prepared on the predecessor's assignment, confirmed by the successor and the
// township; kept for every later team on the village's page.
export const handoverLists = pgTable(
  'handover_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...located,
    successorAssignmentId: uuid('successor_assignment_id').references(() => assignments.id),
    villageSituation: text('village_situation').notNull(),
    workInProgress: text('work_in_progress').notNull(),
    assetsAndFiles: text('assets_and_files').notNull(),
    preparedBy: uuid('prepared_by'),
    preparedByName: text('prepared_by_name').notNull(),
    preparedAt: timestamp('prepared_at', { withTimezone: true }).notNull(),
    successorConfirmedBy: uuid('successor_confirmed_by'),
    successorConfirmedByName: text('successor_confirmed_by_name'),
    successorConfirmedAt: timestamp('successor_confirmed_at', { withTimezone: true }),
    townshipConfirmedBy: uuid('township_confirmed_by'),
    townshipConfirmedByName: text('township_confirmed_by_name'),
    townshipConfirmedAt: timestamp('township_confirmed_at', { withTimezone: true }),
    tasksMovedAt: timestamp('tasks_moved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('handover_lists_assignment_key').on(t.assignmentId),
    index('handover_lists_village_idx').on(t.villageCode, t.preparedAt),
  ],
);

// In-app notifications (issue 12 item 6): one row per user and subject; the daily digest and events write them.
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    href: text('href').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_subject_key').on(t.userId, t.kind, t.subject),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
