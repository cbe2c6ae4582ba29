import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, regions, villageTaskProgress, villageTasks } from '../../db/schema';
import { ownVillage, regionScope } from '../../db/scope';

export type TaskRecord = typeof villageTasks.$inferSelect;
export type ProgressRecord = typeof villageTaskProgress.$inferSelect;
export type TaskRow = TaskRecord & {
  villageName: string;
  ownerName: string | null;
  latest: ProgressRecord | null;
};

/** Village tasks are read in the user's regions, and by a cadre in the villages it serves or served in. */
export function taskScope(scope: Scope, villageColumn = villageTasks.villageCode): SQL {
  if (scope.national) return sql`true`;
  return scope.cadreId ? ownVillage(scope, villageColumn) : regionScope(scope, villageColumn);
}

export function createVillageTaskRepository() {
  const base = (db: Executor) =>
    db
      .select({
        task: villageTasks,
        villageName: sql<string>`coalesce(${regions.name}, ${villageTasks.villageCode})`,
        ownerName: cadres.name,
      })
      .from(villageTasks)
      .leftJoin(regions, eq(regions.code, villageTasks.villageCode))
      .leftJoin(cadres, eq(cadres.id, villageTasks.ownerCadreId));

  async function withLatest(
    db: Executor,
    rows: { task: TaskRecord; villageName: string; ownerName: string | null }[],
  ): Promise<TaskRow[]> {
    if (rows.length === 0) return [];
    const latest = await db
      .selectDistinctOn([villageTaskProgress.taskId])
      .from(villageTaskProgress)
      .where(
        inArray(
          villageTaskProgress.taskId,
          rows.map((r) => r.task.id),
        ),
      )
      .orderBy(villageTaskProgress.taskId, desc(villageTaskProgress.createdAt), desc(villageTaskProgress.id));
    const byTask = new Map(latest.map((p) => [p.taskId, p]));
    return rows.map((r) => ({
      ...r.task,
      villageName: r.villageName,
      ownerName: r.ownerName,
      latest: byTask.get(r.task.id) ?? null,
    }));
  }

  return {
    async insert(db: Executor, row: typeof villageTasks.$inferInsert): Promise<TaskRecord> {
      const [created] = await db.insert(villageTasks).values(row).returning();
      return created!;
    },

    async find(db: Executor, scope: Scope, id: string): Promise<TaskRow | undefined> {
      const rows = await base(db)
        .where(and(eq(villageTasks.id, id), taskScope(scope)))
        .limit(1);
      return (await withLatest(db, rows))[0];
    },

    /** A task by id, whatever the reader (for checks inside a service that already decided access). */
    async byId(db: Executor, id: string): Promise<TaskRecord | undefined> {
      const [row] = await db.select().from(villageTasks).where(eq(villageTasks.id, id)).limit(1);
      return row;
    },

    async listOfVillage(
      db: Executor,
      villageCode: string,
      filter: { status?: TaskRecord['status']; duty?: TaskRecord['duty'] } = {},
    ): Promise<TaskRow[]> {
      const rows = await base(db)
        .where(
          and(
            eq(villageTasks.villageCode, villageCode),
            filter.status ? eq(villageTasks.status, filter.status) : undefined,
            filter.duty ? eq(villageTasks.duty, filter.duty) : undefined,
          ),
        )
        .orderBy(
          sql`case ${villageTasks.status} when 'open' then 0 else 1 end`,
          asc(villageTasks.duty),
          asc(villageTasks.dueOn),
          asc(villageTasks.createdAt),
        );
      return withLatest(db, rows);
    },

    async update(db: Executor, id: string, set: Partial<typeof villageTasks.$inferInsert>) {
      const [row] = await db.update(villageTasks).set(set).where(eq(villageTasks.id, id)).returning();
      return row;
    },

    /** Closes an open task; undefined when it was not open (a concurrent close). */
    async close(
      db: Executor,
      id: string,
      set: Pick<TaskRecord, 'status' | 'closedOn' | 'closeNote'>,
      at: Date,
    ) {
      const [row] = await db
        .update(villageTasks)
        .set({ ...set, updatedAt: at })
        .where(and(eq(villageTasks.id, id), eq(villageTasks.status, 'open')))
        .returning();
      return row;
    },

    async findProgressByClientId(db: Executor, userId: string, clientId: string) {
      const [row] = await db
        .select()
        .from(villageTaskProgress)
        .where(and(eq(villageTaskProgress.userId, userId), eq(villageTaskProgress.clientId, clientId)))
        .limit(1);
      return row;
    },

    /** Inserts unless the user's clientId exists (a concurrent twin): the new row or undefined. */
    async insertProgressOnce(db: Executor, row: typeof villageTaskProgress.$inferInsert) {
      const [created] = await db
        .insert(villageTaskProgress)
        .values(row)
        .onConflictDoNothing({ target: [villageTaskProgress.userId, villageTaskProgress.clientId] })
        .returning();
      return created;
    },

    async progressOf(db: Executor, taskId: string): Promise<ProgressRecord[]> {
      return db
        .select()
        .from(villageTaskProgress)
        .where(eq(villageTaskProgress.taskId, taskId))
        .orderBy(desc(villageTaskProgress.createdAt), desc(villageTaskProgress.id));
    },

    /** Whether the cadre is a member of the village's team on `on` (an assignment there on post that day). */
    async onPostIn(db: Executor, cadreId: string, villageCode: string, on: string): Promise<boolean> {
      const [row] = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            eq(assignments.villageCode, villageCode),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        )
        .limit(1);
      return Boolean(row);
    },

    /** Whether the cadre serves or served in the village (a cadre's own account reads its lists). */
    async servedIn(db: Executor, cadreId: string, villageCode: string): Promise<boolean> {
      const [row] = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.cadreId, cadreId), eq(assignments.villageCode, villageCode)))
        .limit(1);
      return Boolean(row);
    },

    /** The cadres of the village's team on `on` (owners a task may name). */
    async teamOn(db: Executor, villageCode: string, on: string) {
      return db
        .select({ cadreId: assignments.cadreId, name: cadres.name, teamRole: assignments.teamRole })
        .from(assignments)
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .where(
          and(
            eq(assignments.villageCode, villageCode),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        )
        .orderBy(asc(assignments.startOn));
    },

    async village(db: Executor, code: string) {
      const [row] = await db
        .select({ code: regions.code, name: regions.name, level: regions.level })
        .from(regions)
        .where(eq(regions.code, code))
        .limit(1);
      return row;
    },

    /** Tasks of the villages of a cadre's assignments ending in [from, to] — for the half-year report. */
    async ofVillages(db: Executor, villageCodes: readonly string[]): Promise<TaskRow[]> {
      if (villageCodes.length === 0) return [];
      const rows = await base(db)
        .where(inArray(villageTasks.villageCode, [...villageCodes]))
        .orderBy(asc(villageTasks.createdAt));
      return withLatest(db, rows);
    },
  };
}
export type VillageTaskRepository = ReturnType<typeof createVillageTaskRepository>;
