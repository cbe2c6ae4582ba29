import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type UnitKind, type UnitLevel, unitKinds, unitLevels } from '../../../shared/dictionaries';
import { inList } from './sql';

// Dispatching units (派出单位): organs, enterprises, institutions and universities that send cadres.
// region_code is where the unit sits (a central organ in Beijing: '11'); province/county codes are
// its ancestors, kept as columns for national grouping (DESIGN.md §5, §7).
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    level: text('level').$type<UnitLevel>().notNull(),
    regionCode: text('region_code').notNull(),
    provinceCode: text('province_code'),
    countyCode: text('county_code'),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_region_code_idx').on(t.regionCode),
    index('units_parent_id_idx').on(t.parentId),
    index('units_province_code_idx').on(t.provinceCode),
    index('units_county_code_idx').on(t.countyCode),
    index('units_kind_idx').on(t.kind),
    index('units_level_idx').on(t.level),
    // One unit of a name in one place: 开阳县农业农村局 and 息烽县农业农村局 differ by region anyway.
    uniqueIndex('units_region_name_key').on(t.regionCode, t.name),
    check('units_kind_check', sql`${t.kind} in (${inList(unitKinds)})`),
    check('units_level_check', sql`${t.level} in (${inList(unitLevels)})`),
  ],
);
