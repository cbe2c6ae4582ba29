import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { villageNeeds } from '../../db/schema';
import { inRegionPrefixes, regionScope } from '../../db/scope';

export type NeedRecord = typeof villageNeeds.$inferSelect;
export type NewNeed = typeof villageNeeds.$inferInsert;
export type NeedStatus = 'open' | 'filled' | 'closed';

export function createNeedRepository() {
  return {
    async insert(db: Executor, need: NewNeed): Promise<NeedRecord> {
      const [row] = await db.insert(villageNeeds).values(need).returning();
      return row!;
    },

    async find(db: Executor, scope: Scope, id: string): Promise<NeedRecord | undefined> {
      const [row] = await db
        .select()
        .from(villageNeeds)
        .where(and(eq(villageNeeds.id, id), regionScope(scope, villageNeeds.villageCode)))
        .limit(1);
      return row;
    },

    /** A need by id without scope: a unit proposes for another county's need; callers check the rest. */
    async byId(db: Executor, id: string): Promise<NeedRecord | undefined> {
      const [row] = await db.select().from(villageNeeds).where(eq(villageNeeds.id, id)).limit(1);
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { region?: string; villageCode?: string; status?: NeedStatus },
      page: { page: number; pageSize: number },
    ): Promise<{ items: NeedRecord[]; total: number }> {
      const conditions: SQL[] = [regionScope(scope, villageNeeds.villageCode)];
      if (filter.region) conditions.push(inRegionPrefixes(villageNeeds.villageCode, [filter.region]));
      if (filter.villageCode) conditions.push(eq(villageNeeds.villageCode, filter.villageCode));
      if (filter.status) conditions.push(eq(villageNeeds.status, filter.status));
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(villageNeeds)
          .where(where)
          .orderBy(asc(villageNeeds.villageCode), desc(villageNeeds.createdAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(villageNeeds).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** Open needs of the given villages (one open need per village at a time). */
    async openFor(db: Executor, villageCodes: readonly string[]): Promise<NeedRecord[]> {
      if (villageCodes.length === 0) return [];
      return db
        .select()
        .from(villageNeeds)
        .where(and(inArray(villageNeeds.villageCode, [...villageCodes]), eq(villageNeeds.status, 'open')));
    },

    async update(db: Executor, id: string, patch: Partial<NewNeed>): Promise<NeedRecord> {
      const [row] = await db
        .update(villageNeeds)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(villageNeeds.id, id))
        .returning();
      return row!;
    },
  };
}
export type NeedRepository = ReturnType<typeof createNeedRepository>;
