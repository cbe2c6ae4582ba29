import { ancestorsOf } from '../../../domain/access/scope';
import { cityOf, countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import { shanghaiDate } from '../../../domain/registry/dates';
import { DEFAULT_CHECKIN_RADIUS_M } from '../../../domain/registry/parameters';
import { type DatedValue, periodProblems, valuesOn } from '../../../domain/registry/periods';
import type {
  CountyFlagsView,
  PatchLocationBody,
  PutCountyFlagsBody,
  PutProfileBody,
  VillageFilter,
  VillageListItem,
  VillageView,
} from '../../../shared/contracts/villages';
import type { CountyFlag, VillageCategory } from '../../../shared/dictionaries';
import { AppError, type FieldProblem, notFound, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { RegionRepository } from '../regions/regions.repository';
import type { Clock } from '../users/users.service';
import type { VillageProfileRecord, VillageRepository } from './villages.repository';

const VILLAGE = { zh: '村', en: 'village' };
const COUNTY = { zh: '县', en: 'county' };

const registryWriter = (actor: Actor) => can(actor, 'villages.write');

function forbidden(zh: string, en: string): AppError {
  return new AppError('FORBIDDEN', { zh, en });
}

const codesOf = (villageCode: string) => ({
  provinceCode: provinceOf(villageCode),
  cityCode: cityOf(villageCode),
  countyCode: countyOf(villageCode),
  townshipCode: townshipOf(villageCode),
});

const locationOf = (p: VillageProfileRecord | null) =>
  p && p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : null;

const periodsOut = <T extends string>(periods: readonly DatedValue<T>[]) =>
  periods.map((p) => ({ from: p.from, to: p.to, value: p.value }));

function checkPeriods(periods: DatedValue[], field: string): FieldProblem[] {
  return periodProblems(periods).map((p) => ({
    field: `${field}.${p.index}.${p.field}`,
    message: p.message,
  }));
}

/** The audit record's view of a profile. */
const profileAudit = (p: VillageProfileRecord | null, categories: readonly DatedValue[]) => ({
  population: p?.population ?? null,
  households: p?.households ?? null,
  location: locationOf(p),
  checkinRadiusM: p?.checkinRadiusM ?? null,
  categories: categories.map((c) => ({ category: c.value, from: c.from, to: c.to })),
});

export function createVillageService(deps: {
  db: Db;
  villages: VillageRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, villages, regions, audit, clock } = deps;
  const today = () => shanghaiDate(clock.now());

  async function present(
    code: string,
    name: string,
    profile: VillageProfileRecord | null,
    date: string,
  ): Promise<VillageView> {
    const [path, periods, flagged] = await Promise.all([
      regions.pathNames(db, code),
      villages.categoriesOf(db, [code]),
      villages.countiesFlaggedOn(db, [countyOf(code)], 'keyAssistedCounty', date),
    ]);
    const history = periods.get(code) ?? [];
    return {
      code,
      name,
      path,
      townshipCode: townshipOf(code),
      countyCode: countyOf(code),
      hasProfile: profile !== null,
      population: profile?.population ?? null,
      households: profile?.households ?? null,
      location: locationOf(profile),
      checkinRadiusM: profile?.checkinRadiusM ?? DEFAULT_CHECKIN_RADIUS_M,
      checkinRadiusIsDefault: profile?.checkinRadiusM == null,
      categories: history.map((p) => ({ category: p.value, from: p.from, to: p.to })),
      date,
      activeCategories: valuesOn(history, date),
      keyAssistedCounty: flagged.has(countyOf(code)),
      demo: profile?.demo ?? false,
      updatedAt: profile ? profile.updatedAt.toISOString() : null,
    };
  }

  async function presentList(
    items: { code: string; name: string; parentCode: string | null; profile: VillageProfileRecord | null }[],
    date: string,
  ): Promise<VillageListItem[]> {
    const codes = items.map((i) => i.code);
    const [active, townships] = await Promise.all([
      villages.activeCategories(db, codes, date),
      regions.names(db, [...new Set(items.map((i) => townshipOf(i.code)))]),
    ]);
    return items.map((i) => ({
      code: i.code,
      name: i.name,
      townshipCode: townshipOf(i.code),
      townshipName: townships.get(townshipOf(i.code)) ?? '',
      hasProfile: i.profile !== null,
      population: i.profile?.population ?? null,
      households: i.profile?.households ?? null,
      location: locationOf(i.profile),
      checkinRadiusM: i.profile?.checkinRadiusM ?? DEFAULT_CHECKIN_RADIUS_M,
      activeCategories: active.get(i.code) ?? [],
    }));
  }

  async function findOrFail(actor: Actor, code: string) {
    const found = await villages.find(db, actor.scope, code);
    if (!found) throw notFound(VILLAGE);
    return found;
  }

  return {
    async get(actor: Actor, code: string, date?: string): Promise<VillageView> {
      const found = await findOrFail(actor, code);
      return present(found.code, found.name, found.profile, date ?? today());
    },

    async list(actor: Actor, query: VillageFilter & { page: number; pageSize: number }) {
      const date = query.date ?? today();
      const { items, total } = await villages.list(
        db,
        actor.scope,
        {
          ...(query.region ? { region: query.region } : {}),
          ...(query.category ? { categories: query.category } : {}),
          ...(query.q ? { q: query.q } : {}),
          date,
        },
        query,
      );
      return { items: await presentList(items, date), total, page: query.page, pageSize: query.pageSize };
    },

    /** Rows for the spreadsheet export: the list's filters, up to `limit` rows. */
    async exportRows(actor: Actor, query: VillageFilter, limit: number) {
      const date = query.date ?? today();
      const { items, total } = await villages.list(
        db,
        actor.scope,
        {
          ...(query.region ? { region: query.region } : {}),
          ...(query.category ? { categories: query.category } : {}),
          ...(query.q ? { q: query.q } : {}),
          date,
        },
        { limit },
      );
      const periods = await villages.categoriesOf(
        db,
        items.map((i) => i.code),
      );
      const listed = await presentList(items, date);
      return {
        date,
        total,
        items: listed.map((v) => ({ ...v, categories: periodsOut(periods.get(v.code) ?? []) })),
      };
    },

    /**
     * Sets a village's profile. The category history given replaces the old one; an optional field
     * left out keeps its value and null clears it. A township may change only location and radius.
     */
    async putProfile(actor: Actor, code: string, body: PutProfileBody): Promise<VillageView> {
      const township = !registryWriter(actor) && can(actor, 'villages.editOwnProfile');
      if (!registryWriter(actor) && !township) {
        throw forbidden(
          '只有组织部门管理员可以维护村情信息',
          'Only organisation-department administrators maintain village profiles',
        );
      }
      const found = await findOrFail(actor, code);
      const before = found.profile;
      const oldPeriods = (await villages.categoriesOf(db, [code])).get(code) ?? [];
      const periods: DatedValue<VillageCategory>[] = body.categories.map((c) => ({
        value: c.category,
        from: c.from,
        to: c.to ?? null,
      }));
      const population = body.population !== undefined ? body.population : (before?.population ?? null);
      const households = body.households !== undefined ? body.households : (before?.households ?? null);
      if (township) {
        const same = (a: readonly DatedValue[], b: readonly DatedValue[]) =>
          JSON.stringify(periodsOut(a).sort((x, y) => (x.value + x.from).localeCompare(y.value + y.from))) ===
          JSON.stringify(periodsOut(b).sort((x, y) => (x.value + x.from).localeCompare(y.value + y.from)));
        if (
          !same(periods, oldPeriods) ||
          population !== (before?.population ?? null) ||
          households !== (before?.households ?? null)
        ) {
          throw forbidden(
            '乡镇只能维护村的位置和打卡半径；村的类别、人口和户数由县委组织部维护',
            "A township maintains only a village's location and check-in radius; categories, population and households are kept by the county organisation department",
          );
        }
      }
      const problems = checkPeriods(periods, 'categories');
      if (population !== null && households !== null && households > population) {
        problems.push({
          field: 'households',
          message: { zh: '户数不能多于人口数', en: 'cannot exceed the population' },
        });
      }
      if (problems.length) throw validation(problems);
      const location = body.location !== undefined ? body.location : locationOf(before);
      const now = clock.now();
      const after = await db.transaction(async (tx) => {
        const profile = await villages.upsertProfile(tx, {
          villageCode: code,
          ...codesOf(code),
          population,
          households,
          lat: location?.lat ?? null,
          lng: location?.lng ?? null,
          checkinRadiusM:
            body.checkinRadiusM !== undefined ? body.checkinRadiusM : (before?.checkinRadiusM ?? null),
          createdAt: before?.createdAt ?? now,
          updatedAt: now,
        });
        const codes = codesOf(code);
        await villages.replaceCategories(tx, [
          { code, provinceCode: codes.provinceCode, countyCode: codes.countyCode, periods },
        ]);
        await audit.append(
          tx,
          actor,
          {
            action: 'village.profile.update',
            entityType: 'village',
            entityId: code,
            regionCode: code,
            before: before ? profileAudit(before, oldPeriods) : null,
            after: profileAudit(profile, periods),
          },
          now,
        );
        return profile;
      });
      return present(code, found.name, after, today());
    },

    /** Location and check-in radius: the county, or the township the village belongs to (JOURNEYS township 2). */
    async patchLocation(actor: Actor, code: string, body: PatchLocationBody): Promise<VillageView> {
      if (!registryWriter(actor) && !can(actor, 'villages.editOwnProfile')) {
        throw forbidden(
          '只有乡镇或组织部门管理员可以维护村的位置',
          'Only a township or an organisation-department administrator sets a village location',
        );
      }
      const found = await findOrFail(actor, code);
      const before = found.profile;
      const location = body.location !== undefined ? body.location : locationOf(before);
      const now = clock.now();
      const after = await db.transaction(async (tx) => {
        const profile = await villages.upsertProfile(tx, {
          villageCode: code,
          ...codesOf(code),
          population: before?.population ?? null,
          households: before?.households ?? null,
          lat: location?.lat ?? null,
          lng: location?.lng ?? null,
          checkinRadiusM:
            body.checkinRadiusM !== undefined ? body.checkinRadiusM : (before?.checkinRadiusM ?? null),
          createdAt: before?.createdAt ?? now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'village.location.update',
            entityType: 'village',
            entityId: code,
            regionCode: code,
            before: { location: locationOf(before), checkinRadiusM: before?.checkinRadiusM ?? null },
            after: { location: locationOf(profile), checkinRadiusM: profile.checkinRadiusM },
          },
          now,
        );
        return profile;
      });
      return present(code, found.name, after, today());
    },

    async countyFlags(actor: Actor, code: string, date?: string): Promise<CountyFlagsView> {
      const county = await villages.findCounty(db, actor.scope, code, 'see');
      if (!county) throw notFound(COUNTY);
      return presentFlags(county, await villages.flagsOf(db, code), date ?? today());
    },

    async putCountyFlags(actor: Actor, code: string, body: PutCountyFlagsBody): Promise<CountyFlagsView> {
      if (!registryWriter(actor)) {
        throw forbidden(
          '只有组织部门管理员可以设置县的标识',
          'Only organisation-department administrators set county flags',
        );
      }
      const county = await villages.findCounty(db, actor.scope, code, 'inside');
      if (!county) throw notFound(COUNTY);
      const flags: DatedValue<CountyFlag>[] = body.flags.map((f) => ({
        value: f.flag,
        from: f.from,
        to: f.to ?? null,
      }));
      const problems = checkPeriods(flags, 'flags');
      if (problems.length) throw validation(problems);
      const before = await villages.flagsOf(db, code);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await villages.replaceFlags(tx, code, provinceOf(code), flags);
        await audit.append(
          tx,
          actor,
          {
            action: 'county.flags.update',
            entityType: 'county',
            entityId: code,
            regionCode: code,
            before: before.map((f) => ({ flag: f.value, from: f.from, to: f.to })),
            after: flags.map((f) => ({ flag: f.value, from: f.from, to: f.to })),
          },
          now,
        );
      });
      return presentFlags(county, flags, today());
    },
  };

  async function presentFlags(
    county: { code: string; name: string },
    flags: DatedValue<CountyFlag>[],
    date: string,
  ): Promise<CountyFlagsView> {
    const names = await regions.names(db, ancestorsOf(county.code));
    const active = valuesOn(flags, date);
    return {
      county: {
        code: county.code,
        name: county.name,
        path: [
          ...ancestorsOf(county.code)
            .filter((c) => names.has(c))
            .map((c) => ({ code: c, name: names.get(c)! })),
          { code: county.code, name: county.name },
        ],
      },
      flags: flags.map((f) => ({ flag: f.value, from: f.from, to: f.to })),
      date,
      activeFlags: active,
      keyAssistedCounty: active.includes('keyAssistedCounty'),
    };
  }
}
export type VillageService = ReturnType<typeof createVillageService>;
