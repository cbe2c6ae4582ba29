import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type DutyKey, dutyKeys } from '../../../shared/contracts/duties';
import { type TaskStatus, taskStatuses } from '../../../shared/contracts/village-tasks';
import { type WorkLogKind, workLogKinds } from '../../../shared/contracts/work-logs';
import { cadres } from './cadres';
import { inList } from './sql';
import { assignments } from './teams';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => new Uint8Array(v),
});

// The village's task list (细化任务清单, issue 11 item 6; P21.4-list). It belongs to the village, not to a
// team: the next team finds it at handover. Region codes are copied so scope filters need no join.
export const villageTasks = pgTable(
  'village_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    villageCode: text('village_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    duty: text('duty').$type<DutyKey>().notNull(),
    title: text('title').notNull(),
    target: text('target'),
    ownerCadreId: uuid('owner_cadre_id').references(() => cadres.id),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').$type<TaskStatus>().notNull().default('open'),
    closedOn: date('closed_on', { mode: 'string' }),
    closeNote: text('close_note'),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('village_tasks_village_idx').on(t.villageCode, t.status),
    index('village_tasks_county_idx').on(t.countyCode),
    check('village_tasks_duty_check', sql`${t.duty} in (${inList(dutyKeys)})`),
    check('village_tasks_status_check', sql`${t.status} in (${inList(taskStatuses)})`),
    check('village_tasks_closed_check', sql`(${t.status} = 'open') = (${t.closedOn} is null)`),
  ],
);

// A progress update of a task (percent and a note). Idempotent by the writer's clientId (offline resends).
export const villageTaskProgress = pgTable(
  'village_task_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => villageTasks.id),
    userId: uuid('user_id').notNull(),
    clientId: uuid('client_id').notNull(),
    cadreId: uuid('cadre_id'),
    byName: text('by_name').notNull(),
    percent: integer('percent').notNull(),
    note: text('note').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('village_task_progress_client_key').on(t.userId, t.clientId),
    index('village_task_progress_task_idx').on(t.taskId, t.createdAt),
    check('village_task_progress_percent_check', sql`${t.percent} between 0 and 100`),
  ],
);

// 驻村日志/民情日记 (issue 11 item 5): written by the cadre's own account when something happened — never a
// daily quota (X19-burden). Idempotent by (cadre, clientId). Region and unit copied from the assignment for
// scope filters (township/county by region, the dispatching unit by its cadres).
export const workLogs = pgTable(
  'work_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    clientId: uuid('client_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    villageCode: text('village_code').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind').$type<WorkLogKind>().notNull(),
    duty: text('duty').$type<DutyKey>().notNull(),
    taskId: uuid('task_id').references(() => villageTasks.id),
    text: text('text').notNull(),
    householdsVisited: integer('households_visited'),
    userId: uuid('user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('work_logs_cadre_client_key').on(t.cadreId, t.clientId),
    index('work_logs_cadre_on_idx').on(t.cadreId, t.on),
    index('work_logs_village_on_idx').on(t.villageCode, t.on),
    index('work_logs_county_on_idx').on(t.countyCode, t.on),
    index('work_logs_unit_idx').on(t.unitId, t.on),
    index('work_logs_task_idx').on(t.taskId),
    check('work_logs_kind_check', sql`${t.kind} in (${inList(workLogKinds)})`),
    check('work_logs_duty_check', sql`${t.duty} in (${inList(dutyKeys)})`),
    check(
      'work_logs_households_check',
      sql`${t.householdsVisited} is null or ${t.householdsVisited} between 0 and 200`,
    ),
  ],
);

// The one optional photo of a log, its metadata (EXIF, GPS, text chunks) stripped before it is stored.
export const workLogPhotos = pgTable(
  'work_log_photos',
  {
    workLogId: uuid('work_log_id')
      .primaryKey()
      .references(() => workLogs.id),
    mime: text('mime').notNull(),
    bytes: bytea('bytes').notNull(),
    size: integer('size').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('work_log_photos_mime_check', sql`${t.mime} in ('image/jpeg', 'image/png')`)],
);
