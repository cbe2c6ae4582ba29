import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { villageCategories } from '../../../shared/dictionaries';
import { inList } from './sql';

// The profile of a 12-digit village of the region tree. No foreign key to regions: the region import
// may truncate and reload that table; services check the code exists.
export const villageProfiles = pgTable(
  'village_profiles',
  {
    villageCode: text('village_code').primaryKey(),
    provinceCode: text('province_code').notNull(),
    cityCode: text('city_code').notNull(),
    countyCode: text('county_code').notNull(),
    townshipCode: text('township_code').notNull(),
    population: integer('population'),
    households: integer('households'),
    // WGS-84; converted to GCJ-02 only for display (DESIGN.md §6).
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    // Null: the provincial default applies.
    checkinRadiusM: integer('checkin_radius_m'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('village_profiles_province_code_idx').on(t.provinceCode),
    index('village_profiles_county_code_idx').on(t.countyCode),
    index('village_profiles_township_code_idx').on(t.townshipCode),
    check('village_profiles_location_check', sql`(${t.lat} is null) = (${t.lng} is null)`),
  ],
);

// Each category a village held, with the dates it held it (to null: still holds it).
export const villageCategoryPeriods = pgTable(
  'village_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    villageCode: text('village_code')
      .notNull()
      .references(() => villageProfiles.villageCode, { onDelete: 'cascade' }),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code').notNull(),
    category: text('category').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('village_categories_village_idx').on(t.villageCode, t.category, t.validFrom),
    index('village_categories_county_idx').on(t.countyCode, t.category),
    index('village_categories_province_idx').on(t.provinceCode, t.category),
    check('village_categories_category_check', sql`${t.category} in (${inList(villageCategories)})`),
    check('village_categories_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
