import { and, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, handoverLists, regions } from '../../db/schema';
import { ownVillage, regionOrUnitScope } from '../../db/scope';

export type HandoverRecord = typeof handoverLists.$inferSelect;
export type HandoverRow = HandoverRecord & {
  cadreName: string;
  villageName: string;
  successorName: string | null;
};

/** The lists are seen by the village's region, the predecessor's unit, and a cadre of the village's teams. */
export function handoverScope(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  if (scope.cadreId) return ownVillage(scope, handoverLists.villageCode);
  return regionOrUnitScope(scope, handoverLists.villageCode, handoverLists.unitId);
}

/** The three handover lists (压茬交接, P21.5-rotate); one writer: this module. */
export function createHandoverRepository() {
  const successor = sql<
    string | null
  >`(select c.name from ${assignments} sa join ${cadres} c on c.id = sa.cadre_id
    where sa.id = ${handoverLists.successorAssignmentId})`;
  const query = (db: Executor) =>
    db
      .select({
        h: handoverLists,
        cadreName: cadres.name,
        villageName: sql<string>`coalesce(${regions.name}, ${handoverLists.villageCode})`,
        successorName: successor,
      })
      .from(handoverLists)
      .innerJoin(cadres, eq(cadres.id, handoverLists.cadreId))
      .leftJoin(regions, eq(regions.code, handoverLists.villageCode));
  const flat = (r: {
    h: HandoverRecord;
    cadreName: string;
    villageName: string;
    successorName: string | null;
  }) => ({
    ...r.h,
    cadreName: r.cadreName,
    villageName: r.villageName,
    successorName: r.successorName,
  });
  return {
    async ofAssignment(db: Executor, assignmentId: string): Promise<HandoverRow | undefined> {
      const [r] = await query(db).where(eq(handoverLists.assignmentId, assignmentId)).limit(1);
      return r && flat(r);
    },
    async ofVillage(db: Executor, scope: Scope, villageCode: string): Promise<HandoverRow[]> {
      const rows = await query(db)
        .where(and(eq(handoverLists.villageCode, villageCode), handoverScope(scope)))
        .orderBy(desc(handoverLists.preparedAt));
      return rows.map(flat);
    },
    /** Inserts the lists, or replaces their text and clears both confirmations while not fully confirmed. */
    async upsert(db: Executor, row: typeof handoverLists.$inferInsert) {
      const [saved] = await db
        .insert(handoverLists)
        .values(row)
        .onConflictDoUpdate({
          target: handoverLists.assignmentId,
          set: {
            successorAssignmentId: row.successorAssignmentId,
            villageSituation: row.villageSituation,
            workInProgress: row.workInProgress,
            assetsAndFiles: row.assetsAndFiles,
            preparedBy: row.preparedBy,
            preparedByName: row.preparedByName,
            preparedAt: row.preparedAt,
            successorConfirmedBy: null,
            successorConfirmedByName: null,
            successorConfirmedAt: null,
            townshipConfirmedBy: null,
            townshipConfirmedByName: null,
            townshipConfirmedAt: null,
          },
          setWhere: or(isNull(handoverLists.successorConfirmedAt), isNull(handoverLists.townshipConfirmedAt)),
        })
        .returning();
      return saved;
    },
    /** One side's confirmation, only if that side has not confirmed yet (a second finds no row). */
    async confirm(
      db: Executor,
      id: string,
      side: 'successor' | 'township',
      by: { id: string | null; name: string },
      at: Date,
    ) {
      const set =
        side === 'successor'
          ? { successorConfirmedBy: by.id, successorConfirmedByName: by.name, successorConfirmedAt: at }
          : { townshipConfirmedBy: by.id, townshipConfirmedByName: by.name, townshipConfirmedAt: at };
      const [row] = await db
        .update(handoverLists)
        .set(set)
        .where(
          and(
            eq(handoverLists.id, id),
            isNull(
              side === 'successor' ? handoverLists.successorConfirmedAt : handoverLists.townshipConfirmedAt,
            ),
          ),
        )
        .returning();
      return row;
    },
    async markTasksMoved(db: Executor, id: string, at: Date) {
      await db.update(handoverLists).set({ tasksMovedAt: at }).where(eq(handoverLists.id, id));
    },
    /** Whether the assignment's lists are confirmed by both the successor and the township. */
    async confirmed(db: Executor, assignmentId: string): Promise<boolean> {
      const [r] = await db
        .select({ id: handoverLists.id })
        .from(handoverLists)
        .where(
          and(
            eq(handoverLists.assignmentId, assignmentId),
            sql`${handoverLists.successorConfirmedAt} is not null and ${handoverLists.townshipConfirmedAt} is not null`,
          ),
        )
        .limit(1);
      return !!r;
    },
    /** Lists in the scope waiting for a side's confirmation (to-dos). */
    async waiting(db: Executor, scope: Scope, side: 'successor' | 'township') {
      const rows = await query(db)
        .where(
          and(
            handoverScope(scope),
            side === 'successor'
              ? and(
                  isNull(handoverLists.successorConfirmedAt),
                  scope.cadreId
                    ? sql`exists (select 1 from ${assignments} s where s.id = ${handoverLists.successorAssignmentId} and s.cadre_id = ${scope.cadreId})`
                    : sql`false`,
                )
              : isNull(handoverLists.townshipConfirmedAt),
          ),
        )
        .orderBy(desc(handoverLists.preparedAt))
        .limit(100);
      return rows.map(flat);
    },
    async byAssignments(db: Executor, ids: readonly string[]) {
      if (!ids.length) return [];
      return db
        .select()
        .from(handoverLists)
        .where(inArray(handoverLists.assignmentId, [...ids]));
    },
  };
}
export type HandoverRepository = ReturnType<typeof createHandoverRepository>;
