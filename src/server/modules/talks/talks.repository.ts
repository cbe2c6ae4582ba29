import { type AnyColumn, and, asc, count, desc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, regions, talks } from '../../db/schema';
import { inRegionPrefixes, regionOrUnitScope } from '../../db/scope';

export type TalkRow = typeof talks.$inferSelect & { cadreName: string; villageName: string };

export interface StationedRef {
  id: string;
  cadreId: string;
  cadreName: string;
  unitId: string;
  provinceCode: string;
  countyCode: string;
  villageCode: string;
  villageName: string;
}

const villageName = (col: AnyColumn | SQL) => sql<string>`coalesce(${regions.name}, ${col})`;

/** Heart-to-heart talks (P21.6-talk / P17.6.4-talk); one writer: this module. */
export function createTalkRepository() {
  return {
    /** The cadre's assignment on the date, seen by the region of its village or its dispatching unit. */
    async stationedOn(
      db: Executor,
      scope: Scope,
      cadreId: string,
      on: string,
    ): Promise<StationedRef | undefined> {
      const [row] = await db
        .select({
          id: assignments.id,
          cadreId: assignments.cadreId,
          cadreName: cadres.name,
          unitId: assignments.unitId,
          provinceCode: assignments.provinceCode,
          countyCode: assignments.countyCode,
          villageCode: assignments.villageCode,
          villageName: villageName(assignments.villageCode),
        })
        .from(assignments)
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
            regionOrUnitScope(scope, assignments.villageCode, assignments.unitId),
          ),
        )
        .orderBy(desc(assignments.startOn))
        .limit(1);
      return row;
    },
    async insert(db: Executor, row: typeof talks.$inferInsert) {
      const [created] = await db.insert(talks).values(row).returning();
      return created!;
    },
    async list(
      db: Executor,
      scope: Scope,
      f: { cadreId?: string; region?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: TalkRow[]; total: number }> {
      const where = and(
        regionOrUnitScope(scope, talks.villageCode, talks.unitId),
        f.cadreId ? eq(talks.cadreId, f.cadreId) : undefined,
        f.region ? inRegionPrefixes(talks.villageCode, [f.region]) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ t: talks, cadreName: cadres.name, villageName: villageName(talks.villageCode) })
          .from(talks)
          .innerJoin(cadres, eq(cadres.id, talks.cadreId))
          .leftJoin(regions, eq(regions.code, talks.villageCode))
          .where(where)
          .orderBy(desc(talks.heldOn), desc(talks.createdAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(talks).where(where),
      ]);
      return {
        items: rows.map((r) => ({ ...r.t, cadreName: r.cadreName, villageName: r.villageName })),
        total: total?.n ?? 0,
      };
    },
    async find(db: Executor, scope: Scope, id: string): Promise<TalkRow | undefined> {
      const [r] = await db
        .select({ t: talks, cadreName: cadres.name, villageName: villageName(talks.villageCode) })
        .from(talks)
        .innerJoin(cadres, eq(cadres.id, talks.cadreId))
        .leftJoin(regions, eq(regions.code, talks.villageCode))
        .where(and(eq(talks.id, id), regionOrUnitScope(scope, talks.villageCode, talks.unitId)))
        .limit(1);
      return r && { ...r.t, cadreName: r.cadreName, villageName: r.villageName };
    },
    /**
     * Cadres on post on the date in the scope (villages of its regions, cadres of its units) with the date of
     * their latest talk by the office (`office` over one of the scope's regions or units), oldest first.
     */
    async lastTalks(db: Executor, scope: Scope, office: string, on: string) {
      const regionsOf = scope.regions.length ? scope.regions : ['-'];
      const unitsOf = scope.units.length ? scope.units : ['00000000-0000-0000-0000-000000000000'];
      const last = sql<string | null>`(select max(t.held_on)::text from ${talks} t
        where t.cadre_id = ${assignments.cadreId} and t.talker_office = ${office} and t.held_on <= ${on}
        and (t.office_region = any(${sql.param(regionsOf)}::text[])
          or t.office_unit_id = any(${sql.param(unitsOf)}::uuid[])))`;
      return db
        .select({
          cadreId: assignments.cadreId,
          name: cadres.name,
          villageCode: assignments.villageCode,
          villageName: villageName(assignments.villageCode),
          lastTalkOn: last,
        })
        .from(assignments)
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .where(
          and(
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
            regionOrUnitScope(scope, assignments.villageCode, assignments.unitId),
          ),
        )
        .orderBy(asc(assignments.villageCode), asc(cadres.name));
    },
  };
}
export type TalkRepository = ReturnType<typeof createTalkRepository>;
