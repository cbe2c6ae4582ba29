import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignments,
  auditLog,
  villageTaskProgress,
  workLogPhotos,
  workLogs,
} from '../../src/server/db/schema';
import { WORK_LOG_PHOTO_MAX_BYTES } from '../../src/shared/contracts/work-logs';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { GPS_MARK, jpegWithExifGps, pngWithLocation, TINY_JPEG } from '../support/photos';
import { selectionFactory, villagePool } from '../support/selection-factory';
import { multipart, readWorkbook } from '../support/xlsx';

// Work logs and the village task list (issue 11 items 5–7): dated on a day of the cadre's assignment and not in
// the future, filed under a duty in force (P21.4; P17.3 before 2021-05-11), idempotent by clientId, never a
// quota or a score (X19-burden, X24-rules); the task list is written by the village's current team and the
// county, read by the township and county (P21.4-list). The test clock's today is 2026-03-02.

let t: TestApp;
let cadre: TestUser;
let other: TestUser;
let county: TestUser;
let township: TestUser;
let otherTownship: TestUser;
let unitUser: TestUser;
let otherUnitUser: TestUser;
let village: string;
let otherVillage: string;
let cadreId: string;
let otherCadreId: string;

const log = (over: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  on: '2026-03-01',
  kind: 'household_visit',
  duty: 'service',
  text: '走访了村里三户独居老人，帮助王大爷预约了下周的慢性病复诊。',
  householdsVisited: 3,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  const f = selectionFactory(t);
  const next = await villagePool(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const place = async (code: string) => {
    const d = await f.decided(code, { need: { firstSecretary: true, members: 0 }, unitId: await f.unit() });
    const res = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-01-05',
      plannedEndOn: '2028-01-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { cadreId: d.cadreId, unitId: d.unitId };
  };
  village = next();
  otherVillage = next();
  while (otherVillage.slice(0, 9) === village.slice(0, 9)) otherVillage = next();
  const mine = await place(village);
  const theirs = await place(otherVillage);
  cadreId = mine.cadreId;
  otherCadreId = theirs.cadreId;
  cadre = await t.user({ roles: ['cadre'], cadreId });
  other = await t.user({ roles: ['cadre'], cadreId: otherCadreId });
  township = await t.user({ roles: ['township'], regions: [village.slice(0, 9)] });
  otherTownship = await t.user({ roles: ['township'], regions: [otherVillage.slice(0, 9)] });
  const [a] = await t.container.database.db
    .select()
    .from(assignments)
    .where(eq(assignments.cadreId, cadreId));
  unitUser = await t.user({ roles: ['unit_hr'], units: [a!.unitId] });
  otherUnitUser = await t.user({ roles: ['unit_hr'], units: [await f.unit()] });
});
afterAll(() => t?.close());

describe('GET /api/duties: the duties in force on a date (P21.4 / P17.3)', () => {
  it('answers the four duties of P21.4 from 2021-05-11 and the ten tasks of P17.3 the day before', async () => {
    const p21 = (await county.get('/api/duties?date=2021-05-11')).json();
    expect(p21).toMatchObject({ policyVersion: 'P21', ruleId: 'P21.4' });
    expect(p21.duties.map((d: { zh: string }) => d.zh)).toEqual([
      '建强村党组织',
      '推进强村富民',
      '提升治理水平',
      '为民办事服务',
    ]);
    expect(p21.duties[0]).toEqual({
      key: 'party_organisation',
      zh: '建强村党组织',
      en: 'Strengthen the village party organisation',
      ruleId: 'P21.4',
    });
    const p17 = (await county.get('/api/duties?date=2021-05-10')).json();
    expect(p17).toMatchObject({ policyVersion: 'P17', ruleId: 'P17.3' });
    expect(p17.duties).toHaveLength(10);
    expect((await cadre.get('/api/duties')).json().date).toBe('2026-03-02');
    expect((await cadre.get('/api/duties?date=2026-02-30')).statusCode).toBe(400);
  });
});

describe('POST /api/work-logs (issue 11 item 5)', () => {
  it('records a log (201) and answers a resend of the same clientId with 200 and the same id; audited once without the text', async () => {
    const body = log();
    const first = await cadre.post('/api/work-logs', body);
    expect(first.statusCode, first.body).toBe(201);
    const w = first.json().workLog;
    expect(w).toMatchObject({
      cadreId,
      villageCode: village,
      on: '2026-03-01',
      kind: 'household_visit',
      duty: 'service',
      householdsVisited: 3,
      hasPhoto: false,
      taskId: null,
    });
    const again = await cadre.post('/api/work-logs', { ...body, text: '改过的文字' });
    expect(again.statusCode).toBe(200);
    expect(again.json().workLog.id).toBe(w.id);
    expect(again.json().workLog.text).toBe(body.text);
    const audits = await t.container.database.db.select().from(auditLog).where(eq(auditLog.entityId, w.id));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.after)).not.toContain('王大爷');
  });

  it('stores two concurrent identical posts once: one 201, one 200, the same id', async () => {
    const body = log({ kind: 'meeting', duty: 'party_organisation', householdsVisited: null });
    const [a, b] = await Promise.all([
      cadre.post('/api/work-logs', body),
      cadre.post('/api/work-logs', body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().workLog.id).toBe(b.json().workLog.id);
    const rows = await t.container.database.db
      .select()
      .from(workLogs)
      .where(eq(workLogs.clientId, body.clientId));
    expect(rows).toHaveLength(1);
  });

  it('takes a log dated today and refuses tomorrow, naming the field `on`', async () => {
    expect((await cadre.post('/api/work-logs', log({ on: '2026-03-02' }))).statusCode).toBe(201);
    const res = await cadre.post('/api/work-logs', log({ on: '2026-03-03' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].field).toBe('on');
    expect(res.json().message).toContain('不能晚于今天');
  });

  it('takes a log on the assignment’s first day and refuses the day before, naming `on` and the term', async () => {
    expect((await cadre.post('/api/work-logs', log({ on: '2026-01-05' }))).statusCode).toBe(201);
    const res = await cadre.post('/api/work-logs', log({ on: '2026-01-04' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().details.fields[0].field).toBe('on');
    expect(res.json().message).toContain('不在您的驻村任期内');
    expect(res.json().message).toContain('2026-01-05');
  });

  it('refuses a duty not in force on the date (P21.4), a task of another village, and a bad kind — storing nothing', async () => {
    const before = (await cadre.get('/api/work-logs')).json().total;
    const duty = await cadre.post('/api/work-logs', log({ duty: 'p17_policy' }));
    expect(duty.statusCode).toBe(400);
    expect(duty.json().details.fields[0].field).toBe('duty');
    expect(duty.json().message).toContain('P21.4');
    const task = await other.post(`/api/villages/${otherVillage}/tasks`, {
      duty: 'prosperity',
      title: '别村的任务',
    });
    expect(task.statusCode, task.body).toBe(201);
    const wrongTask = await cadre.post('/api/work-logs', log({ taskId: task.json().task.id }));
    expect(wrongTask.statusCode).toBe(400);
    expect(wrongTask.json().details.fields[0].field).toBe('taskId');
    expect((await cadre.post('/api/work-logs', log({ kind: 'selfie' }))).statusCode).toBe(400);
    expect((await cadre.post('/api/work-logs', log({ text: '  ' }))).statusCode).toBe(400);
    expect((await cadre.post('/api/work-logs', log({ householdsVisited: 201 }))).statusCode).toBe(400);
    expect((await cadre.get('/api/work-logs')).json().total).toBe(before);
  });

  it('is written only by a cadre’s own account (403 for the county)', async () => {
    const res = await county.post('/api/work-logs', log());
    expect(res.statusCode).toBe(403);
  });
});

describe('who reads work logs (DESIGN.md §4)', () => {
  let theirLogId: string;
  beforeAll(async () => {
    const res = await other.post('/api/work-logs', log({ text: '别村的日志' }));
    expect(res.statusCode, res.body).toBe(201);
    theirLogId = res.json().workLog.id;
  });

  it('shows a cadre only their own logs, whatever cadreId or villageCode it asks for; another’s by id is 404', async () => {
    const mine = (await cadre.get('/api/work-logs?pageSize=100')).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i: { cadreId: string }) => i.cadreId === cadreId)).toBe(true);
    expect((await cadre.get(`/api/work-logs?cadreId=${otherCadreId}`)).json().total).toBe(0);
    expect((await cadre.get(`/api/work-logs?villageCode=${otherVillage}`)).json().total).toBe(0);
    expect((await cadre.get(`/api/work-logs/${theirLogId}`)).statusCode).toBe(404);
  });

  it('shows the township its villages’ logs, the county all of its county, the dispatching unit its cadre’s', async () => {
    const inTownship = (await township.get('/api/work-logs?pageSize=100')).json();
    expect(inTownship.items.every((i: { villageCode: string }) => i.villageCode === village)).toBe(true);
    expect(inTownship.total).toBeGreaterThan(0);
    expect((await township.get(`/api/work-logs/${theirLogId}`)).statusCode).toBe(404);
    expect((await otherTownship.get(`/api/work-logs/${theirLogId}`)).statusCode).toBe(200);
    const all = (await county.get('/api/work-logs?pageSize=100')).json();
    expect(new Set(all.items.map((i: { cadreId: string }) => i.cadreId))).toEqual(
      new Set([cadreId, otherCadreId]),
    );
    const unit = (await unitUser.get('/api/work-logs?pageSize=100')).json();
    expect(unit.total).toBe(inTownship.total);
    expect((await otherUnitUser.get('/api/work-logs')).json().total).toBe(0);
  });

  it('filters by cadre, village, period, duty and kind', async () => {
    const q = (s: string) => county.get(`/api/work-logs?${s}`).then((r) => r.json());
    expect((await q(`cadreId=${otherCadreId}`)).total).toBe(1);
    expect((await q(`villageCode=${otherVillage}`)).total).toBe(1);
    const day = await q('from=2026-01-05&to=2026-01-05');
    expect(day.items.map((i: { on: string }) => i.on)).toEqual(['2026-01-05']);
    const meetings = await q('duty=party_organisation');
    expect(meetings.items.every((i: { kind: string }) => i.kind === 'meeting')).toBe(true);
    expect((await q('kind=meeting')).total).toBe(meetings.total);
    expect((await county.get('/api/work-logs?from=2026-13-01')).statusCode).toBe(400);
  });

  it('exports the logs of the filter to Excel (驻村工作日志.xlsx)', async () => {
    const res = await county.get(`/api/work-logs.xlsx?villageCode=${village}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readWorkbook(res.rawPayload);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain('驻村工作日志');
    const texts = ws.getColumn(9).values.map(String);
    expect(texts.some((v) => v.includes('王大爷'))).toBe(true);
    expect(texts.some((v) => v.includes('别村的日志'))).toBe(false);
  });
});

describe('a log’s optional photo, stripped of its location (PIPL-28)', () => {
  let logId: string;
  beforeAll(async () => {
    logId = (await cadre.post('/api/work-logs', log({ kind: 'project', duty: 'prosperity' }))).json().workLog
      .id;
  });
  const upload = (who: TestUser, file: Buffer, name = 'p.jpg', type = 'image/jpeg') => {
    const m = multipart(file, name, type);
    return who.request({ method: 'PUT', url: `/api/work-logs/${logId}/photo`, ...m });
  };

  it('stores a JPEG without its EXIF GPS block: the GPS bytes are gone from the database and the download', async () => {
    const planted = jpegWithExifGps();
    expect(planted.includes(Buffer.from(GPS_MARK))).toBe(true);
    const res = await upload(cadre, planted);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().workLog.hasPhoto).toBe(true);
    const [stored] = await t.container.database.db
      .select()
      .from(workLogPhotos)
      .where(eq(workLogPhotos.workLogId, logId));
    expect(Buffer.from(stored!.bytes).includes(Buffer.from(GPS_MARK))).toBe(false);
    expect(Buffer.from(stored!.bytes).includes(Buffer.from('Exif'))).toBe(false);
    const got = await township.get(`/api/work-logs/${logId}/photo`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.rawPayload.equals(TINY_JPEG)).toBe(true);
    expect((await otherTownship.get(`/api/work-logs/${logId}/photo`)).statusCode).toBe(404);
  });

  it('replaces it with a PNG stripped of its eXIf and tEXt chunks', async () => {
    const res = await upload(cadre, pngWithLocation(), 'p.png', 'image/png');
    expect(res.statusCode, res.body).toBe(200);
    const got = await cadre.get(`/api/work-logs/${logId}/photo`);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.includes(Buffer.from(GPS_MARK))).toBe(false);
  });

  it('refuses what is not a JPEG or PNG (400 naming `file`), a photo over the limit (413), another cadre’s log (404)', async () => {
    const gif = await upload(cadre, Buffer.from('GIF89a\u0001\u0000\u0001\u0000'), 'x.jpg');
    expect(gif.statusCode).toBe(400);
    expect(gif.json().details.fields[0].field).toBe('file');
    const big = Buffer.concat([TINY_JPEG.subarray(0, 2), Buffer.alloc(WORK_LOG_PHOTO_MAX_BYTES + 10)]);
    expect((await upload(cadre, big)).statusCode).toBe(413);
    expect((await upload(other, TINY_JPEG)).statusCode).toBe(404);
    expect((await upload(county, TINY_JPEG)).statusCode).toBe(403);
  });

  it('removes it on the cadre’s request', async () => {
    const res = await cadre.delete(`/api/work-logs/${logId}/photo`);
    expect(res.statusCode).toBe(200);
    expect(res.json().workLog.hasPhoto).toBe(false);
    expect((await cadre.get(`/api/work-logs/${logId}/photo`)).statusCode).toBe(404);
  });
});

describe('the village task list (P21.4-list)', () => {
  let taskId: string;
  it('lets a member of the village’s current team add a task (201) with an owner from the team', async () => {
    const res = await cadre.post(`/api/villages/${village}/tasks`, {
      duty: 'prosperity',
      title: '建成村集体食用菌大棚',
      target: '年底前建成 2 个大棚，带动 10 户增收',
      ownerCadreId: cadreId,
      dueOn: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    taskId = res.json().task.id;
    expect(res.json().task).toMatchObject({ status: 'open', ownerCadreId: cadreId, latestProgress: null });
  });

  it('refuses another village’s cadre (404: not its village), the township (403, P21.4-list) and an owner outside the team (400)', async () => {
    const res = await other.post(`/api/villages/${village}/tasks`, { duty: 'service', title: '不该有' });
    expect(res.statusCode).toBe(404);
    const tw = await township.post(`/api/villages/${village}/tasks`, { duty: 'service', title: '乡镇不写' });
    expect(tw.statusCode).toBe(403);
    const owner = await cadre.post(`/api/villages/${village}/tasks`, {
      duty: 'service',
      title: '负责人不对',
      ownerCadreId: otherCadreId,
    });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().details.fields[0].field).toBe('ownerCadreId');
    const duty = await cadre.post(`/api/villages/${village}/tasks`, {
      duty: 'p17_mandarin',
      title: '旧职责',
    });
    expect(duty.json().details.fields[0].field).toBe('duty');
  });

  it('records progress (201), answers a resend of the clientId with 200 and the same id, and keeps one of two concurrent twins', async () => {
    const body = { clientId: randomUUID(), percent: 30, note: '完成选址和土地流转' };
    const first = await cadre.post(`/api/tasks/${taskId}/progress`, body);
    expect(first.statusCode, first.body).toBe(201);
    const again = await cadre.post(`/api/tasks/${taskId}/progress`, body);
    expect(again.statusCode).toBe(200);
    expect(again.json().progress.id).toBe(first.json().progress.id);
    t.clock.advance(60_000);
    const twin = { clientId: randomUUID(), percent: 50, note: '大棚骨架完工' };
    const [a, b] = await Promise.all([
      cadre.post(`/api/tasks/${taskId}/progress`, twin),
      cadre.post(`/api/tasks/${taskId}/progress`, twin),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    const rows = await t.container.database.db
      .select()
      .from(villageTaskProgress)
      .where(eq(villageTaskProgress.clientId, twin.clientId));
    expect(rows).toHaveLength(1);
    expect(
      (await cadre.post(`/api/tasks/${taskId}/progress`, { ...twin, clientId: randomUUID(), percent: 101 }))
        .statusCode,
    ).toBe(400);
  });

  it('shows the list with the latest progress to the township and county read-only; 404 outside', async () => {
    const list = (await township.get(`/api/villages/${village}/tasks`)).json();
    expect(list.mayWrite).toBe(false);
    const task = list.items.find((i: { id: string }) => i.id === taskId);
    expect(task.latestProgress).toMatchObject({ percent: 50, note: '大棚骨架完工' });
    expect(task.mayWrite).toBe(false);
    expect(list.team.map((m: { cadreId: string }) => m.cadreId)).toEqual([cadreId]);
    expect((await cadre.get(`/api/villages/${village}/tasks`)).json().mayWrite).toBe(true);
    expect((await otherTownship.get(`/api/villages/${village}/tasks`)).statusCode).toBe(404);
    expect((await other.get(`/api/villages/${village}/tasks`)).statusCode).toBe(404);
    const detail = (await county.get(`/api/tasks/${taskId}`)).json();
    expect(detail.progress.map((p: { percent: number }) => p.percent)).toEqual([50, 30]);
    expect((await otherTownship.get(`/api/tasks/${taskId}`)).statusCode).toBe(404);
  });

  it('lets the county edit and close it; a closed task takes no progress (409); open tasks carry over (openTasksOf)', async () => {
    const edit = await county.patch(`/api/tasks/${taskId}`, { dueOn: '2027-03-31' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().task.dueOn).toBe('2027-03-31');
    const open = await t.container.services.villageTasks.openTasksOf(village);
    expect(open.map((o) => o.id)).toContain(taskId);
    const close = await cadre.post(`/api/tasks/${taskId}/close`, { outcome: 'done', note: '两个大棚投产' });
    expect(close.statusCode, close.body).toBe(200);
    expect(close.json().task).toMatchObject({ status: 'done', closedOn: '2026-03-02' });
    const late = await cadre.post(`/api/tasks/${taskId}/progress`, {
      clientId: randomUUID(),
      percent: 100,
      note: '补记',
    });
    expect(late.statusCode).toBe(409);
    expect((await cadre.post(`/api/tasks/${taskId}/close`, { outcome: 'dropped' })).statusCode).toBe(409);
    expect((await t.container.services.villageTasks.openTasksOf(village)).map((o) => o.id)).not.toContain(
      taskId,
    );
  });

  it('links a log to a task of the cadre’s village', async () => {
    const task = await cadre.post(`/api/villages/${village}/tasks`, {
      duty: 'governance',
      title: '修订村规民约',
    });
    const res = await cadre.post(
      '/api/work-logs',
      log({ kind: 'meeting', duty: 'governance', taskId: task.json().task.id }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().workLog.taskTitle).toBe('修订村规民约');
  });
});
