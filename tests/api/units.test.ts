import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { maker } from '../support/make';

let t: TestApp;
let admin: TestUser;
let county: TestUser;
let xifeng: TestUser;
let make: ReturnType<typeof maker>;

beforeAll(async () => {
  t = await createTestApp();
  make = maker(t);
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  xifeng = await t.user({ roles: ['org_admin'], regions: ['520122'] });
});
afterAll(() => t.close());

const unitCount = async () => (await t.container.database.db.select().from(units)).length;

describe('dispatching units', () => {
  it('creates a unit and answers 201 { unit: { id, … } }, audited', async () => {
    const res = await county.post('/api/units', {
      name: '开阳县农业农村局',
      kind: 'county_organ',
      level: 'county',
      regionCode: '520121',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { unit } = res.json();
    expect(unit).toMatchObject({
      name: '开阳县农业农村局',
      kind: 'county_organ',
      level: 'county',
      regionCode: '520121',
      regionName: '开阳县',
      parentId: null,
    });
    expect(unit.id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await t.container.database.db.select().from(units).where(eq(units.id, unit.id));
    expect(row).toMatchObject({ provinceCode: '52', countyCode: '520121' });
    const audit = await t.container.database.db.select().from(auditLog).where(eq(auditLog.entityId, unit.id));
    expect(audit.map((a) => a.action)).toEqual(['unit.create']);
  });

  it('accepts every kind and level of the contract', async () => {
    const kinds = [
      'central_organ',
      'provincial_organ',
      'city_organ',
      'county_organ',
      'central_soe',
      'local_soe',
      'public_institution',
      'university',
      'financial_enterprise',
      'people_org',
    ];
    for (const [i, kind] of kinds.entries()) {
      const level = ['central', 'province', 'city', 'county'][i % 4];
      const res = await admin.post('/api/units', { name: `类别测试${i}`, kind, level, regionCode: '52' });
      expect(res.statusCode, kind).toBe(201);
    }
  });

  it('refuses a bad kind, level, region and parent, naming the field, and writes nothing', async () => {
    const before = await unitCount();
    const base = { name: '某单位', kind: 'county_organ', level: 'county', regionCode: '520121' };
    const cases: [unknown, string][] = [
      [{ ...base, kind: 'ministry' }, 'kind'],
      [{ ...base, level: 'township' }, 'level'],
      [{ ...base, regionCode: '5201219' }, 'regionCode'],
      [{ ...base, regionCode: '520199' }, 'regionCode'],
      [{ ...base, name: '' }, 'name'],
      [{ ...base, parentId: 'not-a-uuid' }, 'parentId'],
      [{ ...base, parentId: '00000000-0000-4000-8000-000000000000' }, 'parentId'],
    ];
    for (const [body, field] of cases) {
      const res = await county.post('/api/units', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await unitCount()).toBe(before);
  });

  it('refuses a second unit of the same name in the same region with 409', async () => {
    await make.unit({ name: '开阳县财政局' });
    const res = await county.post('/api/units', {
      name: '开阳县财政局',
      kind: 'county_organ',
      level: 'county',
      regionCode: '520121',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().details.fields[0].field).toBe('name');
  });

  it('keeps a county administrator to units of the county: 403 to create elsewhere, 404 to read elsewhere', async () => {
    expect(
      (
        await county.post('/api/units', {
          name: '息烽县教育局',
          kind: 'county_organ',
          level: 'county',
          regionCode: '520122',
        })
      ).statusCode,
    ).toBe(403);
    const other = await make.unit({ name: '息烽县水务局', regionCode: '520122' });
    expect((await county.get(`/api/units/${other.id}`)).statusCode).toBe(404);
    expect((await county.patch(`/api/units/${other.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await xifeng.get(`/api/units/${other.id}`)).statusCode).toBe(200);
  });

  it('lists units by region, kind and name, and a unit user sees its own unit', async () => {
    const own = await make.unit({ name: '开阳县人民医院', kind: 'public_institution' });
    const list = await county.get(
      `/api/units?region=520121&kind=public_institution&q=${encodeURIComponent('医院')}`,
    );
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([own.id]);
    const hr = await t.user({ roles: ['unit_hr'], units: [own.id] });
    const mine = await hr.get('/api/units');
    expect(mine.json()).toMatchObject({ total: 1, items: [{ id: own.id }] });
    expect((await hr.get(`/api/units/${own.id}`)).statusCode).toBe(200);
    expect(
      (
        await hr.post('/api/units', {
          name: '某局',
          kind: 'county_organ',
          level: 'county',
          regionCode: '520121',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('changes a unit, places it under a parent and refuses a loop', async () => {
    const parent = await make.unit({ name: '开阳县卫生健康局' });
    const child = await make.unit({ name: '开阳县疾病预防控制中心', kind: 'public_institution' });
    const res = await county.patch(`/api/units/${child.id}`, { parentId: parent.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().unit).toMatchObject({ parentId: parent.id, parentName: '开阳县卫生健康局' });
    const loop = await county.patch(`/api/units/${parent.id}`, { parentId: child.id });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().details.fields[0].field).toBe('parentId');
    expect((await county.get(`/api/units?parentId=${parent.id}`)).json().total).toBe(1);
  });
});

describe('pairings', () => {
  it('records a designated pairing of a central unit with the county, which then sees the unit', async () => {
    const central = await make.unit({
      name: '中央某部委（测试）',
      kind: 'central_organ',
      level: 'central',
      regionCode: '11',
    });
    expect((await county.get(`/api/units/${central.id}`)).statusCode).toBe(404);
    const res = await admin.post(`/api/units/${central.id}/pairings`, {
      kind: 'designated',
      targetCode: '520121',
      from: '2015-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().pairing).toMatchObject({
      unitId: central.id,
      kind: 'designated',
      targetCode: '520121',
      targetName: '开阳县',
      from: '2015-01-01',
      to: null,
      active: true,
    });
    const seen = await county.get(`/api/units/${central.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().unit.pairings).toHaveLength(1);
    expect((await xifeng.get(`/api/units/${central.id}`)).statusCode).toBe(404);
    const byTarget = await county.get('/api/pairings?target=520121');
    expect(byTarget.json().items.map((p: { unitId: string }) => p.unitId)).toContain(central.id);
    expect((await xifeng.get('/api/pairings?target=520121')).json().total).toBe(0);
  });

  it('refuses a bad kind, a target that is not a county or village, and an end before the start', async () => {
    const u = await make.unit({
      name: '贵州大学（测试）',
      kind: 'university',
      level: 'province',
      regionCode: '52',
    });
    const cases: [unknown, string][] = [
      [{ kind: 'twinning', targetCode: '520121', from: '2021-01-01' }, 'kind'],
      [{ kind: 'paired', targetCode: '5201', from: '2021-01-01' }, 'targetCode'],
      [{ kind: 'paired', targetCode: '520199', from: '2021-01-01' }, 'targetCode'],
      [{ kind: 'paired', targetCode: '520121', from: '2021-01-01', to: '2020-12-31' }, 'to'],
      [{ kind: 'paired', targetCode: '520121', from: '2021-13-01' }, 'from'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post(`/api/units/${u.id}/pairings`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().details.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect((await admin.get(`/api/units/${u.id}/pairings`)).json().items).toEqual([]);
  });

  it('ends a pairing with a date and refuses an overlapping one of the same kind and target', async () => {
    const u = await make.unit({
      name: '某东部城市协作办（测试）',
      kind: 'city_organ',
      level: 'city',
      regionCode: '1101',
    });
    const created = (
      await admin.post(`/api/units/${u.id}/pairings`, {
        kind: 'east_west',
        targetCode: '520121101200',
        from: '2021-01-01',
      })
    ).json().pairing;
    const ended = await county.patch(`/api/units/${u.id}/pairings/${created.id}`, { to: '2025-12-31' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().pairing).toMatchObject({ to: '2025-12-31', active: false, targetName: '双永村' });
    const overlap = await admin.post(`/api/units/${u.id}/pairings`, {
      kind: 'east_west',
      targetCode: '520121101200',
      from: '2025-06-01',
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().details.fields[0].field).toBe('from');
    expect(
      (
        await admin.post(`/api/units/${u.id}/pairings`, {
          kind: 'east_west',
          targetCode: '520121101200',
          from: '2026-01-01',
        })
      ).statusCode,
    ).toBe(201);
    expect((await county.get(`/api/pairings?unitId=${u.id}&date=2026-03-02`)).json().total).toBe(1);
  });

  it('takes a pairing ending on the day it starts and refuses one ending the day before, never saving it open-ended', async () => {
    const u = await make.unit({ name: '开阳县统计局（测试）' });
    const same = await county.post(`/api/units/${u.id}/pairings`, {
      kind: 'paired',
      targetCode: '520121',
      from: '2022-03-01',
      to: '2022-03-01',
    });
    expect(same.statusCode, same.body).toBe(201);
    expect(same.json().pairing).toMatchObject({ from: '2022-03-01', to: '2022-03-01' });
    const id = same.json().pairing.id;
    const before = await county.patch(`/api/units/${u.id}/pairings/${id}`, { to: '2022-02-28' });
    expect(before.statusCode).toBe(400);
    expect(before.json().details.fields).toEqual([
      { field: 'to', message: '结束日期 2022-02-28 早于开始日期 2022-03-01' },
    ]);
    expect((await county.get(`/api/units/${u.id}/pairings`)).json().items[0]).toMatchObject({
      from: '2022-03-01',
      to: '2022-03-01',
    });
  });

  it('lets only administrators record pairings', async () => {
    const u = await make.unit({ name: '开阳县交通运输局' });
    const lg = await t.user({ roles: ['leading_group'], regions: ['520121'] });
    expect(
      (
        await lg.post(`/api/units/${u.id}/pairings`, {
          kind: 'paired',
          targetCode: '520121',
          from: '2021-01-01',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await xifeng.post(`/api/units/${u.id}/pairings`, {
          kind: 'paired',
          targetCode: '520121',
          from: '2021-01-01',
        })
      ).statusCode,
    ).toBe(404);
  });
});

// Ending a pairing by mistake (issue 9, groundwork 8): undone by an audited correction with a reason.
describe('reopening an ended pairing', () => {
  const pairedWith = async (name: string, target: string, from: string, to: string | null) => {
    const u = await make.unit({ name, kind: 'city_organ', level: 'city', regionCode: '1101' });
    const res = await admin.post(`/api/units/${u.id}/pairings`, {
      kind: 'east_west',
      targetCode: target,
      from,
      to,
    });
    expect(res.statusCode, res.body).toBe(201);
    return { unitId: u.id, pairingId: res.json().pairing.id as string };
  };
  const reopens = async () =>
    (await t.container.database.db.select().from(auditLog).where(eq(auditLog.action, 'pairing.reopen')))
      .length;

  it('undoes an end recorded by mistake, open-ended again, audited with the reason, by the target county', async () => {
    const { unitId, pairingId } = await pairedWith(
      '某东部城市协作办甲（测试）',
      '520121101202',
      '2021-01-01',
      null,
    );
    await county.patch(`/api/units/${unitId}/pairings/${pairingId}`, { to: '2026-02-28' });
    const res = await county.post(`/api/pairings/${pairingId}/reopen`, {
      reason: '误录终止日期，协作仍在进行',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().pairing).toMatchObject({ id: pairingId, from: '2021-01-01', to: null, active: true });
    const [record] = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'pairing.reopen'));
    expect(record).toMatchObject({ entityId: pairingId, regionCode: '520121101202' });
    expect(record!.before).toMatchObject({ to: '2026-02-28' });
    expect(record!.after).toMatchObject({ to: null, reason: '误录终止日期，协作仍在进行' });
  });

  it('restores a planned end when one is given, later than the recorded end only', async () => {
    const { unitId, pairingId } = await pairedWith(
      '某东部城市协作办乙（测试）',
      '520121101203',
      '2021-01-01',
      null,
    );
    await county.patch(`/api/units/${unitId}/pairings/${pairingId}`, { to: '2024-06-30' });
    const short = await county.post(`/api/pairings/${pairingId}/reopen`, { reason: '误录' });
    expect(short.statusCode).toBe(400);
    expect(short.json().details.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    const early = await county.post(`/api/pairings/${pairingId}/reopen`, {
      reason: '误录终止日期',
      to: '2024-06-30',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().details.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
    const res = await county.post(`/api/pairings/${pairingId}/reopen`, {
      reason: '原计划至 2027 年底',
      to: '2027-12-31',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().pairing).toMatchObject({ to: '2027-12-31' });
  });

  it('refuses with 409 a pairing that is not ended, and one whose unit has a later pairing with the place since, saying so', async () => {
    const audits = await reopens();
    const open = await pairedWith('某东部城市协作办丙（测试）', '520121101204', '2021-01-01', null);
    const notEnded = await county.post(`/api/pairings/${open.pairingId}/reopen`, { reason: '测试撤销终止' });
    expect(notEnded.statusCode).toBe(409);
    expect(notEnded.json().code).toBe('INVALID_STATE');

    const ended = await pairedWith('某东部城市协作办丁（测试）', '520121101205', '2021-01-01', '2023-12-31');
    const next = await admin.post(`/api/units/${ended.unitId}/pairings`, {
      kind: 'paired',
      targetCode: '520121101205',
      from: '2024-01-01',
    });
    expect(next.statusCode, next.body).toBe(201);
    const res = await county.post(`/api/pairings/${ended.pairingId}/reopen`, { reason: '测试撤销终止' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', details: { laterFrom: '2024-01-01' } });
    expect(res.json().message).toContain('2024-01-01 起的帮扶关系');
    expect((await admin.get(`/api/units/${ended.unitId}/pairings`)).json().items[0]).toMatchObject({
      to: '2023-12-31',
    });
    expect(await reopens()).toBe(audits);
  });

  it('lets only administrators of the unit’s region or the target correct it: 403 to others, 404 outside', async () => {
    const { pairingId } = await pairedWith(
      '某东部城市协作办戊（测试）',
      '520121102200',
      '2021-01-01',
      '2025-12-31',
    );
    const lg = await t.user({ roles: ['leading_group'], regions: ['520121'] });
    expect((await lg.post(`/api/pairings/${pairingId}/reopen`, { reason: '测试撤销终止' })).statusCode).toBe(
      403,
    );
    expect(
      (await xifeng.post(`/api/pairings/${pairingId}/reopen`, { reason: '测试撤销终止' })).statusCode,
    ).toBe(404);
  });
});
