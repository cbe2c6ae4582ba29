import { passwordProblems } from '../../../domain/access/password';
import {
  normalisePrefixes,
  REGION_CODE,
  type Scope,
  scopeContains,
  visiblePartOf,
} from '../../../domain/access/scope';
import { todayInShanghai } from '../../../domain/time/iso-date';
import type { CreateUserBody, UpdateUserBody, UserView } from '../../../shared/contracts/users';
import { NATIONAL, type Role } from '../../../shared/dictionaries';
import { AppError, type FieldProblem, notFound, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import { hashPassword } from '../../security/passwords';
import type { AuditRepository } from '../audit/audit.repository';
import type { CadreRepository } from '../cadres/cadres.repository';
import type { RegionRepository } from '../regions/regions.repository';
import type { SessionRepository } from '../session/session.repository';
import type { UnitRepository } from '../units/units.repository';
import type { UserRecord, UserRepository } from './users.repository';
import { scopeOfUser } from './users.scope';

const USER = { zh: '用户', en: 'user' };

export interface Clock {
  now(): Date;
}

/**
 * A user as a reader sees it: the scope cut to what lies inside the reader's (a county administrator
 * reading a two-county user sees its county only), and whether the reader may change it at all.
 */
export function toUserView(
  user: UserRecord,
  now: Date,
  reader: { scope: Scope; unitsInReaderRegions: ReadonlySet<string> } | null = null,
  cadreNames: ReadonlyMap<string, string> = new Map(),
): UserView {
  const full = { regions: user.scopeRegions, units: user.scopeUnits };
  const shown = reader
    ? visiblePartOf(reader.scope, full, reader.unitsInReaderRegions)
    : { ...full, beyond: false };
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    scope: { regions: shown.regions, units: shown.units },
    scopeBeyondYours: shown.beyond,
    manageable: !shown.beyond,
    disabled: user.disabled,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    cadre: user.cadreId ? { id: user.cadreId, name: cadreNames.get(user.cadreId) ?? '' } : null,
  };
}

const isUniqueViolation = (e: unknown, constraint: string) => {
  const err = e as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pg = err.code === '23505' ? err : err.cause?.code === '23505' ? err.cause : null;
  return Boolean(pg) && (!pg?.constraint || pg.constraint === constraint);
};

const cadreTaken = () =>
  new AppError(
    'CONFLICT',
    {
      zh: '这名干部已有一个启用的账号，一名干部只能有一个账号；请先停用原账号',
      en: 'This cadre already has an active account, and a cadre has one; disable that account first',
    },
    { fields: [{ field: 'cadreId', message: { zh: '已有账号', en: 'has an account' } }] },
  );

/** What the audit record keeps of a user: never the password hash. */
const auditView = (u: UserRecord) => ({
  username: u.username,
  displayName: u.displayName,
  roles: u.roles,
  scope: { regions: u.scopeRegions, units: u.scopeUnits },
  disabled: u.disabled,
  cadreId: u.cadreId,
});

export function createUserService(deps: {
  db: Db;
  users: UserRepository;
  regions: RegionRepository;
  units: UnitRepository;
  audit: AuditRepository;
  cadres: CadreRepository;
  sessions: SessionRepository;
  clock: Clock;
}) {
  const { db, users, regions, units, audit, cadres, sessions, clock } = deps;

  /** Names of the cadres linked to the users (for the user view). */
  async function cadreNamesOf(rows: readonly UserRecord[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(rows.flatMap((u) => (u.cadreId ? [u.cadreId] : [])))) {
      const name = await sessions.cadreName(db, id);
      if (name) out.set(id, name);
    }
    return out;
  }

  /**
   * A cadre's own account (issue 10): role \`cadre\` is held alone and names one cadre the administrator sees
   * (cadre visibility of the cadres module; else 404); other roles name none. Answers the cadre, or null.
   */
  async function checkCadreLink(
    actor: Actor,
    roles: readonly Role[],
    cadreId: string | null | undefined,
  ): Promise<{ id: string; name: string; villageCode: string | null; regionCode: string } | null> {
    const isCadre = roles.includes('cadre');
    if (isCadre && roles.length > 1)
      throw validation([
        {
          field: 'roles',
          message: {
            zh: '驻村干部账号只能有“驻村干部”一个角色，请为其他职务另建账号',
            en: 'a stationed cadre account holds the cadre role alone; create another account for other duties',
          },
        },
      ]);
    if (!isCadre) {
      if (cadreId)
        throw validation([
          {
            field: 'cadreId',
            message: {
              zh: '只有“驻村干部”角色的账号关联干部',
              en: 'only an account with the cadre role is linked to a cadre',
            },
          },
        ]);
      return null;
    }
    if (!cadreId)
      throw validation([
        {
          field: 'cadreId',
          message: {
            zh: '驻村干部账号须关联一名干部（cadreId）',
            en: 'a stationed cadre account must name its cadre (cadreId)',
          },
        },
      ]);
    const cadre = await cadres.findInScope(db, actor.scope, cadreId);
    if (!cadre) throw notFound({ zh: '干部', en: 'cadre' });
    const on = await sessions.currentAssignmentOf(db, cadreId, todayInShanghai(clock.now()));
    return {
      id: cadre.id,
      name: cadre.name,
      villageCode: on?.villageCode ?? null,
      regionCode: cadre.regionCode,
    };
  }

  function requireUserAdmin(actor: Actor) {
    if (!can(actor, 'users.manage')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有系统管理员或组织部门管理员可以管理用户',
        en: 'Only system or organisation-department administrators manage users',
      });
    }
  }

  /** Units of the given users located in the actor's regions (they count as inside the actor's scope). */
  const unitsInRegionsOf = (actor: Actor, rows: readonly UserRecord[]) =>
    units.locatedIn(db, [...new Set(rows.flatMap((u) => u.scopeUnits))], actor.scope.regions);

  async function viewFor(actor: Actor, user: UserRecord): Promise<UserView> {
    return toUserView(
      user,
      clock.now(),
      { scope: actor.scope, unitsInReaderRegions: await unitsInRegionsOf(actor, [user]) },
      await cadreNamesOf([user]),
    );
  }

  /**
   * A user the actor may change (password, disable, scope, roles, name): visible, and its whole scope
   * inside the actor's (issue 8 finding 1). A user merely overlapping the actor's scope can be read, not
   * changed: otherwise a county administrator could take over a two-county or city account.
   */
  async function manageableOrFail(actor: Actor, id: string): Promise<UserRecord> {
    const user = await users.findInScope(db, actor.scope, id);
    if (!user || (user.roles.includes('sys_admin') && !can(actor, 'users.grantSysAdmin')))
      throw notFound(USER);
    const verdict = scopeContains(actor.scope, scopeOfUser(user), await unitsInRegionsOf(actor, [user]));
    if (!verdict.ok) {
      throw new AppError(
        'FORBIDDEN',
        {
          zh: '该用户的管辖范围超出您的范围，只能由管辖其全部范围的上级管理员调整（包括重置密码、停用、修改角色和范围）',
          en: "This user's scope reaches beyond yours; only an administrator whose scope covers all of it can change the user (password, disabling, roles, scope)",
        },
        { reason: 'scope_beyond_yours' },
      );
    }
    return user;
  }

  /** Checks roles and scope of a user being created or changed, against the acting administrator. */
  async function checkGrant(
    actor: Actor,
    roles: readonly Role[],
    scope: { regions: string[]; units: string[] },
    problems: FieldProblem[],
  ) {
    const grantsSysAdmin = roles.includes('sys_admin');
    if (grantsSysAdmin && !can(actor, 'users.grantSysAdmin')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有系统管理员可以授予系统管理员角色',
        en: 'Only a system administrator can grant the sys_admin role',
      });
    }
    const codes = scope.regions.filter((r) => r !== NATIONAL);
    scope.regions.forEach((r, i) => {
      if (r !== NATIONAL && !REGION_CODE.test(r)) {
        problems.push({
          field: `scope.regions.${i}`,
          message: {
            zh: '行政区划代码应为 2、4、6、9 或 12 位数字',
            en: 'a region code has 2, 4, 6, 9 or 12 digits',
          },
        });
      }
    });
    const existing = await regions.existing(
      db,
      codes.filter((c) => REGION_CODE.test(c)),
    );
    scope.regions.forEach((r, i) => {
      if (r !== NATIONAL && REGION_CODE.test(r) && !existing.has(r)) {
        problems.push({
          field: `scope.regions.${i}`,
          message: { zh: `不存在的行政区划代码 ${r}`, en: `no region has the code ${r}` },
        });
      }
    });
    const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const unitIds = scope.units.filter((u) => uuidPattern.test(u));
    const known = await units.namesOf(db, unitIds);
    scope.units.forEach((u, i) => {
      if (!known.has(u))
        problems.push({
          field: `scope.units.${i}`,
          message: { zh: '不存在的派出单位', en: 'no such dispatching unit' },
        });
    });
    if (!grantsSysAdmin && scope.regions.length === 0 && scope.units.length === 0) {
      problems.push({
        field: 'scope',
        message: {
          zh: '请至少指定一个管辖的行政区划或派出单位',
          en: 'give at least one region or unit as the scope',
        },
      });
    }
    if (problems.length) throw validation(problems);

    const inner: Scope = {
      national: scope.regions.includes(NATIONAL) || grantsSysAdmin,
      regions: codes,
      units: scope.units,
    };
    const unitsInActorRegions = await units.locatedIn(db, scope.units, actor.scope.regions);
    const verdict = scopeContains(actor.scope, inner, unitsInActorRegions);
    if (!verdict.ok) {
      const names = await regions.names(db, [...verdict.regions, ...actor.scope.regions]);
      const label = (c: string) => `${names.get(c) ?? c}（${c}）`;
      const outside = [
        ...(verdict.national ? ['全国'] : []),
        ...verdict.regions.map(label),
        ...verdict.units.map((u) => known.get(u)?.name ?? u),
      ];
      const own = [
        ...actor.scope.regions.map(label),
        ...actor.scope.units.map((u) => known.get(u)?.name ?? u),
      ];
      throw new AppError(
        'FORBIDDEN',
        {
          zh: `超出您的管辖范围：${outside.join('、')}。您只能在 ${own.join('、') || '（无）'} 范围内创建或调整用户`,
          en: `Outside your scope: ${outside.join(', ')}. You can only create or change users within ${own.join(', ') || '(none)'}`,
        },
        { outside: { regions: verdict.regions, units: verdict.units, national: verdict.national } },
      );
    }
  }

  return {
    async create(actor: Actor, input: CreateUserBody): Promise<UserView> {
      requireUserAdmin(actor);
      const problems: FieldProblem[] = passwordProblems(
        input.password,
        input.username,
        input.displayName,
      ).map((message) => ({
        field: 'password',
        message,
      }));
      const roles = [...new Set(input.roles)];
      const cadre = await checkCadreLink(actor, roles, input.cadreId);
      // A cadre's account is administered where the cadre serves (else where its record is) unless a scope is given.
      const given =
        cadre && input.scope.regions.length === 0 && input.scope.units.length === 0
          ? { regions: [cadre.villageCode ?? cadre.regionCode], units: [] }
          : input.scope;
      const scope = {
        regions: normalisePrefixes(given.regions),
        units: [...new Set(given.units)],
      };
      await checkGrant(actor, roles, scope, problems);
      if (await users.findByUsername(db, input.username)) {
        throw new AppError(
          'CONFLICT',
          {
            zh: `用户名 ${input.username} 已被使用，请换一个`,
            en: `The user name ${input.username} is taken; choose another`,
          },
          { fields: [{ field: 'username', message: { zh: '已被使用', en: 'already taken' } }] },
        );
      }
      const passwordHash = await hashPassword(input.password);
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        const user = await users
          .insert(tx, {
            username: input.username,
            displayName: input.displayName,
            passwordHash,
            roles,
            scopeRegions: scope.regions,
            scopeUnits: scope.units,
            cadreId: cadre?.id ?? null,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
            passwordChangedAt: now,
          })
          .catch((e: unknown) => {
            throw isUniqueViolation(e, 'users_active_cadre_key') ? cadreTaken() : e;
          });
        await audit.append(
          tx,
          actor,
          {
            action: 'user.create',
            entityType: 'user',
            entityId: user.id,
            regionCode: scope.regions[0] ?? null,
            unitId: scope.units[0] ?? null,
            after: auditView(user),
          },
          now,
        );
        return user;
      });
      return viewFor(actor, created);
    },

    async list(actor: Actor, query: { q?: string; role?: Role; page: number; pageSize: number }) {
      requireUserAdmin(actor);
      const { items, total } = await users.list(db, actor.scope, query, query);
      const now = clock.now();
      const reader = { scope: actor.scope, unitsInReaderRegions: await unitsInRegionsOf(actor, items) };
      const names = await cadreNamesOf(items);
      return {
        items: items.map((u) => toUserView(u, now, reader, names)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: Actor, id: string): Promise<UserView> {
      requireUserAdmin(actor);
      const user = await users.findInScope(db, actor.scope, id);
      if (!user) throw notFound(USER);
      return viewFor(actor, user);
    },

    async update(actor: Actor, id: string, patch: UpdateUserBody): Promise<UserView> {
      requireUserAdmin(actor);
      const user = await manageableOrFail(actor, id);
      if (user.id === actor.userId && (patch.disabled || patch.roles || patch.scope)) {
        throw new AppError('FORBIDDEN', {
          zh: '不能停用自己的账号或调整自己的角色和范围，请由另一位管理员操作',
          en: 'You cannot disable yourself or change your own roles or scope; ask another administrator',
        });
      }
      const roles = patch.roles ? [...new Set(patch.roles)] : user.roles;
      const scope = patch.scope
        ? { regions: normalisePrefixes(patch.scope.regions), units: [...new Set(patch.scope.units)] }
        : { regions: user.scopeRegions, units: user.scopeUnits };
      if (patch.roles || patch.scope) await checkGrant(actor, roles, scope, []);
      // The link is checked whenever roles or the cadre change; a role other than cadre drops it.
      const cadreId =
        patch.roles || patch.cadreId !== undefined
          ? ((
              await checkCadreLink(
                actor,
                roles,
                patch.cadreId ?? (roles.includes('cadre') ? user.cadreId : null),
              )
            )?.id ?? null)
          : user.cadreId;
      const now = clock.now();
      const updated = await db.transaction(async (tx) => {
        const row = await users
          .update(tx, id, {
            ...(patch.displayName ? { displayName: patch.displayName } : {}),
            ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
            roles,
            scopeRegions: scope.regions,
            scopeUnits: scope.units,
            cadreId,
          })
          .catch((e: unknown) => {
            throw isUniqueViolation(e, 'users_active_cadre_key') ? cadreTaken() : e;
          });
        await audit.append(
          tx,
          actor,
          {
            action: 'user.update',
            entityType: 'user',
            entityId: id,
            regionCode: scope.regions[0] ?? null,
            unitId: scope.units[0] ?? null,
            before: auditView(user),
            after: auditView(row),
          },
          now,
        );
        return row;
      });
      return viewFor(actor, updated);
    },

    /** An administrator sets a new password (and so unlocks the account); every session of the user ends. */
    async resetPassword(
      actor: Actor,
      id: string,
      password: string,
      endSessions: (tx: Db, userId: string) => Promise<void>,
    ): Promise<void> {
      requireUserAdmin(actor);
      const user = await manageableOrFail(actor, id);
      const problems = passwordProblems(password, user.username, user.displayName);
      if (problems.length) throw validation(problems.map((message) => ({ field: 'password', message })));
      const passwordHash = await hashPassword(password);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await users.update(tx, id, {
          passwordHash,
          passwordChangedAt: now,
          failedAttempts: 0,
          lockedUntil: null,
        });
        await endSessions(tx, id);
        await audit.append(
          tx,
          actor,
          {
            action: 'user.reset_password',
            entityType: 'user',
            entityId: id,
            regionCode: user.scopeRegions[0] ?? null,
            unitId: user.scopeUnits[0] ?? null,
          },
          now,
        );
      });
    },

    scopeOf: scopeOfUser,
  };
}
export type UserService = ReturnType<typeof createUserService>;
