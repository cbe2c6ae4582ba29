import { and, arrayContains, asc, count, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { ancestorsOf, type Scope } from '../../../domain/access/scope';
import { queryGrams } from '../../../domain/regions/names';
import type { Executor } from '../../db/client';
import { regions } from '../../db/schema';
import { inRegionPrefixes, regionVisibility } from '../../db/scope';

// What a region is to the app; `name_grams` is the search key only.
const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
};
export type RegionRecord = { code: string; name: string; level: number; parentCode: string | null };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createRegionRepository() {
  return {
    async find(db: Executor, scope: Scope, code: string): Promise<RegionRecord | undefined> {
      const [row] = await db
        .select(columns)
        .from(regions)
        .where(and(eq(regions.code, code), regionVisibility(scope, regions.code)))
        .limit(1);
      return row;
    },

    /** Names of the given codes (for paths), unscoped: callers pass only ancestors of visible codes. */
    async names(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.name]));
    },

    /** The villages (level 5) under a region code, in code order; unscoped: the caller checked the county. */
    async villagesUnder(
      db: Executor,
      code: string,
    ): Promise<{ code: string; name: string; parentCode: string | null }[]> {
      return db
        .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode })
        .from(regions)
        .where(and(eq(regions.level, 5), inRegionPrefixes(regions.code, [code])))
        .orderBy(asc(regions.code));
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { level?: number; parent?: string; within?: string; nameLike?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: RegionRecord[]; total: number }> {
      const conditions: SQL[] = [regionVisibility(scope, regions.code)];
      if (filter.level) conditions.push(eq(regions.level, filter.level));
      if (filter.parent) conditions.push(eq(regions.parentCode, filter.parent));
      if (filter.within) conditions.push(inRegionPrefixes(regions.code, [filter.within]));
      // The GIN index on the name's grams finds the candidates; `like` confirms (domain/regions/names.ts).
      if (filter.nameLike) {
        const grams = queryGrams(filter.nameLike);
        if (grams.length > 0) conditions.push(arrayContains(regions.nameGrams, grams));
        conditions.push(like(regions.name, `%${escapeLike(filter.nameLike)}%`));
      }
      const where = and(...conditions);
      const order = filter.nameLike ? [asc(regions.level), asc(regions.code)] : [asc(regions.code)];
      const [items, [total]] = await Promise.all([
        db
          .select(columns)
          .from(regions)
          .where(where)
          .orderBy(...order)
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(regions).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** Which of the codes have children (one indexed probe each, batched). */
    async withChildren(db: Executor, codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db
        .select({ code: regions.parentCode })
        .from(regions)
        .where(inArray(regions.parentCode, [...codes]))
        .groupBy(regions.parentCode);
      return new Set(rows.map((r) => r.code).filter((c): c is string => c !== null));
    },

    async existing(db: Executor, codes: readonly string[]): Promise<Set<string>> {
      if (codes.length === 0) return new Set();
      const rows = await db
        .select({ code: regions.code })
        .from(regions)
        .where(inArray(regions.code, [...codes]));
      return new Set(rows.map((r) => r.code));
    },

    async pathNames(db: Executor, code: string): Promise<{ code: string; name: string }[]> {
      const codes = [...ancestorsOf(code), code];
      const names = await this.names(db, codes);
      return codes.filter((c) => names.has(c)).map((c) => ({ code: c, name: names.get(c)! }));
    },

    count: async (db: Executor) => {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
      return row?.n ?? 0;
    },
  };
}
export type RegionRepository = ReturnType<typeof createRegionRepository>;
