import { and, count, desc, eq, gte, isNotNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { cadres, checkInNoticeAcks, checkIns, regions, villageProfiles } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';

export type CheckInRecord = typeof checkIns.$inferSelect;
export type NewCheckIn = typeof checkIns.$inferInsert;
export type CheckInRow = CheckInRecord & { cadreName: string; villageName: string };

/** Who reads: a cadre its own check-ins; otherwise villages under these prefixes (county level or below). */
export type CheckInReader = { cadreId: string } | { prefixes: readonly string[] };

const readable = (reader: CheckInReader): SQL =>
  'cadreId' in reader
    ? eq(checkIns.cadreId, reader.cadreId)
    : inRegionPrefixes(checkIns.villageCode, reader.prefixes);

export function createCheckInRepository() {
  const rows = (db: Executor) =>
    db
      .select({
        checkIn: checkIns,
        cadreName: cadres.name,
        villageName: sql<string>`coalesce(${regions.name}, ${checkIns.villageCode})`,
      })
      .from(checkIns)
      .innerJoin(cadres, eq(cadres.id, checkIns.cadreId))
      .leftJoin(regions, eq(regions.code, checkIns.villageCode));
  const flatten = (r: { checkIn: CheckInRecord; cadreName: string; villageName: string }): CheckInRow => ({
    ...r.checkIn,
    cadreName: r.cadreName,
    villageName: r.villageName,
  });

  return {
    async findByClientId(db: Executor, cadreId: string, clientId: string): Promise<CheckInRow | undefined> {
      const [row] = await rows(db)
        .where(and(eq(checkIns.cadreId, cadreId), eq(checkIns.clientId, clientId)))
        .limit(1);
      return row && flatten(row);
    },

    /** Inserts unless the cadre's clientId exists (a concurrent twin): answers the new row or undefined. */
    async insertOnce(db: Executor, row: NewCheckIn): Promise<CheckInRecord | undefined> {
      const [created] = await db
        .insert(checkIns)
        .values(row)
        .onConflictDoNothing({ target: [checkIns.cadreId, checkIns.clientId] })
        .returning();
      return created;
    },

    /** The cadre's latest check-in with a position (for `impossible_speed`). */
    async previousWithPosition(db: Executor, cadreId: string) {
      const [row] = await db
        .select({ lat: checkIns.lat, lng: checkIns.lng, serverTime: checkIns.serverTime })
        .from(checkIns)
        .where(and(eq(checkIns.cadreId, cadreId), isNotNull(checkIns.lat)))
        .orderBy(desc(checkIns.serverTime))
        .limit(1);
      return row && row.lat !== null && row.lng !== null
        ? { position: { lat: row.lat, lng: row.lng }, serverTimeMs: row.serverTime.getTime() }
        : null;
    },

    async villageLocation(db: Executor, villageCode: string) {
      const [row] = await db
        .select({
          lat: villageProfiles.lat,
          lng: villageProfiles.lng,
          radius: villageProfiles.checkinRadiusM,
        })
        .from(villageProfiles)
        .where(eq(villageProfiles.villageCode, villageCode))
        .limit(1);
      return row;
    },

    async list(
      db: Executor,
      reader: CheckInReader,
      filter: { assignmentId?: string; region?: string; from?: Date; to?: Date },
      page: { page: number; pageSize: number },
    ): Promise<{ items: CheckInRow[]; total: number }> {
      const conditions: SQL[] = [readable(reader)];
      if (filter.assignmentId) conditions.push(eq(checkIns.assignmentId, filter.assignmentId));
      if (filter.region) conditions.push(inRegionPrefixes(checkIns.villageCode, [filter.region]));
      if (filter.from) conditions.push(gte(checkIns.serverTime, filter.from));
      if (filter.to) conditions.push(lt(checkIns.serverTime, filter.to));
      const where = and(...conditions);
      const [items, [total]] = await Promise.all([
        rows(db)
          .where(where)
          .orderBy(checkIns.villageCode, desc(checkIns.serverTime))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(checkIns).where(where),
      ]);
      return { items: items.map(flatten), total: total?.n ?? 0 };
    },

    async acknowledgement(db: Executor, cadreId: string, version: string) {
      const [row] = await db
        .select()
        .from(checkInNoticeAcks)
        .where(and(eq(checkInNoticeAcks.cadreId, cadreId), eq(checkInNoticeAcks.noticeVersion, version)))
        .limit(1);
      return row;
    },

    /** Records the acknowledgement once; answers whether this call recorded it. */
    async acknowledge(db: Executor, row: typeof checkInNoticeAcks.$inferInsert): Promise<boolean> {
      const created = await db
        .insert(checkInNoticeAcks)
        .values(row)
        .onConflictDoNothing({ target: [checkInNoticeAcks.cadreId, checkInNoticeAcks.noticeVersion] })
        .returning({ id: checkInNoticeAcks.id });
      return created.length > 0;
    },

    /** Counties holding check-ins older than `before` (for the retention job). */
    async countiesWithCheckInsBefore(db: Executor, before: Date): Promise<string[]> {
      const found = await db
        .selectDistinct({ county: checkIns.countyCode })
        .from(checkIns)
        .where(lte(checkIns.serverTime, before));
      return found.map((r) => r.county);
    },

    /** Deletes a county's check-ins older than `before`; answers how many went. */
    async deleteBefore(db: Executor, countyCode: string, before: Date): Promise<number> {
      const gone = await db
        .delete(checkIns)
        .where(and(eq(checkIns.countyCode, countyCode), lt(checkIns.serverTime, before)))
        .returning({ id: checkIns.id });
      return gone.length;
    },
  };
}
export type CheckInRepository = ReturnType<typeof createCheckInRepository>;
