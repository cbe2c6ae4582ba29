import { and, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { PartyStatus, Rank, Strength } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { cadres, units } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';
import { unitVisible } from '../units/units.repository';

export type CadreRecord = typeof cadres.$inferSelect;
export type NewCadre = typeof cadres.$inferInsert;
export type CadreRow = CadreRecord & { unitName: string };

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

/** A cadre is visible with its unit: a unit user sees its own cadres wherever they serve. */
const cadreVisible = (scope: Scope) => unitVisible(scope, cadres.unitId, cadres.regionCode);

export function createCadreRepository() {
  const selectRows = (db: Executor) =>
    db
      .select({ cadre: cadres, unitName: units.name })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId));
  const flatten = (r: { cadre: CadreRecord; unitName: string }): CadreRow => ({
    ...r.cadre,
    unitName: r.unitName,
  });

  return {
    async findInScope(db: Executor, scope: Scope, id: string): Promise<CadreRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(cadres.id, id), cadreVisible(scope)))
        .limit(1);
      return row && flatten(row);
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: CadreQuery,
      page: { page: number; pageSize: number } | { limit: number },
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
        selectRows(db)
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
