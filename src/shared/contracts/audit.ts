import { z } from 'zod';
import { listOf, pageQuery } from './common';

export const auditRecord = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** Who or what the record is about, in words (a user's name, a cadre, a unit, a village). */
  subjectName: z.string().nullable().optional(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable().optional(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  hash: z.string(),
});

export const auditQuery = pageQuery.extend({
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actor: z.string().max(64).optional(),
});

export const auditList = listOf(auditRecord);

export const auditVerdict = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first broken record (kept for clients of the first version). */
  brokenAt: z.number().int().optional(),
  reason: z
    .enum(['prev_hash', 'hash', 'version', 'truncated', 'anchor_mismatch', 'anchor_forged'])
    .optional(),
  /** Every broken link (up to 1,000; `moreBreaks` counts the rest): one break never hides another. */
  breaks: z
    .array(
      z.object({
        id: z.number().int(),
        reason: z.enum(['prev_hash', 'hash', 'version', 'truncated', 'anchor_mismatch', 'anchor_forged']),
      }),
    )
    .optional(),
  moreBreaks: z.number().int().optional(),
  /** The record the anchor kept outside the database names (the chain must reach it unchanged). */
  anchoredAt: z.number().int().optional(),
});
