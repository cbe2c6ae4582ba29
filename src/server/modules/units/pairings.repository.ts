import { and, asc, count, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { PairingKind } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { unitPairings, units } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';
import { unitVisible } from './units.repository';

export type PairingRecord = typeof unitPairings.$inferSelect;
export type NewPairing = typeof unitPairings.$inferInsert;
export type PairingRow = PairingRecord & { unitName: string; unitRegionCode: string };

/** A pairing is visible with its unit, or when its target lies in the scope. */
const pairingVisible = (scope: Scope): SQL =>
  scope.national
    ? sql`true`
    : or(
        unitVisible(scope, unitPairings.unitId, units.regionCode),
        inRegionPrefixes(unitPairings.targetCode, scope.regions),
      )!;

export function createPairingRepository() {
  const selectRows = (db: Executor) =>
    db
      .select({ pairing: unitPairings, unitName: units.name, unitRegionCode: units.regionCode })
      .from(unitPairings)
      .innerJoin(units, eq(units.id, unitPairings.unitId));
  const flatten = (r: { pairing: PairingRecord; unitName: string; unitRegionCode: string }): PairingRow => ({
    ...r.pairing,
    unitName: r.unitName,
    unitRegionCode: r.unitRegionCode,
  });

  return {
    /** The places the units are paired with (any pairing, for reading needs where they are asked to send). */
    async targetCodesOf(db: Executor, unitIds: readonly string[]): Promise<string[]> {
      if (unitIds.length === 0) return [];
      const rows = await db
        .selectDistinct({ code: unitPairings.targetCode })
        .from(unitPairings)
        .where(inArray(unitPairings.unitId, [...unitIds]));
      return rows.map((r) => r.code);
    },

    async ofUnit(db: Executor, unitId: string): Promise<PairingRow[]> {
      const rows = await selectRows(db)
        .where(eq(unitPairings.unitId, unitId))
        .orderBy(asc(unitPairings.validFrom), asc(unitPairings.id));
      return rows.map(flatten);
    },

    async find(db: Executor, unitId: string, id: string): Promise<PairingRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(unitPairings.id, id), eq(unitPairings.unitId, unitId)))
        .limit(1);
      return row && flatten(row);
    },

    /** A pairing by id, when visible in the scope (with its unit, or by its target). */
    async findVisible(db: Executor, scope: Scope, id: string): Promise<PairingRow | undefined> {
      const [row] = await selectRows(db)
        .where(and(eq(unitPairings.id, id), pairingVisible(scope)))
        .limit(1);
      return row && flatten(row);
    },

    /**
     * Reopens an ended pairing: sets its end only if it still ends on `endedOn` (a guarded update), so two
     * corrections, or a correction racing another change, never both apply. Undefined when no row changed.
     */
    async reopen(
      db: Executor,
      id: string,
      endedOn: string,
      patch: { validTo: string | null; updatedAt: Date },
    ): Promise<PairingRecord | undefined> {
      const [row] = await db
        .update(unitPairings)
        .set(patch)
        .where(and(eq(unitPairings.id, id), eq(unitPairings.validTo, endedOn)))
        .returning();
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { target?: string; kind?: PairingKind; unitId?: string; date?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: PairingRow[]; total: number }> {
      const conditions: SQL[] = [pairingVisible(scope)];
      if (filter.target) conditions.push(inRegionPrefixes(unitPairings.targetCode, [filter.target]));
      if (filter.kind) conditions.push(eq(unitPairings.kind, filter.kind));
      if (filter.unitId) conditions.push(eq(unitPairings.unitId, filter.unitId));
      if (filter.date) {
        conditions.push(
          lte(unitPairings.validFrom, filter.date),
          or(isNull(unitPairings.validTo), sql`${unitPairings.validTo} >= ${filter.date}`)!,
        );
      }
      const where = and(...conditions);
      const [rows, [total]] = await Promise.all([
        selectRows(db)
          .where(where)
          .orderBy(asc(unitPairings.targetCode), asc(unitPairings.validFrom), asc(unitPairings.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db
          .select({ n: count() })
          .from(unitPairings)
          .innerJoin(units, eq(units.id, unitPairings.unitId))
          .where(where),
      ]);
      return { items: rows.map(flatten), total: total?.n ?? 0 };
    },

    async insert(db: Executor, pairing: NewPairing): Promise<PairingRecord> {
      const [row] = await db.insert(unitPairings).values(pairing).returning();
      return row!;
    },

    async update(db: Executor, id: string, patch: Partial<NewPairing>): Promise<PairingRecord> {
      const [row] = await db.update(unitPairings).set(patch).where(eq(unitPairings.id, id)).returning();
      return row!;
    },
  };
}
export type PairingRepository = ReturnType<typeof createPairingRepository>;
