import { type AnyColumn, and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { NominationStatus } from '../../../shared/contracts/nominations';
import type { Executor } from '../../db/client';
import {
  assignments,
  cadres,
  countyFlags,
  nominations,
  regions,
  unitPairings,
  units,
  villageCategoryPeriods,
  villageNeeds,
} from '../../db/schema';

const holdsOn = (from: AnyColumn, to: AnyColumn, date: string) =>
  and(lte(from, date), or(isNull(to), sql`${to} >= ${date}`))!;

export function createMatchingRepository() {
  return {
    async openNeeds(db: Executor, countyCode: string) {
      return db
        .select({ need: villageNeeds, villageName: regions.name })
        .from(villageNeeds)
        .leftJoin(regions, eq(regions.code, villageNeeds.villageCode))
        .where(and(eq(villageNeeds.countyCode, countyCode), eq(villageNeeds.status, 'open')))
        .orderBy(asc(villageNeeds.villageCode), asc(villageNeeds.createdAt));
    },

    async categoriesOn(
      db: Executor,
      villageCodes: readonly string[],
      date: string,
    ): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (villageCodes.length === 0) return out;
      const rows = await db
        .select({ code: villageCategoryPeriods.villageCode, category: villageCategoryPeriods.category })
        .from(villageCategoryPeriods)
        .where(
          and(
            inArray(villageCategoryPeriods.villageCode, [...villageCodes]),
            holdsOn(villageCategoryPeriods.validFrom, villageCategoryPeriods.validTo, date),
          ),
        );
      for (const r of rows) out.set(r.code, [...(out.get(r.code) ?? []), r.category]);
      return out;
    },

    async keyAssistedOn(db: Executor, countyCode: string, date: string): Promise<boolean> {
      const [row] = await db
        .select({ id: countyFlags.id })
        .from(countyFlags)
        .where(
          and(
            eq(countyFlags.countyCode, countyCode),
            eq(countyFlags.flag, 'keyAssistedCounty'),
            holdsOn(countyFlags.validFrom, countyFlags.validTo, date),
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    /** Units paired with each village on the date (pairings whose target is the village itself). */
    async villagePairings(
      db: Executor,
      villageCodes: readonly string[],
      date: string,
    ): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (villageCodes.length === 0) return out;
      const rows = await db
        .select({ code: unitPairings.targetCode, unitId: unitPairings.unitId })
        .from(unitPairings)
        .where(
          and(
            inArray(unitPairings.targetCode, [...villageCodes]),
            holdsOn(unitPairings.validFrom, unitPairings.validTo, date),
          ),
        );
      for (const r of rows) out.set(r.code, [...(out.get(r.code) ?? []), r.unitId]);
      return out;
    },

    /**
     * Candidates of the county: nominations in the given statuses without an assignment, of cadres not on
     * post on the date or later (a cadre stationed elsewhere is not available).
     */
    async candidates(db: Executor, countyCode: string, statuses: readonly NominationStatus[], date: string) {
      return db
        .select({ nomination: nominations, cadre: cadres, unit: units })
        .from(nominations)
        .innerJoin(cadres, eq(cadres.id, nominations.cadreId))
        .innerJoin(units, eq(units.id, nominations.unitId))
        .leftJoin(assignments, eq(assignments.nominationId, nominations.id))
        .where(
          and(
            eq(nominations.countyCode, countyCode),
            inArray(nominations.status, [...statuses]),
            isNull(assignments.id),
            sql`not exists (select 1 from ${assignments} a where a.cadre_id = ${nominations.cadreId}
              and coalesce(a.end_on, a.planned_end_on) >= ${date})`,
          ),
        )
        .orderBy(asc(nominations.cadreId), desc(nominations.updatedAt));
    },
  };
}
export type MatchingRepository = ReturnType<typeof createMatchingRepository>;
