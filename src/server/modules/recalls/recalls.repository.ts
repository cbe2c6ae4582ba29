import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { RecallStatus, TeamRole } from '../../../shared/contracts/assignments';
import type { Executor } from '../../db/client';
import { assignments, cadres, recallProposals, regions, units } from '../../db/schema';
import { inRegionPrefixes, regionOrUnitScope, regionScope } from '../../db/scope';
import { guardedTransition } from '../../workflow/guarded';

export type RecallRecord = typeof recallProposals.$inferSelect;
export type RecallRow = RecallRecord & {
  cadreId: string;
  cadreName: string;
  unitName: string;
  villageName: string;
  teamRole: TeamRole;
};

const columns = {
  proposal: recallProposals,
  cadreId: assignments.cadreId,
  cadreName: cadres.name,
  unitName: units.name,
  villageName: regions.name,
  teamRole: assignments.teamRole,
};

const flatten = (r: {
  proposal: RecallRecord;
  cadreId: string;
  cadreName: string;
  unitName: string;
  villageName: string | null;
  teamRole: TeamRole;
}): RecallRow => ({
  ...r.proposal,
  cadreId: r.cadreId,
  cadreName: r.cadreName,
  unitName: r.unitName,
  villageName: r.villageName ?? r.proposal.villageCode,
  teamRole: r.teamRole,
});

/** Readers: the village's region or the cadre's dispatching unit (DESIGN.md §4). */
const visible = (scope: Scope) =>
  regionOrUnitScope(scope, recallProposals.villageCode, recallProposals.unitId);

/** The dispatching unit confirms (P17.5.3-recall): only a scope holding the cadre's unit finds it. */
const ofOwnUnit = (scope: Scope): SQL =>
  scope.national
    ? sql`true`
    : scope.units.length
      ? sql`${recallProposals.unitId} = any(${sql.param([...scope.units])}::uuid[])`
      : sql`false`;

export function createRecallRepository() {
  const select = (db: Executor) =>
    db
      .select(columns)
      .from(recallProposals)
      .innerJoin(assignments, eq(assignments.id, recallProposals.assignmentId))
      .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
      .innerJoin(units, eq(units.id, recallProposals.unitId))
      .leftJoin(regions, eq(regions.code, recallProposals.villageCode));

  return {
    async insert(db: Executor, row: typeof recallProposals.$inferInsert): Promise<RecallRecord> {
      const [created] = await db.insert(recallProposals).values(row).returning();
      return created!;
    },

    /** A step of the recall: from → to only if the proposal is still `from` (409 INVALID_STATE otherwise). */
    async transition(
      db: Executor,
      id: string,
      from: string,
      to: string,
      patch: Partial<typeof recallProposals.$inferInsert>,
    ): Promise<RecallRecord> {
      return guardedTransition(db, recallProposals, id, from, to, patch, {
        zh: '召回意见',
        en: 'recall proposal',
      });
    },

    /** The proposing side: only a scope whose regions cover the village finds it (withdrawal). */
    async findInRegions(db: Executor, scope: Scope, id: string): Promise<RecallRow | undefined> {
      const [row] = await select(db)
        .where(and(eq(recallProposals.id, id), regionScope(scope, recallProposals.villageCode)))
        .limit(1);
      return row && flatten(row);
    },

    async byId(db: Executor, id: string): Promise<RecallRow | undefined> {
      const [row] = await select(db).where(eq(recallProposals.id, id)).limit(1);
      return row && flatten(row);
    },

    async findForUnit(db: Executor, scope: Scope, id: string): Promise<RecallRow | undefined> {
      const [row] = await select(db)
        .where(and(eq(recallProposals.id, id), ofOwnUnit(scope)))
        .limit(1);
      return row && flatten(row);
    },

    async openFor(db: Executor, assignmentId: string): Promise<RecallRecord | undefined> {
      const [row] = await db
        .select()
        .from(recallProposals)
        .where(and(eq(recallProposals.assignmentId, assignmentId), eq(recallProposals.status, 'proposed')))
        .limit(1);
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { status?: RecallStatus; region?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: RecallRow[]; total: number }> {
      const conditions: SQL[] = [visible(scope)];
      if (filter.status) conditions.push(eq(recallProposals.status, filter.status));
      if (filter.region) conditions.push(inRegionPrefixes(recallProposals.villageCode, [filter.region]));
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(desc(recallProposals.proposedAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(recallProposals).where(where),
      ]);
      return { items: items.map(flatten), total: total?.n ?? 0 };
    },
  };
}
export type RecallRepository = ReturnType<typeof createRecallRepository>;
