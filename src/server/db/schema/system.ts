import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Internal flags of the installation (e.g. that the region import completed), not user settings.
export const systemState = pgTable('system_state', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
