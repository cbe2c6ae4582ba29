import { and, count, desc, eq, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, disciplineRecords, regions } from '../../db/schema';
import { inRegionPrefixes, regionOrUnitScope, regionScope } from '../../db/scope';

export type DisciplineRow = typeof disciplineRecords.$inferSelect & {
  cadreName: string;
  villageName: string;
};

/** Discipline records are seen by the village's region, the cadre's dispatching unit and the cadre itself. */
export function disciplineScope(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  const parts: SQL[] = [regionOrUnitScope(scope, disciplineRecords.villageCode, disciplineRecords.unitId)];
  if (scope.cadreId) parts.push(sql`${disciplineRecords.cadreId} = ${scope.cadreId}`);
  return or(...parts)!;
}

const named = {
  cadreName: cadres.name,
  villageName: sql<string>`coalesce(${regions.name}, ${disciplineRecords.villageCode})`,
};

/** Discipline records (P17.4.2-discipline / P21.5-discipline); one writer: this module. */
export function createDisciplineRepository() {
  const query = (db: Executor) =>
    db
      .select({ d: disciplineRecords, ...named })
      .from(disciplineRecords)
      .innerJoin(cadres, eq(cadres.id, disciplineRecords.cadreId))
      .leftJoin(regions, eq(regions.code, disciplineRecords.villageCode));
  const flat = (r: { d: typeof disciplineRecords.$inferSelect; cadreName: string; villageName: string }) => ({
    ...r.d,
    cadreName: r.cadreName,
    villageName: r.villageName,
  });
  return {
    /** The cadre's assignment on the date in a village of the recorder's regions. */
    async stationedOn(db: Executor, scope: Scope, cadreId: string, on: string) {
      const [row] = await db
        .select()
        .from(assignments)
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
            regionScope(scope, assignments.villageCode),
          ),
        )
        .orderBy(desc(assignments.startOn))
        .limit(1);
      return row;
    },
    async insert(db: Executor, row: typeof disciplineRecords.$inferInsert) {
      const [created] = await db.insert(disciplineRecords).values(row).returning();
      return created!;
    },
    /** The cadre's statement, once: a second one finds no row. */
    async setStatement(db: Executor, id: string, statement: string, at: Date) {
      const [row] = await db
        .update(disciplineRecords)
        .set({ statement, statementAt: at })
        .where(and(eq(disciplineRecords.id, id), isNull(disciplineRecords.statement)))
        .returning();
      return row;
    },
    async find(db: Executor, scope: Scope, id: string): Promise<DisciplineRow | undefined> {
      const [r] = await query(db)
        .where(and(eq(disciplineRecords.id, id), disciplineScope(scope)))
        .limit(1);
      return r && flat(r);
    },
    async list(
      db: Executor,
      scope: Scope,
      f: { cadreId?: string; region?: string },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        disciplineScope(scope),
        f.cadreId ? eq(disciplineRecords.cadreId, f.cadreId) : undefined,
        f.region ? inRegionPrefixes(disciplineRecords.villageCode, [f.region]) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        query(db)
          .where(where)
          .orderBy(desc(disciplineRecords.on), desc(disciplineRecords.createdAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(disciplineRecords).where(where),
      ]);
      return { items: rows.map(flat), total: total?.n ?? 0 };
    },
    /** Every record about the cadre dated in [from, to] (assessment reads it; no scope: the caller's). */
    async ofCadre(db: Executor, cadreId: string, from: string, to: string) {
      const rows = await query(db)
        .where(
          and(
            eq(disciplineRecords.cadreId, cadreId),
            gte(disciplineRecords.on, from),
            lte(disciplineRecords.on, to),
          ),
        )
        .orderBy(disciplineRecords.on);
      return rows.map(flat);
    },
  };
}
export type DisciplineRepository = ReturnType<typeof createDisciplineRepository>;
