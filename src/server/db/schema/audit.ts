import { bigint, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE), hash-chained: hash = HMAC-SHA256 under a key
// kept outside the database of prevHash + canonical JSON of the record's fields (domain/audit/chain.ts).
export const auditLog = pgTable(
  'audit_log',
  {
    // Assigned as last id + 1 under an advisory lock, so the chain order is the id order.
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    regionCode: text('region_code'),
    unitId: uuid('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    /** 1: plain SHA-256 (records written before issue 8); 2: keyed HMAC. */
    chainVersion: smallint('chain_version').notNull().default(1),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_region_code_idx').on(t.regionCode, t.id),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_id_idx').on(t.actorId),
    index('audit_log_unit_id_idx').on(t.unitId),
  ],
);

/**
 * Audit records staged by the transaction of the change they record, and sealed into `audit_log` (given their
 * chain id and hash, in staging order) right after that transaction commits — so no write holds the chain's
 * lock across its own commit (issue 10 Scale). A crash between the two leaves them here, durable, and the next
 * start seals them. Rows live here for milliseconds; the sealer deletes what it has chained.
 */
export const auditPending = pgTable('audit_pending', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  regionCode: text('region_code'),
  unitId: uuid('unit_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id'),
  ip: text('ip'),
});
