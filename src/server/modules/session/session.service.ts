import { isIP } from 'node:net';
import { passwordProblems } from '../../../domain/access/password';
import { todayInShanghai } from '../../../domain/time/iso-date';
import type { SessionInfo } from '../../../shared/contracts/session';
import { AppError, validation } from '../../../shared/errors';
import type { Config } from '../../config';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords';
import { newToken, tokenId } from '../../security/tokens';
import type { AuditRepository } from '../audit/audit.repository';
import type { DeviceRepository } from '../devices/devices.repository';
import type { RegionRepository } from '../regions/regions.repository';
import type { UserRepository } from '../users/users.repository';
import { actingScopeOf } from '../users/users.scope';
import type { Clock } from '../users/users.service';
import type { SessionRepository } from './session.repository';

const badCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    zh: '用户名或密码错误',
    en: 'Wrong user name or password',
  });

export const notSignedIn = () =>
  new AppError('UNAUTHENTICATED', {
    zh: '未登录或登录已超时，请重新登录',
    en: 'Not signed in, or the session has expired; please sign in',
  });

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** What an anonymous sign-in is audited as: never the typed user name, which may be an ID number. */
export const UNKNOWN_USER = '(unknown)';

/**
 * The key an address's failed sign-ins count under. IPv6 counts per /64, the block one subscriber gets,
 * so walking through one's own addresses does not reset the limit; anything that is not an address (a
 * forged forwarding header) counts under one shared key, never as text of its own.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (v4 && isIP(v4[1]!) === 4) return `ip:${v4[1]}`;
  if (isIP(address) !== 6) return 'ip:not-an-address';
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

export function createSessionService(deps: {
  db: Db;
  sessions: SessionRepository;
  users: UserRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
  config: Pick<Config, 'session' | 'login'>;
  /** Device sessions of the phone app (issue 11 item 1). */
  devices: DeviceRepository;
  /** deviceSessionDays of the settings in force for the cadre's village today (the national default without one). */
  deviceDays: (cadreId: string) => Promise<number>;
}) {
  const { db, sessions, users, regions, audit, clock, config, devices, deviceDays } = deps;
  const idleMs = config.session.idleMinutes * 60_000;

  const anonymous = (username: string, request: { requestId: string; ip: string }): Actor => ({
    userId: null,
    username,
    roles: [],
    scope: { national: false, regions: [], units: [] },
    requestId: request.requestId,
    ip: request.ip,
  });

  const lockMs = config.login.lockMinutes * 60_000;
  const addressWindowMs = config.login.addressWindowMinutes * 60_000;

  const lockedError = (lockedUntil: Date, now: Date, sessionsEnded = false) => {
    const m = minutes(lockedUntil.getTime() - now.getTime());
    return new AppError(
      'ACCOUNT_LOCKED',
      sessionsEnded
        ? {
            zh: `密码连续错误 ${config.login.maxFailures} 次，账号已锁定，所有登录已退出，请 ${m} 分钟后重新登录，或请管理员重置密码`,
            en: `Locked after ${config.login.maxFailures} wrong passwords and signed out everywhere; sign in again in ${m} minutes or ask an administrator to reset the password`,
          }
        : {
            zh: `密码连续错误 ${config.login.maxFailures} 次，账号已锁定，请 ${m} 分钟后再试，或请管理员重置密码`,
            en: `Locked after ${config.login.maxFailures} wrong passwords; try again in ${m} minutes or ask an administrator to reset the password`,
          },
      { lockedUntil: lockedUntil.toISOString() },
    );
  };

  const tooManyFromAddress = (retryAfterMs: number) =>
    new AppError(
      'RATE_LIMITED',
      {
        zh: `此网络地址登录失败次数过多，请 ${minutes(retryAfterMs)} 分钟后再试`,
        en: `Too many failed sign-ins from this network address; try again in ${minutes(retryAfterMs)} minutes`,
      },
      { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) },
    );

  /** The assignment a cadre's own account is on post in today, for the session answer (issue 10). */
  async function currentAssignment(cadreId: string | null | undefined) {
    if (!cadreId) return null;
    const row = await sessions.currentAssignmentOf(db, cadreId, todayInShanghai(clock.now()));
    if (!row) return null;
    const { countyCode: _c, provinceCode: _p, ...shown } = row;
    return shown;
  }

  return {
    /**
     * Signs in; returns the cookie token. Every answer but success looks the same (401) unless the password
     * is right: only then is a lock (423) or a disabled account told. Limits, all in the database so that
     * they hold across app processes: `login.maxFailures` wrong passwords lock the account, and an address
     * may fail `login.addressMaxFailures` sign-ins a window, whatever the user names.
     */
    async signIn(
      username: string,
      password: string,
      request: { requestId: string; ip: string },
      /** The phone app's sign-in (issue 11 item 1): a device session, for role `cadre` only. */
      device?: { name: string; userAgent: string | null },
    ): Promise<string> {
      const now = clock.now();
      // Counted before any scrypt work or audit row, and given back on success: concurrent requests cannot
      // all slip under the limit, and refused ones cost one upsert.
      const key = addressKey(request.ip);
      const slot = await sessions.hitThrottle(db, key, now, addressWindowMs);
      if (slot.count === 1)
        await sessions.deleteExpiredThrottles(db, new Date(now.getTime() - addressWindowMs));
      if (slot.count > config.login.addressMaxFailures) {
        throw tooManyFromAddress(slot.windowStart.getTime() + addressWindowMs - now.getTime());
      }

      const user = await users.findByUsername(db, username);
      if (!user) {
        await burnPasswordCheck(password);
        await db.transaction((tx) =>
          audit.append(
            tx,
            anonymous(UNKNOWN_USER, request),
            { action: 'session.sign_in_failed', entityType: 'session', after: { reason: 'unknown_user' } },
            now,
          ),
        );
        throw badCredentials();
      }
      const actor: Actor = { ...anonymous(user.username, request), userId: user.id };
      const where = { regionCode: user.scopeRegions[0] ?? null, unitId: user.scopeUnits[0] ?? null };
      const failed = (tx: Db, reason: string, extra: Record<string, unknown> = {}, locked = false) =>
        audit.append(
          tx,
          actor,
          {
            action: locked ? 'session.account_locked' : 'session.sign_in_failed',
            entityType: 'user',
            entityId: user.id,
            ...where,
            after: { reason, ...extra },
          },
          now,
        );

      // A locked account still tells the right password (423) from a wrong one (401), as it must to avoid
      // enumeration; so guesses at it are counted before checking, and past `maxFailures` more of them in
      // one lock no password is checked at all until the lock ends: the lock bounds guessing, from any
      // number of addresses.
      let duringLock: number | null = null;
      if (user.lockedUntil && user.lockedUntil > now) {
        duringLock = await users.countGuessDuringLock(db, user.id, now);
        if (duringLock !== null && duringLock > 2 * config.login.maxFailures) {
          await burnPasswordCheck(password);
          await db.transaction((tx) => failed(tx, 'locked_guess_unchecked', { failures: duringLock }));
          throw badCredentials();
        }
      }
      if (!(await verifyPassword(password, user.passwordHash))) {
        // Counted in one statement whatever the account's state, and answered like any wrong password.
        await db.transaction(async (tx) => {
          if (duringLock !== null) return failed(tx, 'wrong_password', { failures: duringLock });
          const after = await users.recordFailure(tx, user.id, {
            now,
            maxFailures: config.login.maxFailures,
            lockUntil: new Date(now.getTime() + lockMs),
          });
          const failures = after?.failedAttempts ?? 0;
          await failed(tx, 'wrong_password', { failures }, failures === config.login.maxFailures);
        });
        throw badCredentials();
      }
      if (user.disabled) {
        await db.transaction((tx) => failed(tx, 'disabled'));
        throw new AppError('UNAUTHENTICATED', {
          zh: '账号已停用，请联系管理员',
          en: 'This account is disabled; contact your administrator',
        });
      }
      // Only a cadre's own account stays signed in on a device; office roles keep the idle rule (issue 11).
      const deviceCadre =
        device && user.roles.length === 1 && user.roles[0] === 'cadre' ? user.cadreId : null;
      if (device && !deviceCadre) {
        await db.transaction((tx) => failed(tx, 'device_session_not_cadre'));
        throw new AppError(
          'FORBIDDEN',
          {
            zh: '手机应用只供驻村干部本人账号登录并保持登录；机关用户请在电脑上使用，30分钟无操作自动退出',
            en: 'Only a cadre’s own account signs in to the phone app and stays signed in; office users work on the desktop, signed out after 30 idle minutes',
          },
          { reason: 'device_session_not_cadre' },
        );
      }
      const days = deviceCadre ? await deviceDays(deviceCadre) : 0;
      const token = newToken();
      const lockedUntil = await db.transaction(async (tx) => {
        // The lock is checked again as the count is cleared: a concurrent wrong guess that locked the
        // account after it was read wins, and the count it left stays.
        if (!(await users.clearFailures(tx, user.id, now))) {
          await failed(tx, 'locked');
          return (await users.findById(tx, user.id))?.lockedUntil ?? new Date(now.getTime() + lockMs);
        }
        await sessions.insert(tx, {
          id: tokenId(token),
          userId: user.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(
            now.getTime() + (deviceCadre ? days * 86_400_000 : config.session.absoluteHours * 3_600_000),
          ),
          ip: request.ip,
        });
        const deviceRow =
          device && deviceCadre
            ? await devices.insert(tx, {
                sessionId: tokenId(token),
                userId: user.id,
                cadreId: deviceCadre,
                name: device.name,
                userAgent: device.userAgent,
                days,
                createdAt: now,
              })
            : null;
        await audit.append(
          tx,
          actor,
          deviceRow
            ? {
                action: 'session.device_sign_in',
                entityType: 'user',
                entityId: user.id,
                ...where,
                after: { deviceId: deviceRow.id, deviceName: device!.name, days, ruleId: 'X26-apps' },
              }
            : { action: 'session.sign_in', entityType: 'user', entityId: user.id, ...where },
          now,
        );
        return null;
      });
      if (lockedUntil) throw lockedError(lockedUntil, now);
      await sessions.releaseThrottle(db, key, slot.windowStart);
      return token;
    },

    /** The acting user of a cookie token, or null when the session is unknown, idle too long or expired. */
    async resolve(
      token: string,
      request: { requestId: string; ip: string },
    ): Promise<(Actor & { sessionId: string; displayName: string; deviceId: string | null }) | null> {
      const id = tokenId(token);
      const found = await sessions.findWithUser(db, id);
      if (!found) return null;
      const now = clock.now();
      const { session, user, deviceId } = found;
      // A device session of a cadre's own account has no idle rule, only its end (issue 11 item 1); a
      // device row of an account no longer a cadre's own counts for nothing.
      const device = deviceId !== null && user.roles.length === 1 && user.roles[0] === 'cadre';
      if (
        user.disabled ||
        session.expiresAt <= now ||
        (!device && now.getTime() - session.lastSeenAt.getTime() > idleMs)
      ) {
        await sessions.delete(db, id);
        return null;
      }
      // Touch at most once a minute: idle expiry needs minute precision, not a write per request.
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await sessions.touch(db, id, now);
      return {
        sessionId: id,
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles,
        scope: actingScopeOf(user),
        cadreId: user.cadreId,
        requestId: request.requestId,
        ip: request.ip,
        deviceId: device ? deviceId : null,
      };
    },

    async info(actor: Actor & { displayName: string; deviceId?: string | null }): Promise<SessionInfo> {
      const user = await users.findById(db, actor.userId!);
      const names = await regions.names(db, actor.scope.regions);
      const device = actor.deviceId
        ? (await devices.listForUser(db, actor.userId!)).find((d) => d.id === actor.deviceId)
        : undefined;
      return {
        userId: actor.userId!,
        username: actor.username,
        displayName: actor.displayName,
        roles: [...actor.roles],
        scope: { regions: user?.scopeRegions ?? [], units: user?.scopeUnits ?? [] },
        scopeNames: actor.scope.regions.map((code) => ({ code, name: names.get(code) ?? code })),
        idleMinutes: config.session.idleMinutes,
        device: device
          ? { id: device.id, name: device.name, expiresAt: device.expiresAt.toISOString() }
          : null,
        cadreId: actor.cadreId ?? null,
        cadreAssignment: await currentAssignment(actor.cadreId),
      };
    },

    async signOut(actor: Actor & { sessionId: string }): Promise<void> {
      const now = clock.now();
      const user = await users.findById(db, actor.userId!);
      await db.transaction(async (tx) => {
        await sessions.delete(tx, actor.sessionId);
        await audit.append(
          tx,
          actor,
          {
            action: 'session.sign_out',
            entityType: 'user',
            entityId: actor.userId,
            regionCode: user?.scopeRegions[0] ?? null,
            unitId: user?.scopeUnits[0] ?? null,
          },
          now,
        );
      });
    },

    /** Changes one's own password; other sessions of the user end. */
    async changePassword(
      actor: Actor & { sessionId: string },
      currentPassword: string,
      newPassword: string,
    ): Promise<void> {
      const user = await users.findById(db, actor.userId!);
      if (!user) throw notSignedIn();
      const now = clock.now();
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        // Counts toward the same lock as sign-in: a taken-over session cannot guess the password either.
        const after = await db.transaction(async (tx) => {
          const counted = await users.recordFailure(tx, user.id, {
            now,
            maxFailures: config.login.maxFailures,
            lockUntil: new Date(now.getTime() + lockMs),
          });
          const failures = counted?.failedAttempts ?? 0;
          const locked = counted?.lockedUntil != null && counted.lockedUntil > now;
          if (locked) await sessions.deleteForUser(tx, user.id);
          await audit.append(
            tx,
            actor,
            {
              action:
                failures === config.login.maxFailures
                  ? 'session.account_locked'
                  : 'user.change_password_failed',
              entityType: 'user',
              entityId: user.id,
              regionCode: user.scopeRegions[0] ?? null,
              unitId: user.scopeUnits[0] ?? null,
              after: { reason: 'wrong_current_password', failures },
            },
            now,
          );
          return { failures, lockedUntil: locked ? counted!.lockedUntil! : null };
        });
        if (after.lockedUntil) throw lockedError(after.lockedUntil, now, true);
        const left = Math.max(1, config.login.maxFailures - after.failures);
        throw validation([
          {
            field: 'currentPassword',
            message: {
              zh: `当前密码不正确，再错 ${left} 次账号将被锁定`,
              en: `the current password is wrong; ${left} more wrong attempts lock the account`,
            },
          },
        ]);
      }
      const problems = passwordProblems(newPassword, user.username, user.displayName);
      if (newPassword === currentPassword)
        problems.push({ zh: '新密码不能与当前密码相同', en: 'must differ from the current password' });
      if (problems.length) throw validation(problems.map((message) => ({ field: 'newPassword', message })));
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await users.update(tx, user.id, { passwordHash, passwordChangedAt: now });
        await sessions.deleteForUser(tx, user.id, actor.sessionId);
        await audit.append(
          tx,
          actor,
          {
            action: 'user.change_password',
            entityType: 'user',
            entityId: user.id,
            regionCode: user.scopeRegions[0] ?? null,
            unitId: user.scopeUnits[0] ?? null,
          },
          now,
        );
      });
    },

    endSessionsOf: (tx: Db, userId: string) => sessions.deleteForUser(tx, userId),
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
