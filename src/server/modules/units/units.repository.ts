import { type AnyColumn, and, asc, count, eq, ilike, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../domain/access/scope';
import type { UnitKind, UnitLevel } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { regions, unitPairings, units } from '../../db/schema';
import { inRegionPrefixes, regionOrUnitScope } from '../../db/scope';

export type UnitRecord = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;
export type UnitRow = UnitRecord & { regionName: string | null; parentName: string | null };

const parent = alias(units, 'parent');
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A unit is visible when it sits in the scope's regions, is one of the scope's units, or is paired
 * with a county or village in the scope (a county sees the central unit assisting it).
 */
export function unitVisible(
  scope: Scope,
  unitId: AnyColumn | SQL = units.id,
  regionCode: AnyColumn | SQL = units.regionCode,
): SQL {
  if (scope.national) return sql`true`;
  const own = regionOrUnitScope(scope, regionCode, unitId);
  if (scope.regions.length === 0) return own;
  const paired = sql`exists (select 1 from ${unitPairings} p where p.unit_id = ${unitId} and ${inRegionPrefixes(sql`p.target_code`, scope.regions)})`;
  return or(own, paired)!;
}

export function createUnitRepository() {
  const selectRows = (db: Executor) =>
    db
      .select({ unit: units, regionName: regions.name, parentName: parent.name })
      .from(units)
      .leftJoin(regions, eq(regions.code, units.regionCode))
      .leftJoin(parent, eq(parent.id, units.parentId));
  const flatten = (r: {
    unit: UnitRecord;
    regionName: string | null;
    parentName: string | null;
  }): UnitRow => ({
    ...r.unit,
    regionName: r.regionName,
    parentName: r.parentName,
  });

  return {
    async namesOf(
      db: Executor,
      ids: readonly string[],
    ): Promise<Map<string, { name: string; regionCode: string }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: units.id, name: units.name, regionCode: units.regionCode })
        .from(units)
        .where(inArray(units.id, [...ids]));
      return new Map(rows.map((r) => [r.id, { name: r.name, regionCode: r.regionCode }]));
    },

    /** Of the given units, those located inside the region prefixes. */
    async locatedIn(db: Executor, ids: readonly string[], prefixes: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0 || prefixes.length === 0) return new Set();
      const rows = await db
        .select({ id: units.id })
        .from(units)
        .where(and(inArray(units.id, [...ids]), inRegionPrefixes(units.regionCode, prefixes)));
      return new Set(rows.map((r) => r.id));
    },

    async findInScope(db: Executor, scope: Scope, id: string): Promise<UnitRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(units.id, id), unitVisible(scope)))
        .limit(1);
      return row && flatten(row);
    },

    /** Visible units by id, in one query (imports refer to units by id; the caller batches long lists). */
    async findManyInScope(db: Executor, scope: Scope, ids: readonly string[]): Promise<UnitRow[]> {
      if (ids.length === 0) return [];
      const rows = await selectRows(db).where(and(inArray(units.id, [...new Set(ids)]), unitVisible(scope)));
      return rows.map(flatten);
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { region?: string; kind?: UnitKind; level?: UnitLevel; parentId?: string; q?: string },
      page: { page: number; pageSize: number } | { limit: number },
    ): Promise<{ items: UnitRow[]; total: number }> {
      const conditions: SQL[] = [unitVisible(scope)];
      if (filter.region) conditions.push(inRegionPrefixes(units.regionCode, [filter.region]));
      if (filter.kind) conditions.push(eq(units.kind, filter.kind));
      if (filter.level) conditions.push(eq(units.level, filter.level));
      if (filter.parentId) conditions.push(eq(units.parentId, filter.parentId));
      if (filter.q) conditions.push(ilike(units.name, `%${escapeLike(filter.q)}%`));
      const where = and(...conditions);
      const limit = 'limit' in page ? page.limit : page.pageSize;
      const offset = 'limit' in page ? 0 : (page.page - 1) * page.pageSize;
      const [rows, [total]] = await Promise.all([
        selectRows(db)
          .where(where)
          .orderBy(asc(units.regionCode), asc(units.name), asc(units.id))
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(units).where(where),
      ]);
      return { items: rows.map(flatten), total: total?.n ?? 0 };
    },

    /** Visible units by exact name (imports refer to units by name). */
    async visibleByName(db: Executor, scope: Scope, names: readonly string[]): Promise<UnitRecord[]> {
      if (names.length === 0) return [];
      return db
        .select()
        .from(units)
        .where(and(inArray(units.name, [...names]), unitVisible(scope)));
    },

    async visibleNames(db: Executor, scope: Scope, limit: number): Promise<string[]> {
      const rows = await db
        .select({ name: units.name })
        .from(units)
        .where(unitVisible(scope))
        .orderBy(asc(units.name))
        .limit(limit);
      return [...new Set(rows.map((r) => r.name))];
    },

    async nameTaken(db: Executor, regionCode: string, name: string, exceptId?: string): Promise<boolean> {
      const [row] = await db
        .select({ id: units.id })
        .from(units)
        .where(
          and(
            eq(units.regionCode, regionCode),
            eq(units.name, name),
            exceptId ? ne(units.id, exceptId) : sql`true`,
          ),
        )
        .limit(1);
      return row !== undefined;
    },

    /** Which (region, name) pairs exist already, as 'region\tname'. */
    async existingNames(
      db: Executor,
      pairs: readonly { regionCode: string; name: string }[],
    ): Promise<Set<string>> {
      if (pairs.length === 0) return new Set();
      const rows = await db
        .select({ regionCode: units.regionCode, name: units.name })
        .from(units)
        .where(inArray(units.name, [...new Set(pairs.map((p) => p.name))]));
      return new Set(rows.map((r) => `${r.regionCode}\t${r.name}`));
    },

    /** The unit's ancestors through parent links, nearest first (to refuse cycles). */
    async ancestorIds(db: Executor, id: string): Promise<string[]> {
      const out: string[] = [];
      let current: string | null = id;
      while (current && out.length < 50) {
        const [row] = await db
          .select({ parentId: units.parentId })
          .from(units)
          .where(eq(units.id, current))
          .limit(1);
        current = row?.parentId ?? null;
        if (current) {
          if (out.includes(current)) break;
          out.push(current);
        }
      }
      return out;
    },

    async insert(db: Executor, unit: NewUnit): Promise<UnitRecord> {
      const [row] = await db.insert(units).values(unit).returning();
      return row!;
    },

    async insertMany(db: Executor, rows: readonly NewUnit[]): Promise<UnitRecord[]> {
      const out: UnitRecord[] = [];
      for (let i = 0; i < rows.length; i += 1000)
        out.push(
          ...(await db
            .insert(units)
            .values(rows.slice(i, i + 1000) as NewUnit[])
            .returning()),
        );
      return out;
    },

    /** Sets the parents of many units in one statement per batch of 1,000 (an import's in-file parents). */
    async setParents(db: Executor, links: readonly { id: string; parentId: string }[]): Promise<void> {
      for (let i = 0; i < links.length; i += 1000) {
        const values = sql.join(
          links.slice(i, i + 1000).map((l) => sql`(${l.id}::uuid, ${l.parentId}::uuid)`),
          sql`, `,
        );
        await db.execute(
          sql`update ${units} set parent_id = v.parent_id from (values ${values}) as v(id, parent_id) where ${units.id} = v.id`,
        );
      }
    },

    async update(db: Executor, id: string, patch: Partial<NewUnit>): Promise<UnitRecord> {
      const [row] = await db.update(units).set(patch).where(eq(units.id, id)).returning();
      return row!;
    },
  };
}
export type UnitRepository = ReturnType<typeof createUnitRepository>;
