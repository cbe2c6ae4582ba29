import type { DeviceList, DeviceListQuery, DeviceView } from '../../../shared/contracts/devices';
import { AppError } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { UserRepository } from '../users/users.repository';
import type { Clock } from '../users/users.service';
import type { DeviceRepository } from './devices.repository';

type DeviceRow = Awaited<ReturnType<DeviceRepository['listForUser']>>[number];

const notFound = () =>
  new AppError('NOT_FOUND', {
    zh: '未找到该设备（可能已退出登录）',
    en: 'Device not found (it may be signed out already)',
  });

/**
 * Device sessions of the phone app (issue 11 item 1). A cadre lists and signs out its own devices; a user
 * administrator (devices.manage) does so for the cadre accounts it sees — a device of an account outside its
 * scope is not found (404). Every sign-out is audited; signing in is audited by the session service.
 */
export function createDeviceService(deps: {
  db: Db;
  devices: DeviceRepository;
  users: UserRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, devices, users, audit, clock } = deps;

  const view = (row: DeviceRow, currentDeviceId: string | null | undefined): DeviceView => ({
    id: row.id,
    userId: row.userId,
    name: row.name,
    userAgent: row.userAgent,
    signedInAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    days: row.days,
    current: row.id === currentDeviceId,
  });

  const live = (rows: DeviceRow[]) => {
    const now = clock.now();
    return rows.filter((r) => r.expiresAt > now);
  };

  return {
    async list(actor: Actor & { deviceId?: string | null }, query: DeviceListQuery): Promise<DeviceList> {
      let userId = actor.userId!;
      if (query.userId && query.userId !== actor.userId) {
        requireCapability(actor, 'devices.manage', {
          zh: '查看他人的设备',
          en: 'see another user’s devices',
        });
        const user = await users.findInScope(db, actor.scope, query.userId);
        if (!user) throw new AppError('NOT_FOUND', { zh: '未找到该用户', en: 'User not found' });
        userId = user.id;
      }
      const items = live(await devices.listForUser(db, userId)).map((r) => view(r, actor.deviceId));
      return { items, total: items.length, page: 1, pageSize: Math.max(1, items.length) };
    },

    /** Signs a device out: the cadre its own, a user administrator those of accounts it sees. */
    async revoke(actor: Actor & { deviceId?: string | null }, id: string): Promise<void> {
      const found = await devices.findWithUser(db, id);
      if (!found) throw notFound();
      const own = found.user.id === actor.userId;
      if (!own) {
        if (!can(actor, 'devices.manage')) throw notFound();
        if (!(await users.findInScope(db, actor.scope, found.user.id))) throw notFound();
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        await devices.revoke(tx, found.device.sessionId);
        await audit.append(
          tx,
          actor,
          {
            action: 'session.device_revoked',
            entityType: 'user',
            entityId: found.user.id,
            regionCode: found.user.scopeRegions[0] ?? null,
            unitId: found.user.scopeUnits[0] ?? null,
            after: {
              deviceId: found.device.id,
              deviceName: found.device.name,
              by: own ? 'self' : 'administrator',
              ruleId: 'X26-apps',
            },
          },
          now,
        );
      });
    },
  };
}
export type DeviceService = ReturnType<typeof createDeviceService>;
