import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { PartyStatus, Rank, Strength } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { assignments, cadres, nominations, units } from '../../db/schema';
import { inRegionPrefixes, ownCadre, regionOrUnitScope } from '../../db/scope';

export type CadreRecord = typeof cadres.$inferSelect;
export type NewCadre = typeof cadres.$inferInsert;
/** A cadre with its unit's name and whether the reader may reveal its numbers (and see its birth date). */
export type CadreRow = CadreRecord & { unitName: string; revealable: boolean };

/**
 * Who may reveal a cadre's numbers, as the service derives it from roles: every cadre (sys_admin, or a
 * national organisation department); cadres of these units (their personnel department); cadres whose
 * unit lies in these regions or who are or were assigned to a village in them (the organisation department).
 */
export interface RevealRights {
  all: boolean;
  units: readonly string[];
  regions: readonly string[];
}
export const NO_REVEAL: RevealRights = { all: false, units: [], regions: [] };

export interface CadreQuery {
  region?: string;
  unitId?: string;
  partyStatus?: PartyStatus;
  strengths?: Strength[];
  rank?: Rank;
  /** Young on the date: born after this date (see domain/registry/facts youngBornAfter). */
  youngBornAfter?: { young: boolean; bound: string };
  q?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Whether the cadre has a nomination for a village in the prefixes (uses nominations_cadre_idx). */
const nominatedIn = (prefixes: readonly string[]) =>
  sql`exists (select 1 from ${nominations} n where n.cadre_id = ${cadres.id} and ${inRegionPrefixes(sql`n.village_code`, prefixes)})`;

/** Whether the cadre is or was assigned to a village in the prefixes (uses assignments_cadre_idx). */
const assignedIn = (prefixes: readonly string[]) =>
  sql`exists (select 1 from ${assignments} a where a.cadre_id = ${cadres.id} and ${inRegionPrefixes(sql`a.village_code`, prefixes)})`;

/**
 * A cadre is visible where its unit is located, to its unit's users (wherever the cadre serves), and in the
 * regions of a village it is nominated or assigned to. A unit paired with a region is visible there, but
 * not its cadres: pairing alone opens no personal data.
 */
export function cadreVisible(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  if (scope.cadreId) return ownCadre(scope, cadres.id);
  const own = regionOrUnitScope(scope, cadres.regionCode, cadres.unitId);
  if (scope.regions.length === 0) return own;
  return or(own, nominatedIn(scope.regions), assignedIn(scope.regions))!;
}

/** Whether the reader may reveal the cadre's numbers (see RevealRights). */
export function cadreRevealable(rights: RevealRights): SQL {
  if (rights.all) return sql`true`;
  const parts: SQL[] = [];
  if (rights.units.length) parts.push(sql`${cadres.unitId} = any(${sql.param([...rights.units])}::uuid[])`);
  if (rights.regions.length)
    parts.push(inRegionPrefixes(cadres.regionCode, rights.regions), assignedIn(rights.regions));
  if (parts.length === 0) return sql`false`;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

export function createCadreRepository() {
  const selectRows = (db: Executor, rights: RevealRights) =>
    db
      .select({
        cadre: cadres,
        unitName: units.name,
        revealable: sql<boolean>`(${cadreRevealable(rights)})`.mapWith(Boolean),
      })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId));
  const flatten = (r: { cadre: CadreRecord; unitName: string; revealable: boolean }): CadreRow => ({
    ...r.cadre,
    unitName: r.unitName,
    revealable: r.revealable,
  });

  return {
    async findInScope(
      db: Executor,
      scope: Scope,
      id: string,
      rights: RevealRights = NO_REVEAL,
    ): Promise<CadreRow | undefined> {
      const [row] = await selectRows(db, rights)
        .where(and(eq(cadres.id, id), cadreVisible(scope)))
        .limit(1);
      return row && flatten(row);
    },

    /**
     * Of the given ID-number hashes, those registered, each with the holder when the scope sees it
     * (null: registered outside the scope, where nothing about the holder may be told).
     */
    async registeredHashes(
      db: Executor,
      scope: Scope,
      hashes: readonly string[],
      exceptId?: string,
    ): Promise<Map<string, { id: string; name: string; unitName: string } | null>> {
      const out = new Map<string, { id: string; name: string; unitName: string } | null>();
      for (let i = 0; i < hashes.length; i += 1000) {
        const rows = await db
          .select({
            hash: cadres.idNumberHash,
            id: cadres.id,
            name: cadres.name,
            unitName: units.name,
            visible: sql<boolean>`(${cadreVisible(scope)})`.mapWith(Boolean),
          })
          .from(cadres)
          .innerJoin(units, eq(units.id, cadres.unitId))
          .where(
            and(
              inArray(cadres.idNumberHash, hashes.slice(i, i + 1000) as string[]),
              exceptId ? sql`${cadres.id} <> ${exceptId}` : sql`true`,
            ),
          );
        for (const r of rows)
          out.set(r.hash, r.visible ? { id: r.id, name: r.name, unitName: r.unitName } : null);
      }
      return out;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: CadreQuery,
      page: { page: number; pageSize: number } | { limit: number },
      rights: RevealRights = NO_REVEAL,
    ): Promise<{ items: CadreRow[]; total: number }> {
      const conditions: SQL[] = [cadreVisible(scope)];
      if (filter.region) conditions.push(inRegionPrefixes(cadres.regionCode, [filter.region]));
      if (filter.unitId) conditions.push(eq(cadres.unitId, filter.unitId));
      if (filter.partyStatus) conditions.push(eq(cadres.partyStatus, filter.partyStatus));
      if (filter.strengths?.length)
        conditions.push(sql`${cadres.strengths} @> ${sql.param(filter.strengths)}::text[]`);
      if (filter.rank) conditions.push(eq(cadres.rank, filter.rank));
      if (filter.youngBornAfter) {
        const { young, bound } = filter.youngBornAfter;
        conditions.push(young ? sql`${cadres.birthDate} > ${bound}` : sql`${cadres.birthDate} <= ${bound}`);
      }
      if (filter.q) conditions.push(ilike(cadres.name, `%${escapeLike(filter.q)}%`));
      const where = and(...conditions);
      const limit = 'limit' in page ? page.limit : page.pageSize;
      const offset = 'limit' in page ? 0 : (page.page - 1) * page.pageSize;
      const [rows, [total]] = await Promise.all([
        selectRows(db, rights)
          .where(where)
          .orderBy(desc(cadres.createdAt), desc(cadres.id))
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(cadres).where(where),
      ]);
      return { items: rows.map(flatten), total: total?.n ?? 0 };
    },

    /** Of the given ID-number hashes, those already registered (optionally not counting one cadre). */
    async hashesTaken(db: Executor, hashes: readonly string[], exceptId?: string): Promise<Set<string>> {
      const out = new Set<string>();
      for (let i = 0; i < hashes.length; i += 1000) {
        const rows = await db
          .select({ hash: cadres.idNumberHash })
          .from(cadres)
          .where(
            and(
              inArray(cadres.idNumberHash, hashes.slice(i, i + 1000) as string[]),
              exceptId ? sql`${cadres.id} <> ${exceptId}` : sql`true`,
            ),
          );
        for (const r of rows) out.add(r.hash);
      }
      return out;
    },

    async countByUnit(db: Executor, unitId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(cadres).where(eq(cadres.unitId, unitId));
      return row?.n ?? 0;
    },

    async insert(db: Executor, cadre: NewCadre): Promise<CadreRecord> {
      const [row] = await db.insert(cadres).values(cadre).returning();
      return row!;
    },

    /** Inserts in batches (imports): returns the ids in input order. */
    async insertMany(db: Executor, rows: readonly NewCadre[], batch = 500): Promise<string[]> {
      const ids: string[] = [];
      for (let i = 0; i < rows.length; i += batch) {
        const inserted = await db
          .insert(cadres)
          .values(rows.slice(i, i + batch) as NewCadre[])
          .returning({ id: cadres.id });
        ids.push(...inserted.map((r) => r.id));
      }
      return ids;
    },

    async update(db: Executor, id: string, patch: Partial<NewCadre>): Promise<CadreRecord> {
      const [row] = await db.update(cadres).set(patch).where(eq(cadres.id, id)).returning();
      return row!;
    },

    /** Keeps the copied region codes in step when a unit moves. */
    async moveUnitRegion(
      db: Executor,
      unitId: string,
      codes: { regionCode: string; provinceCode: string; countyCode: string | null },
      at: Date,
    ) {
      await db
        .update(cadres)
        .set({ ...codes, updatedAt: at })
        .where(eq(cadres.unitId, unitId));
    },
  };
}
export type CadreRepository = ReturnType<typeof createCadreRepository>;
