import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Dispatching units (派出单位). The registry issue fills in the rest; scope needs the id and region now.
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    regionCode: text('region_code').notNull(),
    parentId: uuid('parent_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_region_code_idx').on(t.regionCode), index('units_parent_id_idx').on(t.parentId)],
);
