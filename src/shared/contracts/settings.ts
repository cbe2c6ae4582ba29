import { z } from 'zod';
import { bilingual } from '../errors';
import { regionCode } from './common';
import { isoDate } from './villages';

// Provincial parameters (issue 10 item 1; RULES.md "Provincial parameters"). The catalogue of keys, types,
// defaults, bounds and levels lives in src/domain/settings/catalogue.ts; these are the HTTP shapes.
// `sourceRegion` null and `effectiveFrom` null: the national default (the catalogue, always in force).

const label = z.object({ zh: z.string(), en: z.string() });
export const settingLevel = z.enum(['province', 'city', 'county']);
export const parameterValue = z.union([z.number(), z.boolean(), z.string()]);

/** GET /api/settings/effective?region=CODE&date=YYYY-MM-DD (fixed contract; date defaults to today). */
export const effectiveQuery = z.object({ region: regionCode, date: isoDate.optional() });

export const effectiveParameterView = z.object({
  key: z.string(),
  value: parameterValue,
  /** The province, city or county whose value applies; null: the national default. */
  sourceRegion: z.string().nullable(),
  sourceRegionName: z.string().nullable(),
  /** The date the applying value took effect; null: the national default. */
  effectiveFrom: z.string().nullable(),
  /** Whether the caller may set this key for the region asked about (settings.write, scope and level). */
  editable: z.boolean(),
});
export type EffectiveParameterView = z.infer<typeof effectiveParameterView>;

export const effectiveResult = z.object({
  region: z.string(),
  regionName: z.string(),
  date: z.string(),
  parameters: z.array(effectiveParameterView),
});
export type EffectiveResult = z.infer<typeof effectiveResult>;

/** PUT /api/settings/:regionCode/:key (fixed contract). */
export const settingParams = z.object({
  regionCode,
  key: z.string().min(1).max(64),
});
export const putSettingBody = z.object({
  /** Checked against the key's type and bounds by the service (400 naming the key and the type). */
  value: z.unknown(),
  effectiveFrom: isoDate,
  note: z
    .string()
    .trim()
    .max(500, bilingual('说明不超过 500 字', 'a note of at most 500 characters'))
    .optional(),
});
export type PutSettingBody = z.infer<typeof putSettingBody>;

export const settingRecordView = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  key: z.string(),
  value: parameterValue,
  effectiveFrom: z.string(),
  note: z.string().nullable(),
  setByName: z.string(),
  setAt: z.string(),
  /** A later write for the same region, key and date replaced this one. */
  superseded: z.boolean(),
});
export type SettingRecordView = z.infer<typeof settingRecordView>;

export const putSettingResult = z.object({ setting: settingRecordView });

/** GET /api/settings/history?region=CODE[&key=] — the values set for the region, the levels above it and,
 * within the caller's scope, below it; newest first. */
export const historyQuery = z.object({ region: regionCode, key: z.string().max(64).optional() });
export const historyResult = z.object({ items: z.array(settingRecordView) });

/** GET /api/settings/catalogue — every parameter with its type, default, bounds and the lowest level. */
export const catalogueEntry = z.object({
  key: z.string(),
  type: z.enum(['integer', 'boolean', 'enum']),
  default: parameterValue,
  min: z.number().optional(),
  max: z.number().optional(),
  options: z.array(z.string()).optional(),
  optionLabels: z.record(z.string(), label).optional(),
  lowest: settingLevel,
  ruleId: z.string(),
  label,
  unit: label.optional(),
  note: label.optional(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntry>;
export const catalogueResult = z.object({ parameters: z.array(catalogueEntry) });
