import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';

// Provincial parameters (issue 10 item 1; RULES.md "Provincial parameters"): per jurisdiction and by the
// date each value took effect; the province's organisation department edits them (audited); everyone sees
// the value in force with where it came from.

let t: TestApp;
let province: TestUser;
let county: TestUser;
let township: TestUser;
let national: TestUser;

type Param = {
  key: string;
  value: unknown;
  sourceRegion: string | null;
  effectiveFrom: string | null;
  editable: boolean;
};
const effective = async (as: TestUser, region: string, date: string) => {
  const res = await as.get(`/api/settings/effective?region=${region}&date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  const params = res.json().parameters as Param[];
  return Object.fromEntries(params.map((p) => [p.key, p])) as Record<string, Param>;
};

beforeAll(async () => {
  t = await createTestApp();
  national = await t.user({ roles: ['sys_admin'] });
  province = await t.user({ roles: ['org_admin'], regions: ['52'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  township = await t.user({ roles: ['township'], regions: ['520121101'] });
});
afterAll(() => t.close());

describe('GET /api/settings/effective (issue 10 item 1)', () => {
  it('answers the national defaults of RULES.md with no source and no effective date', async () => {
    const p = await effective(township, '520121101200', '2026-03-01');
    for (const [key, value] of Object.entries({
      minDaysInVillagePerMonth: 20,
      leaveTownshipMaxDays: 3,
      cumulativeLeaveAlertDays: 30,
      tripCountsInVillage: true,
      checkInEnabled: false,
      checkInRadiusMetres: 1000,
      handoverOverlapDays: 7,
      youngAgeLine: 40,
      minimumCountedPer: 'month',
      checkInRetentionDays: 90,
    })) {
      expect(p[key], key).toMatchObject({ key, value, sourceRegion: null, effectiveFrom: null });
    }
    expect(p.minDaysInVillagePerMonth!.editable).toBe(false);
  });

  it('is read for regions in scope or above it; a region outside is 404, like an unknown one', async () => {
    expect((await township.get('/api/settings/effective?region=520121&date=2026-03-01')).statusCode).toBe(
      200,
    );
    expect((await township.get('/api/settings/effective?region=52&date=2026-03-01')).statusCode).toBe(200);
    expect((await township.get('/api/settings/effective?region=520122&date=2026-03-01')).statusCode).toBe(
      404,
    );
    expect((await county.get('/api/settings/effective?region=110101&date=2026-03-01')).statusCode).toBe(404);
    expect((await county.get('/api/settings/effective?region=520199&date=2026-03-01')).statusCode).toBe(404);
    expect((await county.get('/api/settings/effective?region=520121&date=2026-02-30')).statusCode).toBe(400);
  });
});

describe('PUT /api/settings/:regionCode/:key (issue 10 item 1)', () => {
  it('the province sets the minimum from a date: earlier days keep the old value, later ones the new, with the source (P17.4.2-attend)', async () => {
    const first = await province.put('/api/settings/52/minDaysInVillagePerMonth', {
      value: 20,
      effectiveFrom: '2021-06-01',
      note: '黔组通〔2021〕示例',
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await province.put('/api/settings/52/minDaysInVillagePerMonth', {
      value: 22,
      effectiveFrom: '2025-01-01',
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().setting).toMatchObject({
      regionCode: '52',
      key: 'minDaysInVillagePerMonth',
      value: 22,
    });

    expect((await effective(county, '520121101200', '2021-05-31')).minDaysInVillagePerMonth).toMatchObject({
      value: 20,
      sourceRegion: null,
    });
    expect((await effective(county, '520121101200', '2024-12-31')).minDaysInVillagePerMonth).toMatchObject({
      value: 20,
      sourceRegion: '52',
      effectiveFrom: '2021-06-01',
    });
    expect((await effective(county, '520121101200', '2025-01-01')).minDaysInVillagePerMonth).toMatchObject({
      value: 22,
      sourceRegion: '52',
      effectiveFrom: '2025-01-01',
    });
    // Another province keeps the national default.
    expect(
      (await effective(national, '110101', '2025-06-01')).minDaysInVillagePerMonth!.sourceRegion,
    ).toBeNull();
    // The services other modules call answer the same, typed.
    const values = await t.container.services.settings.effective('520121101200', '2025-03-01');
    expect(values.minDaysInVillagePerMonth).toBe(22);
  });

  it('a county sets a county-level key for itself, which wins over its province from its date (X26-apps)', async () => {
    expect(
      (
        await province.put('/api/settings/52/checkInRadiusMetres', {
          value: 1500,
          effectiveFrom: '2025-01-01',
        })
      ).statusCode,
    ).toBe(200);
    const res = await county.put('/api/settings/520121/checkInRadiusMetres', {
      value: 800,
      effectiveFrom: '2026-01-01',
      note: '山区村落分散',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await effective(county, '520121', '2025-12-31')).checkInRadiusMetres).toMatchObject({
      value: 1500,
      sourceRegion: '52',
    });
    expect((await effective(county, '520121101200', '2026-01-01')).checkInRadiusMetres).toMatchObject({
      value: 800,
      sourceRegion: '520121',
      effectiveFrom: '2026-01-01',
      editable: false,
    });
    expect((await effective(county, '520121', '2026-01-01')).checkInRadiusMetres!.editable).toBe(true);
    expect((await effective(national, '520122', '2026-06-01')).checkInRadiusMetres!.value).toBe(1500);
  });

  it('in scope but below the level that may set the key: 403 (a county and the leave threshold, P17.4.2-leave; a township code)', async () => {
    const res = await county.put('/api/settings/520121/leaveTownshipMaxDays', {
      value: 5,
      effectiveFrom: '2026-01-01',
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().message).toMatch(/leaveTownshipMaxDays/);
    expect(
      (
        await province.put('/api/settings/520121101/checkInEnabled', {
          value: true,
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(403);
    expect((await effective(county, '520121', '2026-06-01')).leaveTownshipMaxDays!.value).toBe(3);
  });

  it('outside the caller’s region, an unknown region or an unknown key: 404', async () => {
    for (const url of [
      '/api/settings/520122/checkInEnabled',
      '/api/settings/52/checkInEnabled',
      '/api/settings/520199/checkInEnabled',
    ]) {
      const res = await county.put(url, { value: true, effectiveFrom: '2026-01-01' });
      expect(res.statusCode, url).toBe(404);
    }
    expect(
      (await province.put('/api/settings/52/noSuchKey', { value: 1, effectiveFrom: '2026-01-01' }))
        .statusCode,
    ).toBe(404);
  });

  it('a value of the wrong type or out of bounds: 400 naming the key and the expected type, in Chinese and English', async () => {
    const wrong = await province.request({
      method: 'PUT',
      url: '/api/settings/52/minDaysInVillagePerMonth',
      payload: { value: '22', effectiveFrom: '2026-01-01' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(wrong.statusCode, wrong.body).toBe(400);
    expect(wrong.body).toMatch(/minDaysInVillagePerMonth/);
    expect(wrong.body).toMatch(/整数|integer/);
    const flag = await province.put('/api/settings/52/tripCountsInVillage', {
      value: 'yes',
      effectiveFrom: '2026-01-01',
    });
    expect(flag.statusCode).toBe(400);
    expect(flag.body).toMatch(/tripCountsInVillage/);
    const far = await province.put('/api/settings/52/minDaysInVillagePerMonth', {
      value: 32,
      effectiveFrom: '2026-01-01',
    });
    expect(far.statusCode).toBe(400);
    const noDate = await province.put('/api/settings/52/minDaysInVillagePerMonth', { value: 21 });
    expect(noDate.statusCode).toBe(400);
  });

  it('only the organisation department (or the national administrator) writes: a township is refused with 403', async () => {
    const res = await township.put('/api/settings/520121/checkInEnabled', {
      value: true,
      effectiveFrom: '2026-01-01',
    });
    expect(res.statusCode).toBe(403);
    expect(
      (
        await national.put('/api/settings/110101/tripNeedsApproval', {
          value: true,
          effectiveFrom: '2026-01-01',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('every write is audited with the value in force before and the new one', async () => {
    const res = await province.put('/api/settings/52/cumulativeLeaveAlertDays', {
      value: 25,
      effectiveFrom: '2026-04-01',
      note: '收紧召回研判',
    });
    expect(res.statusCode).toBe(200);
    const [row] = await t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'setting.set'), eq(auditLog.entityId, res.json().setting.id)));
    expect(row).toMatchObject({ entityType: 'setting', regionCode: '52' });
    expect(row!.before).toMatchObject({ key: 'cumulativeLeaveAlertDays', value: 30, sourceRegion: null });
    expect(row!.after).toMatchObject({ value: 25, effectiveFrom: '2026-04-01', note: '收紧召回研判' });
  });

  it('keeps the history: a second value for the same date supersedes the first, both stay listed', async () => {
    await province.put('/api/settings/52/youngAgeLine', { value: 38, effectiveFrom: '2026-05-01' });
    await province.put('/api/settings/52/youngAgeLine', {
      value: 35,
      effectiveFrom: '2026-05-01',
      note: '更正',
    });
    expect((await effective(county, '520121', '2026-05-01')).youngAgeLine!.value).toBe(35);
    const res = await county.get('/api/settings/history?region=520121&key=youngAgeLine');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { value: number; superseded: boolean; regionCode: string }[];
    expect(items.map((i) => [i.value, i.superseded])).toEqual([
      [35, false],
      [38, true],
    ]);
    // The history of a region lists values above it and in scope below it, never a neighbour's.
    const all = (await county.get('/api/settings/history?region=520121')).json().items as {
      regionCode: string;
    }[];
    expect(new Set(all.map((i) => i.regionCode))).toEqual(new Set(['52', '520121']));
    expect((await county.get('/api/settings/history?region=520122')).statusCode).toBe(404);
  });

  it('the catalogue names each key’s type, default, bounds, lowest level and rule id', async () => {
    const res = await township.get('/api/settings/catalogue');
    const byKey = Object.fromEntries(
      (res.json().parameters as { key: string }[]).map((p) => [p.key, p]),
    ) as Record<string, Record<string, unknown>>;
    expect(byKey.leaveTownshipMaxDays).toMatchObject({
      type: 'integer',
      default: 3,
      lowest: 'province',
      ruleId: 'P17.4.2-leave',
    });
    expect(byKey.checkInEnabled).toMatchObject({ type: 'boolean', default: false, lowest: 'county' });
    expect(byKey.minimumCountedPer).toMatchObject({ type: 'enum', options: ['month', 'year'] });
  });
});
