import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { countyFlags as countyFlagValues } from '../../../shared/dictionaries';
import { inList } from './sql';

// County flags (e.g. 乡村振兴重点帮扶县) with the dates they held.
export const countyFlags = pgTable(
  'county_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    countyCode: text('county_code').notNull(),
    provinceCode: text('province_code').notNull(),
    flag: text('flag').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('county_flags_county_idx').on(t.countyCode, t.flag, t.validFrom),
    index('county_flags_province_idx').on(t.provinceCode, t.flag),
    check('county_flags_flag_check', sql`${t.flag} in (${inList(countyFlagValues)})`),
    check('county_flags_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
