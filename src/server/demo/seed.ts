import { and, eq, gte, lt } from 'drizzle-orm';
import { countyOf, provinceOf, townshipOf } from '../../domain/regions/code';
import { cadreProblems } from '../../domain/registry/cadre';
import { makeIdNumber } from '../../domain/registry/id-number';
import type { Role } from '../../shared/dictionaries';
import type { Reporter } from '../bootstrap';
import type { Container } from '../container';
import { systemActor } from '../context';
import { regions, systemState } from '../db/schema';
import type { CadreFields } from '../modules/cadres/cadres.service';
import type { UnitRecord } from '../modules/units/units.repository';
import { ancestorColumns } from '../modules/units/units.service';
import { generatePassword, hashPassword } from '../security/passwords';
import { seedAssessmentDemo } from './assessment';
import { seedAttendanceDemo } from './attendance';
import { seedDailyDemo } from './daily';
import {
  BIRTH_REGIONS,
  categoriesFor,
  DEMO_COUNTY,
  demoPairings,
  demoUnits,
  GIVEN_FEMALE,
  GIVEN_MALE,
  RANKS,
  STRENGTH_SETS,
  SURNAMES,
  seeded,
} from './data';
import { seedReportsDemo } from './reports';
import { seedSelectionDemo } from './selection';
import { seedTeamsDemo } from './teams';
import { seedWorkLogsDemo } from './work-logs';

const SEEDED = 'demo.seeded';
const CADRES = 300;

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  scope: string;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const addYears = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace('-02-29', '-02-28');
const day = (rand: () => number, fromYear: number, toYear: number) => {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(rand() * ((end - start) / 86_400_000)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
};

/**
 * Seeds one real county (开阳县 520121) with demo profiles, units, pairings, cadres and an account per
 * role, once: completion is recorded in system_state in the same transaction. Skipped with ZHUCUN_DEMO=0
 * or when the county is not in the region tree. Returns the accounts created (passwords in clear, once).
 */
export async function seedDemo(container: Container, reporter: Reporter): Promise<DemoAccount[]> {
  const { config, clock, repositories: repo, services } = container;
  const db = container.database.db;
  if (!config.demo) return [];
  const [done] = await db.select().from(systemState).where(eq(systemState.key, SEEDED));
  if (done) return [];
  const villagesOfCounty = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(gte(regions.code, DEMO_COUNTY), lt(regions.code, '520122'), eq(regions.level, 5)))
    .orderBy(regions.code);
  if (villagesOfCounty.length === 0) {
    reporter.info(
      '行政区划中没有开阳县（520121），跳过演示数据 / county 520121 not in the region tree: demo data skipped',
    );
    return [];
  }
  const started = Date.now();
  const rand = seeded(20_210_511);
  const now = clock.now();
  const today = services.cadres.today();
  const actor = systemActor('demo');

  // Accounts: passwords hashed before the transaction (slow by design).
  const wanted: Omit<DemoAccount, 'password'>[] = [
    { username: 'demo_org', role: 'org_admin', displayName: '演示·开阳县委组织部', scope: DEMO_COUNTY },
    // The province's organisation department: it sets the provincial parameters (settings, issue 10 item 1).
    { username: 'demo_province', role: 'org_admin', displayName: '演示·贵州省委组织部', scope: '52' },
    {
      username: 'demo_leading',
      role: 'leading_group',
      displayName: '演示·开阳县驻村工作领导小组',
      scope: DEMO_COUNTY,
    },
    { username: 'demo_township', role: 'township', displayName: '演示·双流镇党委', scope: '520121101' },
    {
      username: 'demo_unit_hr',
      role: 'unit_hr',
      displayName: '演示·开阳县农业农村局人事股',
      scope: 'countyAgri',
    },
    {
      username: 'demo_unit_committee',
      role: 'unit_committee',
      displayName: '演示·开阳县农业农村局党组',
      scope: 'countyAgri',
    },
    { username: 'demo_cadre', role: 'cadre', displayName: '演示·驻村第一书记', scope: '520121101200' },
    {
      username: 'demo_village',
      role: 'village_committee',
      displayName: '演示·双永村“两委”',
      scope: '520121101200',
    },
    { username: 'demo_inspector', role: 'inspector', displayName: '演示·贵州省督查组', scope: '52' },
  ];
  const accounts: DemoAccount[] = [];
  for (const a of wanted)
    if (!(await repo.users.findByUsername(db, a.username)))
      accounts.push({ ...a, password: generatePassword() });
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));

  const counts = await db.transaction(async (tx) => {
    // Units, parents first.
    const unitByKey = new Map<string, UnitRecord>();
    for (const u of demoUnits) {
      const row = await repo.units.insert(tx, {
        name: u.name,
        kind: u.kind,
        level: u.level,
        regionCode: u.regionCode,
        ...ancestorColumns(u.regionCode),
        parentId: u.parent ? unitByKey.get(u.parent)!.id : null,
        demo: true,
        createdAt: now,
        updatedAt: now,
      });
      unitByKey.set(u.key, row);
    }
    for (const p of demoPairings) {
      await repo.pairings.insert(tx, {
        unitId: unitByKey.get(p.unit)!.id,
        kind: p.kind,
        targetCode: p.target,
        targetProvinceCode: provinceOf(p.target),
        targetCountyCode: countyOf(p.target),
        validFrom: p.from,
        validTo: p.to ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await repo.villages.replaceFlags(tx, DEMO_COUNTY, '52', [
      { value: 'keyAssistedCounty', from: '2021-08-27', to: null },
    ]);

    // Village profiles around 27.06°N 106.97°E, grouped by township.
    const townshipCentre = new Map<string, { lat: number; lng: number }>();
    const profiles = villagesOfCounty.map((v) => {
      const township = townshipOf(v.code);
      if (!townshipCentre.has(township))
        townshipCentre.set(township, {
          lat: 27.06 + (rand() - 0.5) * 0.4,
          lng: 106.97 + (rand() - 0.5) * 0.36,
        });
      const centre = townshipCentre.get(township)!;
      const population = 600 + Math.floor(rand() * 3900);
      return {
        villageCode: v.code,
        provinceCode: '52',
        cityCode: '5201',
        countyCode: DEMO_COUNTY,
        townshipCode: township,
        population,
        households: Math.round(population / (3 + rand() * 0.6)),
        lat: Math.round((centre.lat + (rand() - 0.5) * 0.06) * 1e6) / 1e6,
        lng: Math.round((centre.lng + (rand() - 0.5) * 0.06) * 1e6) / 1e6,
        checkinRadiusM: null,
        demo: true,
        createdAt: now,
        updatedAt: now,
      };
    });
    await repo.villages.upsertProfiles(tx, profiles);
    const histories = villagesOfCounty.map((v) => ({
      code: v.code,
      provinceCode: '52',
      countyCode: DEMO_COUNTY,
      periods: categoriesFor(rand, v.name.endsWith('社区')).map((c) => ({
        value: c.category,
        from: c.from,
        to: c.to,
      })),
    }));
    await repo.villages.replaceCategories(tx, histories);

    // Cadres: generated names and valid ID numbers, spread over the units by weight.
    const totalWeight = demoUnits.reduce((n, u) => n + u.weight, 0);
    const unitFor = (r: number) => {
      let acc = 0;
      for (const u of demoUnits) {
        acc += u.weight / totalWeight;
        if (r < acc) return unitByKey.get(u.key)!;
      }
      return unitByKey.get(demoUnits[demoUnits.length - 1]!.key)!;
    };
    const cadreRows = [];
    // No two cadres of the demo county share a name (clerk finding 8: two members of one team had the same).
    const taken = new Set<string>();
    const uniqueName = (male: boolean) => {
      for (let tries = 0; ; tries++) {
        const given = male ? GIVEN_MALE : GIVEN_FEMALE;
        const name = `${pick(rand, SURNAMES)}${pick(rand, given)}${tries >= 50 ? pick(rand, given).slice(-1) : ''}`;
        if (!taken.has(name)) {
          taken.add(name);
          return name;
        }
      }
    };
    for (let i = 0; i < CADRES; i++) {
      const male = rand() < 0.66;
      const birthDate = day(rand, 1966, 1999);
      const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
      const r = rand();
      const partyStatus = r < 0.76 ? 'full' : r < 0.82 ? 'probationary' : 'none';
      const workStartedOn = addYears(birthDate, 21 + Math.floor(rand() * 4));
      const partyJoinedOn =
        partyStatus === 'probationary'
          ? day(rand, Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4)) - 1)
          : addYears(birthDate, 20 + Math.floor(rand() * (Math.max(0, Math.min(7, age - 23)) + 1)));
      const partyFullOn = partyStatus === 'full' ? addYears(partyJoinedOn, 1) : null;
      const rank = pick(rand, RANKS);
      const unit = unitFor(rand());
      const fields: CadreFields = {
        name: uniqueName(male),
        gender: male ? 'male' : 'female',
        birthDate,
        idNumber: makeIdNumber(pick(rand, BIRTH_REGIONS), birthDate, ((i * 2) % 998) + (male ? 1 : 2)),
        phone: `1380000${String(i).padStart(4, '0')}`,
        unitId: unit.id,
        partyStatus,
        partyJoinedOn: partyStatus === 'none' ? null : partyJoinedOn,
        partyFullOn,
        workStartedOn,
        rank,
        reserveCadre: rand() < 0.12,
        young: age <= 35 && rand() < 0.4,
        steppedDownForAge: age >= 55 && (rank === 'division' || rank === 'section') && rand() < 0.5,
        ruralExperience: rand() < 0.45,
        agriExpertise: ['countyAgri', 'cityAgri', 'provAgri', 'countyWater', 'provUniversity'].some(
          (k) => unitByKey.get(k)!.id === unit.id,
        )
          ? rand() < 0.7
          : rand() < 0.1,
        strengths: pick(rand, STRENGTH_SETS),
      };
      const problems = cadreProblems(fields, today);
      if (problems.length)
        throw new Error(`demo cadre ${i} is inconsistent: ${problems.map((p) => p.field).join(', ')}`);
      cadreRows.push({
        ...services.cadres.toColumns(fields, unit),
        demo: true,
        createdAt: now,
        updatedAt: now,
      });
    }
    await repo.cadres.insertMany(tx, cadreRows);

    for (const [i, a] of accounts.entries()) {
      const unitScope = unitByKey.get(a.scope);
      await repo.users.insert(tx, {
        username: a.username,
        displayName: a.displayName,
        passwordHash: hashes[i]!,
        roles: [a.role],
        scopeRegions: unitScope ? [] : [a.scope],
        scopeUnits: unitScope ? [unitScope.id] : [],
        createdAt: now,
        updatedAt: now,
        passwordChangedAt: now,
      });
      if (unitScope) a.scope = unitScope.name;
    }
    const summary = {
      units: demoUnits.length,
      pairings: demoPairings.length,
      villages: profiles.length,
      cadres: cadreRows.length,
      accounts: accounts.map((a) => a.username),
    };
    await repo.audit.append(
      tx,
      actor,
      {
        action: 'demo.seed',
        entityType: 'demo',
        entityId: DEMO_COUNTY,
        regionCode: DEMO_COUNTY,
        after: summary,
      },
      now,
    );
    await tx.insert(systemState).values({ key: SEEDED, value: { ...summary, at: now.toISOString() } });
    return summary;
  });
  // How long each part took, said with the summary (the first start's wait is mostly this).
  const parts: string[] = [];
  const timed = async <T>(name: string, part: () => Promise<T>): Promise<T> => {
    const at = Date.now();
    const result = await part();
    parts.push(`${name} ${((Date.now() - at) / 1000).toFixed(1)} s`);
    return result;
  };
  await timed('teams', () => seedTeamsDemo(container));
  // Issue 10: demo_cadre is the own account of the first secretary on post today in 520121101200.
  const secretary = await container.repositories.sessions.currentFirstSecretaryOf(db, '520121101200', today);
  const demoCadre = await repo.users.findByUsername(db, 'demo_cadre');
  if (secretary && demoCadre && !demoCadre.cadreId)
    await repo.users.update(db, demoCadre.id, { cadreId: secretary });
  // Issue 10 item 9: a year of leave, trips, verifications and stays, after the teams and demo_cadre's link.
  await timed('attendance', () => seedAttendanceDemo(container));
  // Issue 11 item 8: a year of work logs and a task list with progress for every team.
  await timed('work logs', () => seedWorkLogsDemo(container));
  // Issue 12 item 7: meetings (the last full quarter overdue), talks, a discipline record, handover lists.
  await timed('daily', () => seedDailyDemo(container));
  // Issue 12 item 7: two half years of reports in every state, drafted from the records (meetings included).
  await timed('reports', () => seedReportsDemo(container));
  // Issue 13 item 6: last year's annual assessment decided and published, this year's in progress.
  await timed('assessment', () => seedAssessmentDemo(container));
  const selection = await timed('selection', () => seedSelectionDemo(container));

  reporter.info(
    `演示数据：开阳县 ${counts.villages} 个村（社区）、${counts.units} 个派出单位、${counts.cadres} 名干部、${selection.nominations} 名在选人选，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒（${parts.join('，')}）；关闭演示数据请设 ZHUCUN_DEMO=0 / demo county seeded`,
  );
  if (accounts.length) {
    const width = Math.max(...accounts.map((a) => a.username.length));
    reporter.secret(
      [
        '演示账号 / demo accounts（只显示这一次 / shown only this once）:',
        ...accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.password}  ${a.role}  ${a.scope}`),
      ].join('\n'),
    );
  }
  return accounts;
}
