import { and, asc, eq, gte, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  assignments,
  cadres,
  deviceSessions,
  loginThrottle,
  regions,
  sessions,
  users,
} from '../../db/schema';

/** The session lookup every private request makes, built once per database handle (a prepared statement). */
const sessionLookup = (db: Executor) =>
  db
    .select({ session: sessions, user: users, deviceId: deviceSessions.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(deviceSessions, eq(deviceSessions.sessionId, sessions.id))
    .where(eq(sessions.id, sql.placeholder('id')))
    .limit(1)
    .prepare('session_with_user');

export function createSessionRepository() {
  const lookups = new WeakMap<Executor, ReturnType<typeof sessionLookup>>();
  return {
    async insert(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },

    /** Every private request asks this: its SQL is built once per handle, not per request (issue 10 Scale). */
    async findWithUser(db: Executor, id: string) {
      let lookup = lookups.get(db);
      if (!lookup) {
        lookup = sessionLookup(db);
        lookups.set(db, lookup);
      }
      const [row] = await lookup.execute({ id });
      return row;
    },

    /**
     * A cadre's own account (issue 10): the cadre's assignment on post on the date (both ends included;
     * a term serving past its planned end is still on post until it is ended), with the village's name.
     */
    async currentAssignmentOf(db: Executor, cadreId: string, on: string) {
      const [row] = await db
        .select({
          id: assignments.id,
          villageCode: assignments.villageCode,
          villageName: sql<string>`coalesce(${regions.name}, ${assignments.villageCode})`,
          teamRole: assignments.teamRole,
          startOn: assignments.startOn,
          plannedEndOn: assignments.plannedEndOn,
          countyCode: assignments.countyCode,
          provinceCode: assignments.provinceCode,
        })
        .from(assignments)
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        )
        .orderBy(asc(assignments.startOn))
        .limit(1);
      return row;
    },

    /** The cadre on post as first secretary of a village on the date (the demo links demo_cadre to it). */
    async currentFirstSecretaryOf(
      db: Executor,
      villageCode: string,
      on: string,
    ): Promise<string | undefined> {
      const [row] = await db
        .select({ cadreId: assignments.cadreId })
        .from(assignments)
        .where(
          and(
            eq(assignments.villageCode, villageCode),
            eq(assignments.teamRole, 'first_secretary'),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        )
        .orderBy(asc(assignments.startOn))
        .limit(1);
      return row?.cadreId;
    },

    /** The name of a cadre (for the session and the user view). */
    async cadreName(db: Executor, cadreId: string): Promise<string | undefined> {
      const [row] = await db
        .select({ name: cadres.name })
        .from(cadres)
        .where(eq(cadres.id, cadreId))
        .limit(1);
      return row?.name;
    },

    async touch(db: Executor, id: string, at: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    },

    async delete(db: Executor, id: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.id, id));
    },

    async deleteForUser(db: Executor, userId: string, exceptId?: string): Promise<void> {
      await db
        .delete(sessions)
        .where(
          exceptId
            ? and(eq(sessions.userId, userId), ne(sessions.id, exceptId))
            : eq(sessions.userId, userId),
        );
    },

    async deleteExpired(db: Executor, idleBefore: Date, now: Date): Promise<void> {
      await db.delete(sessions).where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.expiresAt, now)));
    },

    /**
     * Counts one attempt against `key` in a fixed window of `windowMs` that starts with the key's first
     * attempt: one atomic upsert, so concurrent requests on any number of app processes all count.
     * Answers the count in the window including this attempt, and the window's start.
     */
    async hitThrottle(
      db: Executor,
      key: string,
      now: Date,
      windowMs: number,
    ): Promise<{ count: number; windowStart: Date }> {
      const at = sql`${now.toISOString()}::timestamptz`;
      const expired = sql`${loginThrottle.windowStart} <= ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
      const [row] = await db
        .insert(loginThrottle)
        .values({ key, windowStart: now, count: 1 })
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            count: sql`case when ${expired} then 1 else ${loginThrottle.count} + 1 end`,
            windowStart: sql`case when ${expired} then ${at} else ${loginThrottle.windowStart} end`,
          },
        })
        .returning({ count: loginThrottle.count, windowStart: loginThrottle.windowStart });
      return row!;
    },

    /** Takes back one attempt counted by hitThrottle, if its window is still the current one. */
    async releaseThrottle(db: Executor, key: string, windowStart: Date): Promise<void> {
      await db
        .update(loginThrottle)
        .set({ count: sql`greatest(${loginThrottle.count} - 1, 0)` })
        .where(
          and(
            eq(loginThrottle.key, key),
            sql`${loginThrottle.windowStart} = ${windowStart.toISOString()}::timestamptz`,
          ),
        );
    },

    /** Deletes counters whose window started before `before` (they count nothing any more). */
    async deleteExpiredThrottles(db: Executor, before: Date): Promise<void> {
      await db
        .delete(loginThrottle)
        .where(sql`${loginThrottle.windowStart} < ${before.toISOString()}::timestamptz`);
    },
  };
}
export type SessionRepository = ReturnType<typeof createSessionRepository>;
