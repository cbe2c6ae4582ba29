import { normalisePrefixes } from '../../../domain/access/scope';
import { plausibilityOf } from '../../../domain/checkins';
import { countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import { addDays, todayInShanghai, toIsoDate } from '../../../domain/time/iso-date';
import {
  CHECK_IN_NOTICE_VERSION,
  type CheckInQuery,
  type CheckInView,
  type CreateCheckInBody,
  checkInNoticeText,
  type NoticeView,
} from '../../../shared/contracts/check-ins';
import { AppError, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import { type Actor, systemActor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { SessionRepository } from '../session/session.repository';
import type { Clock } from '../users/users.service';
import type { CheckInReader, CheckInRepository, CheckInRow } from './check-ins.repository';

/** The check-in parameters in force for a region on a date (the settings module's `effective`, issue 10 item 1). */
export interface CheckInSettings {
  checkInEnabled: boolean;
  checkInRadiusMetres: number;
  checkInRetentionDays: number;
}
export type CheckInSettingsReader = (regionCode: string, date: string) => Promise<CheckInSettings>;

/** RULES.md "Provincial parameters": off, 1,000 m, 90 days — what applies where nobody set anything. */
export const CHECK_IN_DEFAULTS: CheckInSettings = {
  checkInEnabled: false,
  checkInRadiusMetres: 1000,
  checkInRetentionDays: 90,
};

const CHECK_IN = { zh: '签到记录', en: 'check-in' };

export const featureOff = () =>
  new AppError(
    'FEATURE_OFF',
    {
      zh: '本地未开启签到功能。签到只是可选的佐证，考勤以请假、出差和核查记录为准，无需签到（X23-fingertip、X26-apps 第六条）',
      en: 'Check-ins are not switched on here. A check-in is only optional evidence; attendance is kept from leave, trips and verifications and needs none (X23-fingertip, X26-apps art. 6)',
    },
    { setting: 'checkInEnabled' },
  );

const noticeFirst = () =>
  new AppError(
    'CONFLICT',
    {
      zh: '首次签到前请先阅读并确认签到用途告知（位置属于敏感个人信息，PIPL-28）',
      en: 'Before the first check-in, read and acknowledge the purpose notice (a position is sensitive personal information, PIPL-28)',
    },
    { reason: 'notice_required', noticeVersion: CHECK_IN_NOTICE_VERSION },
  );

const notOnPost = () =>
  new AppError('INVALID_STATE', {
    zh: '您今天没有在岗的驻村任期，无法签到',
    en: 'You have no assignment on post today, so there is nothing to check in for',
  });

const notACadreAccount = () =>
  new AppError('FORBIDDEN', {
    zh: '只有关联了干部的驻村干部账号可以签到',
    en: 'Only a stationed cadre account linked to its cadre can check in',
  });

const toView = (r: CheckInRow): CheckInView => ({
  id: r.id,
  cadreId: r.cadreId,
  cadreName: r.cadreName,
  assignmentId: r.assignmentId,
  villageCode: r.villageCode,
  villageName: r.villageName,
  serverTime: r.serverTime.toISOString(),
  deviceTime: r.deviceTime.toISOString(),
  lat: r.lat,
  lng: r.lng,
  accuracy: r.accuracyM,
  distanceMetres: r.distanceM === null ? null : Math.round(r.distanceM),
  radiusMetres: r.radiusM,
  flags: r.flags,
});

/** Shanghai calendar day → the instant it starts. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

/**
 * Optional evidence check-ins (issue 10 item 8). Off unless the province or county switches `checkInEnabled`
 * on; never required, never counted in the attendance ledger, never ranked (X23-fingertip, X26-apps art. 6).
 * Positions are sensitive personal information (PIPL-28): a purpose notice first; read only by the
 * township and the county of the village; deleted after `checkInRetentionDays` by the `checkins.retention`
 * job. The audit trail records that a check-in happened and its flags, never the coordinates (the audit log
 * is kept for good, the position only for the retention period).
 */
export function createCheckInService(deps: {
  db: Db;
  checkIns: CheckInRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  clock: Clock;
  settings?: CheckInSettingsReader;
}) {
  const { db, checkIns, sessions, audit, clock } = deps;
  let settings: CheckInSettingsReader = deps.settings ?? (async () => CHECK_IN_DEFAULTS);

  async function onPost(actor: Actor) {
    requireCapability(actor, 'checkins.make', { zh: '签到', en: 'check in' });
    if (!actor.cadreId) throw notACadreAccount();
    const today = todayInShanghai(clock.now());
    const assignment = await sessions.currentAssignmentOf(db, actor.cadreId, today);
    return { cadreId: actor.cadreId, today, assignment };
  }

  /**
   * Who reads check-ins: the cadre its own; the township and the county organisation department the villages
   * of their regions at county level or below — a province or city scope sees none, nor do inspectors,
   * leading groups or units (PIPL-28: no wider than needed).
   */
  function readerOf(actor: Actor): CheckInReader {
    if (actor.cadreId && can(actor, 'checkins.make')) return { cadreId: actor.cadreId };
    requireCapability(actor, 'checkins.read', { zh: '查看签到记录', en: 'read check-ins' });
    return { prefixes: normalisePrefixes(actor.scope.regions.filter((r) => r.length >= 6)) };
  }

  return {
    /** Plugs in the settings module's effective values (issue 10 item 1). */
    useSettings(reader: CheckInSettingsReader) {
      settings = reader;
    },

    /** POST /api/check-ins: 201 with a new record; 200 with the first one for a clientId sent again. */
    async create(actor: Actor, body: CreateCheckInBody): Promise<{ created: boolean; checkIn: CheckInView }> {
      const { cadreId, today, assignment } = await onPost(actor);
      // A resend (an offline queue retrying) gets its record whatever changed since.
      const existing = await checkIns.findByClientId(db, cadreId, body.clientId.toLowerCase());
      if (existing) return { created: false, checkIn: toView(existing) };
      if (!assignment) throw notOnPost();
      const params = await settings(assignment.villageCode, today);
      if (!params.checkInEnabled) throw featureOff();
      if (!(await checkIns.acknowledgement(db, cadreId, CHECK_IN_NOTICE_VERSION))) throw noticeFirst();
      if ((body.lat === null) !== (body.lng === null))
        throw validation([
          {
            field: body.lat === null ? 'lat' : 'lng',
            message: { zh: '经纬度应同时给出或同时为空', en: 'give both lat and lng, or neither' },
          },
        ]);

      const now = clock.now();
      const village = await checkIns.villageLocation(db, assignment.villageCode);
      const radiusMetres = village?.radius ?? params.checkInRadiusMetres;
      const position = body.lat !== null && body.lng !== null ? { lat: body.lat, lng: body.lng } : null;
      const { flags, distanceMetres } = plausibilityOf(
        {
          position,
          accuracyMetres: position ? body.accuracy : null,
          serverTimeMs: now.getTime(),
          deviceTimeMs: Date.parse(body.deviceTime),
        },
        {
          village:
            village?.lat != null && village.lng != null ? { lat: village.lat, lng: village.lng } : null,
          radiusMetres,
          previous: await checkIns.previousWithPosition(db, cadreId),
        },
      );
      const clientId = body.clientId.toLowerCase();
      const inserted = await db.transaction(async (tx) => {
        const row = await checkIns.insertOnce(tx, {
          cadreId,
          assignmentId: assignment.id,
          clientId,
          provinceCode: provinceOf(assignment.villageCode),
          countyCode: countyOf(assignment.villageCode),
          townshipCode: townshipOf(assignment.villageCode),
          villageCode: assignment.villageCode,
          serverTime: now,
          deviceTime: new Date(body.deviceTime),
          lat: position?.lat ?? null,
          lng: position?.lng ?? null,
          accuracyM: position ? body.accuracy : null,
          distanceM: distanceMetres,
          radiusM: radiusMetres,
          flags,
          userId: actor.userId,
        });
        if (!row) return null;
        await audit.append(
          tx,
          actor,
          {
            action: 'checkin.create',
            entityType: 'check_in',
            entityId: row.id,
            regionCode: assignment.villageCode,
            after: { assignmentId: assignment.id, clientId, flags },
          },
          now,
        );
        return row;
      });
      // Of two concurrent twins one inserts; the other answers the first's record.
      const stored = await checkIns.findByClientId(db, cadreId, clientId);
      if (!stored) throw notFound(CHECK_IN);
      return { created: inserted !== null, checkIn: toView(stored) };
    },

    /** GET /api/check-ins/notice: the purpose notice, whether it was acknowledged and whether check-ins are on. */
    async notice(actor: Actor): Promise<NoticeView> {
      const { cadreId, today, assignment } = await onPost(actor);
      const ack = await checkIns.acknowledgement(db, cadreId, CHECK_IN_NOTICE_VERSION);
      const params = assignment ? await settings(assignment.villageCode, today) : CHECK_IN_DEFAULTS;
      return {
        version: CHECK_IN_NOTICE_VERSION,
        text: `${checkInNoticeText.zh}\n\n${checkInNoticeText.en}`,
        acknowledgedAt: ack?.acknowledgedAt.toISOString() ?? null,
        enabled: Boolean(assignment) && params.checkInEnabled,
        retentionDays: params.checkInRetentionDays,
      };
    },

    /** POST /api/check-ins/notice: the cadre acknowledges the current notice (once; audited). */
    async acknowledge(actor: Actor, version: string): Promise<NoticeView> {
      const { cadreId, assignment } = await onPost(actor);
      if (version !== CHECK_IN_NOTICE_VERSION)
        throw validation([
          {
            field: 'version',
            message: {
              zh: `告知已更新为 ${CHECK_IN_NOTICE_VERSION} 版，请阅读新版后确认`,
              en: `the notice is now version ${CHECK_IN_NOTICE_VERSION}; read it and acknowledge that one`,
            },
          },
        ]);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const recorded = await checkIns.acknowledge(tx, {
          cadreId,
          userId: actor.userId!,
          noticeVersion: version,
          acknowledgedAt: now,
        });
        if (recorded)
          await audit.append(
            tx,
            actor,
            {
              action: 'checkin.notice_acknowledge',
              entityType: 'cadre',
              entityId: cadreId,
              regionCode: assignment?.villageCode ?? null,
              after: { noticeVersion: version },
            },
            now,
          );
      });
      return this.notice(actor);
    },

    /** GET /api/check-ins: by assignment, region and dates; the township and county only (PIPL-28). */
    async list(actor: Actor, query: CheckInQuery) {
      const reader = readerOf(actor);
      const { items, total } = await checkIns.list(
        db,
        reader,
        {
          assignmentId: query.assignmentId,
          region: query.region,
          from: query.from ? startOfDay(query.from) : undefined,
          to: query.to ? startOfDay(addDays(toIsoDate(query.to), 1)) : undefined,
        },
        query,
      );
      return { items: items.map(toView), total, page: query.page, pageSize: query.pageSize };
    },

    /**
     * The `checkins.retention` job: deletes each county's check-ins older than its `checkInRetentionDays`
     * (PIPL-28: kept no longer than needed) and audits the counts. Answers the counts by county.
     */
    async purgeExpired(): Promise<Record<string, number>> {
      const now = clock.now();
      const today = todayInShanghai(now);
      const deleted: Record<string, number> = {};
      // No retention is shorter than a day: only counties holding a check-in older than that are looked at.
      for (const county of await checkIns.countiesWithCheckInsBefore(
        db,
        new Date(now.getTime() - 86_400_000),
      )) {
        const days = Math.max(1, (await settings(county, today)).checkInRetentionDays);
        const n = await checkIns.deleteBefore(db, county, new Date(now.getTime() - days * 86_400_000));
        if (n > 0) deleted[county] = n;
      }
      const total = Object.values(deleted).reduce((a, b) => a + b, 0);
      if (total > 0)
        await db.transaction((tx) =>
          audit.append(
            tx,
            systemActor('checkins.retention'),
            { action: 'checkin.retention_delete', entityType: 'check_in', after: { deleted, total } },
            now,
          ),
        );
      return deleted;
    },
  };
}
export type CheckInService = ReturnType<typeof createCheckInService>;
