import { type Scope, visiblePartOf } from '../../../domain/access/scope';
import { type Break, type ChainCursor, startCursor, walkChain } from '../../../domain/audit/chain';
import { AppError } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import { type AnchorStore, anchorSignatureValid, signAnchor } from '../../security/audit-anchor';
import type { RegionRepository } from '../regions/regions.repository';
import type { UnitRepository } from '../units/units.repository';
import type { AuditRepository, AuditRow } from './audit.repository';

type Reason = Break['reason'] | 'truncated' | 'anchor_mismatch' | 'anchor_forged';
export type AuditVerdict =
  | { intact: true; checked: number; anchoredAt?: number }
  | {
      intact: false;
      checked: number;
      brokenAt: number;
      reason: Reason;
      breaks: { id: number; reason: Reason }[];
      moreBreaks: number;
      anchoredAt?: number;
    };

type ScopeLike = { regions?: unknown; units?: unknown };
const isScopeLike = (v: unknown): v is ScopeLike =>
  !!v &&
  typeof v === 'object' &&
  Array.isArray((v as ScopeLike).regions) &&
  Array.isArray((v as ScopeLike).units);

/**
 * A user's record as the reader may see it: the user's scope cut to the reader's part, as in the user
 * list (issue 8 finding 1) — an audit record never tells a county which other counties an account has.
 */
function redactUserScope(value: unknown, reader: Scope, unitsInReaderRegions: ReadonlySet<string>): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  if (!isScopeLike(v.scope)) return value;
  const part = visiblePartOf(
    reader,
    { regions: v.scope.regions as string[], units: v.scope.units as string[] },
    unitsInReaderRegions,
  );
  return {
    ...v,
    scope: { regions: part.regions, units: part.units, ...(part.beyond ? { beyondYours: true } : {}) },
  };
}

export function createAuditService(deps: {
  db: Db;
  audit: AuditRepository;
  units: UnitRepository;
  regions: RegionRepository;
  anchors: AnchorStore;
}) {
  const { db, audit, units, regions, anchors } = deps;

  /** Moves the anchor to the chain's head (never back, unless `force`: after a restore). */
  async function anchor(now: Date, opts: { force?: boolean } = {}) {
    const head = await audit.head(db);
    if (!head) return null;
    const current = anchors.read();
    if (!opts.force && current && current.id >= head.id) return current;
    const next = signAnchor(audit.chainKey(), { id: head.id, hash: head.hash, at: now.toISOString() });
    anchors.write(next);
    return next;
  }

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
      if (!can(actor, 'audit.read')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有管理员和督查人员可以查看审计日志',
          en: 'Only administrators and inspectors read the audit log',
        });
      }
      const { items, total } = await audit.list(db, actor.scope, query, query);
      const userRows = items.filter((r) => r.entityType === 'user');
      const unitIds = userRows.flatMap((r) =>
        [r.before, r.after].flatMap((v) =>
          v && typeof v === 'object' && isScopeLike((v as ScopeLike & { scope?: unknown }).scope)
            ? ((v as { scope: { units: string[] } }).scope.units ?? [])
            : [],
        ),
      );
      const located = actor.scope.national
        ? new Set<string>()
        : await units.locatedIn(db, [...new Set(unitIds)], actor.scope.regions);
      const shown = (r: AuditRow, v: unknown) =>
        r.entityType === 'user' ? redactUserScope(v, actor.scope, located) : v;
      // What happened to whom: the subject's name and the region's name, not ids (issue 9 finding 7).
      const byType = new Map<string, string[]>();
      for (const r of items)
        if (r.entityId) byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r.entityId]);
      const subjects = await audit.subjectNames(db, byType);
      const codes = new Set<string>();
      for (const r of items) {
        if (r.regionCode && r.regionCode !== '*') codes.add(r.regionCode);
        if (r.entityId && (r.entityType === 'village' || r.entityType === 'county')) codes.add(r.entityId);
        const needVillage = r.entityId ? subjects.get(r.entityId) : undefined;
        if (r.entityType === 'village_need' && needVillage) codes.add(needVillage);
      }
      const regionNames = await regions.names(db, [...codes]);
      const subjectOf = (r: AuditRow): string | null => {
        if (!r.entityId) return null;
        if (r.entityType === 'village' || r.entityType === 'county')
          return regionNames.get(r.entityId) ?? null;
        const name = subjects.get(r.entityId);
        if (r.entityType === 'village_need') return name ? (regionNames.get(name) ?? name) : null;
        return name ?? null;
      };
      return {
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorName: r.actorName,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          subjectName: subjectOf(r),
          regionCode: r.regionCode,
          regionName: r.regionCode ? (regionNames.get(r.regionCode) ?? null) : null,
          before: shown(r, r.before),
          after: shown(r, r.after),
          requestId: r.requestId,
          ip: r.ip,
          hash: r.hash,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Walks the whole chain; reports every broken link and checks the head against the anchor. */
    async verify(actor: Actor, now: Date) {
      if (!can(actor, 'audit.verify')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有系统管理员可以校验审计链',
          en: 'Only a system administrator verifies the audit chain',
        });
      }
      const verdict = await verifyAll(db, audit, anchors);
      if (verdict.intact) await anchor(now);
      return verdict;
    },

    anchor,
  };
}

/**
 * The whole chain in batches, then the anchor: the record it names must be there with the same hash
 * (else `anchor_mismatch`), and the chain must reach at least that far (else `truncated`).
 */
export async function verifyAll(
  db: Db,
  audit: AuditRepository,
  anchors: AnchorStore | null,
  onProgress?: (checked: number) => void,
): Promise<AuditVerdict> {
  // Records committed but not yet chained (a seal that failed, a crash between commit and seal) first.
  await audit.seal(db);
  const anchored = anchors?.read() ?? null;
  const key = audit.chainKey();
  let cursor: ChainCursor | undefined;
  let anchorSeen: 'match' | 'mismatch' | null = null;
  for (;;) {
    const batch = await audit.batchAfter(db, cursor?.lastId ?? 0, 5000);
    if (batch.length === 0) break;
    cursor ??= startCursor(await audit.hashBefore(db, batch[0]!.id));
    cursor = walkChain(batch, cursor, key);
    if (anchored) {
      const at = batch.find((r) => r.id === anchored.id);
      if (at) anchorSeen = at.hash === anchored.hash ? 'match' : 'mismatch';
    }
    onProgress?.(cursor.checked);
  }
  const c = cursor ?? startCursor();
  const breaks: { id: number; reason: Reason }[] = [...c.breaks];
  let moreBreaks = c.moreBreaks;
  if (anchored) {
    if (!anchorSignatureValid(key, anchored)) breaks.push({ id: anchored.id, reason: 'anchor_forged' });
    else if (c.lastId < anchored.id) breaks.push({ id: c.lastId + 1, reason: 'truncated' });
    else if (anchorSeen !== 'match') breaks.push({ id: anchored.id, reason: 'anchor_mismatch' });
  }
  if (breaks.length > 1000) {
    moreBreaks += breaks.length - 1000;
    breaks.length = 1000;
  }
  const anchoredAt = anchored?.id;
  const first = breaks[0];
  if (!first) return { intact: true, checked: c.checked, ...(anchoredAt ? { anchoredAt } : {}) };
  return {
    intact: false,
    checked: c.checked,
    brokenAt: first.id,
    reason: first.reason,
    breaks,
    moreBreaks,
    ...(anchoredAt ? { anchoredAt } : {}),
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
