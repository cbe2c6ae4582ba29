import { passwordProblems } from '../../../domain/access/password';
import type { SessionInfo } from '../../../shared/contracts/session';
import type { Role } from '../../../shared/dictionaries';
import { AppError, validation } from '../../../shared/errors';
import type { Config } from '../../config';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../security/passwords';
import { newToken, tokenId } from '../../security/tokens';
import type { AuditRepository } from '../audit/audit.repository';
import type { RegionRepository } from '../regions/regions.repository';
import type { UserRepository } from '../users/users.repository';
import { scopeOfUser } from '../users/users.scope';
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

export function createSessionService(deps: {
  db: Db;
  sessions: SessionRepository;
  users: UserRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
  config: Pick<Config, 'session' | 'login'>;
}) {
  const { db, sessions, users, regions, audit, clock, config } = deps;
  const idleMs = config.session.idleMinutes * 60_000;

  const anonymous = (username: string, request: { requestId: string; ip: string }): Actor => ({
    userId: null,
    username,
    roles: [],
    scope: { national: false, regions: [], units: [] },
    requestId: request.requestId,
    ip: request.ip,
  });

  return {
    /** Signs in; returns the cookie token. Five wrong passwords lock the account for a while. */
    async signIn(
      username: string,
      password: string,
      request: { requestId: string; ip: string },
    ): Promise<string> {
      const now = clock.now();
      const user = await users.findByUsername(db, username);
      if (!user) {
        await burnPasswordCheck(password);
        await db.transaction((tx) =>
          audit.append(
            tx,
            anonymous(username.slice(0, 64), request),
            { action: 'session.sign_in_failed', entityType: 'session', after: { reason: 'unknown_user' } },
            now,
          ),
        );
        throw badCredentials();
      }
      const actor: Actor = { ...anonymous(user.username, request), userId: user.id };
      const where = { regionCode: user.scopeRegions[0] ?? null, unitId: user.scopeUnits[0] ?? null };
      if (user.lockedUntil && user.lockedUntil > now) {
        await burnPasswordCheck(password);
        throw new AppError(
          'ACCOUNT_LOCKED',
          {
            zh: `密码连续错误 ${config.login.maxFailures} 次，账号已锁定，请 ${minutes(user.lockedUntil.getTime() - now.getTime())} 分钟后再试，或请管理员重置密码`,
            en: `Locked after ${config.login.maxFailures} wrong passwords; try again in ${minutes(user.lockedUntil.getTime() - now.getTime())} minutes or ask an administrator to reset the password`,
          },
          { lockedUntil: user.lockedUntil.toISOString() },
        );
      }
      const ok = await verifyPassword(password, user.passwordHash);
      if (!ok || user.disabled) {
        const failures = ok ? user.failedAttempts : user.failedAttempts + 1;
        const lock = failures >= config.login.maxFailures;
        await db.transaction(async (tx) => {
          await users.update(tx, user.id, {
            failedAttempts: lock ? 0 : failures,
            ...(lock ? { lockedUntil: new Date(now.getTime() + config.login.lockMinutes * 60_000) } : {}),
          });
          await audit.append(
            tx,
            actor,
            {
              action: lock ? 'session.account_locked' : 'session.sign_in_failed',
              entityType: 'user',
              entityId: user.id,
              ...where,
              after: { reason: user.disabled ? 'disabled' : 'wrong_password', failures },
            },
            now,
          );
        });
        if (ok && user.disabled) {
          throw new AppError('UNAUTHENTICATED', {
            zh: '账号已停用，请联系管理员',
            en: 'This account is disabled; contact your administrator',
          });
        }
        throw badCredentials();
      }
      const token = newToken();
      await db.transaction(async (tx) => {
        await sessions.insert(tx, {
          id: tokenId(token),
          userId: user.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + config.session.absoluteHours * 3_600_000),
          ip: request.ip,
        });
        if (user.failedAttempts > 0 || user.lockedUntil)
          await users.update(tx, user.id, { failedAttempts: 0, lockedUntil: null });
        await audit.append(
          tx,
          actor,
          { action: 'session.sign_in', entityType: 'user', entityId: user.id, ...where },
          now,
        );
      });
      return token;
    },

    /** The acting user of a cookie token, or null when the session is unknown, idle too long or expired. */
    async resolve(
      token: string,
      request: { requestId: string; ip: string },
    ): Promise<(Actor & { sessionId: string; displayName: string }) | null> {
      const id = tokenId(token);
      const found = await sessions.findWithUser(db, id);
      if (!found) return null;
      const now = clock.now();
      const { session, user } = found;
      if (
        user.disabled ||
        session.expiresAt <= now ||
        now.getTime() - session.lastSeenAt.getTime() > idleMs
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
        roles: user.roles as Role[],
        scope: scopeOfUser(user),
        requestId: request.requestId,
        ip: request.ip,
      };
    },

    async info(actor: Actor & { displayName: string }): Promise<SessionInfo> {
      const user = await users.findById(db, actor.userId!);
      const names = await regions.names(db, actor.scope.regions);
      return {
        userId: actor.userId!,
        username: actor.username,
        displayName: actor.displayName,
        roles: [...actor.roles],
        scope: { regions: user?.scopeRegions ?? [], units: user?.scopeUnits ?? [] },
        scopeNames: actor.scope.regions.map((code) => ({ code, name: names.get(code) ?? code })),
        idleMinutes: config.session.idleMinutes,
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
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        throw validation([
          {
            field: 'currentPassword',
            message: { zh: '当前密码不正确', en: 'the current password is wrong' },
          },
        ]);
      }
      const problems = passwordProblems(newPassword, user.username);
      if (newPassword === currentPassword)
        problems.push({ zh: '新密码不能与当前密码相同', en: 'must differ from the current password' });
      if (problems.length) throw validation(problems.map((message) => ({ field: 'newPassword', message })));
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now();
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
