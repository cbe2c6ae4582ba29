import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Sign-in attempt counters, in the database so that every app process counts against the same limit
// (DESIGN.md §7): one fixed window per key (e.g. a client address), counted up with one atomic upsert.
export const loginThrottle = pgTable(
  'login_throttle',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  // Expired windows are deleted by age.
  (t) => [index('login_throttle_window_start_idx').on(t.windowStart)],
);
