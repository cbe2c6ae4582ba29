import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import {
  cadres,
  countyFlags,
  nominations,
  regions,
  unitPairings,
  units,
  villageCategoryPeriods,
  villageNeeds,
  villageProfiles,
} from '../../src/server/db/schema';
import type { TestApp } from './app';

// Rows for teams-and-terms tests, inserted directly (STYLE.md: each test makes its own data): units,
// cadres, village needs and nominations already through the selection procedure, categories, pairings.

type UnitRow = typeof units.$inferInsert;
type CadreRow = typeof cadres.$inferInsert;
type NeedRow = typeof villageNeeds.$inferInsert;
type NominationRow = typeof nominations.$inferInsert;

let seq = 0;

export interface Decided {
  unitId: string;
  cadreId: string;
  needId: string;
  nominationId: string;
}

export function selectionFactory(t: TestApp) {
  const db = t.container.database.db;
  let defaultUnit: string | undefined;

  const factory = {
    async unit(over: Partial<UnitRow> = {}): Promise<string> {
      const regionCode = over.regionCode ?? '520121';
      const [row] = await db
        .insert(units)
        .values({
          name: `测试派出单位${++seq}`,
          kind: 'county_organ',
          level: 'county',
          regionCode,
          provinceCode: regionCode.slice(0, 2),
          countyCode: regionCode.length >= 6 ? regionCode.slice(0, 6) : null,
          ...over,
        })
        .returning({ id: units.id });
      return row!.id;
    },

    /** A cadre eligible as first secretary under both versions unless a test says otherwise. */
    async cadre(unitId: string, over: Partial<CadreRow> = {}): Promise<string> {
      const n = ++seq;
      const [row] = await db
        .insert(cadres)
        .values({
          unitId,
          regionCode: '520121',
          provinceCode: '52',
          countyCode: '520121',
          name: `干部${n}`,
          gender: 'male',
          birthDate: '1988-06-15',
          idNumberCipher: 'test',
          idNumberHash: randomUUID(),
          idNumberMasked: '**************0000',
          phoneCipher: 'test',
          phoneMasked: '139****0000',
          partyStatus: 'full',
          partyJoinedOn: '2009-06-01',
          partyFullOn: '2010-06-01',
          workStartedOn: '2010-07-01',
          rank: 'section',
          strengths: [],
          ...over,
        })
        .returning({ id: cadres.id });
      return row!.id;
    },

    async need(villageCode: string, over: Partial<NeedRow> = {}): Promise<string> {
      const [row] = await db
        .insert(villageNeeds)
        .values({
          villageCode,
          provinceCode: villageCode.slice(0, 2),
          countyCode: villageCode.slice(0, 6),
          firstSecretary: true,
          members: 2,
          status: 'open',
          effectiveOn: '2017-01-01',
          policyVersion: 'P17',
          createdByName: 'test',
          ...over,
        })
        .returning({ id: villageNeeds.id });
      return row!.id;
    },

    async nomination(
      input: { cadreId: string; unitId: string; needId: string; villageCode: string },
      over: Partial<NominationRow> = {},
    ): Promise<string> {
      const [row] = await db
        .insert(nominations)
        .values({
          ...input,
          provinceCode: input.villageCode.slice(0, 2),
          countyCode: input.villageCode.slice(0, 6),
          role: 'first_secretary',
          source: 'recommendation',
          nominatedOn: '2017-01-01',
          policyVersion: 'P17',
          status: 'decided',
          ...over,
        })
        .returning({ id: nominations.id });
      return row!.id;
    },

    /** A decided nomination of a new cadre for a need of the village (a new need unless one is given). */
    async decided(
      villageCode: string,
      opts: {
        role?: 'first_secretary' | 'member';
        needId?: string;
        need?: Partial<NeedRow>;
        unitId?: string;
        cadre?: Partial<CadreRow>;
        nomination?: Partial<NominationRow>;
      } = {},
    ): Promise<Decided> {
      defaultUnit ??= await factory.unit();
      const unitId = opts.unitId ?? defaultUnit;
      const cadreId = await factory.cadre(unitId, opts.cadre);
      const needId = opts.needId ?? (await factory.need(villageCode, opts.need));
      const nominationId = await factory.nomination(
        { cadreId, unitId, needId, villageCode },
        { role: opts.role ?? 'first_secretary', ...opts.nomination },
      );
      return { unitId, cadreId, needId, nominationId };
    },

    async category(
      villageCode: string,
      category: string,
      from: string,
      to: string | null = null,
    ): Promise<void> {
      await db
        .insert(villageProfiles)
        .values({
          villageCode,
          provinceCode: villageCode.slice(0, 2),
          cityCode: villageCode.slice(0, 4),
          countyCode: villageCode.slice(0, 6),
          townshipCode: villageCode.slice(0, 9),
        })
        .onConflictDoNothing();
      await db.insert(villageCategoryPeriods).values({
        villageCode,
        provinceCode: villageCode.slice(0, 2),
        countyCode: villageCode.slice(0, 6),
        category,
        validFrom: from,
        validTo: to,
      });
    },

    async keyAssistedCounty(countyCode: string, from: string): Promise<void> {
      await db.insert(countyFlags).values({
        countyCode,
        provinceCode: countyCode.slice(0, 2),
        flag: 'keyAssistedCounty',
        validFrom: from,
      });
    },

    async pairing(unitId: string, villageCode: string, from = '2015-01-01'): Promise<void> {
      await db.insert(unitPairings).values({
        unitId,
        kind: 'paired',
        targetCode: villageCode,
        targetProvinceCode: villageCode.slice(0, 2),
        targetCountyCode: villageCode.slice(0, 6),
        validFrom: from,
      });
    },
  };
  return factory;
}
export type SelectionFactory = ReturnType<typeof selectionFactory>;

/** Hands out distinct villages (村, not 社区) of a county, so tests in one file never share one. */
export async function villagePool(t: TestApp, county = '520121') {
  const rows = await t.container.database.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, 5), gte(regions.code, county), lt(regions.code, `${county}a`)))
    .orderBy(asc(regions.code));
  const codes = rows.map((r) => r.code).filter((c) => c.charAt(9) === '2');
  let next = 0;
  return () => {
    const code = codes[next++];
    if (!code) throw new Error(`no more villages in ${county}`);
    return code;
  };
}
