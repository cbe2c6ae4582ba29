import { and, asc, count, desc, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import { chainHash, GENESIS_HASH } from '../../../domain/audit/chain';
import type { Actor } from '../../context';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';
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

// A constant key for pg_advisory_xact_lock: appends are serialised so each sees the previous hash.
const AUDIT_CHAIN_LOCK = 7_460_001;

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * The value exactly as jsonb will give it back (dates as ISO strings, no undefined), so the hash taken
 * now is the hash the verifier recomputes from the stored row.
 */
const asStoredJson = (value: unknown): unknown =>
  value === undefined ? null : JSON.parse(JSON.stringify(value));

export function createAuditRepository() {
  return {
    /** Appends one record to the chain. Must run inside the transaction of the change it records. */
    async append(tx: Executor, actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
      await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
      const [last] = await tx
        .select({ id: auditLog.id, hash: auditLog.hash })
        .from(auditLog)
        .orderBy(desc(auditLog.id))
        .limit(1);
      const fields = {
        id: (last?.id ?? 0) + 1,
        at,
        actorId: actor.userId,
        actorName: actor.username,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        regionCode: entry.regionCode ?? null,
        unitId: entry.unitId ?? null,
        before: asStoredJson(entry.before),
        after: asStoredJson(entry.after),
        requestId: actor.requestId,
        ip: actor.ip,
      };
      const prevHash = last?.hash ?? GENESIS_HASH;
      await tx.insert(auditLog).values({ ...fields, prevHash, hash: chainHash(prevHash, fields) });
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
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
