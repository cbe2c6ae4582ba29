import { createHash, createHmac } from 'node:crypto';

// The audit log is a hash chain: each record carries the hash of the previous one, and its own hash
// covers that link and every field, so changing, inserting or deleting a record breaks the chain.
//
// Version 1 (the first records of an installation): sha256(prev ‖ canonical JSON). Anyone with write
// access to the table could rewrite a record and re-hash everything after it.
// Version 2 (every record since issue 8): HMAC-SHA256 under a key kept outside the database (derived
// from the personal-data key), so a rewritten chain cannot be re-hashed without that key. Versions
// only go up along the chain: a version-1 record after a version-2 one is itself a break.
export const GENESIS_HASH = '0'.repeat(64);
export const CURRENT_CHAIN_VERSION = 2;

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
  /** 1: plain SHA-256; 2: keyed (HMAC). Absent means 1. */
  chainVersion?: number;
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

/**
 * A string as the database stores it: PostgreSQL keeps text as UTF-8, so a lone UTF-16 surrogate
 * comes back as U+FFFD, and it refuses NUL outright. Hashing this form is hashing what is stored.
 */
export function storableText(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD').replaceAll('\u0000', '\uFFFD');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A value exactly as jsonb gives it back: storable strings (keys too), dates as ISO text, no undefined. */
export function storableJson(value: unknown): unknown {
  if (value === undefined) return null;
  const plain = JSON.parse(JSON.stringify(value)) as unknown;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return storableText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [storableText(k), walk(x)]));
    return v;
  };
  return walk(plain);
}

export function chainHash(prevHash: string, record: ChainedFields, key?: Uint8Array): string {
  const version = record.chainVersion ?? 1;
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
    ...(version >= 2 ? { chainVersion: version } : {}),
  };
  if (version === 1)
    return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(normalised)).digest('hex');
  if (!key) throw new Error('the audit chain key is needed for version-2 records');
  return createHmac('sha256', key)
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(normalised))
    .digest('hex');
}

export type BreakReason = 'prev_hash' | 'hash' | 'version';
export interface Break {
  id: number;
  reason: BreakReason;
}

/** State carried from one batch of records to the next. */
export interface ChainCursor {
  lastHash: string;
  lastId: number;
  checked: number;
  /** Whether a version-2 record has been seen (no version-1 record may follow). */
  keyed: boolean;
  breaks: Break[];
  /** Breaks found beyond those listed (the list is capped). */
  moreBreaks: number;
}

export const startCursor = (previous = GENESIS_HASH): ChainCursor => ({
  lastHash: previous,
  lastId: 0,
  checked: 0,
  keyed: false,
  breaks: [],
  moreBreaks: 0,
});

export const MAX_LISTED_BREAKS = 1000;

/**
 * Walks records in id order and reports every broken link, not just the first: after a break the walk
 * goes on from the stored hash, so one bad record does not hide later tampering.
 */
export function walkChain(
  records: Iterable<ChainedFields & { prevHash: string; hash: string }>,
  cursor: ChainCursor,
  key?: Uint8Array,
): ChainCursor {
  const c = { ...cursor, breaks: [...cursor.breaks] };
  const flag = (id: number, reason: BreakReason) => {
    if (c.breaks.length < MAX_LISTED_BREAKS) c.breaks.push({ id, reason });
    else c.moreBreaks++;
  };
  for (const r of records) {
    const version = r.chainVersion ?? 1;
    if (r.prevHash !== c.lastHash) flag(r.id, 'prev_hash');
    else if (version < CURRENT_CHAIN_VERSION && c.keyed) flag(r.id, 'version');
    else {
      let expected: string | null;
      try {
        expected = chainHash(r.prevHash, r, key);
      } catch {
        expected = null;
      }
      if (expected !== r.hash) flag(r.id, 'hash');
    }
    if (version >= 2) c.keyed = true;
    c.lastHash = r.hash;
    c.lastId = r.id;
    c.checked++;
  }
  return c;
}

export type ChainVerdict =
  | { intact: true; checked: number }
  | { intact: false; checked: number; brokenAt: number; reason: BreakReason; breaks: Break[] };

/** One pass over a whole list of records (tests, small chains). */
export function verifyChain(
  records: Iterable<ChainedFields & { prevHash: string; hash: string }>,
  previous = GENESIS_HASH,
  key?: Uint8Array,
): ChainVerdict {
  const c = walkChain(records, startCursor(previous), key);
  const first = c.breaks[0];
  return first
    ? { intact: false, checked: c.checked, brokenAt: first.id, reason: first.reason, breaks: c.breaks }
    : { intact: true, checked: c.checked };
}
