import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type Role, roles } from '../../../shared/dictionaries';
import { cadres } from './cadres';
import { inList } from './sql';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    scopeRegions: text('scope_regions').array().notNull().default(sql`'{}'::text[]`),
    scopeUnits: uuid('scope_units').array().notNull().default(sql`'{}'::uuid[]`),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabled: boolean('disabled').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Issue 10: a cadre's own account acts for one cadre record (role `cadre` only).
    cadreId: uuid('cadre_id').references(() => cadres.id),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    // One active account per cadre; a disabled one may stay linked for the record.
    uniqueIndex('users_active_cadre_key')
      .on(t.cadreId)
      .where(sql`${t.cadreId} is not null and not ${t.disabled}`),
    check('users_cadre_role_check', sql`${t.cadreId} is null or ${t.roles} = array['cadre']::text[]`),
    index('users_created_by_idx').on(t.createdBy),
    check('users_roles_check', sql`${t.roles} <@ array[${inList(roles)}]::text[]`),
  ],
);

// Sessions live in the database so that any number of app processes can serve (DESIGN.md §7).
// The id is the SHA-256 of the cookie token: a database read never yields a usable cookie.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);
