import { and, asc, count, desc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, regions, villageTasks, workLogPhotos, workLogs } from '../../db/schema';
import { ownCadre, regionOrUnitScope } from '../../db/scope';

export type WorkLogRecord = typeof workLogs.$inferSelect;
export type WorkLogRow = WorkLogRecord & {
  cadreName: string;
  villageName: string;
  taskTitle: string | null;
  hasPhoto: boolean;
};

export interface WorkLogFilter {
  cadreId?: string;
  villageCode?: string;
  from?: string;
  to?: string;
  duty?: WorkLogRecord['duty'];
  kind?: WorkLogRecord['kind'];
  taskId?: string;
}

/** Logs are read by the village's regions, by the dispatching unit of the cadre's assignment, and by the cadre. */
export function workLogScope(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  if (scope.cadreId) return ownCadre(scope, workLogs.cadreId);
  return regionOrUnitScope(scope, workLogs.villageCode, workLogs.unitId);
}

export function createWorkLogRepository() {
  const rows = (db: Executor) =>
    db
      .select({
        log: workLogs,
        cadreName: cadres.name,
        villageName: sql<string>`coalesce(${regions.name}, ${workLogs.villageCode})`,
        taskTitle: villageTasks.title,
        hasPhoto: sql<boolean>`${workLogPhotos.workLogId} is not null`,
      })
      .from(workLogs)
      .innerJoin(cadres, eq(cadres.id, workLogs.cadreId))
      .leftJoin(regions, eq(regions.code, workLogs.villageCode))
      .leftJoin(villageTasks, eq(villageTasks.id, workLogs.taskId))
      .leftJoin(workLogPhotos, eq(workLogPhotos.workLogId, workLogs.id));
  const flatten = (r: {
    log: WorkLogRecord;
    cadreName: string;
    villageName: string;
    taskTitle: string | null;
    hasPhoto: boolean;
  }): WorkLogRow => ({
    ...r.log,
    cadreName: r.cadreName,
    villageName: r.villageName,
    taskTitle: r.taskTitle,
    hasPhoto: Boolean(r.hasPhoto),
  });
  const filters = (scope: Scope, f: WorkLogFilter) =>
    and(
      workLogScope(scope),
      f.cadreId ? eq(workLogs.cadreId, f.cadreId) : undefined,
      f.villageCode ? eq(workLogs.villageCode, f.villageCode) : undefined,
      f.from ? gte(workLogs.on, f.from) : undefined,
      f.to ? lte(workLogs.on, f.to) : undefined,
      f.duty ? eq(workLogs.duty, f.duty) : undefined,
      f.kind ? eq(workLogs.kind, f.kind) : undefined,
      f.taskId ? eq(workLogs.taskId, f.taskId) : undefined,
    );

  return {
    async findByClientId(db: Executor, cadreId: string, clientId: string): Promise<WorkLogRow | undefined> {
      const [row] = await rows(db)
        .where(and(eq(workLogs.cadreId, cadreId), eq(workLogs.clientId, clientId)))
        .limit(1);
      return row && flatten(row);
    },

    async find(db: Executor, scope: Scope, id: string): Promise<WorkLogRow | undefined> {
      const [row] = await rows(db)
        .where(and(eq(workLogs.id, id), workLogScope(scope)))
        .limit(1);
      return row && flatten(row);
    },

    /** Inserts unless the cadre's clientId exists (a concurrent twin): the new row or undefined. */
    async insertOnce(db: Executor, row: typeof workLogs.$inferInsert): Promise<WorkLogRecord | undefined> {
      const [created] = await db
        .insert(workLogs)
        .values(row)
        .onConflictDoNothing({ target: [workLogs.cadreId, workLogs.clientId] })
        .returning();
      return created;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: WorkLogFilter,
      page: { page: number; pageSize: number },
    ): Promise<{ items: WorkLogRow[]; total: number }> {
      const where = filters(scope, filter);
      const [items, [total]] = await Promise.all([
        rows(db)
          .where(where)
          .orderBy(desc(workLogs.on), desc(workLogs.createdAt), desc(workLogs.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(workLogs).where(where),
      ]);
      return { items: items.map(flatten), total: total?.n ?? 0 };
    },

    /** Every log of the filter for an export (capped). */
    async all(db: Executor, scope: Scope, filter: WorkLogFilter, cap: number): Promise<WorkLogRow[]> {
      const found = await rows(db)
        .where(filters(scope, filter))
        .orderBy(asc(workLogs.villageCode), asc(workLogs.on), asc(workLogs.createdAt))
        .limit(cap);
      return found.map(flatten);
    },

    /** The cadre's assignment covering `on` (started on or before, not ended before), the latest first. */
    async assignmentOn(db: Executor, cadreId: string, on: string) {
      const [row] = await db
        .select()
        .from(assignments)
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        )
        .orderBy(desc(assignments.startOn))
        .limit(1);
      return row;
    },

    /** The cadre's assignments, oldest first (to say which days a log may carry). */
    async assignmentsOf(db: Executor, cadreId: string) {
      return db
        .select({
          startOn: assignments.startOn,
          endOn: assignments.endOn,
          villageCode: assignments.villageCode,
        })
        .from(assignments)
        .where(eq(assignments.cadreId, cadreId))
        .orderBy(asc(assignments.startOn));
    },

    async task(db: Executor, id: string) {
      const [row] = await db
        .select({ id: villageTasks.id, villageCode: villageTasks.villageCode })
        .from(villageTasks)
        .where(eq(villageTasks.id, id))
        .limit(1);
      return row;
    },

    async putPhoto(db: Executor, row: typeof workLogPhotos.$inferInsert) {
      await db
        .insert(workLogPhotos)
        .values(row)
        .onConflictDoUpdate({
          target: workLogPhotos.workLogId,
          set: { mime: row.mime, bytes: row.bytes, size: row.size, createdAt: row.createdAt },
        });
    },

    async photo(db: Executor, workLogId: string) {
      const [row] = await db
        .select()
        .from(workLogPhotos)
        .where(eq(workLogPhotos.workLogId, workLogId))
        .limit(1);
      return row;
    },

    async deletePhoto(db: Executor, workLogId: string): Promise<boolean> {
      const gone = await db
        .delete(workLogPhotos)
        .where(eq(workLogPhotos.workLogId, workLogId))
        .returning({ id: workLogPhotos.workLogId });
      return gone.length > 0;
    },
  };
}
export type WorkLogRepository = ReturnType<typeof createWorkLogRepository>;
