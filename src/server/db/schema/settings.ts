import { sql } from 'drizzle-orm';
import {
  bigserial,
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

// Provincial parameters (issue 10 item 1; RULES.md "Provincial parameters"). Append-only: every value a
// province, city or county sets is a row with the date it takes effect, never updated, so the history is the
// table and a month's figures are computed with the values in force then (src/domain/settings/resolve.ts).
// Of two rows of one region, key and effective date, the later written (higher seq) applies.
export const settingValues = pgTable(
  'setting_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** 2 digits a province, 4 a city, 6 a county; the national defaults are the catalogue, not rows. */
    regionCode: text('region_code').notNull(),
    key: text('key').notNull(),
    value: jsonb('value').$type<number | boolean | string>().notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    note: text('note'),
    setBy: uuid('set_by'),
    setByName: text('set_by_name').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('setting_values_region_key_idx').on(t.regionCode, t.key, t.effectiveFrom),
    check('setting_values_region_check', sql`length(${t.regionCode}) in (2, 4, 6)`),
  ],
);

// The work calendar (issue 10 item 2): a year's State Council notice loaded by an administrator while the
// `chinese-days` package does not list the year (or lists it wrongly). One notice in force per year; a
// replaced notice keeps its row with `replaced_at`.
export const calendarNotices = pgTable(
  'calendar_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    /** The notice's title or document number (国办发明电〔…〕…号). */
    title: text('title').notNull(),
    holidays: jsonb('holidays').$type<{ date: string; name: string }[]>().notNull(),
    workdays: jsonb('workdays').$type<{ date: string; name: string }[]>().notNull(),
    loadedBy: uuid('loaded_by'),
    loadedByName: text('loaded_by_name').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_notices_year_key').on(t.year).where(sql`${t.replacedAt} is null`),
    check('calendar_notices_year_check', sql`${t.year} between 2000 and 2100`),
  ],
);

// Days a province, city or county adds for its own region: a local holiday (e.g. a 民族节日) or a local
// working day. Removing one keeps the row with `removed_at`.
export const calendarLocalDays = pgTable(
  'calendar_local_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    kind: text('kind').$type<'holiday' | 'working'>().notNull(),
    name: text('name').notNull(),
    note: text('note'),
    addedBy: uuid('added_by'),
    addedByName: text('added_by_name').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by'),
  },
  (t) => [
    uniqueIndex('calendar_local_days_region_on_key')
      .on(t.regionCode, t.on)
      .where(sql`${t.removedAt} is null`),
    index('calendar_local_days_on_idx').on(t.on),
    check('calendar_local_days_kind_check', sql`${t.kind} in ('holiday', 'working')`),
    check('calendar_local_days_region_check', sql`length(${t.regionCode}) in (2, 4, 6)`),
  ],
);
