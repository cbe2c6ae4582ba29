import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import {
  assignments,
  cadres,
  halfYearReports,
  halfYearReportVersions,
  leaderMeetings,
  leaveRequests,
  officialTrips,
  regions,
  units,
  villageTaskProgress,
  villageTasks,
  workLogs,
} from '../../db/schema';
import { inRegionPrefixes, ownCadre, regionOrUnitScope } from '../../db/scope';
import { guardedTransition } from '../../workflow/guarded';

export type ReportRecord = typeof halfYearReports.$inferSelect;
export type ReportRow = ReportRecord & { cadreName: string; villageName: string; unitName: string };

/** Reports are read by the village's regions, the cadre's dispatching unit and the cadre. */
export function reportScope(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  if (scope.cadreId) return ownCadre(scope, halfYearReports.cadreId);
  return regionOrUnitScope(scope, halfYearReports.villageCode, halfYearReports.unitId);
}

export function createHalfYearReportRepository() {
  const rows = (db: Executor) =>
    db
      .select({
        report: halfYearReports,
        cadreName: cadres.name,
        villageName: sql<string>`coalesce(${regions.name}, ${halfYearReports.villageCode})`,
        unitName: units.name,
      })
      .from(halfYearReports)
      .innerJoin(cadres, eq(cadres.id, halfYearReports.cadreId))
      .innerJoin(units, eq(units.id, halfYearReports.unitId))
      .leftJoin(regions, eq(regions.code, halfYearReports.villageCode));
  const flatten = (r: {
    report: ReportRecord;
    cadreName: string;
    villageName: string;
    unitName: string;
  }) => ({
    ...r.report,
    cadreName: r.cadreName,
    villageName: r.villageName,
    unitName: r.unitName,
  });

  return {
    async assignment(db: Executor, id: string) {
      const [row] = await db
        .select({
          id: assignments.id,
          cadreId: assignments.cadreId,
          cadreName: cadres.name,
          unitId: assignments.unitId,
          villageCode: assignments.villageCode,
          villageName: sql<string>`coalesce(${regions.name}, ${assignments.villageCode})`,
          teamRole: assignments.teamRole,
          startOn: assignments.startOn,
          endOn: assignments.endOn,
        })
        .from(assignments)
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .where(eq(assignments.id, id))
        .limit(1);
      return row;
    },

    /** What the drafter reads besides the ledger: logs, the village's tasks, meetings, trips, leave. */
    async facts(
      db: Executor,
      a: { id: string; cadreId: string; villageCode: string },
      from: string,
      to: string,
    ) {
      const [logs, tasks, meetings, trips, leave] = await Promise.all([
        db
          .select({
            on: workLogs.on,
            kind: workLogs.kind,
            duty: workLogs.duty,
            text: workLogs.text,
            householdsVisited: workLogs.householdsVisited,
          })
          .from(workLogs)
          .where(and(eq(workLogs.assignmentId, a.id), gte(workLogs.on, from), lte(workLogs.on, to)))
          .orderBy(asc(workLogs.on)),
        db
          .select({
            duty: villageTasks.duty,
            title: villageTasks.title,
            status: villageTasks.status,
            closedOn: villageTasks.closedOn,
            percent: sql<
              number | null
            >`(select p.percent from ${villageTaskProgress} p where p.task_id = ${sql.raw('"village_tasks"."id"')} and p."on" <= ${to}::date order by p.created_at desc limit 1)`,
          })
          .from(villageTasks)
          .where(
            and(
              eq(villageTasks.villageCode, a.villageCode),
              lte(villageTasks.createdOn, to),
              or(isNull(villageTasks.closedOn), gte(villageTasks.closedOn, from)),
            ),
          )
          .orderBy(asc(villageTasks.createdOn)),
        db
          .select({ heldOn: leaderMeetings.heldOn, place: leaderMeetings.place })
          .from(leaderMeetings)
          .where(
            and(
              eq(leaderMeetings.status, 'held'),
              gte(leaderMeetings.heldOn, from),
              lte(leaderMeetings.heldOn, to),
              sql`${leaderMeetings.attendeeCadreIds} @> ${JSON.stringify([a.cadreId])}::jsonb`,
            ),
          )
          .orderBy(asc(leaderMeetings.heldOn)),
        db
          .select({
            kind: officialTrips.kind,
            startOn: officialTrips.startOn,
            endOn: officialTrips.endOn,
            destination: officialTrips.destination,
            purpose: officialTrips.purpose,
          })
          .from(officialTrips)
          .where(
            and(
              eq(officialTrips.assignmentId, a.id),
              eq(officialTrips.status, 'reported'),
              lte(officialTrips.startOn, to),
              gte(officialTrips.endOn, from),
            ),
          )
          .orderBy(asc(officialTrips.startOn)),
        db
          .select({
            kind: leaveRequests.kind,
            startOn: leaveRequests.startOn,
            endOn: leaveRequests.endOn,
            workingDays: leaveRequests.workingDays,
          })
          .from(leaveRequests)
          .where(
            and(
              eq(leaveRequests.assignmentId, a.id),
              inArray(leaveRequests.status, ['approved', 'returned']),
              lte(leaveRequests.startOn, to),
              gte(leaveRequests.endOn, from),
            ),
          )
          .orderBy(asc(leaveRequests.startOn)),
      ]);
      return { logs, tasks, meetings: meetings.filter((m) => m.heldOn !== null), trips, leave };
    },

    /** Inserts unless a report of the assignment and half year exists: the new row or undefined. */
    async insertOnce(db: Executor, row: typeof halfYearReports.$inferInsert) {
      const [created] = await db
        .insert(halfYearReports)
        .values(row)
        .onConflictDoNothing({ target: [halfYearReports.assignmentId, halfYearReports.period] })
        .returning();
      return created;
    },

    async find(db: Executor, scope: Scope, id: string): Promise<ReportRow | undefined> {
      const [row] = await rows(db)
        .where(and(eq(halfYearReports.id, id), reportScope(scope)))
        .limit(1);
      return row && flatten(row);
    },

    async list(
      db: Executor,
      scope: Scope,
      f: { period?: string; region?: string; status?: ReportRecord['status']; cadreId?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: ReportRow[]; total: number }> {
      const where = and(
        reportScope(scope),
        f.period ? eq(halfYearReports.period, f.period) : undefined,
        f.region ? inRegionPrefixes(halfYearReports.villageCode, [f.region]) : undefined,
        f.status ? eq(halfYearReports.status, f.status) : undefined,
        f.cadreId ? eq(halfYearReports.cadreId, f.cadreId) : undefined,
      );
      const [items, [total]] = await Promise.all([
        rows(db)
          .where(where)
          .orderBy(desc(halfYearReports.period), asc(halfYearReports.villageCode), asc(cadres.name))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(halfYearReports).where(where),
      ]);
      return { items: items.map(flatten), total: total?.n ?? 0 };
    },

    async update(db: Executor, id: string, set: Partial<typeof halfYearReports.$inferInsert>) {
      const [row] = await db.update(halfYearReports).set(set).where(eq(halfYearReports.id, id)).returning();
      return row;
    },

    /** Moves the report from `from` to `to` only if it is still in `from` (409 INVALID_STATE otherwise). */
    async transition(
      db: Executor,
      id: string,
      from: ReportRecord['status'],
      to: ReportRecord['status'],
      patch: Partial<typeof halfYearReports.$inferInsert>,
    ) {
      return guardedTransition(db, halfYearReports, id, from, to, patch, {
        zh: '半年工作报告',
        en: 'half-year report',
      });
    },

    async addVersion(db: Executor, row: typeof halfYearReportVersions.$inferInsert) {
      await db.insert(halfYearReportVersions).values(row);
    },

    async versions(db: Executor, reportId: string) {
      return db
        .select()
        .from(halfYearReportVersions)
        .where(eq(halfYearReportVersions.reportId, reportId))
        .orderBy(asc(halfYearReportVersions.version));
    },

    /**
     * Completeness of a region's half year: every assignment of the region on post at least `minDays` days
     * in [from, to] owes a report; answers each with its report's state (one set query, no loop).
     */
    async completeness(
      db: Executor,
      q: {
        region: string;
        period: string;
        from: string;
        to: string;
        minDays: number;
        units?: readonly string[];
      },
    ) {
      const lastDay = sql`least(coalesce(${assignments.endOn}, ${q.to}::date), ${q.to}::date)`;
      const firstDay = sql`greatest(${assignments.startOn}, ${q.from}::date)`;
      return db
        .select({
          assignmentId: assignments.id,
          cadreId: assignments.cadreId,
          name: cadres.name,
          villageCode: assignments.villageCode,
          villageName: sql<string>`coalesce(${regions.name}, ${assignments.villageCode})`,
          reportId: halfYearReports.id,
          status: halfYearReports.status,
          submittedOn: halfYearReports.submittedOn,
          heardOn: halfYearReports.heardOn,
        })
        .from(assignments)
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .leftJoin(
          halfYearReports,
          and(eq(halfYearReports.assignmentId, assignments.id), eq(halfYearReports.period, q.period)),
        )
        .where(
          and(
            inRegionPrefixes(assignments.villageCode, [q.region]),
            lte(assignments.startOn, q.to),
            or(isNull(assignments.endOn), gte(assignments.endOn, q.from)),
            sql`(${lastDay} - ${firstDay} + 1) >= ${q.minDays}`,
            q.units ? inArray(assignments.unitId, [...q.units]) : undefined,
          ),
        )
        .orderBy(asc(assignments.villageCode), asc(cadres.name));
    },

    /** A region's name for the titles of the exports (the code itself when unknown). */
    async regionName(db: Executor, code: string): Promise<string> {
      const [r] = await db
        .select({ name: regions.name })
        .from(regions)
        .where(eq(regions.code, code))
        .limit(1);
      return r?.name ?? code;
    },
  };
}
export type HalfYearReportRepository = ReturnType<typeof createHalfYearReportRepository>;
