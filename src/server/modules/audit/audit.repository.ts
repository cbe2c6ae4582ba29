import { AsyncLocalStorage } from 'node:async_hooks';
import { and, asc, count, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import {
  type ChainedFields,
  CURRENT_CHAIN_VERSION,
  chainHash,
  GENESIS_HASH,
  storableJson,
  storableText,
} from '../../../domain/audit/chain';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import {
  assignments,
  auditLog,
  auditPending,
  cadres,
  nominations,
  units,
  users,
  villageNeeds,
} from '../../db/schema';
import { regionOrUnitScope } from '../../db/scope';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

// A constant key for pg_advisory_xact_lock: sealing is serialised so each batch sees the previous hash.
const AUDIT_CHAIN_LOCK = 7_460_001;
/** Records sealed in one transaction at most (the sealer loops until nothing is pending). */
const SEAL_BATCH = 1000;

/**
 * Whether the current `db.transaction` staged an audit record (see sealAfterCommit): the transaction's wrapper
 * then waits for a seal pass once it has committed, before the caller goes on.
 */
export const stagedInTransaction = new AsyncLocalStorage<{ any: boolean }>();

export type AuditRow = typeof auditLog.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (s: string | null) => (s === null ? null : storableText(s));

/** The chained fields of a stored row. */
export const chainedFieldsOf = (r: AuditRow): ChainedFields & { prevHash: string; hash: string } => r;

/**
 * @param chainKey the key of the keyed chain (derived from the secret kept outside the database);
 *   loaded on first use.
 */
export function createAuditRepository(chainKey: () => Uint8Array) {
  return {
    /**
     * Appends one record: staged in `audit_pending` by the transaction of the change it records (so it is
     * committed with the change or not at all), and sealed into the chain right after that transaction commits
     * (sealAfterCommit). No lock is taken here: writes no longer queue for the chain across their own commit.
     */
    async append(tx: Executor, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
      // Every string as the database will store it (no lone surrogates, no NUL), so the hash taken when it
      // is sealed is the hash the verifier recomputes from the stored row (issue 8 finding 3).
      await tx.insert(auditPending).values({
        at,
        actorId: actor.userId,
        actorName: storableText(actor.username),
        action: storableText(entry.action),
        entityType: storableText(entry.entityType),
        entityId: text(entry.entityId ?? null),
        regionCode: text(entry.regionCode ?? null),
        unitId: entry.unitId ?? null,
        before: storableJson(entry.before),
        after: storableJson(entry.after),
        requestId: text(actor.requestId),
        ip: text(actor.ip),
      });
      const staged = stagedInTransaction.getStore();
      if (staged) staged.any = true;
    },

    /**
     * Seals every committed staged record into the chain, in staging order: under the chain's advisory lock,
     * each gets the next id and the hash of the previous record, is inserted into `audit_log` and removed from
     * `audit_pending` in the same transaction. The stored row is hashed again and must match — a record that
     * would not verify is never chained. Returns how many were sealed. Waits for the lock while another
     * sealer (of this process's group commit or another process's) holds it.
     */
    async seal(db: Executor): Promise<number> {
      let sealed = 0;
      for (;;) {
        const n = await db.transaction(async (tx) => {
          await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
          const staged = await tx.select().from(auditPending).orderBy(asc(auditPending.id)).limit(SEAL_BATCH);
          if (!staged.length) return 0;
          const [last] = await tx
            .select({ id: auditLog.id, hash: auditLog.hash })
            .from(auditLog)
            .orderBy(desc(auditLog.id))
            .limit(1);
          const key = chainKey();
          let prevHash = last?.hash ?? GENESIS_HASH;
          let id = last?.id ?? 0;
          const rows = staged.map(({ id: _stagedId, ...r }) => {
            const fields: ChainedFields = { ...r, id: ++id, chainVersion: CURRENT_CHAIN_VERSION };
            const hash = chainHash(prevHash, fields, key);
            const row = { ...fields, chainVersion: CURRENT_CHAIN_VERSION, prevHash, hash };
            prevHash = hash;
            return row;
          });
          const stored = await tx.insert(auditLog).values(rows).returning();
          // Hash what is stored: if the database gave back anything else, the record could never verify.
          for (const row of rows) {
            const back = stored.find((x) => x.id === row.id);
            if (!back || chainHash(row.prevHash, back, key) !== row.hash)
              throw new Error(`audit record ${row.id} would not verify as stored; not sealed`);
          }
          await tx.delete(auditPending).where(
            inArray(
              auditPending.id,
              staged.map((r) => r.id),
            ),
          );
          return staged.length;
        });
        sealed += n;
        if (n < SEAL_BATCH) return sealed;
      }
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { action?: string; entityType?: string; entityId?: string; actor?: string },
      page: { page: number; pageSize: number },
    ): Promise<{ items: AuditRow[]; total: number }> {
      const conditions: SQL[] = [regionOrUnitScope(scope, auditLog.regionCode, auditLog.unitId)];
      if (filter.action) conditions.push(eq(auditLog.action, filter.action));
      if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
      if (filter.actor) conditions.push(eq(auditLog.actorName, filter.actor));
      const where = and(...conditions);
      const [items, [totalRow]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(page.pageSize)
          .offset((page.page - 1) * page.pageSize),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return { items, total: totalRow?.n ?? 0 };
    },

    /** Records after `afterId` in chain order, a batch at a time (for verification). */
    batchAfter(db: Executor, afterId: number, limit: number): Promise<AuditRow[]> {
      return db
        .select()
        .from(auditLog)
        .where(gt(auditLog.id, afterId))
        .orderBy(asc(auditLog.id))
        .limit(limit);
    },

    async hashBefore(db: Executor, id: number): Promise<string> {
      const [row] = await db
        .select({ hash: auditLog.hash })
        .from(auditLog)
        .where(lt(auditLog.id, id))
        .orderBy(desc(auditLog.id))
        .limit(1);
      return row?.hash ?? GENESIS_HASH;
    },

    /** The newest record's id and hash (the head the anchor keeps), or null for an empty log. */
    async head(db: Executor): Promise<{ id: number; hash: string } | null> {
      const [row] = await db
        .select({ id: auditLog.id, hash: auditLog.hash })
        .from(auditLog)
        .orderBy(desc(auditLog.id))
        .limit(1);
      return row ?? null;
    },

    /**
     * Names for the subjects of a page of records (who or what each is about), by entity type: the log
     * shows what happened to whom, not ids. Read-only lookups of other modules' tables by primary key.
     */
    async subjectNames(db: Executor, byType: Map<string, string[]>): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      const ids = (type: string) => [...new Set(byType.get(type) ?? [])].filter((id) => UUID.test(id));
      const add = (rows: { id: string; name: string | null }[]) => {
        for (const r of rows) if (r.name) out.set(r.id, r.name);
      };
      const userIds = ids('user');
      if (userIds.length)
        add(
          await db
            .select({
              id: users.id,
              name: sql<string>`${users.displayName} || '（' || ${users.username} || '）'`,
            })
            .from(users)
            .where(inArray(users.id, userIds)),
        );
      const cadreIds = ids('cadre');
      if (cadreIds.length)
        add(
          await db
            .select({ id: cadres.id, name: cadres.name })
            .from(cadres)
            .where(inArray(cadres.id, cadreIds)),
        );
      const unitIds = ids('unit');
      if (unitIds.length)
        add(
          await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)),
        );
      // Records of a cadre's nomination or assignment are about that cadre.
      for (const [type, table] of [
        ['nomination', nominations],
        ['assignment', assignments],
      ] as const) {
        const of = ids(type);
        if (of.length)
          add(
            await db
              .select({ id: table.id, name: cadres.name })
              .from(table)
              .innerJoin(cadres, eq(cadres.id, table.cadreId))
              .where(inArray(table.id, of)),
          );
      }
      const needIds = ids('village_need');
      if (needIds.length)
        add(
          await db
            .select({ id: villageNeeds.id, name: villageNeeds.villageCode })
            .from(villageNeeds)
            .where(inArray(villageNeeds.id, needIds)),
        );
      return out;
    },

    chainKey,
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
