import { createHash } from 'node:crypto';

// The audit log is a hash chain: each record carries the hash of the previous one, and its own hash
// covers that link and every field, so changing, inserting or deleting a record breaks the chain.
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  regionCode: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

/** JSON with object keys sorted at every depth, so jsonb's key reordering does not change the text. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, record: ChainedFields): string {
  // Only the chained fields, by name: rows carry more columns (prev_hash, hash) that are not hashed.
  const normalised = {
    id: record.id,
    at: record.at.toISOString(),
    actorId: record.actorId,
    actorName: record.actorName,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    regionCode: record.regionCode,
    unitId: record.unitId,
    before: record.before,
    after: record.after,
    requestId: record.requestId,
    ip: record.ip,
  };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(normalised)).digest('hex');
}

export type ChainVerdict =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAt: number; reason: 'prev_hash' | 'hash' };

/** Walks records in id order; `previous` is the hash before the first record given. */
export function verifyChain(
  records: Iterable<ChainedFields & { prevHash: string; hash: string }>,
  previous = GENESIS_HASH,
  checkedBefore = 0,
): ChainVerdict & { lastHash: string } {
  let prev = previous;
  let checked = checkedBefore;
  for (const r of records) {
    if (r.prevHash !== prev)
      return { intact: false, checked, brokenAt: r.id, reason: 'prev_hash', lastHash: prev };
    if (chainHash(prev, r) !== r.hash)
      return { intact: false, checked, brokenAt: r.id, reason: 'hash', lastHash: prev };
    prev = r.hash;
    checked++;
  }
  return { intact: true, checked, lastHash: prev };
}
