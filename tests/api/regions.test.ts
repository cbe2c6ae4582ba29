import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameGrams } from '../../src/domain/regions/names';
import { regions } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';

let t: TestApp;
let admin: TestUser;
let county: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
});
afterAll(() => t.close());

describe('regions', () => {
  it('lists provinces with the contract shape and paging', async () => {
    const res = await admin.get('/api/regions?level=province&page=1&pageSize=10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, pageSize: 10, total: 2 });
    expect(res.json().items[0]).toMatchObject({
      code: '11',
      name: '北京市',
      level: 'province',
      parentCode: null,
    });
  });

  it('lists the townships of a county by parent, in code order', async () => {
    const res = await admin.get('/api/regions?parent=520121&pageSize=100');
    const items = res.json().items as { code: string; level: string; parentCode: string }[];
    expect(res.json().total).toBe(18);
    expect(items.every((r) => r.level === 'township' && r.parentCode === '520121')).toBe(true);
    expect(items.map((r) => r.code)).toEqual([...items.map((r) => r.code)].sort());
  });

  it('gives one region with its full path, villages included', async () => {
    const villages = (await admin.get('/api/regions/520121101/children?pageSize=1')).json();
    const village = villages.items[0];
    expect(village.level).toBe('village');
    const res = await admin.get(`/api/regions/${village.code}`);
    expect(
      res
        .json()
        .path.map((p: { name: string }) => p.name)
        .slice(0, 4),
    ).toEqual(['贵州省', '贵阳市', '开阳县', '双流镇']);
    expect(res.json().path).toHaveLength(5);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await admin.get('/api/regions/999999')).statusCode).toBe(404);
    const bad = await admin.get('/api/regions/12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION', details: { fields: [{ field: 'code' }] } });
  });

  it('finds regions by name with the path of each', async () => {
    const res = await admin.get(`/api/regions/search?q=${encodeURIComponent('双流')}`);
    expect(res.json().total).toBeGreaterThan(0);
    expect(res.json().items[0].path.map((p: { name: string }) => p.name)).toEqual([
      '贵州省',
      '贵阳市',
      '开阳县',
      '双流镇',
    ]);
  });

  it('finds a name by a character or a pair anywhere in it, as the unindexed like did (issue 9 item 8)', async () => {
    const all = await t.container.database.db.select({ name: regions.name }).from(regions);
    for (const q of ['永村', '双永村', '水', '井村', '开阳县']) {
      const res = (await admin.get(`/api/regions/search?q=${encodeURIComponent(q)}&pageSize=100`)).json();
      expect(res.total, q).toBe(all.filter((r) => r.name.includes(q)).length);
      expect(res.total, q).toBeGreaterThan(0);
      expect(
        res.items.every((r: { name: string }) => r.name.includes(q)),
        q,
      ).toBe(true);
    }
  });

  it('stores with each imported name the pairs the search asks for (nameGrams)', async () => {
    const rows = await t.container.database.db
      .select({ name: regions.name, grams: regions.nameGrams })
      .from(regions)
      .where(sql`${regions.code} >= '520121101' and ${regions.code} < '520121102'`);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect([...(r.grams ?? [])].sort(), r.name).toEqual(nameGrams(r.name).sort());
  });

  it('treats % and _ in a search as letters, not wildcards', async () => {
    expect((await admin.get('/api/regions/search?q=%25')).json().total).toBe(0);
  });

  it('shows a county user its county, the ancestors, and nothing beside them', async () => {
    const provinces = (await county.get('/api/regions?level=province')).json();
    expect(provinces.items.map((r: { code: string }) => r.code)).toEqual(['52']);
    const counties = (await county.get('/api/regions?parent=5201')).json();
    expect(counties.items.map((r: { code: string }) => r.code)).toEqual(['520121']);
    expect((await county.get('/api/regions/520122')).statusCode).toBe(404);
    expect((await county.get(`/api/regions/search?q=${encodeURIComponent('永靖')}`)).json().total).toBe(0);
  });
});
