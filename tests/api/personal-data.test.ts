import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/context';
import { auditLog, cadres } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { cadreBody, idNumber, maker } from '../support/make';
import { selectionFactory, villagePool } from '../support/selection-factory';
import { readWorkbook } from '../support/xlsx';

// Issue 8: personal data of cadres. The masked ID number keeps its last 4 characters only; the birth date
// goes only to those who may reveal the number; pairing makes a unit visible, never its cadres; and
// registering a cadre tells nothing about a person registered outside the caller's scope.

let t: TestApp;
let make: ReturnType<typeof maker>;
let factory: ReturnType<typeof selectionFactory>;
let nextVillage: () => string;
let orgA: TestUser;
let orgB: TestUser;
let unitA: string;
let unitB: string;

const COUNTY_A = '520121';
const COUNTY_B = '520122';
const system = systemActor('test');

beforeAll(async () => {
  t = await createTestApp();
  make = maker(t);
  factory = selectionFactory(t);
  nextVillage = await villagePool(t, COUNTY_A);
  orgA = await t.user({ roles: ['org_admin'], regions: [COUNTY_A] });
  orgB = await t.user({ roles: ['org_admin'], regions: [COUNTY_B] });
  unitA = (await make.unit({ name: '开阳县财政局' })).id;
  unitB = (await make.unit({ name: '息烽县水务局', regionCode: COUNTY_B })).id;
});
afterAll(() => t.close());

/** A cadre registered through the service (real encrypted numbers), with a birth date of its own. */
async function cadre(unitId: string, birthDate: string, over: Parameters<typeof cadreBody>[1] = {}) {
  return make.cadre(unitId, {
    birthDate,
    idNumber: idNumber(birthDate, 'male', unitId === unitB ? COUNTY_B : COUNTY_A),
    partyJoinedOn: '2012-03-04',
    partyFullOn: '2013-03-04',
    workStartedOn: '2012-08-01',
    ...over,
  });
}

/** A decided nomination of the cadre for a new need of the village. */
async function nominate(cadreId: string, unitId: string, villageCode: string) {
  const needId = await factory.need(villageCode, { firstSecretary: false, members: 2 });
  return factory.nomination({ cadreId, unitId, needId, villageCode }, { role: 'member' });
}

/** Nominates and assigns the cadre to the village as a team member. */
async function assign(cadreId: string, unitId: string, villageCode: string) {
  const nominationId = await nominate(cadreId, unitId, villageCode);
  await t.container.services.assignments.create(system, {
    nominationId,
    teamRole: 'member',
    startOn: '2026-03-02',
    plannedEndOn: '2028-03-02',
  });
}

const exportRows = async (u: TestUser, query: string) => {
  const res = await u.get(`/api/cadres.xlsx?${query}`);
  expect(res.statusCode).toBe(200);
  const ws = (await readWorkbook(res.rawPayload)).worksheets[0]!;
  return ws.getSheetValues().filter(Boolean) as unknown[][];
};

describe('masking and the birth date', () => {
  it('shows a village committee, township or leading group user no birth date and only the last 4 ID characters, in the list, the detail and the export', async () => {
    const village = nextVillage();
    const birth = '1984-07-21';
    const c = await cadre(unitA, birth, { name: '孔出生' });
    await nominate(c.id, unitA, village);
    const plain = (await orgA.post(`/api/cadres/${c.id}/reveal-id`)).json().idNumber as string;
    const readers = [
      await t.user({ roles: ['village_committee'], regions: [village.slice(0, 9)] }),
      await t.user({ roles: ['township'], regions: [village.slice(0, 9)] }),
      await t.user({ roles: ['leading_group'], regions: [COUNTY_A] }),
    ];
    // Neither the date nor the ID number's digits 1–14 (the unit's own region code is shown as such).
    const hidden = (body: string) => {
      expect(body).not.toContain(birth);
      expect(body).not.toContain(plain.slice(6, 14));
      expect(body).not.toContain(plain.slice(0, 10));
    };
    for (const u of readers) {
      const list = await u.get(`/api/cadres?q=${encodeURIComponent('孔出生')}`);
      expect(list.statusCode).toBe(200);
      const [item] = list.json().items;
      expect(item).toMatchObject({
        id: c.id,
        birthDate: null,
        age: 41,
        mayReveal: false,
        idNumberMasked: `**************${plain.slice(-4)}`,
        phoneMasked: expect.stringMatching(/^1\d{2}\*{4}\d{4}$/),
      });
      hidden(list.body);
      const detail = await u.get(`/api/cadres/${c.id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json().cadre).toMatchObject({ birthDate: null, age: 41 });
      hidden(detail.body);
      const rows = await exportRows(u, `q=${encodeURIComponent('孔出生')}`);
      const row = rows.find((r) => r.includes('孔出生'))!;
      expect(row).toContain(`**************${plain.slice(-4)}`);
      expect(row).toContain(41);
      expect(row.some((v) => v instanceof Date)).toBe(false);
      hidden(JSON.stringify(rows));
    }
  });

  it('shows the organisation department of the unit’s county the birth date, in the list, the detail and the export', async () => {
    const birth = '1983-11-05';
    const c = await cadre(unitA, birth, { name: '曹可见' });
    const list = (await orgA.get(`/api/cadres?q=${encodeURIComponent('曹可见')}`)).json();
    expect(list.items[0]).toMatchObject({ birthDate: birth, age: 42, mayReveal: true });
    expect((await orgA.get(`/api/cadres/${c.id}`)).json().cadre.birthDate).toBe(birth);
    const rows = await exportRows(orgA, `q=${encodeURIComponent('曹可见')}`);
    expect(rows.find((r) => r.includes('曹可见'))).toContain(birth);
  });

  it('keeps the birth date out of a cadre’s audit records, keeping the year', async () => {
    const birth = '1986-09-17';
    const c = await cadre(unitA, birth, { name: '魏审计' });
    expect((await orgA.patch(`/api/cadres/${c.id}`, { rank: 'division' })).statusCode).toBe(200);
    const records = await t.container.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(records.map((r) => r.action).sort()).toEqual(['cadre.create', 'cadre.update']);
    for (const r of records) {
      expect(JSON.stringify(r)).not.toContain(birth);
      expect(JSON.stringify(r)).not.toContain('birthDate');
      expect((r.after as { birthYear: number }).birthYear).toBe(1986);
    }
  });

  it('rewrites masks stored the old way to the last 4 characters (migration 0003)', async () => {
    const db = t.container.database.db;
    const old = await factory.cadre(unitA, { idNumberMasked: '5201**********123X' });
    const migration = readFileSync(path.resolve('drizzle/0003_mask_id_last_four.sql'), 'utf8');
    await db.execute(sql.raw(migration));
    const [row] = await db.select().from(cadres).where(eq(cadres.id, old));
    expect(row!.idNumberMasked).toBe('**************123X');
  });
});

describe('who sees and reveals a cadre', () => {
  it('does not open a paired unit’s cadres to the county of the paired village, until one is nominated or assigned there', async () => {
    const village = nextVillage();
    const paired = await make.unit({ name: '息烽县对口帮扶局', regionCode: COUNTY_B });
    await make.pairing(paired.id, { kind: 'paired', targetCode: village, from: '2021-01-01' });
    const quiet = await cadre(paired.id, '1987-01-02', {
      idNumber: idNumber('1987-01-02', 'male', COUNTY_B),
    });
    const sent = await cadre(paired.id, '1987-02-03', { idNumber: idNumber('1987-02-03', 'male', COUNTY_B) });
    const township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
    const listed = async (u: TestUser) =>
      ((await u.get(`/api/cadres?unitId=${paired.id}&pageSize=100`)).json().items as { id: string }[]).map(
        (c) => c.id,
      );

    // The unit stays visible where it is paired; its cadres do not.
    expect((await orgA.get(`/api/units/${paired.id}`)).statusCode).toBe(200);
    expect(await listed(orgA)).toEqual([]);
    for (const c of [quiet, sent]) {
      expect((await orgA.get(`/api/cadres/${c.id}`)).statusCode).toBe(404);
      expect((await orgA.post(`/api/cadres/${c.id}/reveal-id`)).statusCode).toBe(404);
      expect((await orgA.post(`/api/cadres/${c.id}/reveal-phone`)).statusCode).toBe(404);
    }

    // Nominated to the county's village: seen there, revealed only once the county holds an assignment.
    await nominate(sent.id, paired.id, village);
    expect(await listed(orgA)).toEqual([sent.id]);
    expect((await orgA.get(`/api/cadres/${sent.id}`)).json().cadre).toMatchObject({
      birthDate: null,
      mayReveal: false,
    });
    expect((await orgA.post(`/api/cadres/${sent.id}/reveal-id`)).statusCode).toBe(403);

    await assign(sent.id, paired.id, village);
    expect((await orgA.get(`/api/cadres/${sent.id}`)).json().cadre).toMatchObject({
      birthDate: '1987-02-03',
      mayReveal: true,
    });
    const revealed = await orgA.post(`/api/cadres/${sent.id}/reveal-id`);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json().idNumber).toMatch(/^520122/);
    expect((await orgA.post(`/api/cadres/${sent.id}/reveal-phone`)).statusCode).toBe(200);
    expect((await orgA.get(`/api/cadres/${quiet.id}`)).statusCode).toBe(404);

    // The township sees the cadre serving in its village, but only the organisation departments reveal.
    expect(await listed(township)).toEqual([sent.id]);
    expect((await township.get(`/api/cadres/${sent.id}`)).json().cadre.birthDate).toBeNull();
    expect((await township.post(`/api/cadres/${sent.id}/reveal-id`)).statusCode).toBe(403);
    expect((await township.get(`/api/cadres/${quiet.id}`)).statusCode).toBe(404);

    // The home organisation keeps the reveal: the unit's county and the unit's personnel department.
    expect((await orgB.post(`/api/cadres/${quiet.id}/reveal-id`)).statusCode).toBe(200);
    const hr = await t.user({ roles: ['unit_hr'], units: [paired.id] });
    expect((await hr.post(`/api/cadres/${sent.id}/reveal-id`)).statusCode).toBe(200);
    // A unit_hr of another unit sees it not at all.
    const otherHr = await t.user({ roles: ['unit_hr'], units: [unitA] });
    expect((await otherHr.post(`/api/cadres/${sent.id}/reveal-id`)).statusCode).toBe(404);
  });

  it('opens a provincial or city unit’s cadre assigned in the county to that county', async () => {
    const province = await make.unit({
      name: '贵州省某厅（测试）',
      kind: 'provincial_organ',
      level: 'province',
      regionCode: '52',
    });
    const city = await make.unit({
      name: '贵阳市某局（测试）',
      kind: 'city_organ',
      level: 'city',
      regionCode: '5201',
    });
    for (const unit of [province, city]) {
      const c = await cadre(unit.id, '1989-05-06');
      expect((await orgA.get(`/api/cadres/${c.id}`)).statusCode).toBe(404);
      await assign(c.id, unit.id, nextVillage());
      expect((await orgA.get(`/api/cadres/${c.id}`)).statusCode).toBe(200);
      const list = (await orgA.get(`/api/cadres?unitId=${unit.id}`)).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([c.id]);
      expect((await orgA.post(`/api/cadres/${c.id}/reveal-id`)).statusCode).toBe(200);
      // The county does not maintain another organisation's cadre.
      expect((await orgA.patch(`/api/cadres/${c.id}`, { rank: 'division' })).statusCode).toBe(403);
    }
  });
});

describe('registering an ID number registered already', () => {
  it('names the holder when the caller sees that cadre, and says only that a record exists elsewhere otherwise', async () => {
    const theirs = idNumber('1982-12-12', 'male', COUNTY_B);
    await make.cadre(unitB, { name: '严外县', birthDate: '1982-12-12', idNumber: theirs });
    const ours = idNumber('1982-12-13', 'male');
    await make.cadre(unitA, { name: '华本县', birthDate: '1982-12-13', idNumber: ours });

    const elsewhere = await orgA.post(
      '/api/cadres',
      cadreBody(unitA, { birthDate: '1982-12-12', idNumber: theirs, name: '新录入' }),
    );
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().details.fields[0].field).toBe('idNumber');
    expect(elsewhere.json().message).toContain('您的管理范围以外已有干部库记录');
    expect(elsewhere.json().message).toContain('组织部门');
    for (const secret of ['严外县', '息烽', COUNTY_B, unitB]) expect(elsewhere.body).not.toContain(secret);
    expect(elsewhere.body).not.toContain('already registered');

    const inside = await orgA.post(
      '/api/cadres',
      cadreBody(unitA, { birthDate: '1982-12-13', idNumber: ours, name: '新录入' }),
    );
    expect(inside.statusCode).toBe(409);
    expect(inside.json().message).toContain('已在干部库中登记（华本县，开阳县财政局）');

    // The same on the update path.
    const mine = await cadre(unitA, '1982-12-12');
    const changed = await orgA.patch(`/api/cadres/${mine.id}`, { idNumber: theirs });
    expect(changed.statusCode).toBe(409);
    for (const secret of ['严外县', '息烽', COUNTY_B]) expect(changed.body).not.toContain(secret);
    expect(changed.json().message).toContain('组织部门');
  });
});

describe('age on a chosen date', () => {
  it('gives readers who may not reveal the age on today only, so stepping the date cannot find the birthday', async () => {
    // Today in the test clock is 2026-03-02; the cadre turns 36 on 2026-07-21.
    const c = await cadre(unitA, '1990-07-21');
    const leading = await t.user({ roles: ['leading_group'], regions: [COUNTY_A] });
    const before = (await leading.get(`/api/cadres/${c.id}?date=2026-07-20`)).json().cadre;
    const after = (await leading.get(`/api/cadres/${c.id}?date=2026-07-21`)).json().cadre;
    expect(before.facts.age).toBe(after.facts.age);
    expect(after.facts).toMatchObject({ asOf: '2026-07-21', ageAsOf: '2026-03-02', age: 35 });
    // The young filter likewise (young: 40 or under, so the line is crossed on 2031-07-21): its bound does not
    // move with the date for such readers.
    const young = async (u: TestUser, date: string) =>
      (await u.get(`/api/cadres?young=true&date=${date}&pageSize=500`))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await young(leading, '2031-07-21')).toContain(c.id);
    expect(await young(leading, '2031-07-20')).toEqual(await young(leading, '2031-07-21'));
    // The organisation department, which may reveal the number, gets the age on the date it asks for.
    const org = (await orgA.get(`/api/cadres/${c.id}?date=2026-07-21`)).json().cadre;
    expect(org.facts).toMatchObject({ ageAsOf: '2026-07-21', age: 36 });
    expect(await young(orgA, '2031-07-20')).toContain(c.id);
    expect(await young(orgA, '2031-07-21')).not.toContain(c.id);
  });
});
