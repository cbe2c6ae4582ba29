import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../src/domain/registry/id-number';
import { systemActor } from '../../src/server/context';
import { auditLog, cadres } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { cadreBody, idNumber, maker } from '../support/make';

let t: TestApp;
let make: ReturnType<typeof maker>;
let county: TestUser;
let unitA: string;
let unitB: string;
let hrA: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  make = maker(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  unitA = (await make.unit({ name: '开阳县农业农村局' })).id;
  unitB = (await make.unit({ name: '开阳县教育局' })).id;
  hrA = await t.user({ roles: ['unit_hr'], units: [unitA] });
});
afterAll(() => t.close());

const cadreCount = async () => (await t.container.database.db.select().from(cadres)).length;

/** An ID number whose check character is X, for a man born on the date. */
function idEndingInX(birthDate: string): string {
  for (let s = 1; s < 1000; s += 2) {
    const id = makeIdNumber('520121', birthDate, s);
    if (id.endsWith('X')) return id;
  }
  throw new Error('none');
}

describe('cadres', () => {
  it('registers a cadre with 201 { cadre: { id, idNumberMasked, … } } and never the plain number', async () => {
    const body = cadreBody(unitA, {
      name: '王建国',
      birthDate: '1986-03-02',
      idNumber: idNumber('1986-03-02', 'male'),
      phone: '13812341234',
      strengths: ['economic', 'party_mass'],
      ruralExperience: true,
    });
    const res = await hrA.post('/api/cadres', body);
    expect(res.statusCode, res.body).toBe(201);
    const { cadre } = res.json();
    expect(cadre).toMatchObject({
      name: '王建国',
      unitId: unitA,
      unitName: '开阳县农业农村局',
      idNumberMasked: `**************${body.idNumber.slice(-4)}`,
      phoneMasked: '138****1234',
      birthDate: '1986-03-02',
      age: 40,
      mayReveal: true,
      partyStatus: 'full',
      strengths: ['party_mass', 'economic'],
      ruralExperience: true,
      facts: { asOf: '2026-03-02', age: 40, partyStandingYears: 14, workYears: 15, young: true, ageLine: 40 },
    });
    expect(cadre.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body).not.toContain(body.idNumber);
    expect(res.body).not.toContain('13812341234');
    expect('idNumber' in cadre).toBe(false);
    const got = await hrA.get(`/api/cadres/${cadre.id}`);
    expect(got.body).not.toContain(body.idNumber);
    const list = await hrA.get('/api/cadres');
    expect(list.body).not.toContain(body.idNumber);
  });

  it('keeps the plain ID number and phone out of every column of the database', async () => {
    const body = cadreBody(unitA, { phone: '13987654321' });
    const res = await county.post('/api/cadres', body);
    expect(res.statusCode).toBe(201);
    const rows = await t.container.database.db.execute(sql`select row_to_json(c)::text as j from cadres c`);
    const text = JSON.stringify((rows as unknown as { rows: unknown[] }).rows ?? rows);
    expect(text).not.toContain(body.idNumber);
    expect(text).not.toContain(body.idNumber.slice(0, 17));
    expect(text).not.toContain('13987654321');
    const audit = await t.container.database.db.execute(
      sql`select row_to_json(a)::text as j from audit_log a`,
    );
    expect(JSON.stringify(audit)).not.toContain(body.idNumber);
  });

  it('reveals the plain number to the unit’s personnel department, audited without the number itself', async () => {
    const created = await make.cadre(unitA, {});
    const [stored] = await t.container.database.db.select().from(cadres).where(eq(cadres.id, created.id));
    const res = await hrA.post(`/api/cadres/${created.id}/reveal-id`);
    expect(res.statusCode, res.body).toBe(200);
    const plain = res.json().idNumber as string;
    expect(plain).toMatch(/^\d{17}[\dX]$/);
    expect('*'.repeat(14) + plain.slice(-4)).toBe(stored!.idNumberMasked);
    const audit = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'cadre.reveal_id'));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityId: created.id, unitId: unitA, actorName: hrA.username });
    expect(JSON.stringify(audit[0])).not.toContain(plain);
    const phone = await hrA.post(`/api/cadres/${created.id}/reveal-phone`);
    expect(phone.json().phone).toMatch(/^1\d{10}$/);
  });

  it('refuses the reveal to roles that only read, and to anyone outside the scope', async () => {
    const created = await make.cadre(unitA, {});
    const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
    expect((await inspector.get(`/api/cadres/${created.id}`)).statusCode).toBe(200);
    expect((await inspector.post(`/api/cadres/${created.id}/reveal-id`)).statusCode).toBe(403);
    const hrB = await t.user({ roles: ['unit_hr'], units: [unitB] });
    expect((await hrB.post(`/api/cadres/${created.id}/reveal-id`)).statusCode).toBe(404);
  });

  it('limits reveals to 60 a minute for each user, and each one is audited', async () => {
    const c = await make.cadre(unitA, {});
    const admin = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    for (let i = 0; i < 60; i++)
      expect((await admin.post(`/api/cadres/${c.id}/reveal-phone`)).statusCode).toBe(200);
    const otherRoute = await admin.post(`/api/cadres/${c.id}/reveal-id`);
    expect(otherRoute.statusCode).toBe(200);
    expect((await admin.post(`/api/cadres/${c.id}/reveal-phone`)).statusCode).toBe(429);
    expect((await hrA.post(`/api/cadres/${c.id}/reveal-phone`)).statusCode).toBe(200);
    const audited = await t.container.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audited.filter((a) => a.action === 'cadre.reveal_phone')).toHaveLength(61);
  });

  it('accepts a check character X, in either case', async () => {
    const id = idEndingInX('1979-10-10');
    const res = await county.post(
      '/api/cadres',
      cadreBody(unitA, { birthDate: '1979-10-10', idNumber: id.toLowerCase() }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().cadre.idNumberMasked).toMatch(/X$/);
  });

  it('refuses a wrong check character, 30 February and a birth date or gender the number contradicts, naming the field, writing nothing', async () => {
    const before = await cadreCount();
    const good = idNumber('1990-01-15', 'male');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const feb30 = makeIdNumber('520121', '1990-02-30', 11);
    const cases: [Record<string, unknown>, string][] = [
      [{ idNumber: wrongCheck, birthDate: '1990-01-15' }, 'idNumber'],
      [{ idNumber: feb30, birthDate: '1990-02-28' }, 'idNumber'],
      [{ idNumber: good, birthDate: '1990-02-30' }, 'birthDate'],
      [{ idNumber: good, birthDate: '1990-01-16' }, 'birthDate'],
      [{ idNumber: good, birthDate: '1990-01-15', gender: 'female' }, 'gender'],
      [{ idNumber: '52012119900115', birthDate: '1990-01-15' }, 'idNumber'],
      [{ idNumber: good, birthDate: '1990-01-15', phone: '12345' }, 'phone'],
      [{ idNumber: good, birthDate: '1990-01-15', partyStatus: 'member' }, 'partyStatus'],
      [{ idNumber: good, birthDate: '1990-01-15', partyStatus: 'none' }, 'partyJoinedOn'],
      [{ idNumber: good, birthDate: '1990-01-15', partyStatus: 'probationary' }, 'partyFullOn'],
      [{ idNumber: good, birthDate: '1990-01-15', strengths: ['cooking'] }, 'strengths.0'],
      [{ idNumber: good, birthDate: '1990-01-15', workStartedOn: '2027-01-01' }, 'workStartedOn'],
    ];
    for (const [over, field] of cases) {
      const res = await county.post('/api/cadres', cadreBody(unitA, { gender: 'male', ...over }));
      expect(res.statusCode, `${JSON.stringify(over)}: ${res.body}`).toBe(400);
      expect(res.json().code).toBe('VALIDATION');
      expect(
        res.json().details.fields.map((f: { field: string }) => f.field),
        JSON.stringify(over),
      ).toContain(field);
      expect(res.body).not.toContain(good);
    }
    const unknownUnit = await county.post(
      '/api/cadres',
      cadreBody('00000000-0000-4000-8000-000000000000', { idNumber: good, birthDate: '1990-01-15' }),
    );
    expect(unknownUnit.statusCode).toBe(404);
    expect(await cadreCount()).toBe(before);
  });

  it('refuses an ID number already registered with 409, naming the holder only to a caller who sees that cadre', async () => {
    const id = idNumber('1985-05-05', 'female');
    const body = (unit: string) =>
      cadreBody(unit, { name: '孙登记', idNumber: id, birthDate: '1985-05-05', gender: 'female' });
    expect((await county.post('/api/cadres', body(unitB))).statusCode).toBe(201);
    const seen = await county.post('/api/cadres', body(unitA));
    expect(seen.statusCode).toBe(409);
    expect(seen.json().details.fields[0].field).toBe('idNumber');
    expect(seen.json().message).toContain('已在干部库中登记（孙登记，开阳县教育局）');
    // hrA cannot see a cadre of 开阳县教育局: the answer names neither the person nor the unit.
    const unseen = await hrA.post('/api/cadres', body(unitA));
    expect(unseen.statusCode).toBe(409);
    expect(unseen.json().details.fields[0].field).toBe('idNumber');
    expect(unseen.json().message).toContain('组织部门');
    expect(unseen.body).not.toContain('孙登记');
    expect(unseen.body).not.toContain('教育局');
  });

  it('shows a unit user its own cadres only; the county sees its units’ cadres; another county none', async () => {
    const b = await make.cadre(unitB, { name: '李教师' });
    const mine = (await hrA.get('/api/cadres?pageSize=500')).json();
    expect(mine.items.every((c: { unitId: string }) => c.unitId === unitA)).toBe(true);
    expect((await hrA.get(`/api/cadres/${b.id}`)).statusCode).toBe(404);
    expect((await county.get(`/api/cadres/${b.id}`)).statusCode).toBe(200);
    const xifeng = await t.user({ roles: ['org_admin'], regions: ['520122'] });
    expect((await xifeng.get(`/api/cadres/${b.id}`)).statusCode).toBe(404);
    expect((await xifeng.get('/api/cadres')).json().total).toBe(0);
    const hrCreatesForB = await hrA.post('/api/cadres', cadreBody(unitB));
    expect(hrCreatesForB.statusCode).toBe(404);
  });

  it('follows its unit: a unit user sees its cadre serving anywhere; a county sees a paired central unit’s cadre only once nominated there, and cannot change it', async () => {
    const central = await make.unit({
      name: '中央某部委（测试）',
      kind: 'central_organ',
      level: 'central',
      regionCode: '11',
    });
    await make.pairing(central.id, { kind: 'designated', targetCode: '520121', from: '2015-01-01' });
    const c = await make.cadre(central.id, { name: '赵中央' });
    const hrCentral = await t.user({ roles: ['unit_hr'], units: [central.id] });
    expect((await hrCentral.get(`/api/cadres/${c.id}`)).statusCode).toBe(200);
    expect((await county.get(`/api/cadres/${c.id}`)).statusCode).toBe(404);
    const need = await t.container.services.needs.create(systemActor('test'), {
      villageCode: '520121101203',
      firstSecretary: true,
      members: 2,
    });
    await t.container.services.nominations.create(systemActor('test'), {
      cadreId: c.id,
      needId: need.id,
      role: 'member',
      source: 'recommendation',
    });
    expect((await county.get(`/api/cadres/${c.id}`)).statusCode).toBe(200);
    expect((await county.patch(`/api/cadres/${c.id}`, { name: '改名' })).statusCode).toBe(403);
    expect((await hrCentral.patch(`/api/cadres/${c.id}`, { name: '赵中' })).json().cadre.name).toBe('赵中');
  });

  it('filters the list by region subtree, unit, party status, strengths, name, rank and youth', async () => {
    const u = (await make.unit({ name: '开阳县水务局' })).id;
    await make.cadre(u, {
      name: '陈水利',
      partyStatus: 'none',
      partyJoinedOn: null,
      partyFullOn: null,
      strengths: ['social'],
      rank: 'staff',
      birthDate: '1996-01-01',
      idNumber: idNumber('1996-01-01'),
      workStartedOn: '2018-07-01',
    });
    await make.cadre(u, {
      name: '周水务',
      strengths: ['social', 'economic'],
      rank: 'division',
      birthDate: '1970-01-01',
      idNumber: idNumber('1970-01-01'),
      partyJoinedOn: '1995-01-01',
      partyFullOn: '1996-01-01',
      workStartedOn: '1992-07-01',
    });
    const names = async (q: string) =>
      ((await county.get(`/api/cadres?unitId=${u}&${q}`)).json().items as { name: string }[])
        .map((c) => c.name)
        .sort();
    expect(await names('')).toEqual(['周水务', '陈水利']);
    expect(await names('partyStatus=none')).toEqual(['陈水利']);
    expect(await names('strengths=social,economic')).toEqual(['周水务']);
    expect(await names('strengths=social')).toEqual(['周水务', '陈水利']);
    expect(await names(`q=${encodeURIComponent('水利')}`)).toEqual(['陈水利']);
    expect(await names('rank=division')).toEqual(['周水务']);
    expect(await names('young=true')).toEqual(['陈水利']);
    expect(await names('young=false')).toEqual(['周水务']);
    expect((await county.get('/api/cadres?region=520122')).json().total).toBe(0);
    expect((await county.get('/api/cadres?partyStatus=maybe')).statusCode).toBe(400);
  });

  it('changes a cadre, re-checking the ID number against the record, audited with masked numbers', async () => {
    const c = await make.cadre(unitA, {
      birthDate: '1992-07-07',
      idNumber: idNumber('1992-07-07'),
      partyJoinedOn: '2014-06-01',
      partyFullOn: '2015-06-01',
      workStartedOn: '2014-07-01',
    });
    const wrong = await hrA.patch(`/api/cadres/${c.id}`, { birthDate: '1992-07-08' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().details.fields[0].field).toBe('birthDate');
    const ok = await hrA.patch(`/api/cadres/${c.id}`, {
      phone: '13700001111',
      rank: null,
      reserveCadre: true,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().cadre).toMatchObject({ phoneMasked: '137****1111', rank: null, reserveCadre: true });
    const [entry] = await t.container.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, c.id))
      .orderBy(sql`id desc`)
      .limit(1);
    expect(entry!.action).toBe('cadre.update');
    expect(JSON.stringify(entry)).not.toContain('13700001111');
  });

  it('computes facts on the date asked for', async () => {
    const c = await make.cadre(unitA, {
      birthDate: '1985-03-03',
      idNumber: idNumber('1985-03-03'),
      partyJoinedOn: '2009-01-01',
      partyFullOn: '2010-01-01',
      workStartedOn: '2008-07-01',
    });
    const facts = async (date: string) =>
      (await county.get(`/api/cadres/${c.id}?date=${date}`)).json().cadre.facts;
    expect(await facts('2026-03-02')).toMatchObject({
      age: 40,
      young: true,
      partyStandingYears: 16,
      workYears: 17,
    });
    expect(await facts('2026-03-03')).toMatchObject({ age: 41, young: false });
    expect(await facts('2010-12-31')).toMatchObject({ partyStandingYears: 0 });
  });
});
