// Resolving provincial parameters (issue 10 item 1): the value in force for a region on a date, walking the
// national default → province → city → county. A value applies to the period it was in force: records are
// read by their effective date, so a record taking effect later changes nothing before that date, and a
// month's figures are computed with that month's values.
//
// The most specific level with a record in force wins: a county value from 2024 stays in force after its
// province sets a new value from 2025 (the county chose for itself; it changes it or the province's
// organisation department removes it by setting the county value again). Records at a level the catalogue
// no longer allows for the key are ignored.
//
// `sourceRegion` is null for the national default (the catalogue, never stored), otherwise the code of the
// province, city or county whose record applies; `effectiveFrom` is null for the national default.
import { ancestorsOf } from '../regions/code';
import {
  catalogue,
  checkValue,
  mayBeSetAt,
  type ParameterKey,
  type Parameters,
  type ParameterValue,
  parameterKeys,
  settingLevelOf,
} from './catalogue';

export interface SettingRecord {
  regionCode: string;
  key: string;
  value: unknown;
  effectiveFrom: string;
}

export interface EffectiveParameter<K extends ParameterKey = ParameterKey> {
  key: K;
  value: Parameters[K];
  /** null: the national default. */
  sourceRegion: string | null;
  /** null: the national default (always in force). */
  effectiveFrom: string | null;
}

export type EffectiveParameters = { [K in ParameterKey]: EffectiveParameter<K> };

/** The settings regions a code lies in, broadest first: its province, city and county (itself included when
 * it is one of those). Townships and villages take their county's values. */
export function settingChainOf(regionCode: string): string[] {
  return [...ancestorsOf(regionCode), regionCode].filter((c) => {
    const level = settingLevelOf(c);
    return level !== undefined && level !== 'country';
  });
}

/**
 * The effective value of every parameter for `regionCode` on `date` (YYYY-MM-DD). `records` may hold any
 * records; only those of the region's chain, in force on the date (effectiveFrom ≤ date), are used; of two
 * records of one region and key with the same effective date, the later in the array wins (the newer write).
 */
export function resolveParameters(
  records: readonly SettingRecord[],
  regionCode: string,
  date: string,
): EffectiveParameters {
  const chain = settingChainOf(regionCode);
  const depth = new Map(chain.map((c, i) => [c, i]));
  const best = new Map<ParameterKey, { rec: SettingRecord; depth: number; value: ParameterValue }>();
  for (const rec of records) {
    const d = depth.get(rec.regionCode);
    if (d === undefined || rec.effectiveFrom > date) continue;
    if (!(rec.key in catalogue)) continue;
    const key = rec.key as ParameterKey;
    const level = settingLevelOf(rec.regionCode);
    if (!level || !mayBeSetAt(key, level)) continue;
    const checked = checkValue(key, rec.value);
    if (!checked.ok) continue;
    const cur = best.get(key);
    if (!cur || d > cur.depth || (d === cur.depth && rec.effectiveFrom >= cur.rec.effectiveFrom)) {
      best.set(key, { rec, depth: d, value: checked.value });
    }
  }
  const out = {} as Record<ParameterKey, EffectiveParameter>;
  for (const key of parameterKeys) {
    const b = best.get(key);
    out[key] = b
      ? { key, value: b.value, sourceRegion: b.rec.regionCode, effectiveFrom: b.rec.effectiveFrom }
      : { key, value: catalogue[key].default, sourceRegion: null, effectiveFrom: null };
  }
  return out as EffectiveParameters;
}

/** Only the values. */
export function valuesOf(effective: EffectiveParameters): Parameters {
  const out = {} as Record<ParameterKey, ParameterValue>;
  for (const key of parameterKeys) out[key] = effective[key].value;
  return out as Parameters;
}
