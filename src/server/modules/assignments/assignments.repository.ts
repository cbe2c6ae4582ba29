import { and, asc, count, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { TeamRole } from '../../../shared/contracts/assignments';
import type { Executor } from '../../db/client';
import {
  assignments,
  cadres,
  nominations,
  regions,
  teams,
  units,
  villageCategoryPeriods,
  villageNeeds,
} from '../../db/schema';
import { inRegionPrefixes, ownCadre, regionOrUnitScope, regionScope } from '../../db/scope';
import { createRegionRepository } from '../regions/regions.repository';

export type AssignmentRecord = typeof assignments.$inferSelect;
export type NewAssignment = typeof assignments.$inferInsert;
export type TeamRecord = typeof teams.$inferSelect;
export type NeedRecord = typeof villageNeeds.$inferSelect;
export type NominationRecord = typeof nominations.$inferSelect;
export type CadreRecord = typeof cadres.$inferSelect;
export type UnitRecord = typeof units.$inferSelect;

/** An assignment with the names a reader needs. */
export type AssignmentRow = AssignmentRecord & {
  batch: number;
  needId: string;
  cadreName: string;
  unitName: string;
  villageName: string;
};

/** An assignment is in scope by its village's region or by the cadre's dispatching unit (DESIGN.md §4). */
export const assignmentVisible = (scope: Scope) =>
  scope.cadreId
    ? ownCadre(scope, assignments.cadreId)
    : regionOrUnitScope(scope, assignments.villageCode, assignments.unitId);

const rowColumns = {
  assignment: assignments,
  batch: teams.batch,
  needId: nominations.needId,
  cadreName: cadres.name,
  unitName: units.name,
  villageName: regions.name,
};

const flatten = (r: {
  assignment: AssignmentRecord;
  batch: number;
  needId: string;
  cadreName: string;
  unitName: string;
  villageName: string | null;
}): AssignmentRow => ({
  ...r.assignment,
  batch: r.batch,
  needId: r.needId,
  cadreName: r.cadreName,
  unitName: r.unitName,
  villageName: r.villageName ?? r.assignment.villageCode,
});

export interface AssignmentFilter {
  region?: string;
  villageCode?: string;
  cadreId?: string;
  unitId?: string;
  teamRole?: TeamRole;
  /** On post on this date (started, and not past its last day). */
  activeOn?: string;
  /** Not on post on this date. */
  inactiveOn?: string;
}

/** First secretary, leader, member: the order a team is shown in. */
const roleOrder = sql`case ${assignments.teamRole} when 'first_secretary' then 0 when 'leader' then 1 else 2 end`;

/** The last day on post, as SQL: the actual end once recorded, else the planned end. */
export const lastDaySql = sql<string>`coalesce(${assignments.endOn}, ${assignments.plannedEndOn})`;

function filterConditions(scope: Scope, filter: AssignmentFilter): SQL[] {
  const conditions: SQL[] = [assignmentVisible(scope)];
  if (filter.region) conditions.push(inRegionPrefixes(assignments.villageCode, [filter.region]));
  if (filter.villageCode) conditions.push(eq(assignments.villageCode, filter.villageCode));
  if (filter.cadreId) conditions.push(eq(assignments.cadreId, filter.cadreId));
  if (filter.unitId) conditions.push(eq(assignments.unitId, filter.unitId));
  if (filter.teamRole) conditions.push(eq(assignments.teamRole, filter.teamRole));
  if (filter.activeOn) {
    conditions.push(lte(assignments.startOn, filter.activeOn), sql`${lastDaySql} >= ${filter.activeOn}`);
  }
  if (filter.inactiveOn) {
    conditions.push(
      sql`(${assignments.startOn} > ${filter.inactiveOn} or ${lastDaySql} < ${filter.inactiveOn})`,
    );
  }
  return conditions;
}

export function createAssignmentRepository() {
  const regionNames = createRegionRepository();
  const selectRows = (db: Executor) =>
    db
      .select(rowColumns)
      .from(assignments)
      .innerJoin(teams, eq(teams.id, assignments.teamId))
      .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
      .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
      .innerJoin(units, eq(units.id, assignments.unitId))
      .leftJoin(regions, eq(regions.code, assignments.villageCode));

  return {
    /** A nomination the scope's regions cover, with its need, cadre and unit (writers are region-scoped). */
    async nominationForAssignment(db: Executor, scope: Scope, nominationId: string) {
      const [row] = await db
        .select({ nomination: nominations, need: villageNeeds, cadre: cadres, unit: units })
        .from(nominations)
        .innerJoin(villageNeeds, eq(villageNeeds.id, nominations.needId))
        .innerJoin(cadres, eq(cadres.id, nominations.cadreId))
        .innerJoin(units, eq(units.id, nominations.unitId))
        .where(and(eq(nominations.id, nominationId), regionScope(scope, nominations.villageCode)))
        .limit(1);
      return row;
    },

    async find(db: Executor, scope: Scope, id: string): Promise<AssignmentRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(assignments.id, id), assignmentVisible(scope)))
        .limit(1);
      return row && flatten(row);
    },

    /** Lookups for writers: the assignment only if the scope's regions cover its village. */
    async findInRegions(db: Executor, scope: Scope, id: string): Promise<AssignmentRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(assignments.id, id), regionScope(scope, assignments.villageCode)))
        .limit(1);
      return row && flatten(row);
    },

    async byIds(db: Executor, ids: readonly string[]): Promise<AssignmentRow[]> {
      if (ids.length === 0) return [];
      const rows = await selectRows(db).where(inArray(assignments.id, [...ids]));
      return rows.map(flatten);
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: AssignmentFilter,
      page: { page: number; pageSize: number },
    ): Promise<{ items: AssignmentRow[]; total: number }> {
      const where = and(...filterConditions(scope, filter));
      const [items, [total]] = await Promise.all([
        selectRows(db)
          .where(where)
          .orderBy(asc(assignments.villageCode), asc(assignments.startOn), roleOrder, asc(assignments.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(assignments).where(where),
      ]);
      return { items: items.map(flatten), total: total?.n ?? 0 };
    },

    /** Every assignment of the villages, in time order (unscoped: callers have checked the village). */
    async ofVillages(db: Executor, villageCodes: readonly string[]): Promise<AssignmentRow[]> {
      if (villageCodes.length === 0) return [];
      const rows = await selectRows(db)
        .where(inArray(assignments.villageCode, [...villageCodes]))
        .orderBy(
          asc(assignments.villageCode),
          asc(assignments.startOn),
          roleOrder,
          asc(assignments.createdAt),
          asc(assignments.id),
        );
      return rows.map(flatten);
    },

    async teamsOf(db: Executor, villageCodes: readonly string[]): Promise<TeamRecord[]> {
      if (villageCodes.length === 0) return [];
      return db
        .select()
        .from(teams)
        .where(inArray(teams.villageCode, [...villageCodes]))
        .orderBy(asc(teams.villageCode), asc(teams.batch));
    },

    /** Serialises writers of one village's teams inside a transaction (two rotations at once). */
    async lockVillage(db: Executor, villageCode: string): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`teams:${villageCode}`}))`);
    },

    async insertTeam(db: Executor, team: typeof teams.$inferInsert): Promise<TeamRecord> {
      const [row] = await db.insert(teams).values(team).returning();
      return row!;
    },

    async setTeamStart(db: Executor, teamId: string, startedOn: string): Promise<void> {
      await db.update(teams).set({ startedOn }).where(eq(teams.id, teamId));
    },

    async insert(db: Executor, row: NewAssignment): Promise<AssignmentRecord> {
      const [created] = await db.insert(assignments).values(row).returning();
      return created!;
    },

    async update(db: Executor, id: string, patch: Partial<NewAssignment>): Promise<AssignmentRecord> {
      const [row] = await db
        .update(assignments)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(assignments.id, id))
        .returning();
      return row!;
    },

    async byNomination(db: Executor, nominationId: string): Promise<AssignmentRecord | undefined> {
      const [row] = await db
        .select()
        .from(assignments)
        .where(eq(assignments.nominationId, nominationId))
        .limit(1);
      return row;
    },

    /** Assignments of a cadre whose days on post meet [from, to]. */
    async ofCadreBetween(db: Executor, cadreId: string, from: string, to: string): Promise<AssignmentRow[]> {
      const rows = await selectRows(db).where(
        and(eq(assignments.cadreId, cadreId), lte(assignments.startOn, to), sql`${lastDaySql} >= ${from}`),
      );
      return rows.map(flatten);
    },

    /** What the assignments of each need take from it: role and end reason (a recall frees the slot). */
    async takenFromNeeds(
      db: Executor,
      needIds: readonly string[],
    ): Promise<{ needId: string; teamRole: string; endReason: string | null }[]> {
      if (needIds.length === 0) return [];
      return db
        .select({
          needId: nominations.needId,
          teamRole: assignments.teamRole,
          endReason: assignments.endReason,
        })
        .from(assignments)
        .innerJoin(nominations, eq(nominations.id, assignments.nominationId))
        .where(inArray(nominations.needId, [...needIds]));
    },

    async openNeedsOf(db: Executor, villageCodes: readonly string[]): Promise<NeedRecord[]> {
      if (villageCodes.length === 0) return [];
      return db
        .select()
        .from(villageNeeds)
        .where(and(inArray(villageNeeds.villageCode, [...villageCodes]), eq(villageNeeds.status, 'open')))
        .orderBy(asc(villageNeeds.createdAt));
    },

    /**
     * Whether the village had exited poverty by `date`: it was a registered poor village whose period had
     * ended, or it held the lifted-from-poverty category (P17.2.3-stay).
     */
    async exitedPovertyBy(db: Executor, villageCode: string, date: string): Promise<boolean> {
      const [row] = await db
        .select({ n: count() })
        .from(villageCategoryPeriods)
        .where(
          and(
            eq(villageCategoryPeriods.villageCode, villageCode),
            or(
              and(
                eq(villageCategoryPeriods.category, 'liftedFromPoverty'),
                lte(villageCategoryPeriods.validFrom, date),
              ),
              and(
                eq(villageCategoryPeriods.category, 'registeredPoor'),
                sql`${villageCategoryPeriods.validTo} < ${date}`,
              ),
            ),
          ),
        );
      return (row?.n ?? 0) > 0;
    },

    /** Region names by code: read by the regions module, the one reader of names. */
    villageNames: (db: Executor, codes: readonly string[]) => regionNames.names(db, codes),

    /** Assignments whose last day falls in [from, to] (the terms-ending view). */
    async endingBetween(db: Executor, scope: Scope, region: string | undefined, from: string, to: string) {
      const rows = await selectRows(db)
        .where(
          and(
            ...filterConditions(scope, { ...(region ? { region } : {}) }),
            gte(lastDaySql, from),
            lte(lastDaySql, to),
          ),
        )
        .orderBy(asc(assignments.countyCode), asc(lastDaySql), asc(assignments.villageCode));
      return rows.map(flatten);
    },
  };
}
export type AssignmentRepository = ReturnType<typeof createAssignmentRepository>;
