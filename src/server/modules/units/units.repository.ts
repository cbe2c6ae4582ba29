import { and, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';

export function createUnitRepository() {
  return {
    async namesOf(db: Executor, ids: readonly string[]): Promise<Map<string, { name: string; regionCode: string }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: units.id, name: units.name, regionCode: units.regionCode })
        .from(units)
        .where(inArray(units.id, [...ids]));
      return new Map(rows.map((r) => [r.id, { name: r.name, regionCode: r.regionCode }]));
    },

    /** Of the given units, those located inside the region prefixes. */
    async locatedIn(db: Executor, ids: readonly string[], prefixes: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0 || prefixes.length === 0) return new Set();
      const rows = await db
        .select({ id: units.id })
        .from(units)
        .where(and(inArray(units.id, [...ids]), inRegionPrefixes(units.regionCode, prefixes)));
      return new Set(rows.map((r) => r.id));
    },
  };
}
export type UnitRepository = ReturnType<typeof createUnitRepository>;
