import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, users } from '../../src/server/db/schema';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { selectionFactory, villagePool } from '../support/selection-factory';

// A cadre's own account (issue 10 item 3): role `cadre`, linked to one cadre record; it sees and acts only
// on that cadre's records.

let t: TestApp;
let county: TestUser;
let mine: { cadreId: string; assignmentId: string; village: string };
let other: { cadreId: string; assignmentId: string; village: string };

beforeAll(async () => {
  t = await createTestApp();
  const f = selectionFactory(t);
  const next = await villagePool(t);
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
  const place = async (village: string) => {
    const d = await f.decided(village, { need: { firstSecretary: true, members: 0 } });
    const res = await county.post('/api/assignments', {
      nominationId: d.nominationId,
      teamRole: 'first_secretary',
      startOn: '2026-01-05',
      plannedEndOn: '2028-01-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { cadreId: d.cadreId, assignmentId: res.json().assignment.id as string, village };
  };
  mine = await place(next());
  other = await place(next());
});
afterAll(() => t?.close());

const account = (over: Record<string, unknown>) => ({
  username: `cadre_${Math.random().toString(36).slice(2, 8)}`,
  password: 'Village#Post2026',
  displayName: '驻村书记',
  roles: ['cadre'],
  ...over,
});

describe('an administrator creates a cadre account', () => {
  it('links role cadre to a cadre in scope; the user view names the cadre; the scope defaults to the village served', async () => {
    const res = await county.post('/api/users', account({ cadreId: mine.cadreId }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().user.cadre).toMatchObject({ id: mine.cadreId });
    expect(res.json().user.cadre.name).not.toBe('');
    expect(res.json().user.scope.regions).toEqual([mine.village]);
  });

  it('refuses a second active account for the same cadre (409), a cadre role without cadreId, cadreId on another role and cadre beside another role (400, both languages)', async () => {
    expect((await county.post('/api/users', account({ cadreId: mine.cadreId }))).statusCode).toBe(409);
    const missing = await county.post('/api/users', account({}));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('须关联一名干部');
    const en = await county.post('/api/users', account({}), { 'accept-language': 'en' });
    expect(en.json().message).toContain('must name its cadre');
    const wrongRole = await county.post(
      '/api/users',
      account({ roles: ['township'], cadreId: other.cadreId, scope: { regions: ['520121101'], units: [] } }),
    );
    expect(wrongRole.statusCode).toBe(400);
    const mixed = await county.post(
      '/api/users',
      account({ roles: ['cadre', 'township'], cadreId: other.cadreId }),
    );
    expect(mixed.statusCode).toBe(400);
  });

  it('answers 404 for a cadre outside the administrator’s scope', async () => {
    const elsewhere = await t.user({ roles: ['org_admin'], regions: ['520122'] });
    const res = await elsewhere.post(
      '/api/users',
      account({ cadreId: other.cadreId, scope: { regions: ['520122'], units: [] } }),
    );
    expect(res.statusCode, res.body).toBe(404);
  });
});

describe('a cadre account sees only its cadre’s records', () => {
  let cadre: TestUser;
  beforeAll(async () => {
    cadre = await t.user({ roles: ['cadre'], regions: ['520121'], cadreId: other.cadreId });
  });

  it('the session names the cadre and today’s assignment with its village', async () => {
    const s = (await cadre.get('/api/session')).json();
    expect(s.cadreId).toBe(other.cadreId);
    expect(s.cadreAssignment).toMatchObject({
      id: other.assignmentId,
      villageCode: other.village,
      teamRole: 'first_secretary',
    });
    expect(s.cadreAssignment.villageName).not.toBe(other.village);
  });

  it('reads its own record, assignment, village and team; another cadre’s are 404 and lists hold only its own', async () => {
    expect((await cadre.get(`/api/cadres/${other.cadreId}`)).statusCode).toBe(200);
    expect((await cadre.get(`/api/cadres/${mine.cadreId}`)).statusCode).toBe(404);
    expect((await cadre.get(`/api/assignments/${other.assignmentId}`)).statusCode).toBe(200);
    expect((await cadre.get(`/api/assignments/${mine.assignmentId}`)).statusCode).toBe(404);
    expect((await cadre.get(`/api/villages/${other.village}`)).statusCode).toBe(200);
    expect((await cadre.get(`/api/villages/${mine.village}`)).statusCode).toBe(404);
    expect((await cadre.get(`/api/villages/${other.village}/teams`)).statusCode).toBe(200);
    expect((await cadre.get(`/api/villages/${mine.village}/teams`)).statusCode).toBe(404);
    const cadres = (await cadre.get('/api/cadres?pageSize=500')).json();
    expect(cadres.items.map((c: { id: string }) => c.id)).toEqual([other.cadreId]);
    const terms = (await cadre.get('/api/assignments?pageSize=500')).json();
    expect(terms.items.map((a: { id: string }) => a.id)).toEqual([other.assignmentId]);
    expect((await cadre.get('/api/nominations?pageSize=500')).json().total).toBe(0);
    expect((await cadre.get('/api/users')).statusCode).toBe(403);
    expect((await cadre.get('/api/audit')).statusCode).toBe(403);
  });

  it('reads the settings in force and the work calendar of its village and the regions above it (its leave form says who approves), no other village’s', async () => {
    const own = await cadre.get(`/api/settings/effective?region=${other.village}&date=2026-03-02`);
    expect(own.statusCode, own.body).toBe(200);
    const threshold = own.json().parameters.find((p: { key: string }) => p.key === 'leaveTownshipMaxDays');
    expect(threshold).toMatchObject({ value: 3, editable: false });
    expect((await cadre.get('/api/settings/effective?region=520121&date=2026-03-02')).statusCode).toBe(200);
    expect((await cadre.get(`/api/calendar/2026?region=${other.village}`)).statusCode).toBe(200);
    expect(
      (await cadre.get(`/api/settings/effective?region=${mine.village}&date=2026-03-02`)).statusCode,
    ).toBe(404);
    expect((await cadre.get(`/api/calendar/2026?region=${mine.village}`)).statusCode).toBe(404);
    expect((await cadre.get('/api/settings/effective?region=520122&date=2026-03-02')).statusCode).toBe(404);
  });
});

describe('the demo', () => {
  it('links demo_cadre to the first secretary on post today in 520121101200', async () => {
    // A database of its own: the demo's teams are seeded only in a county that has none.
    const d = await createTestApp({ demoAt: '2026-03-02T02:00:00Z' });
    const db = d.container.database.db;
    const [user] = await db.select().from(users).where(eq(users.username, 'demo_cadre'));
    expect(user?.cadreId).toBeTruthy();
    const terms = await db.select().from(assignments).where(eq(assignments.cadreId, user!.cadreId!));
    expect(
      terms.some(
        (a) => a.villageCode === '520121101200' && a.teamRole === 'first_secretary' && a.endOn === null,
      ),
    ).toBe(true);
    // The run's demo template may be built here (minutes on PGlite under load).
  }, 600_000);
});
