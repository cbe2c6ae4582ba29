import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { NominationState } from '../../../domain/policy/nomination-workflow';
import type { NominationStatus } from '../../../shared/contracts/nominations';
import type { Executor } from '../../db/client';
import { assignments, cadres, nominationSteps, nominations, units } from '../../db/schema';
import { inRegionPrefixes, regionOrUnitScope } from '../../db/scope';
import { guardedTransition } from '../../workflow/guarded';

export type NominationRecord = typeof nominations.$inferSelect;
export type NewNomination = typeof nominations.$inferInsert;
export type StepRecord = typeof nominationSteps.$inferSelect;

/** A nomination is in scope by its village's region or by the cadre's dispatching unit. */
const inScope = (scope: Scope) => regionOrUnitScope(scope, nominations.villageCode, nominations.unitId);

export function createNominationRepository() {
  return {
    async insert(db: Executor, row: NewNomination): Promise<NominationRecord> {
      const [created] = await db.insert(nominations).values(row).returning();
      return created!;
    },

    async find(db: Executor, scope: Scope, id: string): Promise<NominationRecord | undefined> {
      const [row] = await db
        .select()
        .from(nominations)
        .where(and(eq(nominations.id, id), inScope(scope)))
        .limit(1);
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: {
        region?: string;
        status?: NominationStatus;
        needId?: string;
        cadreId?: string;
        unitId?: string;
      },
      page: { page: number; pageSize: number },
    ): Promise<{ items: NominationRecord[]; total: number }> {
      const conditions: SQL[] = [inScope(scope)];
      if (filter.region) conditions.push(inRegionPrefixes(nominations.villageCode, [filter.region]));
      if (filter.status) conditions.push(eq(nominations.status, filter.status));
      if (filter.needId) conditions.push(eq(nominations.needId, filter.needId));
      if (filter.cadreId) conditions.push(eq(nominations.cadreId, filter.cadreId));
      if (filter.unitId) conditions.push(eq(nominations.unitId, filter.unitId));
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(nominations)
          .where(where)
          .orderBy(desc(nominations.updatedAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(nominations).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    /** Open (not rejected or withdrawn) nominations of a cadre: a cadre is a candidate once at a time. */
    async openForCadre(db: Executor, cadreId: string): Promise<NominationRecord[]> {
      return db
        .select()
        .from(nominations)
        .where(
          and(
            eq(nominations.cadreId, cadreId),
            inArray(nominations.status, ['proposed', 'checked', 'filed', 'decided']),
          ),
        );
    },

    async countByNeed(db: Executor, needIds: readonly string[]): Promise<Map<string, number>> {
      if (needIds.length === 0) return new Map();
      const rows = await db
        .select({ needId: nominations.needId, n: count() })
        .from(nominations)
        .where(
          and(
            inArray(nominations.needId, [...needIds]),
            inArray(nominations.status, ['proposed', 'checked', 'filed', 'decided']),
          ),
        )
        .groupBy(nominations.needId);
      return new Map(rows.map((r) => [r.needId, r.n]));
    },

    /**
     * A step of the procedure: the nomination moves `from` → `to` only if it is still `from` (409
     * INVALID_STATE otherwise), so two concurrent steps never both succeed. The only writer of a status.
     */
    async transition(
      db: Executor,
      id: string,
      from: NominationState,
      to: NominationState,
      patch: Partial<NewNomination>,
    ): Promise<NominationRecord> {
      return guardedTransition(
        db,
        nominations,
        id,
        from,
        to,
        { ...patch, updatedAt: new Date() },
        {
          zh: '选派人选',
          en: 'nomination',
        },
      );
    },

    /** The facts eligibility needs: the cadre with its unit's kind, level and name (unscoped). */
    async candidateFacts(db: Executor, cadreId: string) {
      const [row] = await db
        .select({ cadre: cadres, unitKind: units.kind, unitLevel: units.level, unitName: units.name })
        .from(cadres)
        .innerJoin(units, eq(units.id, cadres.unitId))
        .where(eq(cadres.id, cadreId))
        .limit(1);
      return row;
    },

    /** Names of the cadres of a page and their units, in one query. */
    async cadreNames(
      db: Executor,
      cadreIds: readonly string[],
    ): Promise<Map<string, { name: string; unitName: string }>> {
      if (cadreIds.length === 0) return new Map();
      const rows = await db
        .select({ id: cadres.id, name: cadres.name, unitName: units.name })
        .from(cadres)
        .innerJoin(units, eq(units.id, cadres.unitId))
        .where(inArray(cadres.id, [...cadreIds]));
      return new Map(rows.map((r) => [r.id, { name: r.name, unitName: r.unitName }]));
    },

    /** Nominations of a cadre in the county that are still candidates (not assigned, not closed). */
    async availableOfCadre(db: Executor, countyCode: string, cadreId: string): Promise<NominationRecord[]> {
      const rows = await db
        .select({ nomination: nominations })
        .from(nominations)
        .leftJoin(assignments, eq(assignments.nominationId, nominations.id))
        .where(
          and(
            eq(nominations.countyCode, countyCode),
            eq(nominations.cadreId, cadreId),
            isNull(assignments.id),
            inArray(nominations.status, ['proposed', 'checked', 'filed', 'decided']),
          ),
        )
        .orderBy(desc(nominations.updatedAt));
      return rows.map((r) => r.nomination);
    },

    async addStep(db: Executor, step: typeof nominationSteps.$inferInsert): Promise<void> {
      await db.insert(nominationSteps).values(step);
    },

    async steps(db: Executor, nominationId: string): Promise<StepRecord[]> {
      return db
        .select()
        .from(nominationSteps)
        .where(eq(nominationSteps.nominationId, nominationId))
        .orderBy(asc(nominationSteps.at));
    },
  };
}
export type NominationRepository = ReturnType<typeof createNominationRepository>;
