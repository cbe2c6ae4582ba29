import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { maker } from '../support/make';

// 先定村、再定人: village needs, nominations through the five checks, filing and decision, and compliance.
const WEAK = '520121101200'; // 双永村
const LIFTED = '520121101202'; // 用沙村
const POOR = '520121101203'; // 三合村 (registered poor 2016–2020)
const PLAIN = '520121101204'; // 白马村
const OTHER = '520121101205'; // 凉水井村

let t: TestApp;
let admin: TestUser;
let county: TestUser;
let hr: TestUser;
let committee: TestUser;
let outsider: TestUser;
let unitId: string;
const cadreIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  outsider = await t.user({ roles: ['org_admin'], regions: ['520122'] });
  const make = maker(t);
  unitId = (await make.unit({ name: '开阳县农业农村局' })).id;
  hr = await t.user({ roles: ['unit_hr'], units: [unitId] });
  committee = await t.user({ roles: ['unit_committee'], units: [unitId] });
  const put = (code: string, categories: { category: string; from: string; to?: string }[]) =>
    admin.put(`/api/villages/${code}/profile`, { categories, population: 1200, households: 300 });
  await put(WEAK, [{ category: 'weakPartyOrg', from: '2020-01-01' }]);
  await put(LIFTED, [{ category: 'liftedFromPoverty', from: '2021-01-01' }]);
  await put(POOR, [
    { category: 'registeredPoor', from: '2016-01-01', to: '2020-12-31' },
    { category: 'liftedFromPoverty', from: '2021-01-01' },
  ]);
  await put(PLAIN, [{ category: 'weakEconomy', from: '2019-01-01' }]);
  // party standing counted from full membership: exactly one year on 2026-03-02, one day short on 2026-03-01
  cadreIds.oneYear = (
    await make.cadre(unitId, { name: '王满一', partyFullOn: '2025-03-02', partyJoinedOn: '2024-03-02' })
  ).id;
  cadreIds.probationary = (
    await make.cadre(unitId, {
      name: '李预备',
      partyStatus: 'probationary',
      partyFullOn: null,
      partyJoinedOn: '2025-06-01',
    })
  ).id;
  cadreIds.member = (
    await make.cadre(unitId, { name: '赵队员', partyStatus: 'none', partyFullOn: null, partyJoinedOn: null })
  ).id;
  cadreIds.veteran = (
    await make.cadre(unitId, {
      name: '刘老党员',
      birthDate: '1978-04-10',
      partyFullOn: '2005-07-01',
      partyJoinedOn: '2004-07-01',
      workStartedOn: '2000-07-01',
    })
  ).id;
});
afterAll(() => t.close());

async function need(village: string, body: Record<string, unknown> = {}) {
  const res = await county.post('/api/village-needs', {
    villageCode: village,
    firstSecretary: true,
    members: 2,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().need as { id: string };
}

describe('village needs (先定村)', () => {
  it('proposes needs from village categories with the rule behind each line (P21.2-weak, P21.2-scope)', async () => {
    const res = await county.post('/api/counties/520121/needs/proposal', { date: '2026-03-02' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.policyVersion).toBe('P21');
    const weak = body.items.find((i: { villageCode: string }) => i.villageCode === WEAK);
    expect(weak.firstSecretary).toBe(true);
    expect(weak.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('P21.2-weak');
    expect(typeof weak.reasons[0].message).toBe('string');
    const lifted = body.items.find((i: { villageCode: string }) => i.villageCode === LIFTED);
    expect(lifted.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('P21.2-scope');
    expect(body.items.length).toBeGreaterThan(100);
  });

  it('proposes registered poor villages under P17 on a 2019 date (P17.1.2-cover)', async () => {
    const body = (await county.post('/api/counties/520121/needs/proposal', { date: '2019-06-01' })).json();
    expect(body.policyVersion).toBe('P17');
    const poor = body.items.find((i: { villageCode: string }) => i.villageCode === POOR);
    expect(poor.reasons.map((r: { ruleId: string }) => r.ruleId)).toContain('P17.1.2-cover');
  });

  it('records a need with who and when, and refuses a second open need for the same village', async () => {
    const created = await need(LIFTED);
    const res = await county.get(`/api/village-needs/${created.id}`);
    expect(res.json().need).toMatchObject({
      villageCode: LIFTED,
      villageName: '用沙村',
      status: 'open',
      createdByName: county.username,
      candidates: 0,
    });
    const again = await county.post('/api/village-needs', {
      villageCode: LIFTED,
      firstSecretary: true,
      members: 2,
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a need without a first secretary for a weak party organisation (P21.2-weak)', async () => {
    const res = await county.post('/api/village-needs', {
      villageCode: WEAK,
      firstSecretary: false,
      members: 2,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('POLICY_VIOLATION');
    expect(res.json().details.violations[0]).toMatchObject({ ruleId: 'P21.2-weak', severity: 'block' });
  });

  it('refuses less than a first secretary and two members to a lifted village without a light consolidation task (P21.2-reduce, P21.2-scope)', async () => {
    const refused = await county.post('/api/village-needs', {
      villageCode: POOR,
      firstSecretary: true,
      members: 0,
      reason: '巩固任务较轻，经县委研究减少队员',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.violations[0]).toMatchObject({ ruleId: 'P21.2-scope', severity: 'block' });
  });

  it('needs a reason to send less to a lifted village with a light consolidation task (P21.2-reduce), and records it', async () => {
    const villages = (await county.post('/api/counties/520121/needs/proposal', { date: '2026-03-02' })).json()
      .items as { villageCode: string; activeCategories: string[] }[];
    const LIGHT = villages.filter((v) => v.activeCategories.length === 0).at(-1)!.villageCode;
    await admin.put(`/api/villages/${LIGHT}/profile`, {
      categories: [
        { category: 'liftedFromPoverty', from: '2021-01-01' },
        { category: 'lightConsolidation', from: '2021-01-01' },
      ],
      population: 900,
      households: 200,
    });
    const refused = await county.post('/api/village-needs', {
      villageCode: LIGHT,
      firstSecretary: true,
      members: 0,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().details.violations[0]).toMatchObject({ ruleId: 'P21.2-reduce', severity: 'warn' });
    const ok = await county.post('/api/village-needs', {
      villageCode: LIGHT,
      firstSecretary: true,
      members: 0,
      reason: '巩固任务较轻，经县委研究减少队员',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const basis = ok.json().need.basis as { ruleId: string; message: string }[];
    expect(basis.map((b) => b.ruleId)).toContain('P21.2-reduce');
    // no recorded rule text states a number the need does not have (clerk finding 6)
    expect(basis.find((b) => b.ruleId === 'P21.2-scope')?.message).toContain('记录为第一书记和0名队员');
  });

  it('shows a dispatching unit the open needs where it is located, so it can propose candidates', async () => {
    const list = (await hr.get('/api/village-needs?status=open')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((n: { villageCode: string }) => n.villageCode.startsWith('520121'))).toBe(true);
    expect((await outsider.get(`/api/village-needs/${list.items[0].id}`)).statusCode).toBe(404);
  });

  it('refuses needs from users who do not plan, and outside the county (404)', async () => {
    expect(
      (await hr.post('/api/village-needs', { villageCode: OTHER, firstSecretary: true, members: 2 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await outsider.post('/api/village-needs', { villageCode: OTHER, firstSecretary: true, members: 2 }))
        .statusCode,
    ).toBe(404);
  });
});

describe('nominations (选派程序)', () => {
  it('accepts a first secretary with exactly one year of party standing (P21.3-fs-party)', async () => {
    const n = await need(WEAK);
    const res = await hr.post('/api/nominations', {
      cadreId: cadreIds.oneYear,
      needId: n.id,
      role: 'first_secretary',
      source: 'recommendation',
      date: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().nomination).toMatchObject({
      status: 'proposed',
      role: 'first_secretary',
      date: '2026-03-02',
    });
    expect(Array.isArray(res.json().nomination.violations)).toBe(true);
    await hr.post(`/api/nominations/${res.json().nomination.id}/withdraw`, { reason: '测试后撤回人选' });
  });

  it('refuses the same first secretary one day short of a year of party standing (P21.3-fs-party)', async () => {
    const [open] = (await county.get(`/api/village-needs?village=${WEAK}&status=open`)).json().items;
    const res = await hr.post('/api/nominations', {
      cadreId: cadreIds.oneYear,
      needId: open.id,
      role: 'first_secretary',
      source: 'recommendation',
      date: '2026-03-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(res.json().details.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'P21.3-fs-party', severity: 'block', message: expect.any(String) }),
      ]),
    );
  });

  it('refuses a probationary party member as first secretary (P21.3-fs-party), but accepts a non-member as team member', async () => {
    const [open] = (await county.get(`/api/village-needs?village=${WEAK}&status=open`)).json().items;
    const fs = await hr.post('/api/nominations', {
      cadreId: cadreIds.probationary,
      needId: open.id,
      role: 'first_secretary',
      source: 'application',
    });
    expect(fs.statusCode).toBe(422);
    const member = await hr.post('/api/nominations', {
      cadreId: cadreIds.member,
      needId: open.id,
      role: 'member',
      source: 'application',
    });
    expect(member.statusCode, member.body).toBe(201);
  });

  it('refuses a nomination for a need that is not open (P21.1-order)', async () => {
    const n = await need(OTHER);
    await county.post(`/api/village-needs/${n.id}/close`, { reason: '测试关闭' });
    const res = await hr.post('/api/nominations', {
      cadreId: cadreIds.veteran,
      needId: n.id,
      role: 'first_secretary',
      source: 'recommendation',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().details.violations[0].ruleId).toBe('P21.1-order');
  });

  it('walks the procedure: checks, filing, decision — each by its role, none skipped, each recorded', async () => {
    const [open] = (await county.get(`/api/village-needs?village=${LIFTED}&status=open`)).json().items;
    const created = await hr.post('/api/nominations', {
      cadreId: cadreIds.veteran,
      needId: open.id,
      role: 'first_secretary',
      source: 'recommendation',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().nomination.id;

    const early = await county.post(`/api/nominations/${id}/file`);
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().code).toBe('INVALID_STATE');
    expect((await committee.post(`/api/nominations/${id}/decide`)).statusCode).toBe(409);

    const pass = {
      political: 'pass',
      conduct: 'pass',
      ability: 'pass',
      workStyle: 'pass',
      integrity: 'pass',
    };
    expect((await committee.post(`/api/nominations/${id}/checks`, { checks: pass })).statusCode).toBe(403);
    const checked = await hr.post(`/api/nominations/${id}/checks`, { checks: pass, note: '五关审核均通过' });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json().nomination.status).toBe('checked');

    expect((await hr.post(`/api/nominations/${id}/file`)).statusCode).toBe(403);
    const filed = await county.post(`/api/nominations/${id}/file`);
    expect(filed.json().nomination.status).toBe('filed');

    const decided = await committee.post(`/api/nominations/${id}/decide`);
    expect(decided.statusCode, decided.body).toBe(200);
    const body = decided.json().nomination;
    expect(body.status).toBe('decided');
    expect(body.steps.map((s: { step: string }) => s.step)).toEqual(['propose', 'check', 'file', 'decide']);
    expect(body.steps[2].detail.coFiledWith).toEqual(['ruralOffice', 'agriDept', 'revitalisationDept']);

    expect((await committee.post(`/api/nominations/${id}/withdraw`, { reason: '已经决定' })).statusCode).toBe(
      403,
    );
    expect((await hr.post(`/api/nominations/${id}/withdraw`, { reason: '已经决定' })).statusCode).toBe(409);
  });

  it('rejects a candidate when a check fails, with the failed checks recorded', async () => {
    const n = await need(PLAIN, { firstSecretary: false, members: 1, reason: '按需选派一名经济工作队员' });
    const asFirstSecretary = await hr.post('/api/nominations', {
      cadreId: cadreIds.oneYear,
      needId: n.id,
      role: 'first_secretary',
      source: 'recommendation',
    });
    expect(asFirstSecretary.statusCode).toBe(422);
    expect(asFirstSecretary.json().details.violations[0]).toMatchObject({
      ruleId: 'P21.1-order',
      severity: 'block',
    });
    const created = await hr.post('/api/nominations', {
      cadreId: cadreIds.oneYear,
      needId: n.id,
      role: 'member',
      source: 'recommendation',
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await hr.post(`/api/nominations/${created.json().nomination.id}/checks`, {
      checks: { political: 'pass', conduct: 'pass', ability: 'fail', workStyle: 'pass', integrity: 'pass' },
    });
    expect(res.json().nomination.status).toBe('rejected');
  });

  it('hides another county’s nominations (404) and lists only those in scope', async () => {
    const list = (await county.get('/api/nominations')).json();
    expect(list.total).toBeGreaterThan(0);
    const id = list.items[0].id;
    expect((await outsider.get(`/api/nominations/${id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/nominations')).json().total).toBe(0);
  });
});

describe('compliance', () => {
  it('lists coverage problems with the rule, the subject and since when', async () => {
    const res = await county.get('/api/compliance?region=520121&date=2026-03-02');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      ruleId: string;
      subject: { code?: string; kind: string };
      since?: string;
      message: string;
    }[];
    const weak = items.find((i) => i.ruleId === 'P21.2-weak' && i.subject.code === WEAK);
    expect(weak).toMatchObject({ subject: { kind: 'village', code: WEAK }, since: '2020-01-01' });
    expect(items.some((i) => i.ruleId === 'P21.2-scope' && i.subject.code === LIFTED)).toBe(true);
    expect(res.json().total).toBe(items.length);
    expect(res.json().byCounty[0]).toMatchObject({ countyCode: '520121', countyName: '开阳县' });
  });

  it('checks registered poor villages under P17 on a 2019 date (P17.1.2-cover)', async () => {
    const items = (await county.get('/api/compliance?region=520121&date=2019-06-01')).json().items as {
      ruleId: string;
      subject: { code?: string };
    }[];
    expect(items.some((i) => i.ruleId === 'P17.1.2-cover' && i.subject.code === POOR)).toBe(true);
    expect(items.some((i) => i.ruleId === 'P21.2-weak')).toBe(false);
  });

  it('answers 404 for a region outside the scope, and exports to Excel', async () => {
    expect((await outsider.get('/api/compliance?region=520121')).statusCode).toBe(404);
    const xlsx = await county.get('/api/compliance.xlsx?region=520121&date=2026-03-02');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('rule catalogue', () => {
  it('lists the rules with their clause and gives one by id', async () => {
    const list = (await hr.get('/api/policy/rules?q=fs-party')).json();
    expect(list.items.map((r: { id: string }) => r.id)).toContain('P21.3-fs-party');
    const one = (await hr.get('/api/policy/rules/P21.3-fs-party')).json().rule;
    expect(one).toMatchObject({ id: 'P21.3-fs-party', version: 'P21', severity: 'block' });
    expect(one.clause.zh.length).toBeGreaterThan(5);
    expect((await hr.get('/api/policy/rules/P99.9-none')).statusCode).toBe(404);
  });
});
