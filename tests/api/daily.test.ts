import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { type SelectionFactory, selectionFactory, villagePool } from '../support/selection-factory';

// Issue 12 items 2–6: quarterly team-leader meetings (P17.4.2-meeting), heart-to-heart talks (P21.6-talk),
// discipline records (P21.5-discipline), the three handover lists (P21.5-rotate), to-dos and notifications.
// The test clock starts on 2026-03-02 (Monday).

let t: TestApp;
let f: SelectionFactory;
let county: TestUser;
let leading: TestUser;
let city: TestUser;
let township: TestUser;
let otherTownship: TestUser;
let beijing: TestUser;
let nextVillage: () => string;
const ids = {} as Record<string, string> & { village: string; pred: string; talk: string };
const cadres = {} as Record<string, string> & {
  pred: string;
  other: string;
  otherUnit: string;
  succ: string;
};

async function place(village: string, startOn: string, plannedEndOn: string) {
  const d = await f.decided(village, { role: 'first_secretary', need: { firstSecretary: true, members: 0 } });
  const res = await county.post('/api/assignments', {
    nominationId: d.nominationId,
    teamRole: 'first_secretary',
    startOn,
    plannedEndOn,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().assignment.id as string, cadreId: d.cadreId, unitId: d.unitId, village };
}

beforeAll(async () => {
  t = await createTestApp();
  f = selectionFactory(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  leading = await t.user({ roles: ['leading_group'], regions: ['520121'] });
  city = await t.user({ roles: ['leading_group'], regions: ['5201'] });
  beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
  nextVillage = await villagePool(t);
  const a = await place(nextVillage(), '2024-05-06', '2026-05-06');
  ids.pred = a.id;
  cadres.pred = a.cadreId;
  ids.village = a.village;
  const s = await place(a.village, '2026-04-20', '2028-04-20');
  ids.succ = s.id;
  cadres.succ = s.cadreId;
  const b = await place(nextVillage(), '2025-01-06', '2027-01-06');
  ids.other = b.id;
  cadres.other = b.cadreId;
  ids.otherVillage = b.village;
  cadres.otherUnit = b.unitId;
  township = await t.user({ roles: ['township'], regions: [a.village.slice(0, 9)] });
  otherTownship = await t.user({ roles: ['township'], regions: ['520121999'] });
});
afterAll(() => t.close());

describe('quarterly team-leader meetings (P17.4.2-meeting)', () => {
  it('records a held meeting with attendees from the teams and decisions with owners (201)', async () => {
    const res = await leading.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2025-12-31',
      place: '县委组织部三楼会议室',
      attendeeCadreIds: [cadres.pred, cadres.other],
      minutes: '通报第四季度驻村考勤情况，部署冬季帮扶工作。',
      decisions: [{ text: '各队于1月10日前报送冬季帮扶计划', owner: '县驻村办', dueOn: '2026-01-10' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().meeting).toMatchObject({
      status: 'held',
      quarter: '2025Q4',
      countyName: '开阳县',
      attendees: expect.arrayContaining([expect.objectContaining({ cadreId: cadres.pred })]),
      decisions: [expect.objectContaining({ owner: '县驻村办' })],
    });
    ids.meeting = res.json().meeting.id;
    const audit = await county.get(`/api/audit?entityId=${ids.meeting}`);
    if (audit.statusCode === 200) expect(JSON.stringify(audit.json())).toContain('meeting.record');
  });

  it('refuses bad input with 400 naming the field, and changes nothing', async () => {
    const before = (await leading.get('/api/leader-meetings')).json().total;
    const noMinutes = await leading.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2026-01-05',
      place: '会议室',
      attendeeCadreIds: [cadres.pred],
      minutes: '  ',
    });
    expect(noMinutes.statusCode).toBe(400);
    expect(JSON.stringify(noMinutes.json().details)).toContain('minutes');
    const future = await leading.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2026-03-03',
      place: '会议室',
      attendeeCadreIds: [cadres.pred],
      minutes: '纪要',
    });
    expect(future.statusCode).toBe(400);
    expect(JSON.stringify(future.json().details)).toContain('heldOn');
    const stranger = await f.cadre(await f.unit());
    const notStationed = await leading.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2026-01-05',
      place: '会议室',
      attendeeCadreIds: [cadres.pred, stranger],
      minutes: '纪要',
    });
    expect(notStationed.statusCode).toBe(400);
    expect(notStationed.json().details.fields[0].field).toBe('attendeeCadreIds.1');
    expect((await leading.get('/api/leader-meetings')).json().total).toBe(before);
  });

  it('P17.4.2-meeting: a meeting on the quarter’s last day counts; the next quarter’s first day does not', async () => {
    // On 2026-01-01 the last full quarter is 2025Q4: the meeting of 2025-12-31 counts.
    const q4 = (await leading.get('/api/leader-meetings/overdue?region=520121&date=2026-01-01')).json();
    expect(q4).toMatchObject({ ruleId: 'P17.4.2-meeting', quarter: '2025Q4', counties: [] });
    // A meeting on 2026-04-01 belongs to 2026Q2: on 2026-04-01 the county is overdue for 2026Q1.
    const held = await leading.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2026-03-02',
      place: '会议室',
      attendeeCadreIds: [cadres.pred],
      minutes: '纪要',
    });
    expect(held.statusCode, held.body).toBe(201);
    const q1 = (await leading.get('/api/leader-meetings/overdue?region=520121&date=2026-04-01')).json();
    expect(q1.quarter).toBe('2026Q1');
    expect(q1.counties).toEqual([]);
    const q2 = (await leading.get('/api/leader-meetings/overdue?region=520121&date=2026-07-01')).json();
    expect(q2).toMatchObject({ quarter: '2026Q2', from: '2026-04-01', to: '2026-06-30' });
    expect(q2.counties).toEqual([
      expect.objectContaining({ countyCode: '520121', name: '开阳县', lastHeldOn: '2026-03-02' }),
    ]);
    // Before the quarter has ended it is not the last full quarter: on 2026-06-30 the question is 2026Q1.
    const early = (await leading.get('/api/leader-meetings/overdue?region=520121&date=2026-06-30')).json();
    expect(early.quarter).toBe('2026Q1');
  });

  it('shows overdue counties to the county itself and to the city, not to another county or a township', async () => {
    const byCity = (await city.get('/api/leader-meetings/overdue?date=2026-07-01')).json();
    expect(byCity.counties.map((c: { countyCode: string }) => c.countyCode)).toContain('520121');
    const other = (await beijing.get('/api/leader-meetings/overdue?date=2026-07-01')).json();
    expect(other.counties).toEqual([]);
    expect((await township.get('/api/leader-meetings/overdue')).statusCode).toBe(403);
    expect((await beijing.get(`/api/leader-meetings/${ids.meeting}`)).statusCode).toBe(404);
    const out = await beijing.post('/api/leader-meetings', {
      countyCode: '520121',
      heldOn: '2026-01-05',
      place: '会议室',
      attendeeCadreIds: [cadres.pred],
      minutes: '纪要',
    });
    expect(out.statusCode).toBe(404);
  });

  it('schedules a meeting ahead, records it as held once (a second time 409)', async () => {
    const planned = await leading.post('/api/leader-meetings/scheduled', {
      countyCode: '520121',
      plannedOn: '2026-03-02',
      place: '县委党校',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().meeting).toMatchObject({ status: 'scheduled', heldOn: null, quarter: null });
    const id = planned.json().meeting.id;
    const body = {
      heldOn: '2026-03-02',
      place: '县委党校',
      attendeeCadreIds: [cadres.other],
      minutes: '纪要',
    };
    const held = await leading.post(`/api/leader-meetings/${id}/held`, body);
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().meeting).toMatchObject({ status: 'held', quarter: '2026Q1' });
    expect((await leading.post(`/api/leader-meetings/${id}/held`, body)).statusCode).toBe(409);
  });
});

describe('heart-to-heart talks (P21.6-talk / P17.6.4-talk)', () => {
  it('records a talk (201); the notes only for the talker’s office and the organisation department', async () => {
    const res = await township.post('/api/talks', {
      cadreId: cadres.pred,
      heldOn: '2026-02-10',
      topics: ['思想状况', '家庭困难'],
      notes: '家中老人住院，已协调请假安排。',
    });
    expect(res.statusCode, res.body).toBe(201);
    const talk = res.json().talk;
    expect(talk).toMatchObject({ talkerOffice: 'township', notes: '家中老人住院，已协调请假安排。' });
    ids.talk = talk.id;
    // The same office (another user of the township) reads the notes.
    const colleague = await t.user({ roles: ['township'], regions: [ids.village.slice(0, 9)] });
    expect((await colleague.get(`/api/talks/${ids.talk}`)).json().talk.notes).toContain('老人');
    // The organisation department of the county reads them.
    expect((await county.get(`/api/talks/${ids.talk}`)).json().talk.notes).toContain('老人');
    // The county's leading group sees the talk, not the notes.
    const lg = (await leading.get(`/api/talks/${ids.talk}`)).json().talk;
    expect(lg).toMatchObject({ notes: null, notesHidden: true, topics: ['思想状况', '家庭困难'] });
    // The dispatching unit sees it without the notes; another county not at all.
    const hr = await t.user({ roles: ['unit_hr'], units: [cadres.otherUnit] });
    const byUnit = await hr.get(`/api/talks/${ids.talk}`);
    expect(byUnit.statusCode, byUnit.body).toBe(200);
    expect(byUnit.json().talk).toMatchObject({ notes: null, notesHidden: true });
    expect((await beijing.get(`/api/talks/${ids.talk}`)).statusCode).toBe(404);
    // The notes never reach the audit record.
    const audit = await county.get(`/api/audit?entityId=${ids.talk}`);
    expect(audit.body).not.toContain('老人');
  });

  it('refuses a talk in the future (400 heldOn) and a cadre outside the talker’s scope (404)', async () => {
    const future = await township.post('/api/talks', {
      cadreId: cadres.pred,
      heldOn: '2026-03-03',
      topics: '工作',
    });
    expect(future.statusCode).toBe(400);
    expect(JSON.stringify(future.json().details)).toContain('heldOn');
    const outside = await otherTownship.post('/api/talks', {
      cadreId: cadres.pred,
      heldOn: '2026-03-01',
      topics: '工作',
    });
    expect(outside.statusCode).toBe(404);
    expect((await t.user({ roles: ['inspector'], regions: ['52'] })).username).toBeTruthy();
  });

  it('P21.6-talk: a cadre without a talk by the office within talkIntervalMonths is due, on the talker’s to-dos', async () => {
    const due = (await leading.get('/api/talks/due')).json();
    expect(due).toMatchObject({ ruleId: 'P21.6-talk', intervalMonths: 6, since: '2025-09-02' });
    // The leading group has talked with nobody: both cadres on post are due.
    expect(due.items.map((i: { cadreId: string }) => i.cadreId)).toEqual(
      expect.arrayContaining([cadres.pred, cadres.other]),
    );
    // The township talked with its cadre on 2026-02-10: not due for the township.
    const mine = (await township.get('/api/talks/due')).json();
    expect(mine.items.map((i: { cadreId: string }) => i.cadreId)).not.toContain(cadres.pred);
    // A talk exactly six months ago still counts; a day earlier does not (boundary).
    const exact = await leading.post('/api/talks', {
      cadreId: cadres.other,
      heldOn: '2025-09-02',
      topics: '工作',
    });
    expect(exact.statusCode, exact.body).toBe(201);
    const after = (await leading.get('/api/talks/due')).json();
    expect(after.items.map((i: { cadreId: string }) => i.cadreId)).not.toContain(cadres.other);
    expect(
      (await leading.get('/api/talks/due?date=2026-03-03'))
        .json()
        .items.map((i: { cadreId: string }) => i.cadreId),
    ).toContain(cadres.other);
    const todos = (await leading.get('/api/todos')).json().items;
    expect(todos).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'talk_due', ruleId: 'P21.6-talk' })]),
    );
    // The settings name the interval: 12 months for the county from 2026-01-01, and the talk counts again.
    const set = await county.put('/api/settings/520121/talkIntervalMonths', {
      value: 12,
      effectiveFrom: '2026-01-01',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(
      (await leading.get('/api/talks/due?date=2026-03-03'))
        .json()
        .items.map((i: { cadreId: string }) => i.cadreId),
    ).not.toContain(cadres.other);
  });
});

describe('discipline records (P17.4.2-discipline / P21.5-discipline)', () => {
  let cadreUser: TestUser;
  beforeAll(async () => {
    cadreUser = await t.user({ roles: ['cadre'], cadreId: cadres.other });
  });

  it('records a reminder (201), notifies the cadre, who gives a statement once', async () => {
    const res = await leading.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-20',
      finding: '2月19日未按规定履行请假手续离村一天',
      ruleId: 'P21.5-leave',
      decision: 'reminder',
    });
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json().record;
    expect(record).toMatchObject({ decision: 'reminder', ruleId: 'P21.5-leave', recallProposalId: null });
    ids.discipline = record.id;
    const mine = await cadreUser.get('/api/notifications');
    expect(mine.json().unread).toBeGreaterThanOrEqual(1);
    expect(mine.json().items[0]).toMatchObject({
      kind: 'discipline_record',
      href: `/discipline/${record.id}`,
    });
    const todo = (await cadreUser.get('/api/todos')).json().items;
    expect(todo).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'discipline_statement' })]));
    const own = (await cadreUser.get(`/api/discipline-records/${record.id}`)).json().record;
    expect(own.allowedSteps).toEqual(['statement']);
    const st = await cadreUser.post(`/api/discipline-records/${record.id}/statement`, {
      statement: '当日家中急事，已补办手续，今后严格遵守请假制度。',
    });
    expect(st.statusCode, st.body).toBe(200);
    expect(st.json().record.statement).toContain('急事');
    const again = await cadreUser.post(`/api/discipline-records/${record.id}/statement`, {
      statement: '再说一次',
    });
    expect(again.statusCode).toBe(409);
    // The notification is read; the unread count falls.
    const n = (await cadreUser.get('/api/notifications')).json();
    const read = await cadreUser.post(`/api/notifications/${n.items[0].id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().unread).toBe(n.unread - 1);
    expect((await county.post(`/api/notifications/${n.items[0].id}/read`)).statusCode).toBe(404);
  });

  it('refuses an unknown rule id and a bad decision (400), a cadre outside the scope (404)', async () => {
    const bad = await leading.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-20',
      finding: '问题',
      ruleId: 'P99-nothing',
      decision: 'reminder',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].field).toBe('ruleId');
    const decision = await leading.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-20',
      finding: '问题',
      decision: 'fine',
    });
    expect(decision.statusCode).toBe(400);
    const out = await beijing.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-20',
      finding: '问题',
      decision: 'reminder',
    });
    expect(out.statusCode).toBe(404);
    expect(
      (
        await township.post('/api/discipline-records', {
          cadreId: cadres.other,
          on: '2026-02-20',
          finding: '问题',
          decision: 'reminder',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('recall_proposed goes through the recall workflow (P17.5.3-recall), in the same transaction', async () => {
    const res = await leading.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-25',
      finding: '连续三次核查不在岗且无正当理由',
      ruleId: 'P21.5-discipline',
      decision: 'recall_proposed',
    });
    expect(res.statusCode, res.body).toBe(201);
    const proposalId = res.json().record.recallProposalId;
    expect(proposalId).toBeTruthy();
    const recalls = (await county.get('/api/recall-proposals?status=proposed')).json();
    expect(recalls.items.map((r: { id: string }) => r.id)).toContain(proposalId);
    // A second recall proposal while one waits: 409, and no discipline record is left behind.
    const before = (await county.get(`/api/discipline-records?cadreId=${cadres.other}`)).json().total;
    const twice = await leading.post('/api/discipline-records', {
      cadreId: cadres.other,
      on: '2026-02-26',
      finding: '再次提出',
      decision: 'recall_proposed',
    });
    expect(twice.statusCode).toBe(409);
    expect((await county.get(`/api/discipline-records?cadreId=${cadres.other}`)).json().total).toBe(before);
    // On the cadre's file and for assessment.
    const facts = await t.container.services.discipline.factsOf(cadres.other, '2026-01-01', '2026-12-31');
    expect(facts.map((x) => x.decision)).toEqual(['reminder', 'recall_proposed']);
  });
});

describe('to-dos and notifications', () => {
  it('gathers every module’s items for the signed-in user, each a link, nothing ranked', async () => {
    const res = await leading.get('/api/todos');
    expect(res.statusCode).toBe(200);
    for (const item of res.json().items) {
      expect(typeof item.title).toBe('string');
      expect(item.href.startsWith('/')).toBe(true);
      expect(item).not.toHaveProperty('score');
      expect(item).not.toHaveProperty('rank');
    }
    const en = await leading.get('/api/todos', { 'accept-language': 'en' });
    expect(en.json().items.length).toBe(res.json().items.length);
    expect(t.container.todoRegistry.names()).toEqual(
      expect.arrayContaining(['attendance', 'leader-meetings', 'handovers', 'terms', 'talks', 'discipline']),
    );
  });

  it('the daily digest notifies each user with to-dos once a day', async () => {
    const first = await t.container.services.todos.digest();
    expect(first.notified).toBeGreaterThan(0);
    const n = (await leading.get('/api/notifications')).json();
    expect(n.items.filter((i: { kind: string }) => i.kind === 'digest')).toHaveLength(1);
    await t.container.services.todos.digest();
    const again = (await leading.get('/api/notifications')).json();
    expect(again.items.filter((i: { kind: string }) => i.kind === 'digest')).toHaveLength(1);
    const all = await leading.post('/api/notifications/read-all');
    expect(all.json().unread).toBe(0);
    expect((await leading.get('/api/notifications')).json().unread).toBe(0);
  });
});

describe('the three handover lists (P21.5-rotate)', () => {
  const lists = {
    villageSituation: '全村312户1024人，脱贫户86户，监测户5户。',
    workInProgress: '1. 村集体茶园扩种50亩（进行中）\n2. 通组路硬化（待验收）',
    assetsAndFiles: '驻村工作队办公室钥匙2把；笔记本电脑1台；民情日记3本。',
  };
  let successor: TestUser;
  let predecessor: TestUser;
  /** Signs everyone in again: moving the clock past the idle limit ends the sessions. */
  async function signIn() {
    county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    township = await t.user({ roles: ['township'], regions: [ids.village!.slice(0, 9)] });
    otherTownship = await t.user({ roles: ['township'], regions: ['520121999'] });
    beijing = await t.user({ roles: ['org_admin'], regions: ['110101'] });
  }
  beforeAll(signIn);
  /** The cadres' own accounts (one per cadre), once the clock has moved. */
  async function cadreAccounts() {
    successor = await t.user({ roles: ['cadre'], cadreId: cadres.succ });
    predecessor = await t.user({ roles: ['cadre'], cadreId: cadres.pred });
  }

  it('P21.5-rotate: the lists wait for the successor on post (422 before)', async () => {
    const early = await county.put(`/api/assignments/${ids.pred}/handover`, lists);
    expect(early.statusCode, early.body).toBe(422);
    expect(early.json().details.violations[0]).toMatchObject({ ruleId: 'P21.5-rotate' });
    const state = (await county.get(`/api/assignments/${ids.pred}/handover`)).json();
    expect(state).toMatchObject({ handover: null, mayPrepare: false, successor: { assignmentId: ids.succ } });
  });

  it('refuses empty lists with 400 naming the field', async () => {
    t.clock.set(new Date('2026-04-21T02:00:00Z'));
    await signIn();
    await cadreAccounts();
    const res = await predecessor.put(`/api/assignments/${ids.pred}/handover`, {
      ...lists,
      assetsAndFiles: '',
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().details)).toContain('assetsAndFiles');
  });

  it('prepare → rotated refused (422 P21.5-rotate) → successor confirms → township confirms → rotated', async () => {
    const todo = (await predecessor.get('/api/todos')).json().items;
    expect(todo).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'handover_to_prepare' })]));
    // An open task of the village's list (issue 11) starts the work-in-progress list: nobody types it again.
    const task = await county.post(`/api/villages/${ids.village}/tasks`, {
      duty: 'prosperity',
      title: '村集体茶园扩种50亩',
      ownerCadreId: cadres.pred,
      dueOn: '2026-09-30',
    });
    expect(task.statusCode, task.body).toBe(201);
    const draft = (await predecessor.get(`/api/assignments/${ids.pred}/handover`)).json();
    expect(draft).toMatchObject({ handover: null, mayPrepare: true });
    expect(draft.draftWorkInProgress).toContain('村集体茶园扩种50亩');
    const prepared = await predecessor.put(`/api/assignments/${ids.pred}/handover`, lists);
    expect(prepared.statusCode, prepared.body).toBe(200);
    // The open tasks move to the successor with one click, once.
    const moved = await predecessor.post(`/api/assignments/${ids.pred}/handover/move-tasks`);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().moved).toBe(1);
    const tasks = (await county.get(`/api/villages/${ids.village}/tasks`)).json();
    expect(JSON.stringify(tasks)).toContain(cadres.succ);
    expect((await predecessor.post(`/api/assignments/${ids.pred}/handover/move-tasks`)).statusCode).toBe(409);
    expect(prepared.json().handover).toMatchObject({ status: 'prepared', successorName: expect.any(String) });
    const refused = await county.post(`/api/assignments/${ids.pred}/end`, {
      endOn: '2026-04-30',
      reason: 'rotated',
    });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().details.violations.map((v: { ruleId: string }) => v.ruleId)).toContain(
      'P21.5-rotate',
    );
    // Neither a stranger nor the predecessor confirms.
    expect((await otherTownship.post(`/api/assignments/${ids.pred}/handover/confirm`)).statusCode).toBe(404);
    expect((await predecessor.post(`/api/assignments/${ids.pred}/handover/confirm`)).statusCode).toBe(403);
    // The successor sees it on the to-dos and confirms.
    const sTodo = (await successor.get('/api/todos')).json().items;
    expect(sTodo).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'handover_to_confirm', href: `/assignments/${ids.pred}/handover` }),
      ]),
    );
    const s = await successor.post(`/api/assignments/${ids.pred}/handover/confirm`);
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json().handover.status).toBe('successor_confirmed');
    expect((await successor.post(`/api/assignments/${ids.pred}/handover/confirm`)).statusCode).toBe(409);
    const still = await county.post(`/api/assignments/${ids.pred}/end`, {
      endOn: '2026-04-30',
      reason: 'rotated',
    });
    expect(still.statusCode).toBe(422);
    const tTodo = (await township.get('/api/todos')).json().items;
    expect(tTodo).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'handover_to_confirm' })]));
    const tw = await township.post(`/api/assignments/${ids.pred}/handover/confirm`);
    expect(tw.statusCode, tw.body).toBe(200);
    expect(tw.json().handover.status).toBe('confirmed');
    // Confirmed lists no longer change.
    expect((await predecessor.put(`/api/assignments/${ids.pred}/handover`, lists)).statusCode).toBe(409);
    const ended = await county.post(`/api/assignments/${ids.pred}/end`, {
      endOn: '2026-04-30',
      reason: 'rotated',
    });
    expect(ended.statusCode, ended.body).toBe(200);
  });

  it('keeps the lists on the village’s page for every later team', async () => {
    const page = await successor.get(`/api/villages/${ids.village}/handovers`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().items).toEqual([
      expect.objectContaining({ assignmentId: ids.pred, status: 'confirmed' }),
    ]);
    expect((await beijing.get(`/api/villages/${ids.village}/handovers`)).json().items).toEqual([]);
  });
});
