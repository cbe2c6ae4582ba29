import { eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/server/context';
import { assignments, attendanceAlerts, units } from '../../src/server/db/schema';
import { CHECK_IN_NOTICE_VERSION } from '../../src/shared/contracts/check-ins';
import { type Role, roles } from '../../src/shared/dictionaries';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { cadreBody, idNumber, maker } from '../support/make';
import { TINY_JPEG } from '../support/photos';
import { selectionFactory } from '../support/selection-factory';
import { multipart, readWorkbook, workbook } from '../support/xlsx';

// Every API route × every role × a target inside and outside the role's scope (DESIGN.md §4).
// A route added without an entry here fails the first test. Lists answer 200 without the outside
// record; lookups by id answer 404 outside the scope; a role without the permission gets 403.

type Target = 'inside' | 'outside';
interface Ctx {
  t: TestApp;
  as: TestUser;
  role: Role;
  inUser: string;
  outUser: string;
  unitId: string;
}
interface Entry {
  /** Public routes need no session; only checked to answer. */
  public?: boolean;
  request(target: Target, ctx: Ctx): InjectOptions | Promise<InjectOptions>;
  /** The expected status, or a check of the response. */
  expect(role: Role, target: Target, res: LightMyRequestResponse, ctx: Ctx): void | Promise<void>;
}

const INSIDE_TOWNSHIP = '520121101';
const OUTSIDE_COUNTY = '110101';

/** Scope given to each role's test user: all inside 开阳县 (520121). */
const scopeOf = (role: Role, unitId: string) =>
  ({
    sys_admin: {},
    org_admin: { regions: ['520121'] },
    leading_group: { regions: ['520121'] },
    township: { regions: [INSIDE_TOWNSHIP] },
    unit_hr: { units: [unitId] },
    unit_committee: { units: [unitId] },
    cadre: { regions: [INSIDE_TOWNSHIP] },
    village_committee: { regions: [INSIDE_TOWNSHIP] },
    inspector: { regions: ['52'] },
  })[role];

// A cadre's own account (issue 10) acts only on its cadre's records — its record, assignments, village and
// team — whatever scope it is administered under: it is no region role. Its user is linked to fx.cadreIn.
const regionRoles: Role[] = [
  'sys_admin',
  'org_admin',
  'leading_group',
  'township',
  'village_committee',
  'inspector',
];
const userAdmins: Role[] = ['sys_admin', 'org_admin'];

const status = (res: LightMyRequestResponse, expected: number, label: string) =>
  expect(res.statusCode, `${label}: ${res.body}`).toBe(expected);

/** Lookup by id: inside 200 for roles that see regions, outside 404 (sys_admin sees everything). */
const regionLookup = (role: Role, target: Target, res: LightMyRequestResponse) => {
  if (role === 'sys_admin') return status(res, 200, role);
  if (!regionRoles.includes(role)) return status(res, 404, role);
  status(res, target === 'inside' ? 200 : 404, `${role} ${target}`);
};

/** A list: 200 always; outside records absent unless national. */
const regionList = (role: Role, target: Target, res: LightMyRequestResponse) => {
  status(res, 200, role);
  const total = res.json().total as number;
  if (role === 'sys_admin') expect(total).toBeGreaterThan(0);
  else if (target === 'outside' || !regionRoles.includes(role)) expect(total, `${role} ${target}`).toBe(0);
  else expect(total, `${role} ${target}`).toBeGreaterThan(0);
};

const adminOnly =
  (ok: number, outsideForOrg: number) => (role: Role, target: Target, res: LightMyRequestResponse) => {
    if (!userAdmins.includes(role)) return status(res, 403, role);
    if (role === 'sys_admin' || target === 'inside') return status(res, ok, `${role} ${target}`);
    status(res, outsideForOrg, `${role} ${target}`);
  };

/** Ids of fixture records made in beforeAll, inside (开阳县) and outside (东城区) the roles' scopes. */
const fx: Record<string, string> = {};

const everyRole = [...roles];
/** Roles that see records by scope: all but a cadre's own account, which sees only its cadre's (issue 10). */
const seers = everyRole.filter((r) => r !== 'cadre');
const planners: Role[] = ['sys_admin', 'org_admin', 'leading_group'];

/**
 * A guarded route: roles not in `allowed` get 403 (or 404 when they cannot see the record at all);
 * allowed roles get 404 outside their scope and anything but 401/403/404 inside (the state of a shared
 * fixture may make the answer 409 for a later role). sys_admin is national: never 404.
 */
const guarded =
  (allowed: Role[], seesInside: Role[] = seers) =>
  (role: Role, target: Target, res: LightMyRequestResponse) => {
    const label = `${role} ${target}`;
    if (role === 'sys_admin')
      return expect([401, 403, 404], `${label}: ${res.body}`).not.toContain(res.statusCode);
    return guardedBelowAdmin(allowed, seesInside, role, target, res);
  };

/**
 * A personnel decision (issue 9 correction 5: P21.3-file, P21.3-decide, P17.5.3-recall): the system
 * administrator is refused (403) like any role without the step; the others as in `guarded`.
 */
const decision =
  (allowed: Role[], seesInside: Role[] = seers) =>
  (role: Role, target: Target, res: LightMyRequestResponse) => {
    if (role === 'sys_admin') return status(res, 403, `${role} ${target}`);
    return guardedBelowAdmin(allowed, seesInside, role, target, res);
  };

function guardedBelowAdmin(
  allowed: Role[],
  seesInside: Role[],
  role: Role,
  target: Target,
  res: LightMyRequestResponse,
) {
  const label = `${role} ${target}`;
  if (target === 'outside') {
    if (allowed.includes(role)) return status(res, 404, label);
    return expect([403, 404], `${label}: ${res.body}`).toContain(res.statusCode);
  }
  if (!seesInside.includes(role))
    return expect([403, 404], `${label}: ${res.body}`).toContain(res.statusCode);
  if (!allowed.includes(role)) return status(res, 403, label);
  expect([401, 403, 404], `${label}: ${res.body}`).not.toContain(res.statusCode);
}

/** A lookup everyone may make: 200 for roles that see the inside record, 404 otherwise and outside. */
const lookup =
  (seesInside: Role[] = seers) =>
  (role: Role, target: Target, res: LightMyRequestResponse) => {
    if (role === 'sys_admin') return status(res, 200, role);
    status(res, target === 'inside' && seesInside.includes(role) ? 200 : 404, `${role} ${target}`);
  };

/** A list: 200; the outside record never listed (except nationally); the inside one listed for `sees`. */
const listing =
  (key: string, sees: Role[] = seers) =>
  (role: Role, _target: Target, res: LightMyRequestResponse) => {
    status(res, 200, role);
    const ids = (res.json().items as { id: string }[]).map((i) => i.id);
    if (role === 'sys_admin') expect(ids).toContain(fx[`${key}Out`]);
    else expect(ids, role).not.toContain(fx[`${key}Out`]);
    if (sees.includes(role)) expect(ids, role).toContain(fx[`${key}In`]);
  };

const attendanceReaders: Role[] = ['org_admin', 'leading_group', 'township', 'inspector'];
/** Readers: 200 inside, 404 outside; roles without attendance.read 403; the matrix's cadre serves none: 404. */
const readerLookup = (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'sys_admin') return status(res, 200, label);
  if (role === 'cadre') return status(res, 404, label);
  if (!attendanceReaders.includes(role)) return status(res, 403, label);
  status(res, target === 'inside' ? 200 : 404, label);
};
const readerListing = (key: string) => (role: Role, target: Target, res: LightMyRequestResponse) => {
  if (!attendanceReaders.includes(role) && role !== 'sys_admin' && role !== 'cadre')
    return status(res, 403, `${role} ${target}`);
  return listing(key, attendanceReaders)(role, target, res);
};
// Work logs (issue 11 item 5): read by the village's regions and the cadre's unit (the inside first secretary
// is sent by the matrix unit); the matrix cadre has no log of its own.
const logReaders: Role[] = [
  'org_admin',
  'leading_group',
  'township',
  'inspector',
  'unit_hr',
  'unit_committee',
];
const logLookup = (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'sys_admin') return status(res, 200, label);
  if (role === 'village_committee') return status(res, 403, label);
  if (role === 'cadre') return status(res, 404, label);
  status(res, target === 'inside' ? 200 : 404, label);
};
// The village task list (P21.4-list): read by the village's regions (and a cadre of the village: the matrix
// cadre serves none, 404); written by the county and the village's current team.
const taskReaders: Role[] = ['org_admin', 'leading_group', 'township', 'inspector'];
const taskLookup = (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'sys_admin') return status(res, 200, label);
  if (role === 'cadre') return status(res, 404, label);
  if (!taskReaders.includes(role)) return status(res, 403, label);
  status(res, target === 'inside' ? 200 : 404, label);
};
const taskWrite = (ok: number) => (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'cadre') return status(res, 404, label);
  if (role !== 'org_admin') return status(res, 403, label);
  status(res, target === 'inside' ? ok : 404, label);
};
/** A step on a half-year report: 403 without the capability; the holders 404 outside, not refused inside. */
const reportStep = (allowed: Role[]) => (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (!allowed.includes(role)) return status(res, 403, label);
  if (target === 'outside') return status(res, 404, label);
  expect([401, 403, 404], `${label}: ${res.body}`).not.toContain(res.statusCode);
};
/** Every cell of an exported sheet, as text. */
async function xlsxText(res: LightMyRequestResponse): Promise<string[]> {
  const wb = await readWorkbook(res.rawPayload);
  const out: string[] = [];
  wb.worksheets[0]!.eachRow((row) => {
    for (const v of (row.values as unknown[]).slice(1))
      if (v !== null && v !== undefined) out.push(String(v));
  });
  return out;
}

/** An export of a list: 200; the outside record never in it (except nationally); the inside one for `sees`. */
const xlsxListing =
  (key: string, sees: Role[] = seers) =>
  async (role: Role, target: Target, res: LightMyRequestResponse) => {
    status(res, 200, role);
    const cells = await xlsxText(res);
    if (role === 'sys_admin' && target === 'outside') expect(cells).toContain(fx[`${key}Out`]);
    else expect(cells, `${role} ${target}`).not.toContain(fx[`${key}Out`]);
    if (target === 'inside' && sees.includes(role)) expect(cells, role).toContain(fx[`${key}In`]);
  };

let outsideCadre: Promise<string> | undefined;
/** A cadre's own account in 东城区, outside every matrix user's scope but the national one (made once). */
const outsideCadreAccount = (t: TestApp) => {
  outsideCadre ??= t
    .user({
      roles: ['cadre'],
      regions: [OUTSIDE_COUNTY],
      cadreId: fx.cadreOut!,
      username: 'matrix_cadre_out',
    })
    .then((u) => u.username);
  return outsideCadre;
};

const pick = (target: Target, key: string) => fx[`${key}${target === 'inside' ? 'In' : 'Out'}`]!;
const VILLAGE_IN = '520121101200';
const VILLAGE_OUT = '110101001001';
const regionUsers: Role[] = ['org_admin', 'leading_group', 'township', 'village_committee', 'inspector'];
const unitUsers: Role[] = ['unit_hr', 'unit_committee'];

// Provincial parameters and the work calendar (issue 10 items 1, 2): a region's values are read by whoever sees
// the region (in scope or above it), 404 otherwise; the organisation department writes inside its scope.
const regionRead = (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'sys_admin') return status(res, 200, label);
  if (!regionRoles.includes(role)) return status(res, 404, label);
  status(res, target === 'inside' ? 200 : 404, label);
};
const settingsWrite = (ok: number) => (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (role === 'sys_admin') return status(res, ok, label);
  if (role !== 'org_admin') return status(res, 403, label);
  status(res, target === 'inside' ? ok : 404, label);
};
let localDayN = 0;
const nextLocalDate = () => {
  const d = new Date(Date.UTC(2031, 0, 1 + localDayN++));
  return d.toISOString().slice(0, 10);
};

/** Registry: who sees the inside unit (开阳县农业农村局, at county level) and its cadres and pairings. */
const unitSeers: Role[] = ['org_admin', 'leading_group', 'unit_hr', 'unit_committee', 'inspector'];
/**
 * Cadres (issue 8): the inside cadre's unit is located inside and the cadre is nominated to VILLAGE_IN, so the
 * township's users see it too (but only org_admin and unit_hr reveal). The outside target of the lookups is
 * the cadre of an outside unit paired with VILLAGE_IN: pairing makes the unit visible, never its cadres.
 */
const cadreSeers: Role[] = everyRole;
const cadreTarget = (target: Target) => (target === 'inside' ? fx.cadreIn! : fx.pairedCadreOut!);
const PROFILE_IN = '520121101202';
const PROFILE_OUT = '110101001005';

/** An import dry run: 403 without the permission; otherwise a report, clean inside and with errors outside. */
const dryRunReport = (allowed: Role[]) => (role: Role, target: Target, res: LightMyRequestResponse) => {
  if (!allowed.includes(role)) return status(res, 403, role);
  status(res, 200, `${role} ${target}`);
  const report = res.json() as { ok: number; errors: unknown[] };
  if (target === 'inside' || role === 'sys_admin')
    expect(report, `${role} ${target}`).toMatchObject({ ok: 1, errors: [] });
  else expect(report.errors.length, `${role} ${target}`).toBeGreaterThan(0);
};

// Daily management (issue 12 items 2–6): fixtures made on first use, inside (开阳县) and outside (东城区), on
// each side's first secretary (t5Assign). Expectations by the permission table.
const dailyMemo = new Map<string, Promise<string>>();
const dailyOnce = (key: string, make: () => Promise<string>) => {
  if (!dailyMemo.has(key)) dailyMemo.set(key, make());
  return dailyMemo.get(key)!;
};
const dailyActor = (role: Role) => ({ ...systemActor('matrix'), roles: [role] });
const dailyCadre = async (target: Target) => (await cadreActor(target)).cadreId;
const DAILY_COUNTY = (target: Target) => (target === 'inside' ? '520121' : OUTSIDE_COUNTY);
async function dailyMeetingBody(target: Target) {
  return {
    countyCode: DAILY_COUNTY(target),
    heldOn: '2026-01-05',
    place: '矩阵会议室',
    attendeeCadreIds: [await dailyCadre(target)],
    minutes: '矩阵纪要',
  };
}
const dailyMeeting = (target: Target) =>
  dailyOnce(
    `meeting${target}`,
    async () =>
      (
        await t.container.services.leaderMeetings.create(
          dailyActor('sys_admin'),
          await dailyMeetingBody(target),
        )
      ).id,
  );
const dailyScheduled = async (target: Target) =>
  (
    await t.container.services.leaderMeetings.schedule(dailyActor('sys_admin'), {
      countyCode: DAILY_COUNTY(target),
      plannedOn: '2026-03-02',
    })
  ).id;
const dailyTalk = (target: Target) =>
  dailyOnce(
    `talk${target}`,
    async () =>
      (
        await t.container.services.talks.create(dailyActor('org_admin'), {
          cadreId: await dailyCadre(target),
          heldOn: '2026-02-02',
          topics: '矩阵',
          notes: '矩阵笔记',
        })
      ).id,
  );
const dailyDiscipline = (target: Target) =>
  dailyOnce(
    `discipline${target}`,
    async () =>
      (
        await t.container.services.discipline.create(
          { ...dailyActor('leading_group'), scope: { national: true, regions: [], units: [] } },
          { cadreId: await dailyCadre(target), on: '2026-02-02', finding: '矩阵', decision: 'reminder' },
        )
      ).id,
  );
const talkers: Role[] = ['org_admin', 'leading_group', 'township', 'unit_hr', 'unit_committee'];
const meetingReaders: Role[] = ['sys_admin', 'org_admin', 'leading_group', 'inspector'];
const meetingRecorders: Role[] = ['sys_admin', 'org_admin', 'leading_group'];
const disciplineSees: Role[] = [
  'org_admin',
  'leading_group',
  'township',
  'inspector',
  'unit_hr',
  'unit_committee',
];
/** A capability held by `allowed` (sys_admin national where listed): 403 without; inside `ok`, outside 404. */
const dailyWrite =
  (allowed: Role[], ok: number) => (role: Role, target: Target, res: LightMyRequestResponse) => {
    const label = `${role} ${target}`;
    if (!allowed.includes(role)) return status(res, 403, label);
    if (role === 'sys_admin') return status(res, ok, label);
    status(res, target === 'inside' ? ok : 404, label);
  };
/** A list or lookup of readers: 403 for the others; `sees` see the inside record, nobody but sys_admin the outside. */
const dailyRead =
  (readers: Role[], key: (target: Target) => Promise<string>, sees: Role[] = readers) =>
  async (role: Role, target: Target, res: LightMyRequestResponse) => {
    const label = `${role} ${target}`;
    if (!readers.includes(role)) return status(res, 403, label);
    if (res.json().items) {
      status(res, 200, label);
      const listed = (res.json().items as { id: string }[]).map((i) => i.id);
      const id = await key(target);
      if (role === 'sys_admin' || (target === 'inside' && sees.includes(role)))
        expect(listed, label).toContain(id);
      else expect(listed, label).not.toContain(id);
      return;
    }
    if (role === 'sys_admin') return status(res, 200, label);
    status(res, target === 'inside' && sees.includes(role) ? 200 : 404, label);
  };

let created = 0;
// Assessment (issue 13): a 2025 annual batch on each side (开阳县, 东城区), made on first use by the system, with
// each side's first secretary (t5Assign) as its subject. Expectations by the permission table.
const asReaders: Role[] = [
  'sys_admin',
  'org_admin',
  'leading_group',
  'township',
  'unit_hr',
  'unit_committee',
  'inspector',
  'cadre',
];
/** Who sees the inside batch: its county, the township and the unit of its first secretary, the province. */
const asSeeInside: Role[] = [
  'org_admin',
  'leading_group',
  'township',
  'unit_hr',
  'unit_committee',
  'inspector',
];
const asWriters: Role[] = ['org_admin', 'leading_group'];
const asBatch = (target: Target) =>
  dailyOnce(`asBatch${target}`, async () => {
    const b = await t.container.services.assessment.open(t5System, {
      kind: 'annual',
      region: DAILY_COUNTY(target),
      year: 2025,
    });
    fx[`asBatch${target === 'inside' ? 'In' : 'Out'}`] = b.id;
    return b.id;
  });
const asSubject = (target: Target) => dailyCadre(target);
const asRead = (role: Role, target: Target, res: LightMyRequestResponse) => {
  const label = `${role} ${target}`;
  if (!asReaders.includes(role)) return status(res, 403, label);
  if (role === 'sys_admin') return status(res, 200, label);
  if (target === 'outside') return status(res, 404, label);
  if (role === 'cadre') return expect([200, 404], `${label}: ${res.body}`).toContain(res.statusCode);
  status(res, asSeeInside.includes(role) ? 200 : 404, label);
};
const asWrite =
  (allowed: Role[] = asWriters) =>
  (role: Role, target: Target, res: LightMyRequestResponse) => {
    const label = `${role} ${target}`;
    if (role === 'sys_admin' || (allowed.includes(role) && target === 'inside'))
      return expect([401, 403, 404], `${label}: ${res.body}`).not.toContain(res.statusCode);
    if (allowed.includes(role)) return status(res, 404, label);
    return status(res, 403, label);
  };
const asBatchUrl = async (target: Target, tail = '') =>
  `/api/assessment-batches/${await asBatch(target)}${tail}`;
const assessmentEntries: Record<string, Entry> = {
  'POST /api/assessment-batches': {
    request: (target) => ({
      method: 'POST',
      url: '/api/assessment-batches',
      payload: { kind: 'annual', region: DAILY_COUNTY(target), year: 2024 },
    }),
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (role === 'sys_admin' || (role === 'org_admin' && target === 'inside'))
        return expect([401, 403, 404], `${label}: ${res.body}`).not.toContain(res.statusCode);
      if (role === 'org_admin') return status(res, 404, label);
      return status(res, 403, label); // P21.5-annual: the county organisation department opens it
    },
  },
  'GET /api/assessment-batches': {
    request: async (target) => {
      await asBatch(target);
      await asBatch(target === 'inside' ? 'outside' : 'inside');
      return { method: 'GET', url: '/api/assessment-batches' };
    },
    expect: (role, _target, res) => {
      if (!asReaders.includes(role)) return status(res, 403, role);
      status(res, 200, role);
      const ids = (res.json().items as { id: string }[]).map((i) => i.id);
      if (role === 'sys_admin') expect(ids).toContain(fx.asBatchOut);
      else expect(ids, role).not.toContain(fx.asBatchOut);
      if (asSeeInside.includes(role)) expect(ids, role).toContain(fx.asBatchIn);
    },
  },
  'GET /api/assessment-batches/:id': {
    request: async (target) => ({ method: 'GET', url: await asBatchUrl(target) }),
    expect: asRead,
  },
  'GET /api/assessment-batches/:id/proposals': {
    request: async (target) => ({ method: 'GET', url: await asBatchUrl(target, '/proposals') }),
    expect: asRead,
  },
  'GET /api/assessment-batches/:id/progress': {
    request: async (target) => ({ method: 'GET', url: await asBatchUrl(target, '/progress') }),
    expect: asRead,
  },
  'GET /api/assessment-batches/:id/subjects/:cadreId/form.pdf': {
    request: async (target) => ({
      method: 'GET',
      url: await asBatchUrl(target, `/subjects/${await asSubject(target)}/form.pdf`),
    }),
    expect: asRead,
  },
  'POST /api/assessment-batches/:id/adjustments': {
    request: async (target) => ({
      method: 'POST',
      url: await asBatchUrl(target, '/adjustments'),
      payload: {
        cadreId: await asSubject(target),
        component: 'summary',
        score: 80,
        reason: '矩阵测试：书面总结',
      },
    }),
    expect: asWrite(),
  },
  'POST /api/assessment-batches/:id/decisions': {
    request: async (target) => ({
      method: 'POST',
      url: await asBatchUrl(target, '/decisions'),
      payload: { cadreId: await asSubject(target), grade: 'competent', reason: '矩阵测试：综合评定' },
    }),
    expect: asWrite(),
  },
  'POST /api/assessment-batches/:id/publish': {
    request: async (target) => ({ method: 'POST', url: await asBatchUrl(target, '/publish') }),
    expect: asWrite(),
  },
  'POST /api/assessment-batches/:id/survey-codes': {
    request: async (target) => ({
      method: 'POST',
      url: await asBatchUrl(target, '/survey-codes'),
      payload: { villageCode: target === 'inside' ? T5_FS_IN : T5_FS_OUT, audience: 'villagers', count: 1 },
    }),
    expect: asWrite(),
  },
  'GET /api/assessment-batches/:id/survey-codes.pdf': {
    request: async (target) => ({
      method: 'GET',
      url: await asBatchUrl(
        target,
        `/survey-codes.pdf?villageCode=${target === 'inside' ? T5_FS_IN : T5_FS_OUT}&audience=villagers`,
      ),
    }),
    expect: asWrite(),
  },
  'GET /api/assessment-distribution': {
    request: async (target) => {
      await asBatch(target);
      return { method: 'GET', url: `/api/assessment-distribution?year=2025&region=${DAILY_COUNTY(target)}` };
    },
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (!asReaders.includes(role)) return status(res, 403, label);
      if (role === 'sys_admin') return status(res, 200, label);
      if (target === 'outside') {
        if (res.statusCode === 200) expect(res.json().byCounty, label).toEqual([]);
        else status(res, 404, label);
        return;
      }
      expect([200, 404], `${label}: ${res.body}`).toContain(res.statusCode);
    },
  },
  'GET /api/cadres/:id/assessments': {
    // The cadres' lookup targets (cadreTarget): the inside one is seen by every role (its own account too).
    request: (target) => ({ method: 'GET', url: `/api/cadres/${cadreTarget(target)}/assessments` }),
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (!asReaders.includes(role)) return status(res, 403, label);
      status(res, role === 'sys_admin' || target === 'inside' ? 200 : 404, label);
    },
  },
  'POST /api/cadres/:id/outcomes': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/cadres/${cadreTarget(target)}/outcomes`,
      payload: { kind: 'criticism', on: '2026-03-01', basis: '矩阵测试：批评教育' },
    }),
    expect: asWrite(['org_admin', 'leading_group', 'unit_hr', 'unit_committee']),
  },
  // The anonymous survey is public: an unknown code answers 404 to anyone, with or without a session.
  'GET /api/survey/:code': {
    public: true,
    request: () => ({ method: 'GET', url: '/api/survey/ABCD2345' }),
    expect: (_r, _t, res) => status(res, 404, 'survey'),
  },
  'POST /api/survey/:code': {
    public: true,
    request: () => ({ method: 'POST', url: '/api/survey/ABCD2345', payload: { answers: [3, 3, 3, 3, 3] } }),
    expect: (_r, _t, res) => status(res, 404, 'survey'),
  },
};

/** Distinct client addresses for the matrix's failed device sign-ins (see POST /api/session/device). */
let deviceSignInAddress = 0;
const matrix: Record<string, Entry> = {
  ...assessmentEntries,
  'GET /api/health': {
    public: true,
    request: () => ({ method: 'GET', url: '/api/health' }),
    expect: (_r, _t, res) => status(res, 200, 'health'),
  },
  'GET /api/openapi.json': {
    public: true,
    request: () => ({ method: 'GET', url: '/api/openapi.json' }),
    expect: (_r, _t, res) => status(res, 200, 'openapi'),
  },
  'POST /api/session': {
    public: true,
    request: () => ({ method: 'POST', url: '/api/session', payload: { username: 'nobody', password: 'x' } }),
    expect: (_r, _t, res) => status(res, 401, 'sign-in'),
  },
  'GET /api/session': {
    request: () => ({ method: 'GET', url: '/api/session' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'DELETE /api/session': {
    // Signs out a second session of the same user, so the matrix user stays signed in.
    request: async (_t, ctx) => {
      const other = await ctx.t.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { 'x-requested-with': 'XMLHttpRequest' },
        payload: { username: ctx.as.username, password: 'Zhucun#Test2026' },
      });
      const cookie = String(other.headers['set-cookie']).split(';')[0]!;
      return { method: 'DELETE', url: '/api/session', headers: { cookie } };
    },
    expect: (role, _t, res) => status(res, 204, role),
  },
  'POST /api/session/password': {
    request: () => ({
      method: 'POST',
      url: '/api/session/password',
      payload: { currentPassword: 'wrong', newPassword: 'Whatever#2026' },
    }),
    expect: (role, _t, res) => status(res, 400, role),
  },
  // The phone app's device sessions (issue 11 item 1): a cadre's own account signs in on /m/; its devices are
  // listed and signed out by the cadre and by user administrators who see the account.
  'POST /api/session/device': {
    public: true,
    // Each failed sign-in from an address of its own: with POST /api/session's, the matrix's failures would
    // pass the per-address limit (30 in 15 minutes) and every later sign-in of the run would answer 429.
    request: () => ({
      method: 'POST',
      url: '/api/session/device',
      payload: { username: 'nobody', password: 'x' },
      remoteAddress: `10.77.0.${++deviceSignInAddress}`,
    }),
    expect: (_r, _t, res) => status(res, 401, 'device sign-in'),
  },
  'GET /api/devices': {
    request: (target, ctx) => ({
      method: 'GET',
      url: `/api/devices?userId=${target === 'inside' ? ctx.inUser : ctx.outUser}`,
    }),
    expect: (role, target, res) => {
      if (role === 'sys_admin') return status(res, 200, role);
      if (role !== 'org_admin') return status(res, 403, `${role} ${target}`);
      status(res, target === 'inside' ? 200 : 404, `${role} ${target}`);
    },
  },
  'DELETE /api/devices/:id': {
    // A fresh phone of the matrix's cadre (inside 开阳县) or of a cadre account in 东城区 (outside).
    request: async (target, ctx) => {
      const username = target === 'inside' ? 'matrix_cadre' : await outsideCadreAccount(ctx.t);
      const res = await ctx.t.app.inject({
        method: 'POST',
        url: '/api/session/device',
        headers: { 'x-requested-with': 'XMLHttpRequest' },
        payload: { username, password: 'Zhucun#Test2026' },
      });
      expect(res.statusCode, res.body).toBe(200);
      return { method: 'DELETE', url: `/api/devices/${res.json().device.id}` };
    },
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (role === 'sys_admin') return status(res, 204, label);
      if (role === 'org_admin' || role === 'cadre')
        return status(res, target === 'inside' ? 204 : 404, label);
      status(res, 404, label);
    },
  },
  'GET /api/regions': {
    request: (target) => ({
      method: 'GET',
      url: `/api/regions?parent=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: regionList,
  },
  'GET /api/regions/search': {
    request: (target) => ({
      method: 'GET',
      url: `/api/regions/search?q=${encodeURIComponent(target === 'inside' ? '双流镇' : '东华门')}`,
    }),
    expect: regionList,
  },
  'GET /api/regions/:code': {
    request: (target) => ({
      method: 'GET',
      url: `/api/regions/${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: regionLookup,
  },
  'GET /api/regions/:code/children': {
    request: (target) => ({
      method: 'GET',
      url: `/api/regions/${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}/children`,
    }),
    expect: regionLookup,
  },
  'POST /api/users': {
    request: (target, ctx) => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `m_${ctx.role}_${target}_${++created}`,
        password: 'Matrix#Pass2026',
        displayName: '测试',
        roles: ['township'],
        scope: { regions: [target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY], units: [] },
      },
    }),
    expect: adminOnly(201, 403),
  },
  'GET /api/users': {
    request: () => ({ method: 'GET', url: '/api/users?pageSize=500' }),
    expect: (role, target, res, ctx) => {
      if (!userAdmins.includes(role)) return status(res, 403, role);
      status(res, 200, role);
      const ids = (res.json().items as { id: string }[]).map((u) => u.id);
      expect(ids).toContain(ctx.inUser);
      if (role === 'sys_admin') expect(ids).toContain(ctx.outUser);
      else expect(ids, `${role} ${target}`).not.toContain(ctx.outUser);
    },
  },
  'GET /api/users/:id': {
    request: (target, ctx) => ({
      method: 'GET',
      url: `/api/users/${target === 'inside' ? ctx.inUser : ctx.outUser}`,
    }),
    expect: adminOnly(200, 404),
  },
  'PATCH /api/users/:id': {
    request: (target, ctx) => ({
      method: 'PATCH',
      url: `/api/users/${target === 'inside' ? ctx.inUser : ctx.outUser}`,
      payload: { displayName: '改名' },
    }),
    expect: adminOnly(200, 404),
  },
  'POST /api/users/:id/password': {
    request: (target, ctx) => ({
      method: 'POST',
      url: `/api/users/${target === 'inside' ? ctx.inUser : ctx.outUser}/password`,
      payload: { password: 'Reset#Pass2026' },
    }),
    expect: adminOnly(204, 404),
  },
  'GET /api/audit': {
    request: () => ({ method: 'GET', url: '/api/audit?pageSize=500' }),
    expect: (role, _target, res) => {
      if (!['sys_admin', 'org_admin', 'inspector'].includes(role)) return status(res, 403, role);
      status(res, 200, role);
      const regions = (res.json().items as { regionCode: string | null }[]).map((r) => r.regionCode);
      if (role !== 'sys_admin')
        expect(
          regions.every((r) => r?.startsWith('52')),
          `${role}: ${regions.join(',')}`,
        ).toBe(true);
      else expect(regions).toContain(OUTSIDE_COUNTY);
    },
  },
  'GET /api/audit/verify': {
    request: () => ({ method: 'GET', url: '/api/audit/verify' }),
    expect: (role, _t, res) => status(res, role === 'sys_admin' ? 200 : 403, role),
  },

  // ── selection (issue 4) ──────────────────────────────────────────────────────────────
  'GET /api/policy/rules': {
    request: () => ({ method: 'GET', url: '/api/policy/rules' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'GET /api/policy/rules/:id': {
    request: () => ({ method: 'GET', url: '/api/policy/rules/P21.3-fs-party' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'POST /api/counties/:code/needs/proposal': {
    request: (target) => ({
      method: 'POST',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/needs/proposal`,
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/counties/:code/needs/confirm': {
    request: (target) => ({
      method: 'POST',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/needs/confirm`,
      payload: {
        items: [
          {
            villageCode: target === 'inside' ? '520121101203' : VILLAGE_OUT,
            firstSecretary: true,
            members: 2,
          },
        ],
      },
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/village-needs': {
    request: (target) => ({
      method: 'POST',
      url: '/api/village-needs',
      payload: {
        villageCode: target === 'inside' ? '520121101204' : VILLAGE_OUT,
        firstSecretary: true,
        members: 2,
      },
    }),
    expect: guarded(planners, [...planners]),
  },
  'GET /api/village-needs': {
    request: () => ({ method: 'GET', url: '/api/village-needs?pageSize=500' }),
    expect: listing('need', [...regionUsers, ...unitUsers]),
  },
  'GET /api/village-needs.xlsx': {
    // The same rows as the JSON list: the outside need never exported (except nationally).
    request: (target) => ({
      method: 'GET',
      url: `/api/village-needs.xlsx?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}`,
    }),
    expect: xlsxListing('need', [...regionUsers, ...unitUsers]),
  },
  'GET /api/village-needs/:id': {
    request: (target) => ({ method: 'GET', url: `/api/village-needs/${pick(target, 'need')}` }),
    // A unit's staff read the needs where their unit is located or paired (they propose candidates for them).
    expect: lookup([...regionUsers, ...unitUsers]),
  },
  'POST /api/village-needs/:id/close': {
    request: (target) => ({
      method: 'POST',
      url: `/api/village-needs/${pick(target, 'spareNeed')}/close`,
      payload: { reason: '矩阵测试关闭' },
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/nominations': {
    request: (target) => ({
      method: 'POST',
      url: '/api/nominations',
      payload: {
        cadreId: pick(target, 'freeCadre'),
        needId: pick(target, 'need'),
        role: 'member',
        source: 'recommendation',
      },
    }),
    expect: guarded(['unit_hr'], ['unit_hr', 'unit_committee', 'org_admin', 'leading_group', 'inspector']),
  },
  'POST /api/nominations/eligibility': {
    request: (target) => ({
      method: 'POST',
      url: '/api/nominations/eligibility',
      payload: { cadreId: pick(target, 'freeCadre'), needId: pick(target, 'need'), role: 'member' },
    }),
    // The entry above proposed the free inside cadre for VILLAGE_IN: the township's users see it now (issue 8).
    expect: lookup(),
  },
  'GET /api/nominations': {
    request: () => ({ method: 'GET', url: '/api/nominations?pageSize=500' }),
    expect: listing('nomination'),
  },
  'GET /api/nominations.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/nominations.xlsx?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}`,
    }),
    expect: xlsxListing('nomination'),
  },
  'GET /api/nominations/:id': {
    request: (target) => ({ method: 'GET', url: `/api/nominations/${pick(target, 'nomination')}` }),
    expect: lookup(),
  },
  'POST /api/nominations/:id/checks': {
    request: (target) => ({
      method: 'POST',
      url: `/api/nominations/${pick(target, 'nomination')}/checks`,
      payload: {
        checks: { political: 'pass', conduct: 'pass', ability: 'pass', workStyle: 'pass', integrity: 'pass' },
      },
    }),
    expect: decision(['unit_hr', 'org_admin']),
  },
  'POST /api/nominations/:id/file': {
    request: (target) => ({ method: 'POST', url: `/api/nominations/${pick(target, 'nomination')}/file` }),
    expect: decision(['org_admin']),
  },
  'POST /api/nominations/:id/decide': {
    request: (target) => ({ method: 'POST', url: `/api/nominations/${pick(target, 'nomination')}/decide` }),
    expect: decision(['unit_committee']),
  },
  // An administrator's correction (issue 9 correction 5): sys_admin only, national; everyone else 403.
  'POST /api/nominations/:id/admin-correction': {
    request: (target) => ({
      method: 'POST',
      url: `/api/nominations/${pick(target, 'nomination')}/admin-correction`,
      payload: {
        step: 'reject',
        onBehalfOf: { regionCode: '520121', name: '开阳县委组织部' },
        reason: '矩阵测试：代为录入退回决定',
      },
    }),
    expect: guarded(['sys_admin']),
  },
  'POST /api/nominations/:id/reject': {
    request: (target) => ({
      method: 'POST',
      url: `/api/nominations/${pick(target, 'nomination')}/reject`,
      payload: { reason: '矩阵测试退回' },
    }),
    expect: guarded(['org_admin', 'unit_hr', 'unit_committee']),
  },
  'POST /api/nominations/:id/withdraw': {
    request: (target) => ({
      method: 'POST',
      url: `/api/nominations/${pick(target, 'nomination')}/withdraw`,
      payload: { reason: '矩阵测试撤回' },
    }),
    expect: guarded(['unit_hr']),
  },
  'GET /api/compliance': {
    request: (target) => ({
      method: 'GET',
      url: `/api/compliance?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: lookup(regionUsers),
  },
  'GET /api/compliance.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/compliance.xlsx?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: lookup(regionUsers),
  },
  // ---- Registry (issue 3): villages, county flags, units, pairings, cadres, spreadsheets ----
  'GET /api/villages': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: regionList,
  },
  'GET /api/villages/:code': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages/${target === 'inside' ? VILLAGE_IN : VILLAGE_OUT}`,
    }),
    expect: regionLookup,
  },
  'PUT /api/villages/:code/profile': {
    // The same body each time: a township may send it once the profile holds these values.
    request: (target) => ({
      method: 'PUT',
      url: `/api/villages/${target === 'inside' ? PROFILE_IN : PROFILE_OUT}/profile`,
      payload: { categories: [], population: 100 },
    }),
    expect: guarded(['org_admin', 'township'], regionUsers),
  },
  'PATCH /api/villages/:code/location': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/villages/${target === 'inside' ? PROFILE_IN : PROFILE_OUT}/location`,
      payload: { location: { lat: 27.06, lng: 106.97 }, checkinRadiusM: 900 },
    }),
    expect: guarded(['org_admin', 'township'], regionUsers),
  },
  'GET /api/counties/:code/flags': {
    request: (target) => ({
      method: 'GET',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/flags`,
    }),
    expect: lookup(regionUsers),
  },
  'PUT /api/counties/:code/flags': {
    request: (target) => ({
      method: 'PUT',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/flags`,
      payload: { flags: [{ flag: 'keyAssistedCounty', from: '2021-08-27' }] },
    }),
    expect: guarded(['org_admin'], regionUsers),
  },
  'GET /api/units': {
    request: () => ({ method: 'GET', url: '/api/units?pageSize=500' }),
    expect: listing('unit', unitSeers),
  },
  'POST /api/units': {
    request: (target) => ({
      method: 'POST',
      url: '/api/units',
      payload: {
        name: `矩阵单位${++created}`,
        kind: 'county_organ',
        level: 'county',
        regionCode: target === 'inside' ? '520121' : OUTSIDE_COUNTY,
      },
    }),
    expect: adminOnly(201, 403),
  },
  'GET /api/units/:id': {
    request: (target) => ({ method: 'GET', url: `/api/units/${pick(target, 'unit')}` }),
    expect: lookup(unitSeers),
  },
  'PATCH /api/units/:id': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/units/${pick(target, 'unit')}`,
      payload: { level: 'county' },
    }),
    expect: guarded(['org_admin'], unitSeers),
  },
  'GET /api/units/:id/pairings': {
    request: (target) => ({ method: 'GET', url: `/api/units/${pick(target, 'unit')}/pairings` }),
    expect: lookup(unitSeers),
  },
  'POST /api/units/:id/pairings': {
    // A closed year of its own each time, so that no two pairings overlap.
    request: (target) => {
      const year = 1900 + ++created;
      return {
        method: 'POST',
        url: `/api/units/${pick(target, 'unit')}/pairings`,
        payload: {
          kind: 'paired',
          targetCode: target === 'inside' ? '520121' : OUTSIDE_COUNTY,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        },
      };
    },
    expect: guarded(['org_admin'], unitSeers),
  },
  'PATCH /api/units/:id/pairings/:pairingId': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/units/${pick(target, 'unit')}/pairings/${pick(target, 'pairing')}`,
      payload: { to: '2030-12-31' },
    }),
    expect: guarded(['org_admin'], unitSeers),
  },
  'POST /api/pairings/:id/reopen': {
    // The entry above ended the fixture pairing (to 2030-12-31): the first allowed role undoes it, later
    // ones find it open (409); outside the scope it is not found.
    request: (target) => ({
      method: 'POST',
      url: `/api/pairings/${pick(target, 'pairing')}/reopen`,
      payload: { reason: '矩阵测试撤销终止' },
    }),
    expect: guarded(['org_admin'], unitSeers),
  },
  'GET /api/pairings': {
    request: () => ({ method: 'GET', url: '/api/pairings?pageSize=500' }),
    expect: listing('pairing', unitSeers),
  },
  'GET /api/cadres': {
    request: () => ({ method: 'GET', url: '/api/cadres?pageSize=500' }),
    expect: (role, target, res) => {
      listing('cadre', cadreSeers)(role, target, res);
      // A unit paired with an inside village is visible there, its cadres are not (issue 8).
      const ids = (res.json().items as { id: string }[]).map((i) => i.id);
      if (role !== 'sys_admin') expect(ids, role).not.toContain(fx.pairedCadreOut);
    },
  },
  'POST /api/cadres': {
    request: (target) => ({
      method: 'POST',
      url: '/api/cadres',
      payload: cadreBody(pick(target, 'unit'), {
        idNumber: idNumber('1988-06-15', 'male', target === 'inside' ? '520121' : OUTSIDE_COUNTY),
      }),
    }),
    expect: guarded(['org_admin', 'unit_hr']),
  },
  'GET /api/cadres/:id': {
    request: (target) => ({ method: 'GET', url: `/api/cadres/${cadreTarget(target)}` }),
    expect: lookup(cadreSeers),
  },
  'PATCH /api/cadres/:id': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/cadres/${cadreTarget(target)}`,
      payload: { rank: 'section' },
    }),
    expect: guarded(['org_admin', 'unit_hr'], cadreSeers),
  },
  'POST /api/cadres/:id/reveal-id': {
    request: (target) => ({ method: 'POST', url: `/api/cadres/${cadreTarget(target)}/reveal-id` }),
    expect: guarded(['org_admin', 'unit_hr'], cadreSeers),
  },
  'POST /api/cadres/:id/reveal-phone': {
    request: (target) => ({ method: 'POST', url: `/api/cadres/${cadreTarget(target)}/reveal-phone` }),
    expect: guarded(['org_admin', 'unit_hr'], cadreSeers),
  },
  'GET /api/imports/cadres/template.xlsx': {
    request: () => ({ method: 'GET', url: '/api/imports/cadres/template.xlsx' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'GET /api/imports/units/template.xlsx': {
    request: () => ({ method: 'GET', url: '/api/imports/units/template.xlsx' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'GET /api/imports/villages/template.xlsx': {
    request: () => ({ method: 'GET', url: '/api/imports/villages/template.xlsx' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'POST /api/imports/cadres': {
    // A dry run of one row for the unit inside or outside: outside, the row reports the unit unknown.
    request: async (target) => {
      const body = multipart(
        await workbook(
          [
            '*姓名（name）',
            '*身份证号（idNumber）',
            '*手机号（phone）',
            '*派出单位（unit）',
            '*政治面貌（partyStatus）',
            '*参加工作时间（workStartedOn）',
          ],
          [
            [
              '矩阵导入',
              idNumber('1988-06-15'),
              '13900001111',
              target === 'inside' ? '开阳县农业农村局' : '东城区机关单位',
              '非党员',
              '2010-07-01',
            ],
          ],
        ),
      );
      return {
        method: 'POST',
        url: '/api/imports/cadres?dryRun=true',
        payload: body.payload,
        headers: body.headers,
      };
    },
    expect: dryRunReport(['sys_admin', 'org_admin', 'unit_hr']),
  },
  'POST /api/imports/units': {
    request: async (target) => {
      const body = multipart(
        await workbook(
          ['*单位名称（name）', '*单位类别（kind）', '*单位层级（level）', '*所在地区代码（regionCode）'],
          [[`矩阵导入单位${++created}`, '县直机关', '县级', target === 'inside' ? '520121' : OUTSIDE_COUNTY]],
        ),
      );
      return {
        method: 'POST',
        url: '/api/imports/units?dryRun=true',
        payload: body.payload,
        headers: body.headers,
      };
    },
    expect: dryRunReport(userAdmins),
  },
  'POST /api/imports/villages': {
    request: async (target) => {
      const body = multipart(
        await workbook(
          ['*村代码（code）', '人口（population）'],
          [[target === 'inside' ? PROFILE_IN : PROFILE_OUT, 1000]],
        ),
      );
      return {
        method: 'POST',
        url: '/api/imports/villages?dryRun=true',
        payload: body.payload,
        headers: body.headers,
      };
    },
    expect: dryRunReport(userAdmins),
  },
  'GET /api/cadres.xlsx': {
    request: () => ({ method: 'GET', url: '/api/cadres.xlsx' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'GET /api/units.xlsx': {
    request: () => ({ method: 'GET', url: '/api/units.xlsx' }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  'GET /api/villages.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages.xlsx?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: (role, _t, res) => status(res, 200, role),
  },
  // ── Teams and terms (issue 5) ───────────────────────────────────────────────────────────────
  'POST /api/assignments': {
    request: async (target) => ({
      method: 'POST',
      url: '/api/assignments',
      payload: { nominationId: await t5Decided(target), teamRole: 'member', ...T5_TERM },
    }),
    expect: guarded(planners, [...planners]),
  },
  'GET /api/assignments': {
    request: () => ({ method: 'GET', url: '/api/assignments?pageSize=500' }),
    expect: listing('t5Assign'),
  },
  'GET /api/assignments/:id': {
    request: (target) => ({ method: 'GET', url: `/api/assignments/${pick(target, 't5Assign')}` }),
    expect: lookup(),
  },
  'PATCH /api/assignments/:id': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/assignments/${pick(target, 't5Assign')}`,
      payload: { partyRelationTransferredOn: '2024-05-20' },
    }),
    expect: guarded([...planners, ...unitUsers]),
  },
  'POST /api/assignments/:id/end': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/assignments/${await t5Member(target)}/end`,
      payload: { endOn: T5_TERM.plannedEndOn, reason: 'completed' },
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/assignments/:id/recall-proposals': {
    request: (target) => ({
      method: 'POST',
      url: `/api/assignments/${pick(target, 't5Assign')}/recall-proposals`,
      payload: { reasons: '矩阵测试：不胜任驻村工作' },
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/recall-proposals/:id/confirm': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/recall-proposals/${await t5Proposal(target)}/confirm`,
    }),
    expect: decision(unitUsers, unitUsers),
  },
  'POST /api/recall-proposals/:id/withdraw': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/recall-proposals/${await t5Proposal(target)}/withdraw`,
      payload: { reason: '矩阵测试：撤回召回意见' },
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/recall-proposals/:id/admin-correction': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/recall-proposals/${await t5Proposal(target)}/admin-correction`,
      payload: {
        step: 'confirm',
        onBehalfOf: { regionCode: '520121', name: '矩阵派出单位党委' },
        reason: '矩阵测试：代为录入单位确认',
      },
    }),
    expect: guarded(['sys_admin']),
  },
  // Optional evidence check-ins (issue 10 item 8): only a cadre's own account makes them (off here: 409
  // FEATURE_OFF, or no assignment on post); the township and the county read them (PIPL-28); the records'
  // visibility is walked in tests/api/check-ins.test.ts.
  'POST /api/check-ins': {
    request: () => ({
      method: 'POST',
      url: '/api/check-ins',
      payload: {
        clientId: crypto.randomUUID(),
        deviceTime: new Date().toISOString(),
        lat: 27,
        lng: 107,
        accuracy: 10,
      },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 409 : 403, `${role} ${target}`),
  },
  'GET /api/check-ins/notice': {
    request: () => ({ method: 'GET', url: '/api/check-ins/notice' }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 200 : 403, `${role} ${target}`),
  },
  'POST /api/check-ins/notice': {
    request: () => ({
      method: 'POST',
      url: '/api/check-ins/notice',
      payload: { version: CHECK_IN_NOTICE_VERSION },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 200 : 403, `${role} ${target}`),
  },
  'GET /api/check-ins': {
    request: (target) => ({
      method: 'GET',
      url: `/api/check-ins?region=${target === 'inside' ? VILLAGE_IN : VILLAGE_OUT}`,
    }),
    expect: (role, target, res) => {
      if (!['cadre', 'township', 'org_admin'].includes(role)) return status(res, 403, `${role} ${target}`);
      status(res, 200, `${role} ${target}`);
      expect(res.json().total, `${role} ${target}`).toBe(0);
    },
  },
  // Work logs and the village task list (issue 11 items 5–7): a cadre's own account writes its logs (the
  // matrix cadre serves no village: 400 on the date); the village's regions, the cadre's unit and the cadre
  // read; the task list is written by the village's current team and the county (P21.4-list). Walked in
  // tests/api/work-logs.test.ts.
  'GET /api/duties': {
    request: () => ({ method: 'GET', url: '/api/duties?date=2026-03-02' }),
    expect: (role, target, res) => status(res, 200, `${role} ${target}`),
  },
  'POST /api/work-logs': {
    request: () => ({
      method: 'POST',
      url: '/api/work-logs',
      payload: {
        clientId: crypto.randomUUID(),
        on: '2026-03-01',
        kind: 'other',
        duty: 'service',
        text: '矩阵',
      },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 400 : 403, `${role} ${target}`),
  },
  'GET /api/work-logs': {
    request: () => ({ method: 'GET', url: '/api/work-logs?pageSize=500' }),
    expect: (role, target, res) => {
      if (role === 'village_committee') return status(res, 403, `${role} ${target}`);
      return listing('wl', logReaders)(role, target, res);
    },
  },
  'GET /api/work-logs.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/work-logs.xlsx?villageCode=${target === 'inside' ? T5_FS_IN : T5_FS_OUT}`,
    }),
    expect: (role, target, res) => {
      if (role === 'village_committee') return status(res, 403, `${role} ${target}`);
      return xlsxListing('wlText', logReaders)(role, target, res);
    },
  },
  'GET /api/work-logs/:id': {
    request: (target) => ({ method: 'GET', url: `/api/work-logs/${pick(target, 'wl')}` }),
    expect: logLookup,
  },
  'GET /api/work-logs/:id/photo': {
    request: (target) => ({ method: 'GET', url: `/api/work-logs/${pick(target, 'wl')}/photo` }),
    expect: logLookup,
  },
  'PUT /api/work-logs/:id/photo': {
    request: (target) => ({
      method: 'PUT',
      url: `/api/work-logs/${pick(target, 'wl')}/photo`,
      ...multipart(TINY_JPEG, 'p.jpg', 'image/jpeg'),
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'DELETE /api/work-logs/:id/photo': {
    request: (target) => ({ method: 'DELETE', url: `/api/work-logs/${pick(target, 'wl')}/photo` }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'GET /api/villages/:code/tasks': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages/${target === 'inside' ? T5_FS_IN : T5_FS_OUT}/tasks`,
    }),
    expect: taskLookup,
  },
  'GET /api/tasks/:id': {
    request: (target) => ({ method: 'GET', url: `/api/tasks/${pick(target, 'task')}` }),
    expect: taskLookup,
  },
  'POST /api/villages/:code/tasks': {
    request: (target) => ({
      method: 'POST',
      url: `/api/villages/${target === 'inside' ? T5_FS_IN : T5_FS_OUT}/tasks`,
      payload: { duty: 'service', title: '矩阵任务' },
    }),
    expect: taskWrite(201),
  },
  'PATCH /api/tasks/:id': {
    request: (target) => ({
      method: 'PATCH',
      url: `/api/tasks/${pick(target, 'task')}`,
      payload: { target: '矩阵目标' },
    }),
    expect: taskWrite(200),
  },
  'POST /api/tasks/:id/close': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/tasks/${await matrixTask(target)}/close`,
      payload: { outcome: 'dropped', note: '矩阵' },
    }),
    expect: taskWrite(200),
  },
  'POST /api/tasks/:id/progress': {
    request: (target) => ({
      method: 'POST',
      url: `/api/tasks/${pick(target, 'task')}/progress`,
      payload: { clientId: crypto.randomUUID(), percent: 10, note: '矩阵' },
    }),
    expect: taskWrite(201),
  },
  // Half-year reports (issue 12 item 1): the cadre's own account drafts, edits, submits and corrects its own
  // (the matrix cadre has none: 404); the leading group reviews in its region, the unit hears its cadres';
  // walked in tests/api/half-year-reports.test.ts. The fixtures are drafts, so allowed steps may answer 409.
  'POST /api/half-year-reports': {
    request: (target) => ({
      method: 'POST',
      url: '/api/half-year-reports',
      payload: { assignmentId: pick(target, 't5Assign'), period: '2026H1' },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'GET /api/half-year-reports': {
    request: () => ({ method: 'GET', url: '/api/half-year-reports?pageSize=500' }),
    expect: (role, target, res) => {
      if (role === 'village_committee') return status(res, 403, `${role} ${target}`);
      return listing('hyr', logReaders)(role, target, res);
    },
  },
  'GET /api/half-year-reports/completeness': {
    request: (target) => ({
      method: 'GET',
      url: `/api/half-year-reports/completeness?period=2025H2&region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (role === 'village_committee') return status(res, 403, label);
      if (role === 'cadre') return status(res, 404, label);
      if (role === 'sys_admin' || role === 'unit_hr' || role === 'unit_committee')
        return status(res, 200, label);
      status(res, target === 'inside' ? 200 : 404, label);
    },
  },
  'GET /api/half-year-reports/:id': {
    request: (target) => ({ method: 'GET', url: `/api/half-year-reports/${pick(target, 'hyr')}` }),
    expect: logLookup,
  },
  // The report's A4 PDF answers exactly like GET /api/half-year-reports/:id.
  'GET /api/half-year-reports/:id/report.pdf': {
    request: (target) => ({ method: 'GET', url: `/api/half-year-reports/${pick(target, 'hyr')}/report.pdf` }),
    expect: logLookup,
  },
  // The exports answer like their JSON routes: completeness 404 outside; the list holds only rows in scope.
  'GET /api/half-year-reports/completeness.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/half-year-reports/completeness.xlsx?period=2025H2&region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (role === 'village_committee') return status(res, 403, label);
      if (role === 'cadre') return status(res, 404, label);
      if (role === 'sys_admin' || role === 'unit_hr' || role === 'unit_committee')
        return status(res, 200, label);
      status(res, target === 'inside' ? 200 : 404, label);
    },
  },
  'GET /api/half-year-reports.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/half-year-reports.xlsx?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: (role, target, res) => status(res, role === 'village_committee' ? 403 : 200, `${role} ${target}`),
  },
  'PUT /api/half-year-reports/:id': {
    request: (target) => ({
      method: 'PUT',
      url: `/api/half-year-reports/${pick(target, 'hyr')}`,
      payload: { sections: [{ key: 'thinking', text: '矩阵' }] },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'POST /api/half-year-reports/:id/submit': {
    request: (target) => ({ method: 'POST', url: `/api/half-year-reports/${pick(target, 'hyr')}/submit` }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'POST /api/half-year-reports/:id/corrections': {
    request: (target) => ({
      method: 'POST',
      url: `/api/half-year-reports/${pick(target, 'hyr')}/corrections`,
      payload: { reason: '矩阵更正', sections: [{ key: 'thinking', text: '矩阵' }] },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'POST /api/half-year-reports/:id/review': {
    request: (target) => ({
      method: 'POST',
      url: `/api/half-year-reports/${pick(target, 'hyr')}/review`,
      payload: { opinion: '矩阵意见' },
    }),
    expect: reportStep(['leading_group']),
  },
  'POST /api/half-year-reports/:id/hearing': {
    request: (target) => ({
      method: 'POST',
      url: `/api/half-year-reports/${pick(target, 'hyr')}/hearing`,
      payload: { heardOn: '2026-03-01', opinion: '矩阵意见' },
    }),
    expect: reportStep(['unit_hr', 'unit_committee']),
  },
  // Provincial parameters (issue 10 item 1): everyone reads the regions they see; the organisation
  // department sets values inside its scope (a county key for 开阳县 here); tests/api/settings.test.ts walks levels.
  'GET /api/settings/effective': {
    request: (target) => ({
      method: 'GET',
      url: `/api/settings/effective?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}&date=2026-03-01`,
    }),
    expect: regionRead,
  },
  'GET /api/settings/catalogue': {
    request: () => ({ method: 'GET', url: '/api/settings/catalogue' }),
    expect: (role, target, res) => status(res, 200, `${role} ${target}`),
  },
  'GET /api/settings/history': {
    request: (target) => ({
      method: 'GET',
      url: `/api/settings/history?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}`,
    }),
    expect: regionRead,
  },
  'PUT /api/settings/:regionCode/:key': {
    request: (target) => ({
      method: 'PUT',
      url: `/api/settings/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/checkInRadiusMetres`,
      payload: { value: 1200, effectiveFrom: '2031-01-01', note: '矩阵' },
    }),
    expect: settingsWrite(200),
  },
  // The work calendar (issue 10 item 2): a State Council notice only nationally; local days by the
  // organisation department of the region.
  'GET /api/calendar/:year': {
    request: (target) => ({
      method: 'GET',
      url: `/api/calendar/2026?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}`,
    }),
    expect: regionRead,
  },
  'GET /api/calendar/working-days': {
    request: (target) => ({
      method: 'GET',
      url: `/api/calendar/working-days?region=${target === 'inside' ? VILLAGE_IN : VILLAGE_OUT}&from=2026-02-01&to=2026-02-28`,
    }),
    expect: regionRead,
  },
  'GET /api/calendar/notices': {
    request: () => ({ method: 'GET', url: '/api/calendar/notices' }),
    expect: (role, target, res) => status(res, 200, `${role} ${target}`),
  },
  'POST /api/calendar/notices': {
    request: () => ({
      method: 'POST',
      url: '/api/calendar/notices',
      payload: {
        year: 2040,
        title: '矩阵：2040年部分节假日安排的通知',
        holidays: Array.from({ length: 11 }, (_, i) => ({
          date: `2040-01-${String(i + 1).padStart(2, '0')}`,
          name: '矩阵',
        })),
        workdays: [],
      },
    }),
    expect: (role, target, res) => status(res, role === 'sys_admin' ? 201 : 403, `${role} ${target}`),
  },
  'GET /api/calendar/local-days': {
    request: (target) => ({
      method: 'GET',
      url: `/api/calendar/local-days?region=${target === 'inside' ? '520121' : OUTSIDE_COUNTY}`,
    }),
    expect: regionRead,
  },
  'POST /api/calendar/local-days': {
    request: (target) => ({
      method: 'POST',
      url: '/api/calendar/local-days',
      payload: {
        regionCode: target === 'inside' ? '520121' : OUTSIDE_COUNTY,
        date: nextLocalDate(),
        kind: 'holiday',
        name: '矩阵节',
      },
    }),
    expect: settingsWrite(201),
  },
  'DELETE /api/calendar/local-days/:id': {
    request: async (target, ctx) => {
      const day = await ctx.t.app.services.calendar.addLocalDay(systemActor(), {
        regionCode: target === 'inside' ? '520121' : OUTSIDE_COUNTY,
        date: nextLocalDate(),
        kind: 'holiday',
        name: '矩阵节',
      });
      return { method: 'DELETE', url: `/api/calendar/local-days/${day.id}` };
    },
    expect: settingsWrite(200),
  },
  // Attendance by exception (issue 10 items 4–7, 9): readers by the village's region; a cadre's own account
  // only its own records (the matrix's cadre serves none of the fixtures: 404). The leave chain: the cadre
  // asks, the township approves (P17.4.2-leave); the county is the wrong approver of a township-level leave.
  'POST /api/leave-requests': {
    request: (target) => ({
      method: 'POST',
      url: '/api/leave-requests',
      payload: {
        assignmentId: pick(target, 't5Assign'),
        kind: 'personal',
        ...nextLeaveDates(),
        reason: '矩阵',
      },
    }),
    expect: decision(['cadre'], []),
  },
  // Before sending (issue 11 item 4): only the cadre, for its own assignment.
  'GET /api/leave-requests/preview': {
    request: (target) => ({
      method: 'GET',
      url: `/api/leave-requests/preview?assignmentId=${pick(target, 't5Assign')}&startOn=2026-03-09&endOn=2026-03-10`,
    }),
    expect: decision(['cadre'], []),
  },
  'GET /api/leave-requests': {
    request: () => ({ method: 'GET', url: '/api/leave-requests?pageSize=500' }),
    expect: readerListing('atLeave'),
  },
  'GET /api/leave-requests/:id': {
    request: (target) => ({ method: 'GET', url: `/api/leave-requests/${pick(target, 'atLeave')}` }),
    expect: readerLookup,
  },
  'POST /api/leave-requests/:id/approve': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/leave-requests/${await atLeave(target)}/approve`,
      payload: {},
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/leave-requests/:id/reject': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/leave-requests/${await atLeave(target)}/reject`,
      payload: { reason: '矩阵' },
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/leave-requests/:id/cancel': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/leave-requests/${await atLeave(target)}/cancel`,
      payload: {},
    }),
    expect: decision(['cadre'], attendanceReaders),
  },
  'POST /api/leave-requests/:id/return': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/leave-requests/${await atLeave(target)}/return`,
      payload: { returnedOn: '2026-03-02' },
    }),
    expect: decision(['cadre', 'township'], attendanceReaders),
  },
  'POST /api/official-trips': {
    request: (target) => ({
      method: 'POST',
      url: '/api/official-trips',
      payload: {
        assignmentId: pick(target, 't5Assign'),
        kind: 'trip',
        startOn: '2026-03-03',
        endOn: '2026-03-03',
        destination: '贵阳',
        purpose: '矩阵',
      },
    }),
    expect: decision(['cadre', 'township'], attendanceReaders),
  },
  'GET /api/official-trips': {
    request: () => ({ method: 'GET', url: '/api/official-trips?pageSize=500' }),
    expect: readerListing('atTrip'),
  },
  // Where the settings ask for approval (tripNeedsApproval, set for both sides from 2026-04-01): the township
  // of the village decides a pending trip (issue 10 item 6).
  'POST /api/official-trips/:id/approve': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/official-trips/${await atPendingTrip(target)}/approve`,
      payload: {},
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/official-trips/:id/reject': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/official-trips/${await atPendingTrip(target)}/reject`,
      payload: { reason: '矩阵' },
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/verifications': {
    request: (target) => ({
      method: 'POST',
      url: '/api/verifications',
      payload: {
        assignmentId: pick(target, 't5Assign'),
        on: '2026-02-27',
        method: 'phone',
        finding: 'present',
      },
    }),
    expect: decision(['township', 'org_admin', 'leading_group', 'inspector'], attendanceReaders),
  },
  'GET /api/verifications': {
    request: () => ({ method: 'GET', url: '/api/verifications?pageSize=500' }),
    expect: readerListing('atCheck'),
  },
  'GET /api/verifications/:id': {
    request: (target) => ({ method: 'GET', url: `/api/verifications/${pick(target, 'atCheck')}` }),
    expect: readerLookup,
  },
  'POST /api/verifications/:id/explanation': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/verifications/${await atAbsence(target)}/explanation`,
      payload: { explanation: '矩阵' },
    }),
    expect: decision(['cadre'], attendanceReaders),
  },
  'POST /api/verifications/:id/excuse': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/verifications/${await atAbsence(target)}/excuse`,
      payload: { reason: '矩阵' },
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/verifications/:id/refuse-excuse': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/verifications/${await atAbsence(target)}/refuse-excuse`,
      payload: { reason: '矩阵' },
    }),
    expect: decision(['township'], attendanceReaders),
  },
  'POST /api/attendance/rest-day-stays': {
    request: () => ({ method: 'POST', url: '/api/attendance/rest-day-stays', payload: { on: '2026-03-01' } }),
    expect: (role, target, res) =>
      role === 'cadre'
        ? expect([200, 201, 404], `${role} ${target}: ${res.body}`).toContain(res.statusCode)
        : status(res, 403, `${role} ${target}`),
  },
  'GET /api/attendance/ledger': {
    request: (target) => ({
      method: 'GET',
      url: `/api/attendance/ledger?cadreId=${pick(target, 'atCadre')}&month=2026-02`,
    }),
    expect: readerLookup,
  },
  'GET /api/attendance/summary': {
    request: (target) => ({
      method: 'GET',
      url: `/api/attendance/summary?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}&month=2026-02`,
    }),
    expect: readerLookup,
  },
  'GET /api/attendance/summary.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/attendance/summary.xlsx?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}&month=2026-02`,
    }),
    expect: readerLookup,
  },
  'GET /api/attendance/today': {
    request: (target) => ({
      method: 'GET',
      url: `/api/attendance/today?region=${target === 'inside' ? INSIDE_TOWNSHIP : OUTSIDE_COUNTY}`,
    }),
    expect: readerLookup,
  },
  'GET /api/attendance/alerts': {
    request: () => ({ method: 'GET', url: '/api/attendance/alerts?pageSize=500' }),
    expect: (role, target, res) => {
      if (![...attendanceReaders, 'sys_admin', 'cadre'].includes(role))
        return status(res, 403, `${role} ${target}`);
      status(res, 200, `${role} ${target}`);
      const villages = (res.json().items as { villageCode: string }[]).map((i) => i.villageCode);
      if (role !== 'sys_admin')
        expect(
          villages.some((v) => v.startsWith('110101')),
          role,
        ).toBe(false);
    },
  },
  'POST /api/attendance/alerts/:id/read': {
    request: (target) => ({ method: 'POST', url: `/api/attendance/alerts/${pick(target, 'atAlert')}/read` }),
    expect: readerLookup,
  },
  // Daily management (issue 12 items 2–6).
  'POST /api/leader-meetings': {
    request: async (target) => ({
      method: 'POST',
      url: '/api/leader-meetings',
      payload: await dailyMeetingBody(target),
    }),
    expect: dailyWrite(meetingRecorders, 201),
  },
  'POST /api/leader-meetings/scheduled': {
    request: (target) => ({
      method: 'POST',
      url: '/api/leader-meetings/scheduled',
      payload: { countyCode: DAILY_COUNTY(target), plannedOn: '2026-03-20' },
    }),
    expect: dailyWrite(meetingRecorders, 201),
  },
  'POST /api/leader-meetings/:id/held': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/leader-meetings/${await dailyScheduled(target)}/held`,
      payload: { ...(await dailyMeetingBody(target)), countyCode: undefined },
    }),
    expect: dailyWrite(meetingRecorders, 200),
  },
  'GET /api/leader-meetings': {
    request: async () => {
      await Promise.all([dailyMeeting('inside'), dailyMeeting('outside')]);
      return { method: 'GET', url: '/api/leader-meetings?pageSize=500' };
    },
    expect: dailyRead(meetingReaders, dailyMeeting),
  },
  'GET /api/leader-meetings/:id': {
    request: async (target) => ({ method: 'GET', url: `/api/leader-meetings/${await dailyMeeting(target)}` }),
    expect: dailyRead(meetingReaders, dailyMeeting),
  },
  'GET /api/leader-meetings/overdue': {
    request: () => ({ method: 'GET', url: '/api/leader-meetings/overdue?date=2026-07-01' }),
    expect: (role, target, res) => {
      if (!meetingReaders.includes(role)) return status(res, 403, `${role} ${target}`);
      status(res, 200, `${role} ${target}`);
      const counties = (res.json().counties as { countyCode: string }[]).map((c) => c.countyCode);
      if (role === 'sys_admin') expect(counties).toContain(OUTSIDE_COUNTY);
      else expect(counties, role).not.toContain(OUTSIDE_COUNTY);
    },
  },
  'POST /api/talks': {
    request: async (target) => ({
      method: 'POST',
      url: '/api/talks',
      payload: { cadreId: await dailyCadre(target), heldOn: '2026-02-03', topics: '矩阵' },
    }),
    expect: dailyWrite(talkers, 201),
  },
  'GET /api/talks': {
    request: async () => {
      await Promise.all([dailyTalk('inside'), dailyTalk('outside')]);
      return { method: 'GET', url: '/api/talks?pageSize=500' };
    },
    expect: dailyRead(talkers, dailyTalk),
  },
  'GET /api/talks/due': {
    request: () => ({ method: 'GET', url: '/api/talks/due' }),
    expect: (role, target, res) => status(res, talkers.includes(role) ? 200 : 403, `${role} ${target}`),
  },
  'GET /api/talks/:id': {
    request: async (target) => ({ method: 'GET', url: `/api/talks/${await dailyTalk(target)}` }),
    expect: dailyRead(talkers, dailyTalk),
  },
  'POST /api/discipline-records': {
    request: async (target) => ({
      method: 'POST',
      url: '/api/discipline-records',
      payload: { cadreId: await dailyCadre(target), on: '2026-02-03', finding: '矩阵', decision: 'reminder' },
    }),
    expect: dailyWrite(['org_admin', 'leading_group'], 201),
  },
  'GET /api/discipline-records': {
    request: async () => {
      await Promise.all([dailyDiscipline('inside'), dailyDiscipline('outside')]);
      return { method: 'GET', url: '/api/discipline-records?pageSize=500' };
    },
    expect: dailyRead([...disciplineSees, 'sys_admin', 'cadre'], dailyDiscipline, disciplineSees),
  },
  'GET /api/discipline-records/:id': {
    request: async (target) => ({
      method: 'GET',
      url: `/api/discipline-records/${await dailyDiscipline(target)}`,
    }),
    expect: dailyRead([...disciplineSees, 'sys_admin', 'cadre'], dailyDiscipline, disciplineSees),
  },
  // The matrix's cadre is not the record's: 404; nobody else gives a cadre's statement.
  'POST /api/discipline-records/:id/statement': {
    request: async (target) => ({
      method: 'POST',
      url: `/api/discipline-records/${await dailyDiscipline(target)}/statement`,
      payload: { statement: '矩阵' },
    }),
    expect: (role, target, res) => status(res, role === 'cadre' ? 404 : 403, `${role} ${target}`),
  },
  'GET /api/assignments/:id/handover': {
    request: (target) => ({ method: 'GET', url: `/api/assignments/${pick(target, 't5Assign')}/handover` }),
    expect: (role, target, res) => {
      const label = `${role} ${target}`;
      if (role === 'village_committee') return status(res, 403, label);
      if (role === 'sys_admin') return status(res, 200, label);
      if (role === 'cadre') return status(res, 404, label);
      status(res, target === 'inside' ? 200 : 404, label);
    },
  },
  // The fixture has no successor: the county's answer is 422 P21.5-rotate.
  'PUT /api/assignments/:id/handover': {
    request: (target) => ({
      method: 'PUT',
      url: `/api/assignments/${pick(target, 't5Assign')}/handover`,
      payload: { villageSituation: '矩阵', workInProgress: '矩阵', assetsAndFiles: '矩阵' },
    }),
    expect: decision(['org_admin', 'leading_group']),
  },
  'POST /api/assignments/:id/handover/confirm': {
    request: (target) => ({
      method: 'POST',
      url: `/api/assignments/${pick(target, 't5Assign')}/handover/confirm`,
    }),
    expect: decision(['township']),
  },
  'POST /api/assignments/:id/handover/move-tasks': {
    request: (target) => ({
      method: 'POST',
      url: `/api/assignments/${pick(target, 't5Assign')}/handover/move-tasks`,
    }),
    expect: decision(['org_admin', 'leading_group', 'cadre']),
  },
  'GET /api/villages/:code/handovers': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages/${target === 'inside' ? T5_FS_IN : T5_FS_OUT}/handovers`,
    }),
    expect: (role, target, res) => status(res, role === 'village_committee' ? 403 : 200, `${role} ${target}`),
  },
  'GET /api/todos': {
    request: () => ({ method: 'GET', url: '/api/todos' }),
    expect: (role, target, res) => {
      status(res, 200, `${role} ${target}`);
      if (role !== 'sys_admin') expect(res.body, role).not.toContain(OUTSIDE_COUNTY);
    },
  },
  'GET /api/notifications': {
    request: () => ({ method: 'GET', url: '/api/notifications' }),
    expect: (role, target, res) => status(res, 200, `${role} ${target}`),
  },
  // Another user's notification (or none) is not found.
  'POST /api/notifications/:id/read': {
    request: () => ({ method: 'POST', url: '/api/notifications/00000000-0000-4000-8000-000000000000/read' }),
    expect: (role, target, res) => status(res, 404, `${role} ${target}`),
  },
  'POST /api/notifications/read-all': {
    request: () => ({ method: 'POST', url: '/api/notifications/read-all' }),
    expect: (role, target, res) => status(res, 200, `${role} ${target}`),
  },
  'GET /api/recall-proposals': {
    request: () => ({ method: 'GET', url: '/api/recall-proposals?pageSize=500' }),
    expect: listing('t5Recall'),
  },
  'GET /api/villages/:code/teams': {
    request: (target) => ({
      method: 'GET',
      url: `/api/villages/${target === 'inside' ? T5_FS_IN : T5_FS_OUT}/teams`,
    }),
    expect: lookup(),
  },
  'GET /api/counties/:code/team-board': {
    request: (target) => ({
      method: 'GET',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/team-board`,
    }),
    expect: lookup(regionUsers),
  },
  'GET /api/counties/:code/team-board.xlsx': {
    request: (target) => ({
      method: 'GET',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/team-board.xlsx`,
    }),
    expect: lookup(regionUsers),
  },
  'POST /api/counties/:code/matching': {
    request: (target) => ({
      method: 'POST',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/matching`,
      payload: {},
    }),
    expect: guarded(planners, [...planners]),
  },
  'POST /api/counties/:code/matching/accept': {
    // A placement of a cadre without a decided nomination: the line is refused, the request answers.
    request: (target) => ({
      method: 'POST',
      url: `/api/counties/${target === 'inside' ? '520121' : OUTSIDE_COUNTY}/matching/accept`,
      payload: {
        placements: [{ needId: pick(target, 't5Pool'), cadreId: pick(target, 'freeCadre'), slot: 'member' }],
      },
    }),
    expect: guarded(planners, [...planners]),
  },
  'GET /api/terms/ending': {
    request: () => ({ method: 'GET', url: '/api/terms/ending?withinDays=90' }),
    expect: (role, _target, res) => {
      status(res, 200, role);
      const ids = (res.json().items as { assignmentId: string }[]).map((i) => i.assignmentId);
      // A cadre's own account sees only its own terms (issue 10); the matrix cadre has none.
      if (role === 'cadre') expect(ids).toEqual([]);
      else expect(ids, role).toContain(fx.t5AssignIn);
      if (role === 'sys_admin') expect(ids).toContain(fx.t5AssignOut);
      else expect(ids, role).not.toContain(fx.t5AssignOut);
    },
  },
  'GET /api/terms/ending.xlsx': {
    request: () => ({ method: 'GET', url: '/api/terms/ending.xlsx?withinDays=90' }),
    expect: async (role, _target, res) => {
      status(res, 200, role);
      // The sheet names villages, not assignment ids: the outside village never appears (except nationally).
      const cells = await xlsxText(res);
      if (role === 'cadre') expect(cells, role).not.toContain(T5_FS_IN);
      else expect(cells, role).toContain(T5_FS_IN);
      if (role === 'sys_admin') expect(cells).toContain(T5_FS_OUT);
      else expect(cells, role).not.toContain(T5_FS_OUT);
    },
  },
};

// Teams and terms fixtures: a first secretary whose term ends within 90 days inside (开阳县, of the unit the
// unit roles hold) and outside (东城区), and a member-only need on each side from which every request that
// changes state takes a fresh assignment or proposal of its own.
const T5_FS_IN = '520121101001';
const T5_POOL_IN = '520121101002';
const T5_FS_OUT = '110101001006';
const T5_POOL_OUT = '110101001007';
const T5_TERM = { startOn: '2026-03-02', plannedEndOn: '2028-03-02' };
const t5System = systemActor('matrix');

/** A decided nomination for a member slot of the pool need inside or outside. */
async function t5Decided(target: Target, unit = target === 'inside' ? fx.t5UnitIn! : fx.unitOut!) {
  const village = target === 'inside' ? T5_POOL_IN : T5_POOL_OUT;
  const f = selectionFactory(t);
  return (await f.decided(village, { role: 'member', needId: pick(target, 't5Pool'), unitId: unit }))
    .nominationId;
}

/** A fresh member assignment of the pool (of the unit the unit roles hold, inside). */
async function t5Member(target: Target, unit?: string) {
  const nominationId = await t5Decided(target, unit);
  const made = await t.container.services.assignments.create(t5System, {
    nominationId,
    teamRole: 'member',
    ...T5_TERM,
  });
  return made.assignment.id;
}

/** A fresh recall proposal, for an assignment of a cadre of the unit the unit roles hold (inside). */
async function t5Proposal(target: Target) {
  const assignmentId = await t5Member(target, target === 'inside' ? unitId : fx.unitOut);
  return (await t.container.services.recalls.propose(t5System, assignmentId, { reasons: '矩阵测试' })).id;
}

// Attendance fixtures (issue 10): a leave, a trip, a verification and an alert on each side's first secretary.
let leaveDay = 0;
/** A fresh working day for each leave: Mondays from 2026-03-09 on (inside both fixtures' terms). */
function nextLeaveDates() {
  const d = new Date(Date.UTC(2026, 2, 9) + 7 * 86_400_000 * (leaveDay++ % 7));
  const iso = d.toISOString().slice(0, 10);
  return { startOn: iso, endOn: iso };
}
async function cadreActor(target: Target) {
  const [row] = await t.container.database.db
    .select({ cadreId: assignments.cadreId })
    .from(assignments)
    .where(eq(assignments.id, pick(target, 't5Assign')));
  return { ...t5System, roles: ['cadre' as const], cadreId: row!.cadreId };
}
/** A fresh pending leave of the side's first secretary (one working day, never overlapping the others). */
async function atLeave(target: Target) {
  const svc = t.container.services.attendance;
  for (;;) {
    try {
      const l = await svc.requestLeave(await cadreActor(target), {
        assignmentId: pick(target, 't5Assign'),
        kind: 'personal',
        ...nextLeaveDatesFixture(),
        reason: '矩阵',
      });
      return l.id;
    } catch (e) {
      if (!['CONFLICT', 'VALIDATION'].includes((e as { code?: string }).code ?? '')) throw e;
    }
  }
}
let fixtureDay = 0;
/** Fixture leave: one day at a time from 2024-06-03 on (the refused ones — rest days — are skipped). */
function nextLeaveDatesFixture() {
  const iso = new Date(Date.UTC(2024, 5, 3) + 86_400_000 * fixtureDay++).toISOString().slice(0, 10);
  return { startOn: iso, endOn: iso };
}
/** A fresh trip of the side's first secretary waiting for the township (tripNeedsApproval from 2026-04-01). */
async function atPendingTrip(target: Target) {
  const trip = await t.container.services.attendance.reportTrip(await cadreActor(target), {
    assignmentId: pick(target, 't5Assign'),
    kind: 'trip',
    startOn: '2026-04-07',
    endOn: '2026-04-07',
    destination: '贵阳',
    purpose: '矩阵',
  });
  expect(trip.status).toBe('pending');
  return trip.id;
}
const recorder = { ...t5System, roles: ['org_admin' as const] };
/** A fresh absence awaiting explanation (a working day with no record: February's weekdays). */
let absenceDay = 0;
async function atAbsence(target: Target) {
  const days = [
    '2026-02-02',
    '2026-02-03',
    '2026-02-04',
    '2026-02-05',
    '2026-02-06',
    '2026-02-09',
    '2026-02-10',
    '2026-02-11',
    '2026-02-12',
    '2026-02-13',
    '2026-02-24',
    '2026-02-25',
    '2026-02-26',
  ];
  const on = days[absenceDay++ % days.length]!;
  const r = await t.container.services.attendance.recordVerification(recorder, {
    assignmentId: pick(target, 't5Assign'),
    on,
    method: 'visit',
    finding: 'absent',
  });
  return r.verification.id;
}
async function attendanceFixtures() {
  for (const county of ['520121', OUTSIDE_COUNTY]) {
    await t.container.services.settings.set(t5System, county, 'tripNeedsApproval', {
      value: true,
      effectiveFrom: '2026-04-01',
    });
  }
  for (const target of ['inside', 'outside'] as const) {
    const side = target === 'inside' ? 'In' : 'Out';
    const cadre = await cadreActor(target);
    fx[`atCadre${side}`] = cadre.cadreId;
    fx[`atLeave${side}`] = await atLeave(target);
    fx[`atTrip${side}`] = (
      await t.container.services.attendance.reportTrip(
        { ...t5System, roles: ['township'] },
        {
          assignmentId: pick(target, 't5Assign'),
          kind: 'training',
          startOn: '2026-02-16',
          endOn: '2026-02-16',
          destination: '省委党校',
          purpose: '矩阵',
        },
      )
    ).id;
    fx[`atCheck${side}`] = await atAbsence(target);
    const [alert] = await t.container.database.db
      .select({ id: attendanceAlerts.id })
      .from(attendanceAlerts)
      .where(eq(attendanceAlerts.subject, `verification:${fx[`atCheck${side}`]}`))
      .limit(1);
    fx[`atAlert${side}`] = alert!.id;
  }
}

async function teamsFixtures() {
  const f = selectionFactory(t);
  fx.t5UnitIn = await f.unit({ name: '矩阵派出单位（队伍）' });
  for (const target of ['inside', 'outside'] as const) {
    const side = target === 'inside' ? 'In' : 'Out';
    const village = target === 'inside' ? T5_FS_IN : T5_FS_OUT;
    const pool = target === 'inside' ? T5_POOL_IN : T5_POOL_OUT;
    fx[`t5Pool${side}`] = await f.need(pool, { firstSecretary: false, members: 50 });
    const fs = await f.decided(village, {
      need: { members: 0 },
      unitId: target === 'inside' ? unitId : fx.unitOut!,
    });
    const made = await t.container.services.assignments.create(t5System, {
      nominationId: fs.nominationId,
      teamRole: 'first_secretary',
      startOn: '2024-05-01',
      plannedEndOn: '2026-05-01',
    });
    fx[`t5Assign${side}`] = made.assignment.id;
    fx[`t5Recall${side}`] = await t5Proposal(target);
  }
}

/** A fresh open task of the side's first secretary's village (closing one ends it). */
async function matrixTask(target: Target): Promise<string> {
  const actor = await cadreActor(target);
  const village = target === 'inside' ? T5_FS_IN : T5_FS_OUT;
  return (
    await t.container.services.villageTasks.create(actor, village, { duty: 'service', title: '矩阵任务' })
  ).id;
}
async function workLogFixtures() {
  for (const target of ['inside', 'outside'] as const) {
    const side = target === 'inside' ? 'In' : 'Out';
    const actor = await cadreActor(target);
    fx[`task${side}`] = await matrixTask(target);
    fx[`wlText${side}`] = `矩阵日志${side}`;
    const { workLog } = await t.container.services.workLogs.create(actor, {
      clientId: crypto.randomUUID(),
      on: '2026-03-01',
      kind: 'household_visit',
      duty: 'service',
      text: fx[`wlText${side}`]!,
      householdsVisited: 2,
    });
    fx[`wl${side}`] = workLog.id;
    fx[`hyr${side}`] = (
      await t.container.services.halfYearReports.create(actor, {
        assignmentId: pick(target, 't5Assign'),
        period: '2025H2',
      })
    ).id;
    await t.container.services.workLogs.putPhoto(actor, workLog.id, TINY_JPEG);
  }
}

let t: TestApp;
let unitId: string;
let inUser: string;
let outUser: string;
const users = new Map<Role, TestUser>();

beforeAll(async () => {
  t = await createTestApp();
  const [unit] = await t.container.database.db
    .insert(units)
    .values({ name: '开阳县农业农村局', kind: 'county_organ', level: 'county', regionCode: '520121' })
    .returning();
  unitId = unit!.id;
  const admin = await t.user({ roles: ['sys_admin'], username: 'matrix_admin' });
  const mk = async (name: string, region: string) =>
    (
      await admin.post('/api/users', {
        username: name,
        password: 'Target#Pass2026',
        displayName: name,
        roles: ['township'],
        scope: { regions: [region], units: [] },
      })
    ).json().user.id as string;
  inUser = await mk('target_inside', INSIDE_TOWNSHIP);
  outUser = await mk('target_outside', OUTSIDE_COUNTY);

  // Fixtures for the selection routes: a unit, cadres, needs and nominations inside and outside.
  const system = systemActor('matrix');
  const make = maker(t);
  const unitOut = await make.unit({ name: '东城区机关单位', regionCode: OUTSIDE_COUNTY });
  const cadreIn = await make.cadre(unitId, { name: '矩阵甲' });
  const cadreOut = await make.cadre(unitOut.id, {
    name: '矩阵乙',
    idNumber: idNumber('1988-06-15', 'male', OUTSIDE_COUNTY),
  });
  fx.freeCadreIn = (await make.cadre(unitId, { name: '矩阵丙' })).id;
  fx.freeCadreOut = (
    await make.cadre(unitOut.id, { name: '矩阵丁', idNumber: idNumber('1988-06-15', 'male', OUTSIDE_COUNTY) })
  ).id;
  const needs = t.container.services.needs;
  fx.needIn = (await needs.create(system, { villageCode: VILLAGE_IN, firstSecretary: true, members: 2 })).id;
  fx.needOut = (
    await needs.create(system, { villageCode: VILLAGE_OUT, firstSecretary: true, members: 2 })
  ).id;
  fx.spareNeedIn = (
    await needs.create(system, { villageCode: '520121101205', firstSecretary: true, members: 2 })
  ).id;
  fx.spareNeedOut = (
    await needs.create(system, { villageCode: '110101001002', firstSecretary: true, members: 2 })
  ).id;
  const nominate = (cadreId: string, needId: string) =>
    t.container.services.nominations.create(system, {
      cadreId,
      needId,
      role: 'member',
      source: 'recommendation',
    });
  fx.nominationIn = (await nominate(cadreIn.id, fx.needIn)).id;
  fx.nominationOut = (await nominate(cadreOut.id, fx.needOut)).id;
  fx.unitIn = unitId;
  fx.unitOut = unitOut.id;
  fx.cadreIn = cadreIn.id;
  fx.cadreOut = cadreOut.id;
  fx.pairingIn = (
    await make.pairing(unitId, { kind: 'paired', targetCode: '520121', from: '2021-01-01' })
  ).id;
  fx.pairingOut = (
    await make.pairing(unitOut.id, { kind: 'paired', targetCode: OUTSIDE_COUNTY, from: '2021-01-01' })
  ).id;
  const pairedOut = await make.unit({ name: '东城区挂村单位', regionCode: OUTSIDE_COUNTY });
  await make.pairing(pairedOut.id, { kind: 'paired', targetCode: VILLAGE_IN, from: '2021-01-01' });
  fx.pairedCadreOut = (
    await make.cadre(pairedOut.id, {
      name: '矩阵戊',
      idNumber: idNumber('1988-06-15', 'male', OUTSIDE_COUNTY),
    })
  ).id;
  for (const role of roles)
    users.set(
      role,
      await t.user({
        roles: [role],
        ...scopeOf(role, unitId),
        username: `matrix_${role}`,
        ...(role === 'cadre' ? { cadreId: fx.cadreIn } : {}),
      }),
    );
  await teamsFixtures();
  await attendanceFixtures();
  await workLogFixtures();
});
afterAll(() => t.close());

describe('scope matrix', () => {
  it('has an entry for every API route', () => {
    const routes = t.app.routeTable.filter((r) => !r.includes('/api/docs'));
    const missing = routes.filter((r) => !(r in matrix));
    expect(missing, 'routes without a scope-matrix entry').toEqual([]);
    const stale = Object.keys(matrix).filter((k) => !routes.includes(k));
    expect(stale, 'matrix entries for routes that do not exist').toEqual([]);
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(`${route}: answers each role inside and outside its scope`, async () => {
      for (const role of roles) {
        for (const target of ['inside', 'outside'] as const) {
          const as = users.get(role)!;
          const ctx: Ctx = { t, as, role, inUser, outUser, unitId };
          const opts = await entry.request(target, ctx);
          const res = entry.public
            ? await t.app.inject({
                ...opts,
                headers: { 'x-requested-with': 'XMLHttpRequest', ...(opts.headers ?? {}) },
              })
            : await as.request(opts);
          await entry.expect(role, target, res, ctx);
        }
      }
    });
  }

  it('answers 401 to every non-public route without a session', async () => {
    for (const [route, entry] of Object.entries(matrix)) {
      if (entry.public) continue;
      const opts = await entry.request('inside', {
        t,
        as: users.get('sys_admin')!,
        role: 'sys_admin',
        inUser,
        outUser,
        unitId,
      });
      const res = await t.app.inject({ ...opts, headers: { 'x-requested-with': 'XMLHttpRequest' } });
      expect(res.statusCode, route).toBe(401);
    }
  });
});

// User administration with targets whose scope reaches past the actor's (issue 8 finding 1): read when
// they overlap, change only when wholly inside. The matrix users of 开阳县 face a 开阳县 + 息烽县 account and
// an account holding a 东城区 unit beside a 开阳县 township.
describe('scope matrix: user administration with multi-region and multi-unit targets', () => {
  const targets: Record<string, string> = {};
  beforeAll(async () => {
    const make = maker(t);
    const far = await make.unit({ name: '东城区派出单位乙', regionCode: OUTSIDE_COUNTY });
    targets.twoCounties = (await t.user({ roles: ['org_admin'], regions: ['520121', '520122'] })).id;
    targets.unitElsewhere = (
      await t.user({ roles: ['unit_hr'], regions: [INSIDE_TOWNSHIP], units: [far.id] })
    ).id;
  });

  const changes = (id: string): InjectOptions[] => [
    { method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: '接管' } },
    { method: 'PATCH', url: `/api/users/${id}`, payload: { disabled: true } },
    { method: 'PATCH', url: `/api/users/${id}`, payload: { scope: { regions: ['520121'], units: [] } } },
    { method: 'PATCH', url: `/api/users/${id}`, payload: { roles: ['township'] } },
    { method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'Taken#Over2026x' } },
  ];

  for (const key of ['twoCounties', 'unitElsewhere'] as const) {
    it(`${key}: read with only the shared part, never changed, by every role but the national administrator`, async () => {
      for (const role of roles) {
        const as = users.get(role)!;
        const id = targets[key]!;
        const read = await as.get(`/api/users/${id}`);
        if (!userAdmins.includes(role)) status(read, 403, `${role} read`);
        else {
          status(read, 200, `${role} read`);
          const user = read.json().user;
          if (role === 'sys_admin')
            expect(user, role).toMatchObject({ manageable: true, scopeBeyondYours: false });
          else {
            expect(user, role).toMatchObject({ manageable: false, scopeBeyondYours: true });
            expect(JSON.stringify(user), role).not.toMatch(/520122|"units":\["/);
          }
        }
        for (const change of changes(id)) {
          if (role === 'sys_admin') continue;
          const res = await as.request(change);
          status(
            res,
            403,
            `${role} ${change.method} ${String(change.payload ? JSON.stringify(change.payload) : '')}`,
          );
        }
      }
      // Nothing changed: the national administrator still sees the account as it was.
      const whole = (await users.get('sys_admin')!.get(`/api/users/${targets[key]!}`)).json().user;
      expect(whole.disabled).toBe(false);
      expect(whole.displayName).not.toBe('接管');
    });
  }
});
