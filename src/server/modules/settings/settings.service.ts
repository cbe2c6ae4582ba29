import { regionInScope, regionVisible } from '../../../domain/access/scope';
import {
  catalogue,
  checkValue,
  type EffectiveParameters,
  isParameterKey,
  mayBeSetAt,
  type ParameterKey,
  type Parameters,
  parameterKeys,
  resolveParameters,
  type SettingRecord,
  settingChainOf,
  settingLevelOf,
  valuesOf,
} from '../../../domain/settings';
import { todayInShanghai } from '../../../domain/time';
import type {
  CatalogueEntry,
  EffectiveResult,
  PutSettingBody,
  SettingRecordView,
} from '../../../shared/contracts/settings';
import { AppError, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import { type CadreVillages, readableRegion } from '../regions/readable';
import type { RegionRepository } from '../regions/regions.repository';
import type { Clock } from '../users/users.service';
import type { SettingRow, SettingsRepository } from './settings.repository';
import { createSnapshot } from './snapshot';

const REGION = { zh: '行政区划', en: 'region' };
const PARAMETER = { zh: '参数', en: 'parameter' };
const LEVEL_LABELS = {
  country: { zh: '全国', en: 'the country' },
  province: { zh: '省级', en: 'a province' },
  city: { zh: '市级', en: 'a city' },
  county: { zh: '县级', en: 'a county' },
} as const;

/** How long this process answers from its copy before reloading it in the background (other processes'
 * writes); its own writes reload at once. */
const SNAPSHOT_TTL_MS = 30_000;
const MEMO_MAX = 5_000;

const toRecord = (r: SettingRow): SettingRecord => ({
  regionCode: r.regionCode,
  key: r.key,
  value: r.value,
  effectiveFrom: r.effectiveFrom,
});

/**
 * Provincial parameters (issue 10 item 1; RULES.md "Provincial parameters"): the value in force for a region
 * on a date, from the national default through the province, city and county (src/domain/settings), and the
 * organisation department's writes — append-only, with the date each value takes effect, audited.
 *
 * For other modules: `effective(regionCode, date)` answers every parameter, typed; any region code (a
 * village's too) may be passed — townships and villages take their county's values.
 */
export function createSettingsService(deps: {
  db: Db;
  settings: SettingsRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
  /** A cadre's own account reads the settings and calendar of its villages (issue 10 item 3). */
  cadreVillages?: CadreVillages;
}) {
  const { db, settings: repo, regions, audit, clock } = deps;
  // Every record in memory, by region code (a few per province, city and county).
  const snapshot = createSnapshot(async () => {
    const byRegion = new Map<string, SettingRecord[]>();
    for (const r of await repo.all(db)) {
      byRegion.set(r.regionCode, [...(byRegion.get(r.regionCode) ?? []), toRecord(r)]);
    }
    return { byRegion, memo: new Map<string, EffectiveParameters>() };
  }, SNAPSHOT_TTL_MS);
  snapshot.warm();

  async function detailed(regionCode: string, date: string): Promise<EffectiveParameters> {
    const { byRegion, memo } = await snapshot.get();
    const chain = settingChainOf(regionCode);
    const key = `${chain.at(-1) ?? ''}|${date}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const eff = resolveParameters(
      chain.flatMap((c) => byRegion.get(c) ?? []),
      regionCode,
      date,
    );
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, eff);
    return eff;
  }

  const mayWrite = (actor: Actor, regionCode: string, key: ParameterKey) => {
    const level = settingLevelOf(regionCode);
    return (
      can(actor, 'settings.write') &&
      regionInScope(actor.scope, regionCode) &&
      level !== undefined &&
      mayBeSetAt(key, level)
    );
  };

  const visibleRegion = (actor: Actor, code: string) => readableRegion(deps, actor, code);

  async function viewsOf(rows: SettingRow[]): Promise<SettingRecordView[]> {
    const names = await regions.names(db, [...new Set(rows.map((r) => r.regionCode))]);
    // A row is superseded when a later write has the same region, key and effective date.
    const latest = new Map<string, number>();
    for (const r of rows) {
      const k = `${r.regionCode}|${r.key}|${r.effectiveFrom}`;
      latest.set(k, Math.max(latest.get(k) ?? 0, r.seq));
    }
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      key: r.key,
      value: r.value,
      effectiveFrom: r.effectiveFrom,
      note: r.note,
      setByName: r.setByName,
      setAt: r.setAt.toISOString(),
      superseded: latest.get(`${r.regionCode}|${r.key}|${r.effectiveFrom}`) !== r.seq,
    }));
  }

  return {
    /** Every parameter in force for the region on the date (YYYY-MM-DD), typed. */
    async effective(regionCode: string, date: string): Promise<Parameters> {
      return valuesOf(await detailed(regionCode, date));
    },

    /** The same with where each value came from (sourceRegion null: the national default). */
    effectiveDetailed: detailed,

    /** GET /api/settings/effective: regions the caller sees (in scope or above it); others are 404. */
    async effectiveFor(actor: Actor, q: { region: string; date?: string }): Promise<EffectiveResult> {
      const region = await visibleRegion(actor, q.region);
      const date = q.date ?? todayInShanghai(clock.now());
      const eff = await detailed(q.region, date);
      const sources = [...new Set(parameterKeys.map((k) => eff[k].sourceRegion).filter((c) => c !== null))];
      const names = await regions.names(db, sources);
      return {
        region: region.code,
        regionName: region.name,
        date,
        parameters: parameterKeys.map((k) => ({
          key: k,
          value: eff[k].value,
          sourceRegion: eff[k].sourceRegion,
          sourceRegionName: eff[k].sourceRegion ? (names.get(eff[k].sourceRegion) ?? null) : null,
          effectiveFrom: eff[k].effectiveFrom,
          editable: mayWrite(actor, q.region, k),
        })),
      };
    },

    /** GET /api/settings/catalogue */
    catalogue(): CatalogueEntry[] {
      return parameterKeys.map((key) => {
        const d = catalogue[key] as (typeof catalogue)[ParameterKey];
        return {
          key,
          type: d.type,
          default: d.default,
          ...('min' in d ? { min: d.min, max: d.max } : {}),
          ...('options' in d ? { options: [...d.options], optionLabels: d.optionLabels } : {}),
          lowest: d.lowest,
          ruleId: d.ruleId,
          label: d.label,
          ...('unit' in d && d.unit ? { unit: d.unit } : {}),
          ...('note' in d && d.note ? { note: d.note } : {}),
        };
      });
    },

    /** GET /api/settings/history: the region's own values, those above it, and those below it in scope. */
    async history(actor: Actor, q: { region: string; key?: string }): Promise<SettingRecordView[]> {
      await visibleRegion(actor, q.region);
      if (q.key !== undefined && !isParameterKey(q.key)) throw notFound(PARAMETER);
      const chain = settingChainOf(q.region);
      const below = actor.scope.national
        ? [q.region]
        : actor.scope.regions.flatMap((p) =>
            p.startsWith(q.region) ? [p] : q.region.startsWith(p) ? [q.region] : [],
          );
      const rows = await repo.history(db, {
        chain: chain.filter((c) => regionVisible(actor.scope, c) || actor.scope.national),
        below: [...new Set(below)],
        key: q.key,
      });
      return viewsOf(rows);
    },

    /**
     * PUT /api/settings/:regionCode/:key — the organisation department sets a value from a date. Out of scope
     * (or unknown region or key): 404; in scope but a level the catalogue does not allow for the key: 403;
     * a value of the wrong type or out of bounds: 400 naming the key and the expected type.
     */
    async set(
      actor: Actor,
      regionCode: string,
      key: string,
      body: PutSettingBody,
    ): Promise<SettingRecordView> {
      requireCapability(actor, 'settings.write', { zh: '修改省级参数', en: 'change provincial parameters' });
      if (!isParameterKey(key)) throw notFound(PARAMETER);
      const region = await regions.find(db, actor.scope, regionCode);
      if (!region || !regionInScope(actor.scope, regionCode)) throw notFound(REGION);
      const level = settingLevelOf(regionCode);
      const def = catalogue[key];
      if (!level || !mayBeSetAt(key, level)) {
        const lowest = LEVEL_LABELS[def.lowest];
        throw new AppError(
          'FORBIDDEN',
          {
            zh: `参数 ${key}（${def.label.zh}）只能由${lowest.zh === '县级' ? '省、市、县级' : lowest.zh === '市级' ? '省、市级' : '省级'}设置，${region.name}（${regionCode}）不能设置（RULES.md 省级参数）`,
            en: `Parameter ${key} (${def.label.en}) may be set by ${lowest.en} at the lowest; not by ${region.name} (${regionCode}) (RULES.md provincial parameters)`,
          },
          { key, lowest: def.lowest, level: level ?? null },
        );
      }
      const checked = checkValue(key, body.value);
      if (!checked.ok) {
        throw validation([{ field: 'value', message: { zh: checked.zh, en: checked.en } }]);
      }
      const at = clock.now();
      const row = await db.transaction(async (tx) => {
        const before = resolveParameters(
          (await repo.ofRegions(tx, settingChainOf(regionCode))).map(toRecord),
          regionCode,
          body.effectiveFrom,
        )[key];
        const inserted = await repo.insert(tx, {
          regionCode,
          key,
          value: checked.value,
          effectiveFrom: body.effectiveFrom,
          note: body.note || null,
          setBy: actor.userId,
          setByName: actor.username,
          setAt: at,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'setting.set',
            entityType: 'setting',
            entityId: inserted.id,
            regionCode,
            before: {
              key,
              value: before.value,
              sourceRegion: before.sourceRegion,
              effectiveFrom: before.effectiveFrom,
            },
            after: { key, value: checked.value, effectiveFrom: body.effectiveFrom, note: body.note ?? null },
          },
          at,
        );
        return inserted;
      });
      await snapshot.refresh();
      const [view] = await viewsOf([row]);
      return view!;
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
