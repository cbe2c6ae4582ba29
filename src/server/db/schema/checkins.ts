import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type CheckInFlag, checkInFlags } from '../../../shared/contracts/check-ins';
import { cadres } from './cadres';
import { inList } from './sql';
import { assignments } from './teams';

// Optional evidence check-ins (issue 10 item 8; X23-fingertip, X26-apps art. 6, PIPL-28). Append-only raw
// evidence, never counted in the ledger; rows older than `checkInRetentionDays` are deleted by the
// `checkins.retention` job. Region codes are copied from the assignment so scope filters need no join.
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    /** The offline client's id: a resend of the same check-in finds this row (unique per cadre). */
    clientId: uuid('client_id').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    villageCode: text('village_code').notNull(),
    serverTime: timestamp('server_time', { withTimezone: true }).notNull(),
    deviceTime: timestamp('device_time', { withTimezone: true }).notNull(),
    // WGS-84, as the device reported it; null without a fix.
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    accuracyM: doublePrecision('accuracy_m'),
    distanceM: doublePrecision('distance_m'),
    radiusM: integer('radius_m').notNull(),
    flags: text('flags').array().$type<CheckInFlag[]>().notNull().default(sql`'{}'::text[]`),
    userId: uuid('user_id'),
  },
  (t) => [
    uniqueIndex('check_ins_cadre_client_key').on(t.cadreId, t.clientId),
    index('check_ins_cadre_time_idx').on(t.cadreId, t.serverTime),
    index('check_ins_village_time_idx').on(t.villageCode, t.serverTime),
    index('check_ins_county_time_idx').on(t.countyCode, t.serverTime),
    index('check_ins_server_time_idx').on(t.serverTime),
    check('check_ins_position_check', sql`(${t.lat} is null) = (${t.lng} is null)`),
    check('check_ins_flags_check', sql`${t.flags} <@ array[${inList(checkInFlags)}]::text[]`),
  ],
);

// The cadre's acknowledgement of the purpose notice (PIPL-28), per notice version.
export const checkInNoticeAcks = pgTable(
  'check_in_notice_acks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    userId: uuid('user_id').notNull(),
    noticeVersion: text('notice_version').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('check_in_notice_acks_key').on(t.cadreId, t.noticeVersion)],
);
