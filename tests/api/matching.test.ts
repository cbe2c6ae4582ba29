import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  auditLog,
  nominationSteps,
  nominations,
  villageNeeds,
} from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import {
  type Decided,
  type SelectionFactory,
  selectionFactory,
  villagePool,
} from '../support/selection-factory';

// Matching for a county (科学搭配): open needs × available candidates, solved exactly; nothing is assigned
// until a person accepts. Each test uses a county of its own data: the test database holds one county
// (开阳县 520121), so tests here run in order on needs they create and close their needs when done.

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let nextVillage: () => string;

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  nextVillage = await villagePool(t);
});
afterAll(() => t.close());

interface Placement {
  needId: string;
  villageCode: string;
  slot: 'first_secretary' | 'member';
  cadreId: string;
  score: number;
  moved: boolean;
  reasons: { ruleId: string; points: number; message: string }[];
}

const run = async (body: Record<string, unknown> = {}) => {
  const res = await county.post('/api/counties/520121/matching', body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    placements: Placement[];
    unfilled: { needId: string; slot: string; reason: string }[];
    totalScore: number;
  };
};

/** Closes every open need and withdraws every candidate, so the next test starts from an empty county. */
const closeAll = async () => {
  const db = t.container.database.db;
  await db.update(villageNeeds).set({ status: 'closed' }).where(eq(villageNeeds.status, 'open'));
  await db.update(nominations).set({ status: 'withdrawn' }).where(eq(nominations.status, 'decided'));
};

/** Not a full party member: cannot be a first secretary under P21 (P21.3-fs-party). */
const probationary = { partyStatus: 'probationary', partyFullOn: null } as const;

describe('POST /api/counties/:code/matching', () => {
  let weakParty: string;
  let weakEconomy: string;
  let needA: string;
  let needB: string;
  let needC: string;
  let partyMass: Decided;
  let economic: Decided;
  let plain: Decided;
  let notFs: Decided;
  let filed: Decided;

  beforeAll(async () => {
    weakParty = nextVillage();
    weakEconomy = nextVillage();
    const third = nextVillage();
    await f.category(weakParty, 'weakPartyOrg', '2020-01-01');
    await f.category(weakEconomy, 'weakEconomy', '2020-01-01');
    needA = await f.need(weakParty, { members: 1 });
    needB = await f.need(weakEconomy, { members: 0 });
    needC = await f.need(third, { members: 0 });
    // Each proposed for the "wrong" village: the county composes the teams.
    partyMass = await f.decided(weakEconomy, { needId: needB, cadre: { strengths: ['party_mass'] } });
    economic = await f.decided(weakParty, { needId: needA, cadre: { strengths: ['economic'] } });
    plain = await f.decided(third, { needId: needC });
    notFs = await f.decided(third, { needId: needC, cadre: probationary });
    filed = await f.decided(third, {
      needId: needC,
      nomination: { status: 'filed' },
      cadre: { ruralExperience: true, agriExpertise: true },
    });
  });

  it('places an eligible first secretary in every first-secretary slot, nobody twice, with reasons', async () => {
    const body = await run();
    const fs = body.placements.filter((p) => p.slot === 'first_secretary');
    expect(fs.map((p) => p.needId).sort()).toEqual([needA, needB, needC].sort());
    expect(fs.map((p) => p.cadreId)).not.toContain(notFs.cadreId);
    const cadres = body.placements.map((p) => p.cadreId);
    expect(new Set(cadres).size).toBe(cadres.length);
    expect(cadres).not.toContain(filed.cadreId);
    // Strengths against problems (P21.3-match) move the candidates to the village that needs them.
    expect(fs.find((p) => p.needId === needA)).toMatchObject({ cadreId: partyMass.cadreId, moved: true });
    expect(fs.find((p) => p.needId === needB)).toMatchObject({ cadreId: economic.cadreId, moved: true });
    expect(fs.find((p) => p.needId === needA)!.reasons).toContainEqual(
      expect.objectContaining({
        ruleId: 'P21.3-match',
        points: 30,
        message: expect.stringContaining('党组织软弱涣散'),
      }),
    );
    // The probationary member can take the member slot only.
    expect(body.placements).toContainEqual(
      expect.objectContaining({ needId: needA, slot: 'member', cadreId: notFs.cadreId }),
    );
    expect(body.unfilled).toEqual([]);
    expect(body.totalScore).toBe(body.placements.reduce((s, p) => s + p.score, 0));
    const [made] = await t.container.database.db.select({ n: count() }).from(assignments);
    expect(made!.n).toBe(0);
  });

  it('considers candidates still in the procedure when asked', async () => {
    const body = await run({ includeProposed: true });
    expect(body.placements.map((p) => p.cadreId)).toContain(filed.cadreId);
  });

  it('reports a first-secretary slot it cannot fill, and cites P17 rules for a date before 2021-05-11', async () => {
    const extra = nextVillage();
    const needD = await f.need(extra, { members: 0 });
    const now = await run();
    expect(now.unfilled).toEqual([
      expect.objectContaining({ slot: 'first_secretary', reason: expect.any(String) }),
    ]);
    expect(now.placements.filter((p) => p.slot === 'first_secretary')).toHaveLength(3);
    const before = await run({ date: '2020-06-01' });
    // No party-standing rule before 2021-05-11: the probationary member may be a first secretary then.
    expect(before.placements.filter((p) => p.slot === 'first_secretary')).toHaveLength(4);
    expect(before.placements.flatMap((p) => p.reasons.map((r) => r.ruleId))).not.toContain('P21.3-match');
    expect(before.placements.flatMap((p) => p.reasons.map((r) => r.ruleId))).toContain('P17.2.1-match');
    await t.container.database.db
      .update(villageNeeds)
      .set({ status: 'closed' })
      .where(eq(villageNeeds.id, needD));
  });

  it('accepts a placement: moves the nomination to the chosen need (audited) and makes the assignment', async () => {
    const res = await county.post('/api/counties/520121/matching/accept', {
      placements: [
        {
          needId: needA,
          cadreId: partyMass.cadreId,
          slot: 'first_secretary',
          overrides: [{ ruleId: 'P21.5-size', reason: '该村巩固任务较轻，县委确定派1名队员' }],
        },
        { needId: needC, cadreId: filed.cadreId, slot: 'first_secretary' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ created: 1, refused: 1 });
    expect(body.results[0]).toMatchObject({
      ok: true,
      moved: true,
      assignment: {
        needId: needA,
        startOn: '2026-03-02',
        plannedEndOn: '2028-03-01', // two years on post, both ends included (issue 9 correction 1)
        teamRole: 'first_secretary',
      },
    });
    expect(body.results[1]).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const [nom] = await t.container.database.db
      .select()
      .from(nominations)
      .where(eq(nominations.id, partyMass.nominationId));
    expect(nom).toMatchObject({ needId: needA, villageCode: weakParty });
    const moved = await t.container.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, partyMass.nominationId), eq(auditLog.action, 'nomination.move')));
    expect(moved).toHaveLength(1);
    // The move is a step of the nomination's transition table, recorded like the others (issue 9).
    const moveSteps = await t.container.database.db
      .select()
      .from(nominationSteps)
      .where(and(eq(nominationSteps.nominationId, partyMass.nominationId), eq(nominationSteps.step, 'move')));
    expect(moveSteps).toHaveLength(1);
    expect(moveSteps[0]).toMatchObject({ fromStatus: 'decided', toStatus: 'decided' });
    expect(moveSteps[0]!.detail).toMatchObject({ after: { needId: needA } });
    // The placed candidate and the filled slot leave the next suggestion.
    const next = await run();
    expect(next.placements.map((p) => p.cadreId)).not.toContain(partyMass.cadreId);
    expect(next.placements.filter((p) => p.needId === needA && p.slot === 'first_secretary')).toEqual([]);
    await closeAll();
  });

  it('honours a unit pairing: its candidates go only to the paired village', async () => {
    const paired = nextVillage();
    const other = nextVillage();
    const unitId = await f.unit({
      name: '结对帮扶单位',
      kind: 'provincial_organ',
      level: 'province',
      regionCode: '52',
      countyCode: null,
    });
    await f.pairing(unitId, paired);
    const needP = await f.need(paired, { members: 0 });
    const needO = await f.need(other, { members: 0 });
    const fromPaired = await f.decided(other, { needId: needO, unitId, cadre: { strengths: ['economic'] } });
    await f.category(other, 'weakEconomy', '2020-01-01');
    const local = await f.decided(other, { needId: needO });
    const body = await run();
    expect(body.placements).toContainEqual(
      expect.objectContaining({ needId: needP, cadreId: fromPaired.cadreId }),
    );
    expect(body.placements).toContainEqual(
      expect.objectContaining({ needId: needO, cadreId: local.cadreId }),
    );
    expect(
      body.placements.find((p) => p.cadreId === fromPaired.cadreId)!.reasons.map((r) => r.ruleId),
    ).toContain('M-paired-first');
    await closeAll();
  });

  it('never places anyone twice and fills every first-secretary slot it can, on a random county', async () => {
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const needIds: string[] = [];
    let fsSlots = 0;
    for (let i = 0; i < 12; i++) {
      const village = nextVillage();
      if (random() < 0.4) await f.category(village, 'weakPartyOrg', '2020-01-01');
      const members = Math.floor(random() * 3);
      needIds.push(await f.need(village, { members }));
      fsSlots += 1;
    }
    let fsEligible = 0;
    for (let i = 0; i < 20; i++) {
      const eligible = random() < 0.5;
      if (eligible) fsEligible += 1;
      await f.decided('520121101200', {
        needId: needIds[Math.floor(random() * needIds.length)]!,
        cadre: { ...(eligible ? {} : probationary), strengths: random() < 0.5 ? ['party_mass'] : [] },
      });
    }
    const body = await run();
    const cadres = body.placements.map((p) => p.cadreId);
    expect(new Set(cadres).size).toBe(cadres.length);
    expect(body.placements.filter((p) => p.slot === 'first_secretary')).toHaveLength(
      Math.min(fsSlots, fsEligible),
    );
    await closeAll();
  });

  it('answers 403 to roles that do not compose teams and 404 for another county', async () => {
    const township = await t.user({ roles: ['township'], regions: ['520121101'] });
    const inspector = await t.user({ roles: ['inspector'], regions: ['52'] });
    expect((await township.post('/api/counties/520121/matching', {})).statusCode).toBe(403);
    expect((await inspector.post('/api/counties/520121/matching', {})).statusCode).toBe(403);
    expect((await county.post('/api/counties/110101/matching', {})).statusCode).toBe(404);
    const beijing = await t.user({ roles: ['leading_group'], regions: ['110101'] });
    expect((await beijing.post('/api/counties/520121/matching', {})).statusCode).toBe(404);
    expect(
      (
        await beijing.post('/api/counties/520121/matching/accept', {
          placements: [{ needId: needA, cadreId: plain.cadreId, slot: 'member' }],
        })
      ).statusCode,
    ).toBe(404);
  });
});
