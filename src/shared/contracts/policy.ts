import { z } from 'zod';
import { isoDate } from './villages';

const localised = z.object({ zh: z.string(), en: z.string() });

/**
 * A message the server answers in the request's language. Services produce {zh, en}; routes marked
 * `config.localise` turn it into one string before serialisation, so clients always receive a string.
 */
export const localisedMessage = z.union([z.string(), localised]);

export const ruleView = z.object({
  id: z.string(),
  version: z.enum(['P17', 'P21', 'X']),
  kind: z.string(),
  severity: z.enum(['block', 'warn', 'info']).nullable(),
  section: z.union([z.number().int(), z.literal('other')]),
  document: z.string(),
  title: localised,
  message: localised,
  clause: z.object({ ref: z.string(), zh: z.string(), en: z.string(), verbatim: z.boolean() }),
});

export const ruleListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  version: z.enum(['P17', 'P21', 'X']).optional(),
  kind: z.string().max(32).optional(),
  date: isoDate.optional(),
});

export const ruleList = z.object({
  items: z.array(ruleView),
  total: z.number().int(),
  /** The version in force on `date` (today when not given). */
  versionInForce: z.enum(['P17', 'P21']),
  date: z.string(),
});

/** A finding of a rule, as the API shows it: `message` in the request's language. */
export const violationView = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn', 'info']),
  message: localisedMessage,
  facts: z.record(z.string(), z.unknown()).optional(),
  overrideReason: z.string().optional(),
});

export const overridesInput = z
  .array(z.object({ ruleId: z.string().min(1).max(64), reason: z.string().max(500) }))
  .max(20)
  .optional();
