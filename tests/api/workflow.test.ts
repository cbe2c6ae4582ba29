import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, nominationSteps, recallProposals } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// The workflow primitive (issue 9): guarded transitions (two concurrent steps never both succeed), the
// steps a user may take in the view, the system administrator out of personnel decisions (correction 5)
// but able to enter an office's decision as an audited correction, and withdrawing a recall proposal.
// Test clock: 2026-03-02.

let t: TestApp;
let f: SelectionFactory;
let admin: TestUser;
let county: TestUser;
let leadingGroup: TestUser;
let nextVillage: () => string;
let unitId: string;
let hr: TestUser;
let committee: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T02:00:00Z'));
  f = selectionFactory(t);
  admin = await t.user({ roles: ['sys_admin'] });
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  leadingGroup = await t.user({ roles: ['leading_group'], regions: ['520121'] });
  nextVillage = await villagePool(t);
  unitId = await f.unit();
  hr = await t.user({ roles: ['unit_hr'], units: [unitId] });
  committee = await t.user({ roles: ['unit_committee'], units: [unitId] });
});
afterAll(() => t.close());

const db = () => t.container.database.db;

/** A nomination of a new cadre of the test unit, in the given state. */
async function nominationIn(status: 'proposed' | 'checked' | 'filed' | 'decided') {
  return f.decided(nextVillage(), { unitId, nomination: { status } });
}

const stepRows = (nominationId: string, step: string) =>
  db()
    .select()
    .from(nominationSteps)
    .where(and(eq(nominationSteps.nominationId, nominationId), eq(nominationSteps.step, step)));

const statusesOf = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

describe('guarded transitions: two identical steps at once, exactly one succeeds', () => {
  it('files a nomination once when the organisation department sends the step twice at the same moment (P21.3-file)', async () => {
    const n = await nominationIn('checked');
    const both = await Promise.all([
      county.post(`/api/nominations/${n.nominationId}/file`, {}),
      county.post(`/api/nominations/${n.nominationId}/file`, {}),
    ]);
    expect(statusesOf(both), both.map((r) => r.body).join('\n')).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().code).toBe('INVALID_STATE');
    expect(await stepRows(n.nominationId, 'file')).toHaveLength(1);
  });

  it('decides a nomination once when the committee sends the step twice at the same moment (P21.3-decide)', async () => {
    const n = await nominationIn('filed');
    const both = await Promise.all([
      committee.post(`/api/nominations/${n.nominationId}/decide`, {}),
      committee.post(`/api/nominations/${n.nominationId}/decide`, {}),
    ]);
    expect(statusesOf(both), both.map((r) => r.body).join('\n')).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().code).toBe('INVALID_STATE');
    const audited = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, n.nominationId), eq(auditLog.action, 'nomination.decide')));
    expect(audited).toHaveLength(1);
  });

  it('keeps one open nomination per cadre in the database itself, whatever the caller checked first', async () => {
    const n = await nominationIn('proposed');
    const needId = await f.need(nextVillage());
    await expect(
      f.nomination(
        { cadreId: n.cadreId, unitId, needId, villageCode: '520121000000' },
        { status: 'checked' },
      ),
    ).rejects.toThrow();
    // A closed or decided nomination does not count.
    await f.nomination(
      { cadreId: n.cadreId, unitId, needId, villageCode: '520121000000' },
      { status: 'withdrawn' },
    );
  });

  it('answers a second proposal of a candidate with 409 and says to withdraw the first', async () => {
    const n = await nominationIn('proposed');
    const village = nextVillage();
    const needId = await f.need(village);
    const res = await hr.post('/api/nominations', {
      cadreId: n.cadreId,
      needId,
      role: 'member',
      source: 'recommendation',
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', details: { nominationId: n.nominationId } });
    expect(res.json().message).toContain('请先撤回原人选');
  });
});

describe('allowedSteps in the nomination view', () => {
  it('lists the steps the current user may take now, from the transition table (P21.3-checks, P21.3-file)', async () => {
    const proposed = await nominationIn('proposed');
    const checked = await nominationIn('checked');
    const asHr = (await hr.get(`/api/nominations/${proposed.nominationId}`)).json().nomination;
    expect(asHr.allowedSteps).toEqual(['check', 'reject', 'withdraw']);
    const asCounty = (await county.get(`/api/nominations/${checked.nominationId}`)).json().nomination;
    expect(asCounty.allowedSteps).toEqual(['file', 'reject']);
    const listed = (await committee.get(`/api/nominations?unitId=${unitId}&pageSize=100`)).json();
    const item = listed.items.find((i: { id: string }) => i.id === checked.nominationId);
    expect(item.allowedSteps).toEqual(['reject']);
  });

  it('offers the system administrator no check, file or decide button (P21.3-file, P21.3-decide)', async () => {
    const filed = await nominationIn('filed');
    const view = (await admin.get(`/api/nominations/${filed.nominationId}`)).json().nomination;
    expect(view.allowedSteps).toEqual(['reject', 'withdraw']);
  });
});

describe('the system administrator takes no personnel decision (issue 9 correction 5)', () => {
  it('refuses the administrator the five checks (P21.3-checks)', async () => {
    const n = await nominationIn('proposed');
    const checks = {
      political: 'pass',
      conduct: 'pass',
      ability: 'pass',
      workStyle: 'pass',
      integrity: 'pass',
    };
    const res = await admin.post(`/api/nominations/${n.nominationId}/checks`, { checks });
    expect(res.statusCode, res.body).toBe(403);
  });

  it('refuses the administrator filing (P21.3-file) and deciding (P21.3-decide)', async () => {
    const checked = await nominationIn('checked');
    expect((await admin.post(`/api/nominations/${checked.nominationId}/file`, {})).statusCode).toBe(403);
    const filed = await nominationIn('filed');
    expect((await admin.post(`/api/nominations/${filed.nominationId}/decide`, {})).statusCode).toBe(403);
  });

  it('lets the administrator enter a decision for the party committee it names, audited with whom and why (P21.3-decide)', async () => {
    const filed = await nominationIn('filed');
    const body = {
      step: 'decide',
      onBehalfOf: { unitId, name: '测试派出单位党委' },
      reason: '党委会议纪要已送达，由系统管理员代为录入',
    };
    const res = await admin.post(`/api/nominations/${filed.nominationId}/admin-correction`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().nomination.status).toBe('decided');
    const [step] = await stepRows(filed.nominationId, 'decide');
    expect(step!.detail).toMatchObject({ adminCorrection: true, onBehalfOf: body.onBehalfOf });
    const [audited] = await db()
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, filed.nominationId), eq(auditLog.action, 'nomination.correct.decide')),
      );
    expect(audited!.after).toMatchObject({ onBehalfOf: body.onBehalfOf, correctionReason: body.reason });
  });

  it('keeps corrections to the administrator, refuses them without whom it represents, and keeps the order of steps (P21.3-file)', async () => {
    const checked = await nominationIn('checked');
    const body = {
      step: 'decide',
      onBehalfOf: { unitId, name: '测试派出单位党委' },
      reason: '代为录入党委决定',
    };
    expect(
      (await county.post(`/api/nominations/${checked.nominationId}/admin-correction`, body)).statusCode,
    ).toBe(403);
    const noOffice = await admin.post(`/api/nominations/${checked.nominationId}/admin-correction`, {
      ...body,
      onBehalfOf: { name: '某单位' },
    });
    expect(noOffice.statusCode).toBe(400);
    const skipped = await admin.post(`/api/nominations/${checked.nominationId}/admin-correction`, body);
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().code).toBe('INVALID_STATE');
  });
});

describe('recall proposals through the primitive', () => {
  async function proposal() {
    const d = await f.decided(nextVillage(), { unitId, need: { members: 0 } });
    const assigned = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2025-06-01',
      plannedEndOn: '2027-06-01',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const assignmentId = assigned.json().assignment.id as string;
    const res = await leadingGroup.post(`/api/assignments/${assignmentId}/recall-proposals`, {
      reasons: '连续两个季度考核不称职',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { ...d, assignmentId, proposal: res.json().proposal as { id: string; allowedSteps: string[] } };
  }

  it('refuses the administrator confirming a recall, which is the dispatching unit’s (P17.5.3-recall)', async () => {
    const p = await proposal();
    const res = await admin.post(`/api/recall-proposals/${p.proposal.id}/confirm`, {});
    expect(res.statusCode, res.body).toBe(403);
  });

  it('lets the administrator enter the unit’s confirmation, audited with the unit and the reason (P17.5.3-recall)', async () => {
    const p = await proposal();
    const body = {
      step: 'confirm',
      onBehalfOf: { unitId, name: '测试派出单位党委' },
      reason: '单位书面确认函已收到，代为录入',
      endOn: '2026-03-01',
    };
    const res = await admin.post(`/api/recall-proposals/${p.proposal.id}/admin-correction`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().proposal.status).toBe('confirmed');
    expect(res.json().assignment).toMatchObject({ endOn: '2026-03-01', endReason: 'recalled' });
    const [audited] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, p.proposal.id), eq(auditLog.action, 'recall.correct.confirm')));
    expect(audited!.after).toMatchObject({ onBehalfOf: body.onBehalfOf, reason: body.reason });
  });

  it('confirms once when the unit sends the confirmation twice at the same moment (P17.5.3-recall)', async () => {
    const p = await proposal();
    const both = await Promise.all([
      committee.post(`/api/recall-proposals/${p.proposal.id}/confirm`, { endOn: '2026-03-01' }),
      committee.post(`/api/recall-proposals/${p.proposal.id}/confirm`, { endOn: '2026-03-01' }),
    ]);
    expect(statusesOf(both), both.map((r) => r.body).join('\n')).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().code).toBe('INVALID_STATE');
  });

  it('shows each side its steps: the unit confirms, the proposing office withdraws', async () => {
    const p = await proposal();
    expect(p.proposal.allowedSteps).toEqual(['withdraw']);
    const list = (await committee.get('/api/recall-proposals?status=proposed&pageSize=200')).json();
    expect(list.items.find((i: { id: string }) => i.id === p.proposal.id).allowedSteps).toEqual(['confirm']);
  });

  it('withdraws a proposal by the proposing office while the unit has not answered, audited; then 409', async () => {
    const p = await proposal();
    expect((await committee.post(`/api/recall-proposals/${p.proposal.id}/withdraw`, {})).statusCode).toBe(
      403,
    );
    const res = await leadingGroup.post(`/api/recall-proposals/${p.proposal.id}/withdraw`, {
      reason: '经核实考核结论有误',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().proposal).toMatchObject({ status: 'withdrawn', allowedSteps: [] });
    const [audited] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, p.proposal.id), eq(auditLog.action, 'recall.withdraw')));
    expect(audited!.after).toMatchObject({ status: 'withdrawn', reason: '经核实考核结论有误' });
    const again = await leadingGroup.post(`/api/recall-proposals/${p.proposal.id}/withdraw`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_STATE');
    expect((await committee.post(`/api/recall-proposals/${p.proposal.id}/confirm`, {})).statusCode).toBe(409);
    // A new proposal may follow the withdrawn one.
    const next = await leadingGroup.post(`/api/assignments/${p.assignmentId}/recall-proposals`, {
      reasons: '再次提出召回意见',
    });
    expect(next.statusCode, next.body).toBe(201);
  });

  it('withdraws once when the office sends it twice at the same moment, and refuses after confirmation', async () => {
    const p = await proposal();
    const both = await Promise.all([
      leadingGroup.post(`/api/recall-proposals/${p.proposal.id}/withdraw`, {}),
      leadingGroup.post(`/api/recall-proposals/${p.proposal.id}/withdraw`, {}),
    ]);
    expect(statusesOf(both), both.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const q = await proposal();
    expect((await committee.post(`/api/recall-proposals/${q.proposal.id}/confirm`, {})).statusCode).toBe(200);
    const late = await leadingGroup.post(`/api/recall-proposals/${q.proposal.id}/withdraw`, {});
    expect(late.statusCode).toBe(409);
    const rows = await db().select().from(recallProposals).where(eq(recallProposals.id, q.proposal.id));
    expect(rows[0]!.status).toBe('confirmed');
  });
});
