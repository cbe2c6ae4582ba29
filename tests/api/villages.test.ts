import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, villageCategoryPeriods, villageProfiles } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';

// 开阳县 520121 › 双流镇 520121101 › 双永村 520121101200; 息烽县 520122 is another county of the same city.
const VILLAGE = '520121101200';
const VILLAGE2 = '520121101202';
const OTHER_TOWNSHIP_VILLAGE = '520121102200';
const XIFENG_VILLAGE = '520122001001';

let t: TestApp;
let county: TestUser;
let xifeng: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  xifeng = await t.user({ roles: ['org_admin'], regions: ['520122'] });
});
afterAll(() => t.close());

const history = [
  { category: 'registeredPoor', from: '2017-01-01', to: '2020-12-31' },
  { category: 'liftedFromPoverty', from: '2021-01-01' },
  { category: 'weakPartyOrg', from: '2019-03-01', to: '2021-06-30' },
];

const auditCount = async (action: string) =>
  (await t.container.database.db.select().from(auditLog).where(eq(auditLog.action, action))).length;

describe('village profiles', () => {
  it('sets a profile with its category history and answers { village } with the categories held today', async () => {
    const res = await county.put(`/api/villages/${VILLAGE}/profile`, {
      categories: history,
      population: 2310,
      households: 702,
      location: { lat: 27.06, lng: 106.97 },
      checkinRadiusM: 800,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { village } = res.json();
    expect(village).toMatchObject({
      code: VILLAGE,
      name: '双永村',
      population: 2310,
      households: 702,
      location: { lat: 27.06, lng: 106.97 },
      checkinRadiusM: 800,
      hasProfile: true,
      date: '2026-03-02',
      activeCategories: ['liftedFromPoverty'],
    });
    expect(village.categories).toHaveLength(3);
    expect(await auditCount('village.profile.update')).toBe(1);
  });

  it('answers the region path and what the village was on a date, at both ends of each period', async () => {
    const on = async (date: string) =>
      (await county.get(`/api/villages/${VILLAGE}?date=${date}`)).json().village.activeCategories;
    const res = await county.get(`/api/villages/${VILLAGE}`);
    expect(res.json().village.path.map((p: { name: string }) => p.name)).toEqual([
      '贵州省',
      '贵阳市',
      '开阳县',
      '双流镇',
      '双永村',
    ]);
    expect(await on('2016-12-31')).toEqual([]);
    expect(await on('2017-01-01')).toEqual(['registeredPoor']);
    expect((await on('2020-12-31')).sort()).toEqual(['registeredPoor', 'weakPartyOrg']);
    expect((await on('2021-01-01')).sort()).toEqual(['liftedFromPoverty', 'weakPartyOrg']);
    expect(await on('2021-07-01')).toEqual(['liftedFromPoverty']);
  });

  it('keeps optional fields left out and clears those sent as null', async () => {
    const res = await county.put(`/api/villages/${VILLAGE}/profile`, {
      categories: history,
      checkinRadiusM: null,
    });
    expect(res.json().village).toMatchObject({
      population: 2310,
      households: 702,
      checkinRadiusM: 1000,
      checkinRadiusIsDefault: true,
    });
  });

  it('answers a village of the tree without a profile, with the default radius', async () => {
    const res = await county.get(`/api/villages/${VILLAGE2}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().village).toMatchObject({
      hasProfile: false,
      population: null,
      categories: [],
      activeCategories: [],
      checkinRadiusM: 1000,
    });
  });

  it('lists villages of a region subtree, filtered by the category held on a date', async () => {
    const all = await county.get('/api/villages?region=520121101&pageSize=100');
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBeGreaterThan(3);
    expect(all.json().items.every((v: { code: string }) => v.code.startsWith('520121101'))).toBe(true);
    const poor2019 = await county.get('/api/villages?region=520121&category=registeredPoor&date=2019-06-01');
    expect(poor2019.json().items.map((v: { code: string }) => v.code)).toEqual([VILLAGE]);
    expect(poor2019.json().items[0]).toMatchObject({
      townshipName: '双流镇',
      activeCategories: ['registeredPoor', 'weakPartyOrg'],
    });
    const poorToday = await county.get('/api/villages?region=520121&category=registeredPoor');
    expect(poorToday.json().total).toBe(0);
    const either = await county.get('/api/villages?category=registeredPoor,liftedFromPoverty');
    expect(either.json().total).toBe(1);
  });

  it('refuses a bad category, a date that does not exist, an end before the start and overlaps, naming the field, and writes nothing', async () => {
    const before = await county.get(`/api/villages/${VILLAGE}`);
    const audits = await auditCount('village.profile.update');
    const cases: [unknown, string][] = [
      [{ categories: [{ category: 'rich', from: '2021-01-01' }] }, 'categories.0.category'],
      [{ categories: [{ category: 'weakEconomy', from: '2021-02-30' }] }, 'categories.0.from'],
      [
        { categories: [{ category: 'weakEconomy', from: '2021-05-01', to: '2021-04-30' }] },
        'categories.0.to',
      ],
      [
        {
          categories: [
            { category: 'weakEconomy', from: '2021-01-01', to: '2021-12-31' },
            { category: 'weakEconomy', from: '2021-12-31' },
          ],
        },
        'categories.1.from',
      ],
      [{ categories: [], location: { lat: 106.97, lng: 27.06 } }, 'location.lat'],
      [{ categories: [], population: 10, households: 20 }, 'households'],
      [{ categories: [], population: -1 }, 'population'],
      [{ population: 100 }, 'categories'],
    ];
    for (const [body, field] of cases) {
      const res = await county.put(`/api/villages/${VILLAGE}/profile`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION');
      expect(res.json().details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect((await county.get(`/api/villages/${VILLAGE}`)).json()).toEqual(before.json());
    expect(await auditCount('village.profile.update')).toBe(audits);
  });

  it('answers 400 to a code that is not 12 digits and 404 to a 12-digit code that is no village', async () => {
    expect((await county.get('/api/villages/520121101')).statusCode).toBe(400);
    expect((await county.get('/api/villages/520121101999')).statusCode).toBe(404);
  });

  it('answers 404 to a county user for another county’s village and leaves it out of lists', async () => {
    expect((await xifeng.get(`/api/villages/${VILLAGE}`)).statusCode).toBe(404);
    expect((await xifeng.put(`/api/villages/${VILLAGE}/profile`, { categories: [] })).statusCode).toBe(404);
    const list = await xifeng.get('/api/villages?region=520121');
    expect(list.json().total).toBe(0);
    expect((await xifeng.get(`/api/villages/${XIFENG_VILLAGE}`)).statusCode).toBe(200);
  });

  it('lets a township set location and radius of its own villages only, and nothing else', async () => {
    const town = await t.user({ roles: ['township'], regions: ['520121101'] });
    const res = await town.patch(`/api/villages/${VILLAGE}/location`, {
      location: { lat: 27.1, lng: 106.9 },
      checkinRadiusM: 1500,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().village).toMatchObject({
      location: { lat: 27.1, lng: 106.9 },
      checkinRadiusM: 1500,
      population: 2310,
    });
    expect(await auditCount('village.location.update')).toBe(1);
    expect(
      (await town.patch(`/api/villages/${OTHER_TOWNSHIP_VILLAGE}/location`, { checkinRadiusM: 900 }))
        .statusCode,
    ).toBe(404);
    const sameCategories = await town.put(`/api/villages/${VILLAGE}/profile`, {
      categories: history,
      checkinRadiusM: 1200,
    });
    expect(sameCategories.statusCode, sameCategories.body).toBe(200);
    const changes = await town.put(`/api/villages/${VILLAGE}/profile`, {
      categories: [],
      checkinRadiusM: 1200,
    });
    expect(changes.statusCode).toBe(403);
    expect(changes.json().code).toBe('FORBIDDEN');
  });

  it('refuses profile writes by roles that only read', async () => {
    for (const role of ['inspector', 'leading_group', 'village_committee'] as const) {
      const u = await t.user({ roles: [role], regions: ['520121'] });
      expect((await u.get(`/api/villages/${VILLAGE}`)).statusCode).toBe(200);
      expect((await u.put(`/api/villages/${VILLAGE}/profile`, { categories: [] })).statusCode, role).toBe(
        403,
      );
      expect(
        (await u.patch(`/api/villages/${VILLAGE}/location`, { checkinRadiusM: 500 })).statusCode,
        role,
      ).toBe(403);
    }
  });

  it('stores province and county codes beside each profile and category for national grouping', async () => {
    const db = t.container.database.db;
    const [p] = await db.select().from(villageProfiles).where(eq(villageProfiles.villageCode, VILLAGE));
    expect(p).toMatchObject({
      provinceCode: '52',
      cityCode: '5201',
      countyCode: '520121',
      townshipCode: '520121101',
    });
    const cats = await db
      .select()
      .from(villageCategoryPeriods)
      .where(eq(villageCategoryPeriods.villageCode, VILLAGE));
    expect(cats.every((c) => c.provinceCode === '52' && c.countyCode === '520121')).toBe(true);
  });

  // Clerk finding 4: out-of-range values were changed into others (latitude 99 saved as 54, radius −5 as 50)
  // by the form. The API takes what is typed or refuses it in words; these are the edges of what it takes.
  it('saves latitude, longitude and radius exactly as typed at the edges of their ranges (WGS-84, China)', async () => {
    const edges = [
      { location: { lat: 3, lng: 73 }, checkinRadiusM: 50 },
      { location: { lat: 54, lng: 136 }, checkinRadiusM: 50_000 },
      { location: { lat: 27.0563123456, lng: 106.9653987654 }, checkinRadiusM: 51 },
    ];
    for (const body of edges) {
      const res = await county.patch(`/api/villages/${VILLAGE2}/location`, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().village).toMatchObject({ ...body, checkinRadiusIsDefault: false });
    }
  });

  it('refuses a latitude, longitude, radius or headcount out of range with 400 naming the field and what is allowed, and changes nothing', async () => {
    const before = (await county.get(`/api/villages/${VILLAGE2}`)).json();
    const audits = await auditCount('village.location.update');
    const cases: [unknown, string, RegExp][] = [
      [{ location: { lat: 99, lng: 106.97 } }, 'location.lat', /3 至 54 之间/],
      [{ location: { lat: 54.0001, lng: 106.97 } }, 'location.lat', /3 至 54 之间/],
      [{ location: { lat: 2.9999, lng: 106.97 } }, 'location.lat', /3 至 54 之间/],
      [{ location: { lat: -90, lng: 106.97 } }, 'location.lat', /3 至 54 之间/],
      [{ location: { lat: 27.06, lng: 136.0001 } }, 'location.lng', /73 至 136 之间/],
      [{ location: { lat: 27.06, lng: 72.9999 } }, 'location.lng', /73 至 136 之间/],
      [{ location: { lat: 27.06, lng: -180 } }, 'location.lng', /73 至 136 之间/],
      [{ checkinRadiusM: -5 }, 'checkinRadiusM', /50 至 50000 米/],
      [{ checkinRadiusM: 0 }, 'checkinRadiusM', /50 至 50000 米/],
      [{ checkinRadiusM: 1 }, 'checkinRadiusM', /50 至 50000 米/],
      [{ checkinRadiusM: 49 }, 'checkinRadiusM', /50 至 50000 米/],
      [{ checkinRadiusM: 50_001 }, 'checkinRadiusM', /50 至 50000 米/],
      [{ checkinRadiusM: 120.5 }, 'checkinRadiusM', /整数/],
    ];
    for (const [body, field, words] of cases) {
      const res = await county.patch(`/api/villages/${VILLAGE2}/location`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION');
      const named = res.json().details.fields.find((f: { field: string }) => f.field === field);
      expect(named?.message, JSON.stringify(body)).toMatch(words);
    }
    const population = await county.put(`/api/villages/${VILLAGE2}/profile`, {
      categories: [],
      population: 12.5,
    });
    expect(population.statusCode).toBe(400);
    expect(population.json().details.fields[0]).toMatchObject({ field: 'population' });
    expect(population.json().details.fields[0].message).toMatch(/0 至 1000000 之间的整数/);
    expect((await county.get(`/api/villages/${VILLAGE2}`)).json()).toEqual(before);
    expect(await auditCount('village.location.update')).toBe(audits);
  });

  it('takes a category period ending on the day it starts and refuses one ending the day before, never saving it open-ended', async () => {
    const one = await county.put(`/api/villages/${VILLAGE2}/profile`, {
      categories: [{ category: 'weakEconomy', from: '2022-05-01', to: '2022-05-01' }],
    });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().village.categories).toEqual([
      { category: 'weakEconomy', from: '2022-05-01', to: '2022-05-01' },
    ]);
    const bad = await county.put(`/api/villages/${VILLAGE2}/profile`, {
      categories: [{ category: 'weakEconomy', from: '2022-05-01', to: '2022-04-30' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields).toEqual([
      { field: 'categories.0.to', message: '结束日期 2022-04-30 早于开始日期 2022-05-01' },
    ]);
    expect((await county.get(`/api/villages/${VILLAGE2}`)).json().village.categories).toEqual(
      one.json().village.categories,
    );
  });
});

describe('county flags', () => {
  it('sets keyAssistedCounty with dates and answers it on a date, at both ends', async () => {
    const res = await county.put('/api/counties/520121/flags', {
      flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2025-12-31' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      county: { code: '520121', name: '开阳县' },
      flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2025-12-31' }],
    });
    const on = async (date: string) =>
      (await county.get(`/api/counties/520121/flags?date=${date}`)).json().keyAssistedCounty;
    expect(await on('2021-08-26')).toBe(false);
    expect(await on('2021-08-27')).toBe(true);
    expect(await on('2025-12-31')).toBe(true);
    expect(await on('2026-01-01')).toBe(false);
    expect(
      (await county.get(`/api/villages/${VILLAGE}?date=2022-01-01`)).json().village.keyAssistedCounty,
    ).toBe(true);
    expect(await auditCount('county.flags.update')).toBe(1);
  });

  it('shows the flags to a township below the county but lets only the county organisation department set them', async () => {
    const town = await t.user({ roles: ['township'], regions: ['520121101'] });
    expect((await town.get('/api/counties/520121/flags')).statusCode).toBe(200);
    expect((await town.put('/api/counties/520121/flags', { flags: [] })).statusCode).toBe(403);
    expect((await xifeng.get('/api/counties/520121/flags')).statusCode).toBe(404);
    expect((await xifeng.put('/api/counties/520121/flags', { flags: [] })).statusCode).toBe(404);
  });

  it('takes a flag ending on the day it starts and refuses one ending the day before, never saving it open-ended', async () => {
    const saved = await county.put('/api/counties/520121/flags', {
      flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2021-08-27' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().flags).toEqual([{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2021-08-27' }]);
    const bad = await county.put('/api/counties/520121/flags', {
      flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2021-08-26' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields).toEqual([
      { field: 'flags.0.to', message: '结束日期 2021-08-26 早于开始日期 2021-08-27' },
    ]);
    expect((await county.get('/api/counties/520121/flags')).json().flags).toEqual(saved.json().flags);
    // Back to the history the next test starts from.
    await county.put('/api/counties/520121/flags', {
      flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27', to: '2025-12-31' }],
    });
  });

  it('refuses a flag ending before it starts, naming the field', async () => {
    const res = await county.put('/api/counties/520121/flags', {
      flags: [{ flag: 'keyAssistedCounty', from: '2022-01-01', to: '2021-01-01' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].field).toBe('flags.0.to');
    expect((await county.get('/api/counties/520121/flags')).json().flags).toHaveLength(1);
  });
});
