import { and, asc, count, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Grade } from '../../../domain/assessment/scheme';
import type { Executor } from '../../db/client';
import {
  assessmentBatches,
  assessmentSubjects,
  assignments,
  cadreOutcomes,
  cadres,
  halfYearReports,
  regions,
  surveyCodes,
  surveyResponses,
  units,
  villageTasks,
  workLogs,
} from '../../db/schema';
import { regionOrUnitScope, regionScope } from '../../db/scope';
import { cadreVisible } from '../cadres/cadres.repository';

export type BatchRecord = typeof assessmentBatches.$inferSelect;
export type SubjectRecord = typeof assessmentSubjects.$inferSelect;
export type SubjectRow = SubjectRecord & { cadreName: string; unitName: string; villageName: string };
export type OutcomeRecord = typeof cadreOutcomes.$inferSelect;

/** The subjects a scope sees: region users by the village, unit users by the cadre's unit; a cadre: its own. */
const subjectVisible = (scope: Scope): SQL =>
  scope.cadreId
    ? sql`${assessmentSubjects.cadreId} = ${scope.cadreId}`
    : regionOrUnitScope(scope, assessmentSubjects.villageCode, assessmentSubjects.unitId);

/** A batch is visible in its county's scope, or to whoever sees one of its subjects. */
const batchVisible = (scope: Scope): SQL =>
  scope.national
    ? sql`true`
    : or(
        scope.cadreId ? sql`false` : regionScope(scope, assessmentBatches.regionCode),
        sql`exists (select 1 from ${assessmentSubjects} where ${assessmentSubjects.batchId} = ${assessmentBatches.id} and ${subjectVisible(scope)})`,
      )!;

export function createAssessmentRepository() {
  const subjectSelect = (db: Executor) =>
    db
      .select({
        s: assessmentSubjects,
        cadreName: cadres.name,
        unitName: units.name,
        villageName: regions.name,
      })
      .from(assessmentSubjects)
      .innerJoin(cadres, eq(cadres.id, assessmentSubjects.cadreId))
      .innerJoin(units, eq(units.id, assessmentSubjects.unitId))
      .leftJoin(regions, eq(regions.code, assessmentSubjects.villageCode));
  const flatten = (r: {
    s: SubjectRecord;
    cadreName: string;
    unitName: string;
    villageName: string | null;
  }) => ({
    ...r.s,
    cadreName: r.cadreName,
    unitName: r.unitName,
    villageName: r.villageName ?? r.s.villageCode,
  });

  return {
    /** Assignments in the county that touch the year (for a unit's term-end batch: its cadres only). */
    async assignmentsForBatch(db: Executor, county: string, year: number, unitId: string | null) {
      return db
        .select({
          id: assignments.id,
          cadreId: assignments.cadreId,
          unitId: assignments.unitId,
          villageCode: assignments.villageCode,
          startOn: assignments.startOn,
          plannedEndOn: assignments.plannedEndOn,
          endOn: assignments.endOn,
          endReason: assignments.endReason,
        })
        .from(assignments)
        .where(
          and(
            eq(assignments.countyCode, county),
            lte(assignments.startOn, `${year}-12-31`),
            or(isNull(assignments.endOn), gte(assignments.endOn, `${year}-01-01`)),
            unitId ? eq(assignments.unitId, unitId) : undefined,
          ),
        )
        .orderBy(asc(assignments.cadreId), asc(assignments.startOn));
    },

    async insertBatch(db: Executor, row: typeof assessmentBatches.$inferInsert): Promise<BatchRecord> {
      const [created] = await db.insert(assessmentBatches).values(row).returning();
      return created!;
    },
    async existingBatch(db: Executor, kind: string, region: string, year: number, unitId: string | null) {
      const [row] = await db
        .select({ id: assessmentBatches.id })
        .from(assessmentBatches)
        .where(
          and(
            eq(assessmentBatches.kind, kind as 'annual'),
            eq(assessmentBatches.regionCode, region),
            eq(assessmentBatches.year, year),
            unitId ? eq(assessmentBatches.unitId, unitId) : isNull(assessmentBatches.unitId),
          ),
        )
        .limit(1);
      return row;
    },
    async insertSubjects(db: Executor, rows: (typeof assessmentSubjects.$inferInsert)[]) {
      if (rows.length) await db.insert(assessmentSubjects).values(rows);
    },

    async batch(db: Executor, scope: Scope, id: string): Promise<BatchRecord | undefined> {
      const [row] = await db
        .select()
        .from(assessmentBatches)
        .where(and(eq(assessmentBatches.id, id), batchVisible(scope)))
        .limit(1);
      return row;
    },
    /** The batch row locked for a decision (the quota is counted under the lock). */
    async lockBatch(db: Executor, id: string): Promise<BatchRecord | undefined> {
      const [row] = await db
        .select()
        .from(assessmentBatches)
        .where(eq(assessmentBatches.id, id))
        .for('update');
      return row;
    },
    async listBatches(db: Executor, scope: Scope, filter: { year?: number; region?: string }) {
      const rows = await db
        .select({
          b: assessmentBatches,
          eligible:
            sql<number>`(select count(*) from ${assessmentSubjects} s where s.batch_id = "assessment_batches"."id" and s.eligible)`.mapWith(
              Number,
            ),
          decided:
            sql<number>`(select count(*) from ${assessmentSubjects} s where s.batch_id = "assessment_batches"."id" and s.grade is not null)`.mapWith(
              Number,
            ),
        })
        .from(assessmentBatches)
        .where(
          and(
            batchVisible(scope),
            filter.year ? eq(assessmentBatches.year, filter.year) : undefined,
            filter.region
              ? regionScope(
                  { national: false, regions: [filter.region], units: [] },
                  assessmentBatches.regionCode,
                )
              : undefined,
          ),
        )
        .orderBy(sql`${assessmentBatches.year} desc`, asc(assessmentBatches.regionCode))
        .limit(500);
      return rows;
    },
    async publish(db: Executor, id: string, by: string | null, at: Date) {
      const [row] = await db
        .update(assessmentBatches)
        .set({ status: 'published', publishedBy: by, publishedAt: at })
        .where(and(eq(assessmentBatches.id, id), eq(assessmentBatches.status, 'open')))
        .returning();
      return row;
    },

    async subjects(db: Executor, scope: Scope, batchId: string): Promise<SubjectRow[]> {
      const rows = await subjectSelect(db)
        .where(and(eq(assessmentSubjects.batchId, batchId), subjectVisible(scope)))
        .orderBy(asc(assessmentSubjects.villageCode), asc(cadres.name));
      return rows.map(flatten);
    },
    async allSubjects(db: Executor, batchId: string): Promise<SubjectRow[]> {
      const rows = await subjectSelect(db)
        .where(eq(assessmentSubjects.batchId, batchId))
        .orderBy(asc(assessmentSubjects.villageCode), asc(cadres.name));
      return rows.map(flatten);
    },
    async updateSubject(db: Executor, id: string, patch: Partial<typeof assessmentSubjects.$inferInsert>) {
      const [row] = await db
        .update(assessmentSubjects)
        .set(patch)
        .where(eq(assessmentSubjects.id, id))
        .returning();
      return row!;
    },

    /** The village's task list items of the year that name the cadre or the cadre's village (P21.4-list). */
    async tasksOf(db: Executor, villageCode: string, cadreId: string, year: number) {
      return db
        .select({
          id: villageTasks.id,
          title: villageTasks.title,
          status: villageTasks.status,
          dueOn: villageTasks.dueOn,
          closedOn: villageTasks.closedOn,
        })
        .from(villageTasks)
        .where(
          and(
            eq(villageTasks.villageCode, villageCode),
            or(isNull(villageTasks.ownerCadreId), eq(villageTasks.ownerCadreId, cadreId)),
            lte(villageTasks.createdOn, `${year}-12-31`),
            or(isNull(villageTasks.dueOn), gte(villageTasks.dueOn, `${year}-01-01`)),
          ),
        )
        .orderBy(asc(villageTasks.createdOn));
    },
    /** The cadre's half-year reports of the year (issue 12), the sources of the work summary. */
    async halfYearReportsOf(db: Executor, cadreId: string, year: number) {
      return db
        .select({ id: halfYearReports.id, period: halfYearReports.period, status: halfYearReports.status })
        .from(halfYearReports)
        .where(and(eq(halfYearReports.cadreId, cadreId), sql`${halfYearReports.period} like ${`${year}%`}`))
        .orderBy(asc(halfYearReports.period));
    },
    async workLogCount(db: Executor, cadreId: string, year: number): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(workLogs)
        .where(
          and(
            eq(workLogs.cadreId, cadreId),
            gte(workLogs.on, `${year}-01-01`),
            lte(workLogs.on, `${year}-12-31`),
          ),
        );
      return row?.n ?? 0;
    },

    // ── surveys ──
    async insertCodes(db: Executor, rows: (typeof surveyCodes.$inferInsert)[]) {
      await db.insert(surveyCodes).values(rows);
    },
    async unusedCodes(db: Executor, batchId: string, villageCode: string, audience: string) {
      return db
        .select()
        .from(surveyCodes)
        .where(
          and(
            eq(surveyCodes.batchId, batchId),
            eq(surveyCodes.villageCode, villageCode),
            eq(surveyCodes.audience, audience),
            isNull(surveyCodes.usedOn),
          ),
        )
        .orderBy(asc(surveyCodes.code));
    },
    async code(db: Executor, code: string) {
      const [row] = await db
        .select({
          c: surveyCodes,
          year: assessmentBatches.year,
          batchStatus: assessmentBatches.status,
          villageName: regions.name,
        })
        .from(surveyCodes)
        .innerJoin(assessmentBatches, eq(assessmentBatches.id, surveyCodes.batchId))
        .leftJoin(regions, eq(regions.code, surveyCodes.villageCode))
        .where(eq(surveyCodes.code, code))
        .limit(1);
      return row;
    },
    /** Marks a code used on a day: exactly one of concurrent takers gets the row back. */
    async takeCode(db: Executor, code: string, day: string) {
      const [row] = await db
        .update(surveyCodes)
        .set({ usedOn: day })
        .where(and(eq(surveyCodes.code, code), isNull(surveyCodes.usedOn), gte(surveyCodes.expiresOn, day)))
        .returning();
      return row;
    },
    async insertResponse(db: Executor, row: typeof surveyResponses.$inferInsert) {
      await db.insert(surveyResponses).values(row);
    },
    async responses(db: Executor, batchId: string) {
      return db
        .select({
          villageCode: surveyResponses.villageCode,
          audience: surveyResponses.audience,
          answers: surveyResponses.answers,
        })
        .from(surveyResponses)
        .where(eq(surveyResponses.batchId, batchId));
    },
    async codeCounts(db: Executor, batchId: string) {
      return db
        .select({
          villageCode: surveyCodes.villageCode,
          audience: surveyCodes.audience,
          issued: count(),
          used: sql<number>`count(${surveyCodes.usedOn})`.mapWith(Number),
        })
        .from(surveyCodes)
        .where(eq(surveyCodes.batchId, batchId))
        .groupBy(surveyCodes.villageCode, surveyCodes.audience);
    },

    // ── the cadre's file ──
    async cadre(db: Executor, scope: Scope, id: string) {
      const [row] = await db
        .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name })
        .from(cadres)
        .innerJoin(units, eq(units.id, cadres.unitId))
        .where(and(eq(cadres.id, id), cadreVisible(scope)))
        .limit(1);
      return row;
    },
    async latestAssignment(db: Executor, cadreId: string) {
      const [row] = await db
        .select()
        .from(assignments)
        .where(eq(assignments.cadreId, cadreId))
        .orderBy(sql`${assignments.startOn} desc`)
        .limit(1);
      return row;
    },
    async history(db: Executor, scope: Scope, cadreId: string) {
      return db
        .select({
          batchId: assessmentBatches.id,
          kind: assessmentBatches.kind,
          year: assessmentBatches.year,
          status: assessmentBatches.status,
          scheme: assessmentBatches.scheme,
          grade: assessmentSubjects.grade,
          decidedAt: assessmentSubjects.decidedAt,
          villageName: regions.name,
          villageCode: assessmentSubjects.villageCode,
        })
        .from(assessmentSubjects)
        .innerJoin(assessmentBatches, eq(assessmentBatches.id, assessmentSubjects.batchId))
        .leftJoin(regions, eq(regions.code, assessmentSubjects.villageCode))
        .where(
          and(
            eq(assessmentSubjects.cadreId, cadreId),
            eq(assessmentSubjects.eligible, true),
            subjectVisible(scope),
          ),
        )
        .orderBy(sql`${assessmentBatches.year} desc`);
    },
    async insertOutcome(db: Executor, row: typeof cadreOutcomes.$inferInsert): Promise<OutcomeRecord> {
      const [created] = await db.insert(cadreOutcomes).values(row).returning();
      return created!;
    },
    async outcomes(db: Executor, cadreId: string): Promise<OutcomeRecord[]> {
      return db
        .select()
        .from(cadreOutcomes)
        .where(eq(cadreOutcomes.cadreId, cadreId))
        .orderBy(sql`${cadreOutcomes.on} desc`, sql`${cadreOutcomes.recordedAt} desc`);
    },

    /** Decided grades of batches under a region in a year, by county and by unit (no person named). */
    async distribution(db: Executor, scope: Scope, region: string, year: number) {
      return db
        .select({
          county: assessmentBatches.regionCode,
          unitId: assessmentSubjects.unitId,
          unitName: units.name,
          grade: assessmentSubjects.grade,
          n: count(),
        })
        .from(assessmentSubjects)
        .innerJoin(assessmentBatches, eq(assessmentBatches.id, assessmentSubjects.batchId))
        .innerJoin(units, eq(units.id, assessmentSubjects.unitId))
        .where(
          and(
            eq(assessmentBatches.year, year),
            sql`${assessmentSubjects.grade} is not null`,
            regionScope({ national: false, regions: [region], units: [] }, assessmentSubjects.villageCode),
            subjectVisible(scope),
          ),
        )
        .groupBy(
          assessmentBatches.regionCode,
          assessmentSubjects.unitId,
          units.name,
          assessmentSubjects.grade,
        );
    },
    async regionNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
      if (!codes.length) return new Map();
      const rows = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.name]));
    },
    async unitName(db: Executor, id: string) {
      const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, id)).limit(1);
      return row?.name;
    },
  };
}
export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
export type { Grade };
