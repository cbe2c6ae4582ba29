import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres';
import { sessions, users } from './users';

// Device sessions (issue 11 item 1): a cadre's own account signed in on the phone app stays signed in on that
// device for `deviceSessionDays` of the settings, without the desktop's 30-minute idle rule. The session row
// itself (sessions) keeps the expiry; this row marks it as a device session and names the device. Revoking
// (by the cadre, or by a user administrator of the county) deletes the session, and this row with it.
export const deviceSessions = pgTable(
  'device_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: text('session_id')
      .notNull()
      .unique()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id').references(() => cadres.id),
    /** What the cadre called the device (or the browser's own description), shown in "my devices". */
    name: text('name').notNull(),
    userAgent: text('user_agent'),
    /** The settings' deviceSessionDays in force at sign-in (the session's expiry follows from it). */
    days: integer('days').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('device_sessions_user_id_idx').on(t.userId)],
);
