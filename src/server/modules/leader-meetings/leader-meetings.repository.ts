import { and, count, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { Executor } from '../../db/client';
import { assignments, cadres, leaderMeetings, regions } from '../../db/schema';
import { inRegionPrefixes, regionScope } from '../../db/scope';

export type MeetingRow = typeof leaderMeetings.$inferSelect & { countyName: string };

/** Quarterly team-leader meetings of the county leading group (P17.4.2-meeting); one writer: this module. */
export function createLeaderMeetingRepository() {
  const named = { countyName: sql<string>`coalesce(${regions.name}, ${leaderMeetings.countyCode})` };
  return {
    async insert(db: Executor, row: typeof leaderMeetings.$inferInsert) {
      const [created] = await db.insert(leaderMeetings).values(row).returning();
      return created!;
    },
    /** Records a scheduled meeting as held; only while it is still scheduled (a second record is 0 rows). */
    async recordHeld(db: Executor, id: string, patch: Partial<typeof leaderMeetings.$inferInsert>) {
      const [row] = await db
        .update(leaderMeetings)
        .set({ ...patch, status: 'held' })
        .where(and(eq(leaderMeetings.id, id), eq(leaderMeetings.status, 'scheduled')))
        .returning();
      return row;
    },
    async find(db: Executor, scope: Scope, id: string): Promise<MeetingRow | undefined> {
      const [row] = await db
        .select({ m: leaderMeetings, ...named })
        .from(leaderMeetings)
        .leftJoin(regions, eq(regions.code, leaderMeetings.countyCode))
        .where(and(eq(leaderMeetings.id, id), regionScope(scope, leaderMeetings.countyCode)))
        .limit(1);
      return row && { ...row.m, countyName: row.countyName };
    },
    async list(
      db: Executor,
      scope: Scope,
      f: { region?: string; status?: 'scheduled' | 'held' },
      page: { page: number; pageSize: number },
    ) {
      const where = and(
        regionScope(scope, leaderMeetings.countyCode),
        f.region ? inRegionPrefixes(leaderMeetings.countyCode, [f.region.slice(0, 6)]) : undefined,
        f.status ? eq(leaderMeetings.status, f.status) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select({ m: leaderMeetings, ...named })
          .from(leaderMeetings)
          .leftJoin(regions, eq(regions.code, leaderMeetings.countyCode))
          .where(where)
          .orderBy(
            desc(sql`coalesce(${leaderMeetings.heldOn}, ${leaderMeetings.plannedOn})`),
            desc(leaderMeetings.createdAt),
          )
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(leaderMeetings).where(where),
      ]);
      return { items: rows.map((r) => ({ ...r.m, countyName: r.countyName })), total: total?.n ?? 0 };
    },
    /** Names of cadres by id. */
    async cadreNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
      if (!ids.length) return new Map();
      const rows = await db
        .select({ id: cadres.id, name: cadres.name })
        .from(cadres)
        .where(inArray(cadres.id, [...ids]));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    /** Of the cadres, those stationed in the county on the date (the team members who may attend). */
    async stationedInCounty(db: Executor, countyCode: string, on: string, ids: readonly string[]) {
      if (!ids.length) return new Set<string>();
      const rows = await db
        .selectDistinct({ id: assignments.cadreId })
        .from(assignments)
        .where(
          and(
            eq(assignments.countyCode, countyCode),
            inArray(assignments.cadreId, [...ids]),
            lte(assignments.startOn, on),
            or(isNull(assignments.endOn), gte(assignments.endOn, on)),
          ),
        );
      return new Set(rows.map((r) => r.id));
    },
    async countyName(db: Executor, code: string) {
      const [r] = await db
        .select({ name: regions.name, level: regions.level })
        .from(regions)
        .where(eq(regions.code, code))
        .limit(1);
      return r;
    },
    /**
     * Counties of the region with teams on post during [from, to] and no meeting held in it, with their
     * latest meeting before (P17.4.2-meeting). One set query: counties with teams, anti-joined on meetings.
     */
    async overdue(db: Executor, scope: Scope, region: string | undefined, from: string, to: string) {
      const withTeams = db
        .selectDistinct({ countyCode: assignments.countyCode })
        .from(assignments)
        .where(
          and(
            lte(assignments.startOn, to),
            or(isNull(assignments.endOn), gte(assignments.endOn, from)),
            regionScope(scope, assignments.countyCode),
            region ? inRegionPrefixes(assignments.countyCode, [region.slice(0, 6)]) : undefined,
          ),
        )
        .as('with_teams');
      const rows = await db
        .select({
          countyCode: withTeams.countyCode,
          name: sql<string>`coalesce(${regions.name}, ${withTeams.countyCode})`,
          lastHeldOn: sql<string | null>`(select max(${leaderMeetings.heldOn})::text from ${leaderMeetings}
            where ${leaderMeetings.countyCode} = ${withTeams.countyCode} and ${leaderMeetings.status} = 'held'
            and ${leaderMeetings.heldOn} <= ${to})`,
        })
        .from(withTeams)
        .leftJoin(regions, eq(regions.code, withTeams.countyCode))
        .where(
          sql`not exists (select 1 from ${leaderMeetings} where ${leaderMeetings.countyCode} = ${withTeams.countyCode}
            and ${leaderMeetings.status} = 'held' and ${leaderMeetings.heldOn} >= ${from} and ${leaderMeetings.heldOn} <= ${to})`,
        )
        .orderBy(withTeams.countyCode);
      return rows.map((r) => ({ ...r, lastHeldOn: r.lastHeldOn ?? null }));
    },
  };
}
export type LeaderMeetingRepository = ReturnType<typeof createLeaderMeetingRepository>;
