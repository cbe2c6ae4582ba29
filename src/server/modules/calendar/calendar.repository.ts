import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { calendarLocalDays, calendarNotices } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';

export type NoticeRow = typeof calendarNotices.$inferSelect;
export type LocalDayRow = typeof calendarLocalDays.$inferSelect;

// One writer of calendar_notices and calendar_local_days. Nothing is deleted: a replaced notice and a
// removed local day keep their rows with the time.
export function createCalendarRepository() {
  return {
    /** The notices in force, one per year. */
    async currentNotices(db: Executor): Promise<NoticeRow[]> {
      return db
        .select()
        .from(calendarNotices)
        .where(isNull(calendarNotices.replacedAt))
        .orderBy(asc(calendarNotices.year));
    },

    async replaceNotice(db: Executor, year: number, at: Date): Promise<NoticeRow | undefined> {
      const [row] = await db
        .update(calendarNotices)
        .set({ replacedAt: at })
        .where(and(eq(calendarNotices.year, year), isNull(calendarNotices.replacedAt)))
        .returning();
      return row;
    },

    async insertNotice(db: Executor, row: typeof calendarNotices.$inferInsert): Promise<NoticeRow> {
      const [out] = await db.insert(calendarNotices).values(row).returning();
      return out!;
    },

    /** Every local day in force (the service keeps them in memory). */
    async allLocalDays(db: Executor): Promise<LocalDayRow[]> {
      return db.select().from(calendarLocalDays).where(isNull(calendarLocalDays.removedAt));
    },

    /** Local days in force of these settings regions (a region's chain). */
    async localDaysOf(db: Executor, codes: readonly string[]): Promise<LocalDayRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(calendarLocalDays)
        .where(and(inArray(calendarLocalDays.regionCode, [...codes]), isNull(calendarLocalDays.removedAt)));
    },

    /** Local days in force of the chain codes and of regions under `below` prefixes, in a date range. */
    async listLocalDays(
      db: Executor,
      q: { chain: readonly string[]; below: readonly string[]; from?: string; to?: string },
    ): Promise<LocalDayRow[]> {
      const parts: SQL[] = [];
      if (q.chain.length) parts.push(inArray(calendarLocalDays.regionCode, [...q.chain]));
      if (q.below.length) parts.push(inRegionPrefixes(calendarLocalDays.regionCode, q.below));
      if (parts.length === 0) return [];
      const where: SQL[] = [
        parts.length === 1 ? parts[0]! : or(...parts)!,
        isNull(calendarLocalDays.removedAt),
      ];
      if (q.from) where.push(gte(calendarLocalDays.on, q.from));
      if (q.to) where.push(lte(calendarLocalDays.on, q.to));
      return db
        .select()
        .from(calendarLocalDays)
        .where(and(...where))
        .orderBy(asc(calendarLocalDays.on), asc(calendarLocalDays.regionCode))
        .limit(2000);
    },

    async findLocalDay(db: Executor, id: string): Promise<LocalDayRow | undefined> {
      const [row] = await db.select().from(calendarLocalDays).where(eq(calendarLocalDays.id, id)).limit(1);
      return row;
    },

    async activeLocalDay(db: Executor, regionCode: string, on: string): Promise<LocalDayRow | undefined> {
      const [row] = await db
        .select()
        .from(calendarLocalDays)
        .where(
          and(
            eq(calendarLocalDays.regionCode, regionCode),
            eq(calendarLocalDays.on, on),
            isNull(calendarLocalDays.removedAt),
          ),
        )
        .orderBy(desc(calendarLocalDays.addedAt))
        .limit(1);
      return row;
    },

    async insertLocalDay(db: Executor, row: typeof calendarLocalDays.$inferInsert): Promise<LocalDayRow> {
      const [out] = await db.insert(calendarLocalDays).values(row).returning();
      return out!;
    },

    async removeLocalDay(
      db: Executor,
      id: string,
      at: Date,
      by: string | null,
    ): Promise<LocalDayRow | undefined> {
      const [row] = await db
        .update(calendarLocalDays)
        .set({ removedAt: at, removedBy: by })
        .where(and(eq(calendarLocalDays.id, id), isNull(calendarLocalDays.removedAt)))
        .returning();
      return row;
    },
  };
}
export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
