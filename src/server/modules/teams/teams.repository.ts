import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, nominations, regions, villageNeeds } from '../../db/schema';
import { ownVillage, regionScope, regionVisibility } from '../../db/scope';
import { createRegionRepository } from '../regions/regions.repository';

const VILLAGE_LEVEL = 5;
const COUNTY_LEVEL = 3;

export function createTeamRepository() {
  const regionNames = createRegionRepository();
  return {
    /** A village inside the scope's regions, or one where a unit of the scope has had a cadre. */
    async findVillage(db: Executor, scope: Scope, code: string) {
      const unitHasServed: SQL =
        scope.units.length > 0
          ? sql`exists (select 1 from ${assignments} a where a.village_code = ${regions.code}
              and a.unit_id = any(${sql.param([...scope.units])}::uuid[]))`
          : sql`false`;
      const [row] = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          and(
            eq(regions.code, code),
            eq(regions.level, VILLAGE_LEVEL),
            scope.national
              ? sql`true`
              : sql`(${regionScope(scope, regions.code)} or ${unitHasServed} or ${ownVillage(scope, regions.code)})`,
          ),
        )
        .limit(1);
      return row;
    },

    /** A county the scope can see: its own, or the county above a township scope. */
    async findCounty(db: Executor, scope: Scope, code: string) {
      const [row] = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          and(eq(regions.code, code), eq(regions.level, COUNTY_LEVEL), regionVisibility(scope, regions.code)),
        )
        .limit(1);
      return row;
    },

    /** Names of regions (villages and their townships): read by the regions module, the one reader of names. */
    names: (db: Executor, codes: readonly string[]) => regionNames.names(db, codes),

    /** Villages of a county inside the scope with a team or an open need. */
    async boardVillages(db: Executor, scope: Scope, countyCode: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ code: sql<string>`v.code` })
        .from(
          sql`(select village_code as code from ${assignments} where county_code = ${countyCode}
               union select village_code from ${villageNeeds} where county_code = ${countyCode} and status = 'open') v`,
        )
        .where(regionScope(scope, sql`v.code`));
      return rows.map((r) => r.code).sort();
    },

    async openNeedsOfCounty(db: Executor, countyCode: string) {
      return db
        .select()
        .from(villageNeeds)
        .where(and(eq(villageNeeds.countyCode, countyCode), eq(villageNeeds.status, 'open')));
    },

    /** Candidates still in the procedure or decided, by need (not yet assigned). */
    async candidatesByNeed(db: Executor, needIds: readonly string[]): Promise<Map<string, number>> {
      if (needIds.length === 0) return new Map();
      const rows = await db
        .select({ needId: nominations.needId, n: count() })
        .from(nominations)
        .leftJoin(assignments, eq(assignments.nominationId, nominations.id))
        .where(
          and(
            inArray(nominations.needId, [...needIds]),
            inArray(nominations.status, ['proposed', 'checked', 'filed', 'decided']),
            sql`${assignments.id} is null`,
          ),
        )
        .groupBy(nominations.needId);
      return new Map(rows.map((r) => [r.needId, r.n]));
    },

    /** Whether each cadre is a party member (full or probationary). */
    async partyMembers(db: Executor, cadreIds: readonly string[]): Promise<Set<string>> {
      if (cadreIds.length === 0) return new Set();
      const rows = await db
        .select({ id: cadres.id })
        .from(cadres)
        .where(and(inArray(cadres.id, [...cadreIds]), sql`${cadres.partyStatus} <> 'none'`));
      return new Set(rows.map((r) => r.id));
    },
  };
}
export type TeamRepository = ReturnType<typeof createTeamRepository>;
