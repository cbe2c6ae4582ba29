import { verifyChain } from '../../../domain/audit/chain';
import { AppError } from '../../../shared/errors';
import { type Actor, hasRole } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from './audit.repository';

export function createAuditService(deps: { db: Db; audit: AuditRepository }) {
  const { db, audit } = deps;
  return {
    async list(
      actor: Actor,
      query: {
        action?: string;
        entityType?: string;
        entityId?: string;
        actor?: string;
        page: number;
        pageSize: number;
      },
    ) {
      if (!hasRole(actor, 'sys_admin', 'org_admin', 'inspector')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有管理员和督查人员可以查看审计日志',
          en: 'Only administrators and inspectors read the audit log',
        });
      }
      const { items, total } = await audit.list(db, actor.scope, query, query);
      return {
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorName: r.actorName,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          regionCode: r.regionCode,
          before: r.before,
          after: r.after,
          requestId: r.requestId,
          ip: r.ip,
          hash: r.hash,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Walks the whole chain in batches; reports the first broken link. */
    async verify(actor: Actor | null) {
      if (actor && !hasRole(actor, 'sys_admin')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有系统管理员可以校验审计链',
          en: 'Only a system administrator verifies the audit chain',
        });
      }
      return verifyAll(db, audit);
    },
  };
}

export async function verifyAll(db: Db, audit: AuditRepository, onProgress?: (checked: number) => void) {
  let lastId = 0;
  let previous: string | undefined;
  let checked = 0;
  for (;;) {
    const batch = await audit.batchAfter(db, lastId, 5000);
    if (batch.length === 0) return { intact: true as const, checked };
    previous ??= await audit.hashBefore(db, batch[0]!.id);
    const verdict = verifyChain(batch, previous, checked);
    if (!verdict.intact)
      return {
        intact: false as const,
        checked: verdict.checked,
        brokenAt: verdict.brokenAt,
        reason: verdict.reason,
      };
    previous = verdict.lastHash;
    checked = verdict.checked;
    lastId = batch[batch.length - 1]!.id;
    onProgress?.(checked);
  }
}
export type AuditService = ReturnType<typeof createAuditService>;
