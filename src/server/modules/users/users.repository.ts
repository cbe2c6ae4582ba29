import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Role } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { anyRegionInScope, anyUnitInScope } from '../../db/scope';

export type UserRecord = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** A user is in scope when one of its regions or units is. */
const visible = (scope: Scope): SQL =>
  scope.national
    ? sql`true`
    : or(anyRegionInScope(scope, users.scopeRegions), anyUnitInScope(scope, users.scopeUnits))!;

export function createUserRepository() {
  return {
    async findByUsername(db: Executor, username: string): Promise<UserRecord | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(sql`lower(${users.username}) = lower(${username})`)
        .limit(1);
      return row;
    },

    /** Unscoped: for the session layer resolving its own user. */
    async findById(db: Executor, id: string): Promise<UserRecord | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
      return row;
    },

    async findInScope(db: Executor, scope: Scope, id: string): Promise<UserRecord | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, id), visible(scope)))
        .limit(1);
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { q?: string; role?: Role },
      page: { page: number; pageSize: number },
    ): Promise<{ items: UserRecord[]; total: number }> {
      const conditions: SQL[] = [visible(scope)];
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern))!);
      }
      if (filter.role) conditions.push(sql`${filter.role} = any(${users.roles})`);
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(users)
          .where(where)
          .orderBy(desc(users.createdAt), users.username)
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(users).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async insert(db: Executor, user: NewUser): Promise<UserRecord> {
      const [row] = await db.insert(users).values(user).returning();
      return row!;
    },

    async update(db: Executor, id: string, patch: Partial<NewUser>): Promise<UserRecord> {
      const [row] = await db
        .update(users)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(users.id, id))
        .returning();
      return row!;
    },

    /**
     * Counts one wrong password in a single statement (concurrent guesses all count), and locks the account
     * when the count reaches `maxFailures`. A lock that has run out starts the count again; wrong passwords
     * during a lock are counted but do not extend it. Answers the count and the lock after this failure.
     */
    async recordFailure(
      db: Executor,
      id: string,
      at: { now: Date; maxFailures: number; lockUntil: Date },
    ): Promise<{ failedAttempts: number; lockedUntil: Date | null } | undefined> {
      const now = sql`${at.now.toISOString()}::timestamptz`;
      const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${now})`;
      const count = sql`(case when ${expired} then 1 else ${users.failedAttempts} + 1 end)`;
      const [row] = await db
        .update(users)
        .set({
          failedAttempts: sql`${count}`,
          lockedUntil: sql`case
            when ${users.lockedUntil} > ${now} then ${users.lockedUntil}
            when ${count} >= ${at.maxFailures} then ${at.lockUntil.toISOString()}::timestamptz
            else null end`,
        })
        .where(eq(users.id, id))
        .returning({ failedAttempts: users.failedAttempts, lockedUntil: users.lockedUntil });
      return row;
    },

    /**
     * A guess at a locked account, counted before its password is checked: the new count, or null when the
     * account is not locked at `now` (one statement, so concurrent guesses each get their own number).
     */
    async countGuessDuringLock(db: Executor, id: string, now: Date): Promise<number | null> {
      const [row] = await db
        .update(users)
        .set({ failedAttempts: sql`${users.failedAttempts} + 1` })
        .where(and(eq(users.id, id), sql`${users.lockedUntil} > ${now.toISOString()}::timestamptz`))
        .returning({ failedAttempts: users.failedAttempts });
      return row ? row.failedAttempts : null;
    },

    /**
     * After a right password: clears the failure count, but only if the account is not locked at `now` —
     * checked in the same statement, so a lock set by a concurrent wrong guess wins. False when locked.
     */
    async clearFailures(db: Executor, id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ failedAttempts: 0, lockedUntil: null })
        .where(
          and(
            eq(users.id, id),
            sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
          ),
        )
        .returning({ id: users.id });
      return rows.length === 1;
    },

    async countAll(db: Executor): Promise<number> {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
