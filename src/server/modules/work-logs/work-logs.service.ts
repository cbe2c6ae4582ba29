import { dutiesOn, dutyInForce } from '../../../domain/policy/duties';
import { countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import { compareDates, type IsoDate, todayInShanghai } from '../../../domain/time/iso-date';
import { stripPhotoMetadata } from '../../../domain/work-logs/photo';
import type { DutiesAnswer } from '../../../shared/contracts/duties';
import {
  type CreateWorkLogBody,
  WORK_LOG_PHOTO_MAX_BYTES,
  type WorkLogQuery,
  type WorkLogView,
} from '../../../shared/contracts/work-logs';
import {
  AppError,
  type FieldProblem,
  type LocalisedText,
  notFound,
  validation,
} from '../../../shared/errors';
import { requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import type { WorkLogFilter, WorkLogRepository, WorkLogRow } from './work-logs.repository';

const WORK_LOG: LocalisedText = { zh: '工作日志', en: 'work log' };
const PHOTO: LocalisedText = { zh: '日志照片', en: 'work log photo' };

export const toWorkLogView = (r: WorkLogRow): WorkLogView => ({
  id: r.id,
  clientId: r.clientId,
  cadreId: r.cadreId,
  cadreName: r.cadreName,
  assignmentId: r.assignmentId,
  villageCode: r.villageCode,
  villageName: r.villageName,
  on: r.on,
  kind: r.kind,
  duty: r.duty,
  taskId: r.taskId,
  taskTitle: r.taskTitle,
  text: r.text,
  householdsVisited: r.householdsVisited,
  hasPhoto: r.hasPhoto,
  createdAt: r.createdAt.toISOString(),
});

const notACadreAccount = () =>
  new AppError('FORBIDDEN', {
    zh: '只有关联了干部的驻村干部账号可以写工作日志',
    en: 'Only a stationed cadre account linked to its cadre writes work logs',
  });

/** The most rows an Excel export of logs holds. */
export const WORK_LOG_EXPORT_MAX = 20_000;

/**
 * Work logs (驻村日志/民情日记, issue 11 item 5): written by the cadre's own account when something happened,
 * dated on a day of one of its assignments and not in the future, filed under a duty in force that day (P21.4;
 * P17.3 before 2021-05-11). Resent by the phone's offline queue with the same clientId, a log is stored once
 * (unique per cadre) and the resend answers the first record. Never a quota, never a score (X19-burden,
 * X24-rules): nothing here counts logs per cadre. Read by the village's township and county, the cadre's
 * dispatching unit, and the cadre.
 */
export function createWorkLogService(deps: {
  db: Db;
  logs: WorkLogRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, logs, audit, clock } = deps;

  async function ownLog(actor: Actor, id: string): Promise<WorkLogRow> {
    requireCapability(actor, 'workLogs.write', { zh: '修改工作日志', en: 'change work logs' });
    if (!actor.cadreId) throw notACadreAccount();
    const log = await logs.find(db, actor.scope, id);
    if (!log || log.cadreId !== actor.cadreId) throw notFound(WORK_LOG);
    return log;
  }

  return {
    /** GET /api/duties (fixed contract): the duties in force on a date (P21.4 from 2021-05-11, else P17.3). */
    duties(date?: string): DutiesAnswer {
      return dutiesOn((date ?? todayInShanghai(clock.now())) as IsoDate);
    },

    /** POST /api/work-logs (fixed contract): 201 with a new log; 200 with the first one for a clientId sent again. */
    async create(actor: Actor, body: CreateWorkLogBody): Promise<{ created: boolean; workLog: WorkLogView }> {
      requireCapability(actor, 'workLogs.write', { zh: '写工作日志', en: 'write work logs' });
      if (!actor.cadreId) throw notACadreAccount();
      const cadreId = actor.cadreId;
      const clientId = body.clientId.toLowerCase();
      // A resend (the phone's queue retrying) gets its record whatever changed since.
      const existing = await logs.findByClientId(db, cadreId, clientId);
      if (existing) return { created: false, workLog: toWorkLogView(existing) };

      const today = todayInShanghai(clock.now());
      const on = body.on as IsoDate;
      if (compareDates(on, today) > 0)
        throw validation([
          {
            field: 'on',
            message: {
              zh: `日志日期不能晚于今天（${today}）：日志记录已经发生的事`,
              en: `the date cannot be after today (${today}): a log records what has happened`,
            },
          },
        ]);
      const assignment = await logs.assignmentOn(db, cadreId, on);
      if (!assignment) {
        const terms = await logs.assignmentsOf(db, cadreId);
        const spans = terms.map((t) => `${t.startOn}～${t.endOn ?? ''}`).join('、') || '—';
        throw validation([
          {
            field: 'on',
            message: {
              zh: `${on} 不在您的驻村任期内（任期：${spans}）`,
              en: `${on} is outside your assignments (${spans})`,
            },
          },
        ]);
      }
      const problems: FieldProblem[] = [];
      if (!dutyInForce(body.duty, on)) {
        const d = dutiesOn(on);
        problems.push({
          field: 'duty',
          message: {
            zh: `${on} 适用${d.ruleId}，职责应为：${d.duties.map((x) => x.zh).join('、')}`,
            en: `${d.ruleId} applies on ${on}; the duty must be one of: ${d.duties.map((x) => x.en).join('; ')}`,
          },
        });
      }
      if (body.taskId) {
        const task = await logs.task(db, body.taskId);
        if (!task || task.villageCode !== assignment.villageCode)
          problems.push({
            field: 'taskId',
            message: {
              zh: '所选任务不在您所驻村的任务清单中',
              en: 'the task is not on the task list of the village you serve',
            },
          });
      }
      if (problems.length) throw validation(problems);

      const now = clock.now();
      const inserted = await db.transaction(async (tx) => {
        const row = await logs.insertOnce(tx, {
          cadreId,
          assignmentId: assignment.id,
          clientId,
          unitId: assignment.unitId,
          provinceCode: provinceOf(assignment.villageCode),
          countyCode: countyOf(assignment.villageCode),
          townshipCode: townshipOf(assignment.villageCode),
          villageCode: assignment.villageCode,
          on,
          kind: body.kind,
          duty: body.duty,
          taskId: body.taskId ?? null,
          text: body.text,
          householdsVisited: body.householdsVisited ?? null,
          userId: actor.userId,
          createdAt: now,
        });
        if (!row) return null;
        // The audit record keeps what happened, not the text (it may name villagers and is kept for good).
        await audit.append(
          tx,
          actor,
          {
            action: 'work_log.create',
            entityType: 'work_log',
            entityId: row.id,
            regionCode: row.villageCode,
            unitId: row.unitId,
            after: {
              clientId,
              on,
              kind: row.kind,
              duty: row.duty,
              taskId: row.taskId,
              householdsVisited: row.householdsVisited,
            },
          },
          now,
        );
        return row;
      });
      // Of two concurrent twins one inserts; the other answers the first's record.
      const stored = await logs.findByClientId(db, cadreId, clientId);
      if (!stored) throw notFound(WORK_LOG);
      return { created: inserted !== null, workLog: toWorkLogView(stored) };
    },

    /** GET /api/work-logs (fixed contract), scoped: a cadre sees only their own. */
    async list(actor: Actor, q: WorkLogQuery) {
      requireCapability(actor, 'workLogs.read', { zh: '查看工作日志', en: 'read work logs' });
      const { items, total } = await logs.list(db, actor.scope, q, q);
      return { items: items.map(toWorkLogView), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<WorkLogView> {
      requireCapability(actor, 'workLogs.read', { zh: '查看工作日志', en: 'read work logs' });
      const log = await logs.find(db, actor.scope, id);
      if (!log) throw notFound(WORK_LOG);
      return toWorkLogView(log);
    },

    /** The rows of an Excel export (same filter and scope as the list). */
    async exportRows(actor: Actor, filter: WorkLogFilter): Promise<WorkLogView[]> {
      requireCapability(actor, 'workLogs.read', { zh: '导出工作日志', en: 'export work logs' });
      return (await logs.all(db, actor.scope, filter, WORK_LOG_EXPORT_MAX)).map(toWorkLogView);
    },

    /**
     * PUT /api/work-logs/:id/photo: the cadre attaches (or replaces) the one photo of its own log — JPEG or PNG,
     * at most WORK_LOG_PHOTO_MAX_BYTES, its metadata (EXIF with GPS, XMP, text chunks) stripped before it is
     * stored (PIPL-28: a photo's position is sensitive personal information). Never required.
     */
    async putPhoto(actor: Actor, id: string, bytes: Uint8Array): Promise<WorkLogView> {
      const log = await ownLog(actor, id);
      if (bytes.length > WORK_LOG_PHOTO_MAX_BYTES)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          {
            zh: `照片不能超过 ${WORK_LOG_PHOTO_MAX_BYTES / 1024 / 1024} MB`,
            en: `the photo cannot exceed ${WORK_LOG_PHOTO_MAX_BYTES / 1024 / 1024} MB`,
          },
          { field: 'file', maxBytes: WORK_LOG_PHOTO_MAX_BYTES },
        );
      const stripped = stripPhotoMetadata(bytes);
      if (!stripped.ok)
        throw validation([
          {
            field: 'file',
            message:
              stripped.reason === 'not_an_image'
                ? { zh: '照片应为 JPEG 或 PNG 图片', en: 'the photo must be a JPEG or PNG image' }
                : { zh: '图片文件已损坏或不完整', en: 'the image file is damaged or incomplete' },
          },
        ]);
      const now = clock.now();
      await db.transaction(async (tx) => {
        await logs.putPhoto(tx, {
          workLogId: id,
          mime: stripped.type,
          bytes: stripped.bytes,
          size: stripped.bytes.length,
          createdAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'work_log.photo_put',
            entityType: 'work_log',
            entityId: id,
            regionCode: log.villageCode,
            unitId: log.unitId,
            after: { mime: stripped.type, size: stripped.bytes.length, metadataRemoved: stripped.removed },
          },
          now,
        );
      });
      return toWorkLogView((await logs.find(db, actor.scope, id))!);
    },

    async deletePhoto(actor: Actor, id: string): Promise<WorkLogView> {
      const log = await ownLog(actor, id);
      const now = clock.now();
      await db.transaction(async (tx) => {
        if (!(await logs.deletePhoto(tx, id))) throw notFound(PHOTO);
        await audit.append(
          tx,
          actor,
          {
            action: 'work_log.photo_delete',
            entityType: 'work_log',
            entityId: id,
            regionCode: log.villageCode,
            unitId: log.unitId,
          },
          now,
        );
      });
      return toWorkLogView((await logs.find(db, actor.scope, id))!);
    },

    /** GET /api/work-logs/:id/photo: the stored (stripped) bytes, for those who read the log. */
    async photo(actor: Actor, id: string): Promise<{ mime: string; bytes: Uint8Array }> {
      requireCapability(actor, 'workLogs.read', { zh: '查看工作日志', en: 'read work logs' });
      const log = await logs.find(db, actor.scope, id);
      if (!log) throw notFound(WORK_LOG);
      const photo = await logs.photo(db, id);
      if (!photo) throw notFound(PHOTO);
      return { mime: photo.mime, bytes: photo.bytes };
    },
  };
}
export type WorkLogService = ReturnType<typeof createWorkLogService>;
