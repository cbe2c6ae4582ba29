import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { prefixUpperBound, type Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import {
  assignments,
  attendanceAlerts,
  attendanceMonths,
  attendanceRollups,
  cadres,
  leaveRequestSteps,
  leaveRequests,
  officialTrips,
  regions,
  restDayStays,
  verifications,
} from '../../db/schema';
import { inRegionPrefixes, regionScope } from '../../db/scope';
import { guardedTransition } from '../../workflow/guarded';

export type LeaveRow = typeof leaveRequests.$inferSelect & { cadreName: string; villageName: string };
export type TripRow = typeof officialTrips.$inferSelect & { cadreName: string; villageName: string };
export type VerificationRow = typeof verifications.$inferSelect & { cadreName: string; villageName: string };
export type StayRow = typeof restDayStays.$inferSelect;
export type MonthRow = typeof attendanceMonths.$inferSelect;
export type RollupRow = typeof attendanceRollups.$inferSelect;
export type AlertRow = typeof attendanceAlerts.$inferSelect & { cadreName: string };

export interface AssignmentRef {
  id: string;
  cadreId: string;
  cadreName: string;
  unitId: string;
  provinceCode: string;
  countyCode: string;
  villageCode: string;
  villageName: string;
  teamRole: string;
  startOn: string;
  plannedEndOn: string;
  endOn: string | null;
}

/** Attendance records are seen by the village's region, and by the one cadre they are about (DESIGN.md §4). */
export function attendanceScope(scope: Scope, villageColumn: AnyColumn, cadreColumn: AnyColumn): SQL {
  if (scope.national) return sql`true`;
  const parts: SQL[] = [];
  if (scope.regions.length) parts.push(inRegionPrefixes(villageColumn, scope.regions));
  if (scope.cadreId) parts.push(sql`${cadreColumn} = ${scope.cadreId}`);
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/** What every list of attendance records filters by: the reader's scope, a region, a cadre, an assignment. */
function recordFilters(
  scope: Scope,
  t: { villageCode: AnyColumn; cadreId: AnyColumn; assignmentId: AnyColumn },
  f: { region?: string; cadreId?: string; assignmentId?: string },
): (SQL | undefined)[] {
  return [
    attendanceScope(scope, t.villageCode, t.cadreId),
    f.region ? inRegionPrefixes(t.villageCode, [f.region]) : undefined,
    f.cadreId ? eq(t.cadreId, f.cadreId) : undefined,
    f.assignmentId ? eq(t.assignmentId, f.assignmentId) : undefined,
  ];
}

const assignmentColumns = {
  id: assignments.id,
  cadreId: assignments.cadreId,
  cadreName: cadres.name,
  unitId: assignments.unitId,
  provinceCode: assignments.provinceCode,
  countyCode: assignments.countyCode,
  villageCode: assignments.villageCode,
  villageName: sql<string>`coalesce(${regions.name}, ${assignments.villageCode})`,
  teamRole: assignments.teamRole,
  startOn: assignments.startOn,
  plannedEndOn: assignments.plannedEndOn,
  endOn: assignments.endOn,
};

const named = {
  cadreName: cadres.name,
  villageName: sql<string>`coalesce(${regions.name}, ${assignments.villageCode})`,
};

/**
 * The month's aggregates under `region` of assignments on post that month (joined to `assignments`). The region
 * on both sides of the join (the same code), so each side is a range of its covering index (migration 0017).
 */
const monthOnPost = (region: string, month: string, first: string, last: string) =>
  and(
    eq(attendanceMonths.month, month),
    inRegionPrefixes(attendanceMonths.villageCode, [region]),
    inRegionPrefixes(assignments.villageCode, [region]),
    lte(assignments.startOn, last),
    or(isNull(assignments.endOn), gte(assignments.endOn, first)),
  );

export function createAttendanceRepository() {
  const assignmentQuery = (db: Executor) =>
    db
      .select(assignmentColumns)
      .from(assignments)
      .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
      .leftJoin(regions, eq(regions.code, assignments.villageCode));

  return {
    async assignment(db: Executor, scope: Scope, id: string): Promise<AssignmentRef | undefined> {
      const [row] = await assignmentQuery(db)
        .where(
          and(eq(assignments.id, id), attendanceScope(scope, assignments.villageCode, assignments.cadreId)),
        )
        .limit(1);
      return row;
    },

    /** A cadre's assignments overlapping [from, to], oldest first. */
    async assignmentsOfCadre(db: Executor, scope: Scope, cadreId: string, from: string, to: string) {
      return assignmentQuery(db)
        .where(
          and(
            eq(assignments.cadreId, cadreId),
            lte(assignments.startOn, to),
            or(isNull(assignments.endOn), gte(assignments.endOn, from)),
            attendanceScope(scope, assignments.villageCode, assignments.cadreId),
          ),
        )
        .orderBy(asc(assignments.startOn));
    },

    /** The assignment the cadre serves on `on` (their own, for a one-tap record). */
    async currentOfCadre(db: Executor, cadreId: string, on: string): Promise<AssignmentRef | undefined> {
      const [row] = await assignmentQuery(db)
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

    /** Assignments of the region on post some day in [from, to] (the summary and today's board). */
    async assignmentsInRegion(
      db: Executor,
      region: string,
      from: string,
      to: string,
      ids?: readonly string[],
    ) {
      return assignmentQuery(db)
        .where(
          and(
            inRegionPrefixes(assignments.villageCode, [region]),
            lte(assignments.startOn, to),
            or(isNull(assignments.endOn), gte(assignments.endOn, from)),
            ids ? inArray(assignments.id, [...ids]) : undefined,
          ),
        )
        .orderBy(asc(assignments.villageCode), asc(cadres.name));
    },

    /** Every record of the assignments (a term holds a few hundred at most). */
    async records(db: Executor, assignmentIds: readonly string[]) {
      if (assignmentIds.length === 0) return { leaves: [], trips: [], verifications: [], stays: [] };
      const ids = [...assignmentIds];
      const [leaves, trips, checks, stays] = await Promise.all([
        db.select().from(leaveRequests).where(inArray(leaveRequests.assignmentId, ids)),
        db.select().from(officialTrips).where(inArray(officialTrips.assignmentId, ids)),
        db.select().from(verifications).where(inArray(verifications.assignmentId, ids)),
        db.select().from(restDayStays).where(inArray(restDayStays.assignmentId, ids)),
      ]);
      return { leaves, trips, verifications: checks, stays };
    },

    /** Assignments of the region with a record touching `on`, or approved leave ended before it (overdue). */
    async exceptionalOn(db: Executor, region: string, on: string): Promise<string[]> {
      const inRegion = (c: AnyColumn) => inRegionPrefixes(c, [region]);
      const rows = await db
        .select({ id: leaveRequests.assignmentId })
        .from(leaveRequests)
        .where(
          and(
            inRegion(leaveRequests.villageCode),
            lte(leaveRequests.startOn, on),
            or(
              gte(leaveRequests.endOn, on),
              and(eq(leaveRequests.status, 'approved')),
              and(eq(leaveRequests.status, 'returned'), sql`${leaveRequests.returnedOn} > ${on}`),
            ),
          ),
        )
        .union(
          db
            .select({ id: officialTrips.assignmentId })
            .from(officialTrips)
            .where(
              and(
                inRegion(officialTrips.villageCode),
                lte(officialTrips.startOn, on),
                gte(officialTrips.endOn, on),
              ),
            ),
        )
        .union(
          db
            .select({ id: verifications.assignmentId })
            .from(verifications)
            .where(and(inRegion(verifications.villageCode), eq(verifications.on, on))),
        )
        .union(
          db
            .select({ id: restDayStays.assignmentId })
            .from(restDayStays)
            .where(and(inRegion(restDayStays.villageCode), eq(restDayStays.on, on))),
        );
      return rows.map((r) => r.id);
    },

    // ── leave ──
    /**
     * The assignment's leave requests, read after locking the assignment's row (for key share would let two
     * requests through together; for no key update serialises leave writes of one assignment only).
     */
    async leavesLocked(tx: Executor, assignmentId: string) {
      await tx
        .select({ id: assignments.id })
        .from(assignments)
        .where(eq(assignments.id, assignmentId))
        .for('no key update');
      return tx.select().from(leaveRequests).where(eq(leaveRequests.assignmentId, assignmentId));
    },
    async insertLeave(db: Executor, row: typeof leaveRequests.$inferInsert) {
      const [created] = await db.insert(leaveRequests).values(row).returning();
      return created!;
    },
    async leaveStep(db: Executor, row: typeof leaveRequestSteps.$inferInsert) {
      await db.insert(leaveRequestSteps).values(row);
    },
    async stepsOf(db: Executor, id: string) {
      return db
        .select()
        .from(leaveRequestSteps)
        .where(eq(leaveRequestSteps.leaveRequestId, id))
        .orderBy(asc(leaveRequestSteps.at));
    },
    async transitionLeave(
      db: Executor,
      id: string,
      from: string,
      to: string,
      patch: Partial<typeof leaveRequests.$inferInsert>,
    ) {
      return guardedTransition(db, leaveRequests, id, from, to, patch, {
        zh: '请假申请',
        en: 'leave request',
      });
    },
    async leave(db: Executor, scope: Scope, id: string): Promise<LeaveRow | undefined> {
      const [row] = await db
        .select({ l: leaveRequests, ...named })
        .from(leaveRequests)
        .innerJoin(assignments, eq(assignments.id, leaveRequests.assignmentId))
        .innerJoin(cadres, eq(cadres.id, leaveRequests.cadreId))
        .leftJoin(regions, eq(regions.code, leaveRequests.villageCode))
        .where(
          and(
            eq(leaveRequests.id, id),
            attendanceScope(scope, leaveRequests.villageCode, leaveRequests.cadreId),
          ),
        )
        .limit(1);
      return row && { ...row.l, cadreName: row.cadreName, villageName: row.villageName };
    },
    async listLeave(
      db: Executor,
      scope: Scope,
      f: {
        region?: string;
        status?: string;
        cadreId?: string;
        assignmentId?: string;
        from?: string;
        to?: string;
        overdueBefore?: string;
      },
      page: { page: number; pageSize: number },
    ): Promise<{ items: LeaveRow[]; total: number }> {
      const where = and(
        ...recordFilters(scope, leaveRequests, f),
        f.status ? eq(leaveRequests.status, f.status as 'pending') : undefined,
        f.from ? gte(leaveRequests.endOn, f.from) : undefined,
        f.to ? lte(leaveRequests.startOn, f.to) : undefined,
        f.overdueBefore
          ? and(eq(leaveRequests.status, 'approved'), sql`${leaveRequests.endOn} < ${f.overdueBefore}`)
          : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ l: leaveRequests, ...named })
          .from(leaveRequests)
          .innerJoin(assignments, eq(assignments.id, leaveRequests.assignmentId))
          .innerJoin(cadres, eq(cadres.id, leaveRequests.cadreId))
          .leftJoin(regions, eq(regions.code, leaveRequests.villageCode))
          .where(where)
          .orderBy(desc(leaveRequests.startOn), desc(leaveRequests.requestedAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(leaveRequests).where(where),
      ]);
      return {
        items: rows.map((r) => ({ ...r.l, cadreName: r.cadreName, villageName: r.villageName })),
        total: total?.n ?? 0,
      };
    },

    // ── trips ──
    async insertTrip(db: Executor, row: typeof officialTrips.$inferInsert) {
      const [created] = await db.insert(officialTrips).values(row).returning();
      return created!;
    },
    async trip(db: Executor, scope: Scope, id: string): Promise<TripRow | undefined> {
      const [row] = await db
        .select({ r: officialTrips, ...named })
        .from(officialTrips)
        .innerJoin(assignments, eq(assignments.id, officialTrips.assignmentId))
        .innerJoin(cadres, eq(cadres.id, officialTrips.cadreId))
        .leftJoin(regions, eq(regions.code, officialTrips.villageCode))
        .where(
          and(
            eq(officialTrips.id, id),
            attendanceScope(scope, officialTrips.villageCode, officialTrips.cadreId),
          ),
        )
        .limit(1);
      return row && { ...row.r, cadreName: row.cadreName, villageName: row.villageName };
    },
    /** The township's decision on a pending trip: only from `from` (409 otherwise). */
    async transitionTrip(
      db: Executor,
      id: string,
      from: string,
      to: string,
      patch: Partial<typeof officialTrips.$inferInsert>,
    ) {
      return guardedTransition(db, officialTrips, id, from, to, patch, {
        zh: '出差或培训报备',
        en: 'trip or training report',
      });
    },
    async listTrips(
      db: Executor,
      scope: Scope,
      f: {
        region?: string;
        status?: string;
        cadreId?: string;
        assignmentId?: string;
        kind?: string;
        from?: string;
        to?: string;
      },
      page: { page: number; pageSize: number },
    ): Promise<{ items: TripRow[]; total: number }> {
      const where = and(
        ...recordFilters(scope, officialTrips, f),
        f.kind ? eq(officialTrips.kind, f.kind as 'trip') : undefined,
        f.status ? eq(officialTrips.status, f.status as 'pending') : undefined,
        f.from ? gte(officialTrips.endOn, f.from) : undefined,
        f.to ? lte(officialTrips.startOn, f.to) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ r: officialTrips, ...named })
          .from(officialTrips)
          .innerJoin(assignments, eq(assignments.id, officialTrips.assignmentId))
          .innerJoin(cadres, eq(cadres.id, officialTrips.cadreId))
          .leftJoin(regions, eq(regions.code, officialTrips.villageCode))
          .where(where)
          .orderBy(desc(officialTrips.startOn))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(officialTrips).where(where),
      ]);
      return {
        items: rows.map((x) => ({ ...x.r, cadreName: x.cadreName, villageName: x.villageName })),
        total: total?.n ?? 0,
      };
    },

    // ── verifications ──
    async insertVerification(db: Executor, row: typeof verifications.$inferInsert) {
      const [created] = await db.insert(verifications).values(row).returning();
      return created!;
    },
    /** Guarded on the outcome, like a workflow step: 409 when someone moved it first. */
    async updateVerification(
      db: Executor,
      id: string,
      fromOutcome: string,
      patch: Partial<typeof verifications.$inferInsert>,
    ) {
      const [row] = await db
        .update(verifications)
        .set(patch)
        .where(and(eq(verifications.id, id), eq(verifications.outcome, fromOutcome as 'explained')))
        .returning();
      return row;
    },
    async verification(db: Executor, scope: Scope, id: string): Promise<VerificationRow | undefined> {
      const [row] = await db
        .select({ v: verifications, ...named })
        .from(verifications)
        .innerJoin(assignments, eq(assignments.id, verifications.assignmentId))
        .innerJoin(cadres, eq(cadres.id, verifications.cadreId))
        .leftJoin(regions, eq(regions.code, verifications.villageCode))
        .where(
          and(
            eq(verifications.id, id),
            attendanceScope(scope, verifications.villageCode, verifications.cadreId),
          ),
        )
        .limit(1);
      return row && { ...row.v, cadreName: row.cadreName, villageName: row.villageName };
    },
    async listVerifications(
      db: Executor,
      scope: Scope,
      f: {
        region?: string;
        cadreId?: string;
        assignmentId?: string;
        finding?: string;
        outcome?: string;
        from?: string;
        to?: string;
      },
      page: { page: number; pageSize: number },
    ): Promise<{ items: VerificationRow[]; total: number }> {
      const where = and(
        ...recordFilters(scope, verifications, f),
        f.finding ? eq(verifications.finding, f.finding as 'absent') : undefined,
        f.outcome ? eq(verifications.outcome, f.outcome as 'none') : undefined,
        f.from ? gte(verifications.on, f.from) : undefined,
        f.to ? lte(verifications.on, f.to) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ v: verifications, ...named })
          .from(verifications)
          .innerJoin(assignments, eq(assignments.id, verifications.assignmentId))
          .innerJoin(cadres, eq(cadres.id, verifications.cadreId))
          .leftJoin(regions, eq(regions.code, verifications.villageCode))
          .where(where)
          .orderBy(desc(verifications.on), desc(verifications.recordedAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(verifications).where(where),
      ]);
      return {
        items: rows.map((x) => ({ ...x.v, cadreName: x.cadreName, villageName: x.villageName })),
        total: total?.n ?? 0,
      };
    },

    // ── rest-day stays ──
    async insertStay(
      db: Executor,
      row: typeof restDayStays.$inferInsert,
    ): Promise<{ row: StayRow; created: boolean }> {
      const [created] = await db.insert(restDayStays).values(row).onConflictDoNothing().returning();
      if (created) return { row: created, created: true };
      const [existing] = await db
        .select()
        .from(restDayStays)
        .where(and(eq(restDayStays.assignmentId, row.assignmentId), eq(restDayStays.on, row.on)));
      return { row: existing!, created: false };
    },

    // ── monthly aggregates ──
    async upsertMonth(db: Executor, row: typeof attendanceMonths.$inferInsert) {
      const { assignmentId: _a, month: _m, ...rest } = row;
      await db
        .insert(attendanceMonths)
        .values(row)
        .onConflictDoUpdate({ target: [attendanceMonths.assignmentId, attendanceMonths.month], set: rest });
    },
    async months(db: Executor, region: string, month: string): Promise<MonthRow[]> {
      return db
        .select()
        .from(attendanceMonths)
        .where(
          and(eq(attendanceMonths.month, month), inRegionPrefixes(attendanceMonths.villageCode, [region])),
        );
    },

    /**
     * Assignments on post in the month under `region` whose aggregate is missing or stale (computed before
     * the days it counts had passed). One anti-join over two covering indexes finds their ids (a fresh month
     * reads no table page); only the stale ones, usually none, are then read in full.
     */
    async staleMonths(
      db: Executor,
      region: string | readonly string[],
      month: string,
      first: string,
      last: string,
      today: string,
    ) {
      const m = attendanceMonths;
      const prefixes = typeof region === 'string' ? [region] : region;
      const stale = await db
        .select({ id: assignments.id })
        .from(assignments)
        .where(
          and(
            inRegionPrefixes(assignments.villageCode, prefixes),
            lte(assignments.startOn, last),
            or(isNull(assignments.endOn), gte(assignments.endOn, first)),
            notExists(
              db
                .select({ one: sql`1` })
                .from(m)
                .where(
                  and(
                    eq(m.month, month),
                    inRegionPrefixes(m.villageCode, prefixes),
                    eq(m.assignmentId, assignments.id),
                    or(gte(m.asOf, today), gte(m.asOf, last)),
                  ),
                ),
            ),
          ),
        );
      if (!stale.length) return [];
      return assignmentQuery(db).where(
        inArray(
          assignments.id,
          stale.map((r) => r.id),
        ),
      );
    },

    // ── county rollups (migration 0021) ──

    /** The month's county rollups under `region` (a province or a city): a range of the primary key. */
    async rollups(db: Executor, region: string, month: string): Promise<RollupRow[]> {
      return db
        .select()
        .from(attendanceRollups)
        .where(
          and(eq(attendanceRollups.month, month), inRegionPrefixes(attendanceRollups.countyCode, [region])),
        )
        .orderBy(asc(attendanceRollups.countyCode));
    },

    /** Locks the month's rollups of these counties, in code order (so two rebuilders never deadlock). */
    async lockRollups(tx: Executor, month: string, counties: readonly string[]) {
      await tx
        .select({ countyCode: attendanceRollups.countyCode })
        .from(attendanceRollups)
        .where(and(eq(attendanceRollups.month, month), inArray(attendanceRollups.countyCode, [...counties])))
        .orderBy(asc(attendanceRollups.countyCode))
        .for('update');
    },

    /**
     * Adds up the month's aggregates of these counties (assignments on post that month, as the summary's rows)
     * into their rollups, marked clean as of `asOf`. Each county is a range of attendance_months' covering
     * index; a cadre's other rows of the month are found on (cadre_id, month).
     */
    async rebuildRollups(
      tx: Executor,
      month: string,
      counties: readonly string[],
      first: string,
      last: string,
      asOf: string,
      now: Date,
    ) {
      if (!counties.length) return;
      const sorted = [...counties].sort();
      await tx.execute(sql`
        insert into attendance_rollups as r (
          month, county_code, rows, cadres, shared_cadre_ids, working_days, days_in_village, leave_days,
          trip_days, training_days, absent_days, rest_days, meeting_minimum, below_minimum,
          unknown_calendar_year, as_of, dirty, computed_at)
        select ${month}, c.code, x.rows, x.cadres, x.shared, x.working_days, x.days_in_village, x.leave_days,
          x.trip_days, x.training_days, x.absent_days, x.rest_days, x.meeting_minimum, x.below_minimum,
          x.unknown_calendar_year, ${asOf}::date, false, ${now.toISOString()}::timestamptz
        from unnest(${sql.param(sorted)}::text[], ${sql.param(sorted.map(prefixUpperBound))}::text[]) as c(code, upper)
        cross join lateral (
          select count(*)::int as rows,
            count(distinct m.cadre_id)::int as cadres,
            coalesce(array_agg(distinct m.cadre_id) filter (where exists (
              select 1 from attendance_months o join assignments oa on oa.id = o.assignment_id
              where o.cadre_id = m.cadre_id and o.month = m.month and o.county_code <> m.county_code
                and oa.start_on <= ${last}::date and (oa.end_on is null or oa.end_on >= ${first}::date)
            )), '{}'::uuid[]) as shared,
            coalesce(sum(m.working_days), 0)::int as working_days,
            coalesce(sum(m.days_in_village), 0)::int as days_in_village,
            coalesce(sum(m.leave_days), 0)::int as leave_days,
            coalesce(sum(m.trip_days), 0)::int as trip_days,
            coalesce(sum(m.training_days), 0)::int as training_days,
            coalesce(sum(m.absent_days), 0)::int as absent_days,
            coalesce(sum(m.rest_days), 0)::int as rest_days,
            (count(*) filter (where m.meets_minimum))::int as meeting_minimum,
            (count(*) filter (where not m.meets_minimum))::int as below_minimum,
            coalesce(bool_or(m.unknown_calendar_year), false) as unknown_calendar_year
          from attendance_months m
          join assignments a on a.id = m.assignment_id
          where m.month = ${month} and m.village_code >= c.code and m.village_code < c.upper
            and a.village_code >= c.code and a.village_code < c.upper
            and a.start_on <= ${last}::date and (a.end_on is null or a.end_on >= ${first}::date)
        ) x
        on conflict (month, county_code) do update set
          rows = excluded.rows, cadres = excluded.cadres, shared_cadre_ids = excluded.shared_cadre_ids,
          working_days = excluded.working_days, days_in_village = excluded.days_in_village,
          leave_days = excluded.leave_days, trip_days = excluded.trip_days,
          training_days = excluded.training_days, absent_days = excluded.absent_days,
          rest_days = excluded.rest_days, meeting_minimum = excluded.meeting_minimum,
          below_minimum = excluded.below_minimum, unknown_calendar_year = excluded.unknown_calendar_year,
          as_of = excluded.as_of, dirty = false, computed_at = excluded.computed_at`);
    },

    /**
     * The month's figures under `region` added up in the database — in all and by the region code's first
     * `groupLength` characters (the next level down) — over the assignments on post that month.
     */
    async monthTotals(
      db: Executor,
      region: string,
      month: string,
      first: string,
      last: string,
      groupLength: number,
    ) {
      const m = attendanceMonths;
      const figures = {
        cadres: sql<number>`count(distinct ${m.cadreId})::int`,
        rows: sql<number>`count(*)::int`,
        workingDays: sql<number>`coalesce(sum(${m.workingDays}), 0)::int`,
        daysInVillage: sql<number>`coalesce(sum(${m.daysInVillage}), 0)::int`,
        leaveDays: sql<number>`coalesce(sum(${m.leaveDays}), 0)::int`,
        tripDays: sql<number>`coalesce(sum(${m.tripDays}), 0)::int`,
        trainingDays: sql<number>`coalesce(sum(${m.trainingDays}), 0)::int`,
        absentDays: sql<number>`coalesce(sum(${m.absentDays}), 0)::int`,
        restDays: sql<number>`coalesce(sum(${m.restDays}), 0)::int`,
        meetingMinimum: sql<number>`(count(*) filter (where ${m.meetsMinimum}))::int`,
        belowMinimum: sql<number>`(count(*) filter (where not ${m.meetsMinimum}))::int`,
        unknownCalendarYear: sql<boolean>`coalesce(bool_or(${m.unknownCalendarYear}), false)`,
      };
      const onPost = monthOnPost(region, month, first, last);
      // A literal length (an integer of ours), so the select and the group by are the same expression.
      if (![2, 4, 6, 9, 12].includes(groupLength))
        throw new Error(`no region level of length ${groupLength}`);
      const code = sql<string>`substr(${m.villageCode}, 1, ${sql.raw(String(groupLength))})`;
      // One pass for both: the grouping set () is the whole region (its code null), (code) each group.
      const rows = await db
        .select({ code, whole: sql<boolean>`grouping(${code}) = 1`, ...figures })
        .from(m)
        .innerJoin(assignments, eq(assignments.id, m.assignmentId))
        .where(onPost)
        .groupBy(sql`grouping sets ((${code}), ())`)
        .orderBy(code);
      // The empty grouping set gives its row even when no row matches (sums coalesced to 0), so it is always there.
      const whole = rows.find((r) => r.whole)!;
      const figuresOf = ({ code: _c, whole: _w, ...f }: (typeof rows)[number]) => f;
      return {
        all: figuresOf(whole),
        groups: rows.filter((r) => !r.whole).map((r) => ({ code: r.code, ...figuresOf(r) })),
      };
    },

    /**
     * One page of the month's rows under `region` (all of them for the sheet), in the order of the sheet: by
     * village, then the first secretary, the leader and the members, each by start. The page's ids are found on
     * the two covering indexes alone; only that page is then read in full with names.
     */
    async monthRows(
      db: Executor,
      region: string,
      month: string,
      first: string,
      last: string,
      page: { page: number; pageSize: number } | undefined,
    ) {
      const m = attendanceMonths;
      const roleRank = sql`case ${assignments.teamRole} when 'first_secretary' then 0 when 'leader' then 1 else 2 end`;
      const order = [asc(m.villageCode), asc(roleRank), asc(assignments.startOn), asc(assignments.id)];
      const keys = db
        .select({ id: m.assignmentId })
        .from(m)
        .innerJoin(assignments, eq(assignments.id, m.assignmentId))
        .where(monthOnPost(region, month, first, last))
        .orderBy(...order);
      const ids = (
        await (page ? keys.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : keys)
      ).map((r) => r.id);
      if (!ids.length) return [];
      const rows = await db
        .select({ a: assignmentColumns, m })
        .from(m)
        .innerJoin(assignments, eq(assignments.id, m.assignmentId))
        .innerJoin(cadres, eq(cadres.id, assignments.cadreId))
        .leftJoin(regions, eq(regions.code, assignments.villageCode))
        .where(and(eq(m.month, month), inArray(m.assignmentId, ids)));
      const at = new Map(ids.map((id, i) => [id, i]));
      return rows.sort((x, y) => at.get(x.m.assignmentId)! - at.get(y.m.assignmentId)!);
    },

    // ── alerts ──
    async insertAlert(db: Executor, row: typeof attendanceAlerts.$inferInsert) {
      await db.insert(attendanceAlerts).values(row).onConflictDoNothing();
    },
    async listAlerts(
      db: Executor,
      scope: Scope,
      audiences: readonly string[],
      f: { region?: string; unread?: boolean; kind?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: AlertRow[]; total: number }> {
      const where = and(
        scope.cadreId && !scope.regions.length && !scope.national
          ? eq(attendanceAlerts.cadreId, scope.cadreId)
          : regionScope(scope, attendanceAlerts.villageCode),
        inArray(attendanceAlerts.audience, [...audiences] as 'cadre'[]),
        f.region ? inRegionPrefixes(attendanceAlerts.villageCode, [f.region]) : undefined,
        f.unread ? isNull(attendanceAlerts.readAt) : undefined,
        f.kind ? eq(attendanceAlerts.kind, f.kind as 'absence_found') : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ a: attendanceAlerts, cadreName: cadres.name })
          .from(attendanceAlerts)
          .innerJoin(cadres, eq(cadres.id, attendanceAlerts.cadreId))
          .where(where)
          .orderBy(desc(attendanceAlerts.createdAt))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(attendanceAlerts).where(where),
      ]);
      return { items: rows.map((r) => ({ ...r.a, cadreName: r.cadreName })), total: total?.n ?? 0 };
    },
    async markAlertRead(db: Executor, scope: Scope, id: string, userId: string | null, at: Date) {
      const [row] = await db
        .update(attendanceAlerts)
        .set({ readAt: at, readBy: userId })
        .where(
          and(
            eq(attendanceAlerts.id, id),
            scope.cadreId && !scope.regions.length && !scope.national
              ? eq(attendanceAlerts.cadreId, scope.cadreId)
              : regionScope(scope, attendanceAlerts.villageCode),
          ),
        )
        .returning();
      return row;
    },
    async regionName(db: Executor, code: string): Promise<string> {
      const [r] = await db
        .select({ name: regions.name })
        .from(regions)
        .where(eq(regions.code, code))
        .limit(1);
      return r?.name ?? code;
    },
    async regionNames(db: Executor, codes: readonly string[]): Promise<Map<string, string>> {
      if (!codes.length) return new Map();
      const rows = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, [...codes]));
      return new Map(rows.map((r) => [r.code, r.name]));
    },
  };
}
export type AttendanceRepository = ReturnType<typeof createAttendanceRepository>;
