import {
  type AnyColumn,
  and,
  asc,
  count,
  eq,
  inArray,
  isNull,
  like,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Scope } from '../../../domain/access/scope';
import type { CountyFlag, VillageCategory } from '../../../shared/dictionaries';
import type { Executor } from '../../db/client';
import { countyFlags, regions, villageCategoryPeriods, villageProfiles } from '../../db/schema';
import { inRegionPrefixes, ownVillage, regionScope, regionVisibility } from '../../db/scope';

export type VillageProfileRecord = typeof villageProfiles.$inferSelect;
export type NewVillageProfile = typeof villageProfiles.$inferInsert;
export type CategoryRecord = typeof villageCategoryPeriods.$inferSelect;
export type CountyFlagRecord = typeof countyFlags.$inferSelect;

export interface Period<T extends string> {
  value: T;
  from: string;
  to: string | null;
}

const VILLAGE_LEVEL = 5;
const COUNTY_LEVEL = 3;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A period holds on `date` when from ≤ date ≤ to (to null: open). */
const holdsOn = (from: AnyColumn, to: AnyColumn, date: string) =>
  and(lte(from, date), or(isNull(to), sql`${to} >= ${date}`))!;

export function createVillageRepository() {
  return {
    /** A village of the region tree inside the scope, with its profile if it has one. */
    async find(db: Executor, scope: Scope, code: string) {
      const [row] = await db
        .select({ code: regions.code, name: regions.name, profile: villageProfiles })
        .from(regions)
        .leftJoin(villageProfiles, eq(villageProfiles.villageCode, regions.code))
        .where(
          and(
            eq(regions.code, code),
            eq(regions.level, VILLAGE_LEVEL),
            or(regionScope(scope, regions.code), ownVillage(scope, regions.code)),
          ),
        )
        .limit(1);
      return row;
    },

    async list(
      db: Executor,
      scope: Scope,
      filter: { region?: string; categories?: VillageCategory[]; date: string; q?: string },
      page: { page: number; pageSize: number } | { limit: number },
    ) {
      const conditions: SQL[] = [
        eq(regions.level, VILLAGE_LEVEL),
        or(regionScope(scope, regions.code), ownVillage(scope, regions.code))!,
      ];
      if (filter.region) conditions.push(inRegionPrefixes(regions.code, [filter.region]));
      if (filter.q) conditions.push(like(regions.name, `%${escapeLike(filter.q)}%`));
      if (filter.categories?.length) {
        conditions.push(sql`exists (select 1 from ${villageCategoryPeriods} c where c.village_code = ${regions.code}
          and c.category = any(${sql.param(filter.categories)}::text[])
          and c.valid_from <= ${filter.date} and (c.valid_to is null or c.valid_to >= ${filter.date}))`);
      }
      const where = and(...conditions);
      const limit = 'limit' in page ? page.limit : page.pageSize;
      const offset = 'limit' in page ? 0 : (page.page - 1) * page.pageSize;
      const [items, [total]] = await Promise.all([
        db
          .select({
            code: regions.code,
            name: regions.name,
            parentCode: regions.parentCode,
            profile: villageProfiles,
          })
          .from(regions)
          .leftJoin(villageProfiles, eq(villageProfiles.villageCode, regions.code))
          .where(where)
          .orderBy(asc(regions.code))
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(regions).where(where),
      ]);
      return { items, total: total?.n ?? 0 };
    },

    async categoriesOf(
      db: Executor,
      codes: readonly string[],
    ): Promise<Map<string, Period<VillageCategory>[]>> {
      const out = new Map<string, Period<VillageCategory>[]>();
      if (codes.length === 0) return out;
      const rows = await db
        .select()
        .from(villageCategoryPeriods)
        .where(inArray(villageCategoryPeriods.villageCode, [...codes]))
        .orderBy(asc(villageCategoryPeriods.validFrom), asc(villageCategoryPeriods.category));
      for (const r of rows) {
        const list = out.get(r.villageCode) ?? [];
        list.push({ value: r.category as VillageCategory, from: r.validFrom, to: r.validTo });
        out.set(r.villageCode, list);
      }
      return out;
    },

    /** The categories each village held on a date. */
    async activeCategories(
      db: Executor,
      codes: readonly string[],
      date: string,
    ): Promise<Map<string, VillageCategory[]>> {
      const out = new Map<string, VillageCategory[]>();
      if (codes.length === 0) return out;
      const rows = await db
        .select({ code: villageCategoryPeriods.villageCode, category: villageCategoryPeriods.category })
        .from(villageCategoryPeriods)
        .where(
          and(
            inArray(villageCategoryPeriods.villageCode, [...codes]),
            holdsOn(villageCategoryPeriods.validFrom, villageCategoryPeriods.validTo, date),
          ),
        )
        .orderBy(asc(villageCategoryPeriods.category));
      for (const r of rows) {
        const list = out.get(r.code) ?? [];
        if (!list.includes(r.category as VillageCategory)) list.push(r.category as VillageCategory);
        out.set(r.code, list);
      }
      return out;
    },

    async upsertProfile(db: Executor, profile: NewVillageProfile): Promise<VillageProfileRecord> {
      const { villageCode: _code, createdAt: _created, ...update } = profile;
      const [row] = await db
        .insert(villageProfiles)
        .values(profile)
        .onConflictDoUpdate({ target: villageProfiles.villageCode, set: update })
        .returning();
      return row!;
    },

    /** Replaces the whole category history of the villages given (batched for imports). */
    async replaceCategories(
      db: Executor,
      villages: readonly {
        code: string;
        provinceCode: string;
        countyCode: string;
        periods: readonly Period<VillageCategory>[];
      }[],
    ): Promise<void> {
      if (villages.length === 0) return;
      await db.delete(villageCategoryPeriods).where(
        inArray(
          villageCategoryPeriods.villageCode,
          villages.map((v) => v.code),
        ),
      );
      const rows = villages.flatMap((v) =>
        v.periods.map((p) => ({
          villageCode: v.code,
          provinceCode: v.provinceCode,
          countyCode: v.countyCode,
          category: p.value,
          validFrom: p.from,
          validTo: p.to,
        })),
      );
      for (let i = 0; i < rows.length; i += 1000)
        await db.insert(villageCategoryPeriods).values(rows.slice(i, i + 1000));
    },

    async upsertProfiles(db: Executor, profiles: readonly NewVillageProfile[]): Promise<void> {
      for (let i = 0; i < profiles.length; i += 1000) {
        await db
          .insert(villageProfiles)
          .values(profiles.slice(i, i + 1000) as NewVillageProfile[])
          .onConflictDoUpdate({
            target: villageProfiles.villageCode,
            set: {
              population: sql`excluded.population`,
              households: sql`excluded.households`,
              lat: sql`excluded.lat`,
              lng: sql`excluded.lng`,
              checkinRadiusM: sql`excluded.checkin_radius_m`,
              updatedAt: sql`excluded.updated_at`,
            },
          });
      }
    },

    async profilesOf(db: Executor, codes: readonly string[]): Promise<Map<string, VillageProfileRecord>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select()
        .from(villageProfiles)
        .where(inArray(villageProfiles.villageCode, [...codes]));
      return new Map(rows.map((r) => [r.villageCode, r]));
    },

    /** Of the given codes, the villages inside the scope, with their names. */
    async villagesInScope(
      db: Executor,
      scope: Scope,
      codes: readonly string[],
    ): Promise<Map<string, string>> {
      if (codes.length === 0) return new Map();
      const rows = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          and(
            inArray(regions.code, [...codes]),
            eq(regions.level, VILLAGE_LEVEL),
            regionScope(scope, regions.code),
          ),
        );
      return new Map(rows.map((r) => [r.code, r.name]));
    },

    /** A county the scope can see (its own, or the county above a township scope). */
    async findCounty(db: Executor, scope: Scope, code: string, mode: 'see' | 'inside') {
      const [row] = await db
        .select({ code: regions.code, name: regions.name })
        .from(regions)
        .where(
          and(
            eq(regions.code, code),
            eq(regions.level, COUNTY_LEVEL),
            mode === 'see' ? regionVisibility(scope, regions.code) : regionScope(scope, regions.code),
          ),
        )
        .limit(1);
      return row;
    },

    async flagsOf(db: Executor, countyCode: string): Promise<Period<CountyFlag>[]> {
      const rows = await db
        .select()
        .from(countyFlags)
        .where(eq(countyFlags.countyCode, countyCode))
        .orderBy(asc(countyFlags.validFrom), asc(countyFlags.flag));
      return rows.map((r) => ({ value: r.flag as CountyFlag, from: r.validFrom, to: r.validTo }));
    },

    /** Counties among the codes that carry the flag on the date. */
    async countiesFlaggedOn(
      db: Executor,
      countyCodes: readonly string[],
      flag: CountyFlag,
      date: string,
    ): Promise<Set<string>> {
      if (countyCodes.length === 0) return new Set();
      const rows = await db
        .select({ code: countyFlags.countyCode })
        .from(countyFlags)
        .where(
          and(
            inArray(countyFlags.countyCode, [...countyCodes]),
            eq(countyFlags.flag, flag),
            holdsOn(countyFlags.validFrom, countyFlags.validTo, date),
          ),
        );
      return new Set(rows.map((r) => r.code));
    },

    async replaceFlags(
      db: Executor,
      countyCode: string,
      provinceCode: string,
      flags: readonly Period<CountyFlag>[],
    ): Promise<void> {
      await db.delete(countyFlags).where(eq(countyFlags.countyCode, countyCode));
      if (flags.length === 0) return;
      await db
        .insert(countyFlags)
        .values(
          flags.map((f) => ({ countyCode, provinceCode, flag: f.value, validFrom: f.from, validTo: f.to })),
        );
    },
  };
}
export type VillageRepository = ReturnType<typeof createVillageRepository>;
