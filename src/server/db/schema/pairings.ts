import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { pairingKinds } from '../../../shared/dictionaries';
import { inList } from './sql';
import { units } from './units';

// A unit's standing assistance relation (定点帮扶 / 对口支援 / 东西部协作) to a county or village, with dates.
export const unitPairings = pgTable(
  'unit_pairings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    targetCode: text('target_code').notNull(),
    targetProvinceCode: text('target_province_code').notNull(),
    targetCountyCode: text('target_county_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('unit_pairings_unit_id_idx').on(t.unitId),
    index('unit_pairings_target_code_idx').on(t.targetCode),
    index('unit_pairings_target_county_idx').on(t.targetCountyCode, t.kind),
    index('unit_pairings_target_province_idx').on(t.targetProvinceCode),
    check('unit_pairings_kind_check', sql`${t.kind} in (${inList(pairingKinds)})`),
    check('unit_pairings_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
