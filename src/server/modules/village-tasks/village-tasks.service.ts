import { regionInScope } from '../../../domain/access/scope';
import { dutiesOn, dutyInForce } from '../../../domain/policy/duties';
import { countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import { compareDates, todayInShanghai } from '../../../domain/time/iso-date';
import {
  type CloseTaskBody,
  type CreateProgressBody,
  type CreateTaskBody,
  type ProgressView,
  type TaskList,
  type TaskView,
  taskStatusLabels,
  type UpdateTaskBody,
} from '../../../shared/contracts/village-tasks';
import { AppError, type LocalisedText, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import type { ProgressRecord, TaskRow, VillageTaskRepository } from './village-tasks.repository';

const TASK: LocalisedText = { zh: '任务', en: 'task' };
const VILLAGE: LocalisedText = { zh: '村', en: 'village' };

export const toProgressView = (p: ProgressRecord): ProgressView => ({
  id: p.id,
  clientId: p.clientId,
  taskId: p.taskId,
  percent: p.percent,
  note: p.note,
  on: p.on,
  byName: p.byName,
  createdAt: p.createdAt.toISOString(),
});

const notAMember = () =>
  new AppError(
    'FORBIDDEN',
    {
      zh: '只有该村现任驻村工作队的成员和县委组织部可以修改任务清单（P21.4-list）；乡镇和县可以查看',
      en: 'Only members of the village’s current team and the county organisation department change its task list (P21.4-list); the township and county read it',
    },
    { ruleId: 'P21.4-list' },
  );

const closed = (t: TaskRow) =>
  new AppError(
    'INVALID_STATE',
    {
      zh: `任务已${taskStatusLabels[t.status].zh}，不能再修改或更新进度`,
      en: `The task is ${taskStatusLabels[t.status].en.toLowerCase()}; it cannot be changed or updated`,
    },
    { status: t.status },
  );

/**
 * The village's task list (细化任务清单, issue 11 item 6; P21.4-list): members of the village's team on post
 * today and the county organisation department write; the township and the county read. The list belongs to
 * the village, so the next team finds the open tasks (`openTasksOf`, for the handover lists of issue 12).
 */
export function createVillageTaskService(deps: {
  db: Db;
  tasks: VillageTaskRepository;
  audit: AuditRepository;
  clock: Clock;
  cadreName?: (db: Executor, cadreId: string) => Promise<string | undefined>;
}) {
  const { db, tasks, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  async function mayWrite(actor: Actor, villageCode: string): Promise<boolean> {
    if (!can(actor, 'villageTasks.write')) return false;
    if (actor.roles.includes('org_admin') && !actor.scope.cadreId && regionInScope(actor.scope, villageCode))
      return true;
    if (actor.cadreId && actor.roles.includes('cadre'))
      return tasks.onPostIn(db, actor.cadreId, villageCode, today());
    return false;
  }

  /** Whether the actor reads the village's list: its regions; a cadre the villages it serves or served in. */
  async function readable(actor: Actor, villageCode: string): Promise<boolean> {
    if (!can(actor, 'villageTasks.read')) return false;
    if (actor.scope.national) return true;
    if (actor.scope.cadreId) {
      return tasks.servedIn(db, actor.scope.cadreId, villageCode);
    }
    return regionInScope(actor.scope, villageCode);
  }

  const view = (t: TaskRow, write: boolean): TaskView => ({
    id: t.id,
    villageCode: t.villageCode,
    villageName: t.villageName,
    duty: t.duty,
    title: t.title,
    target: t.target,
    ownerCadreId: t.ownerCadreId,
    ownerName: t.ownerName,
    dueOn: t.dueOn,
    status: t.status,
    closedOn: t.closedOn,
    closeNote: t.closeNote,
    createdOn: t.createdOn,
    latestProgress: t.latest ? toProgressView(t.latest) : null,
    mayWrite: write && t.status === 'open',
  });

  async function taskOr404(actor: Actor, id: string): Promise<TaskRow> {
    requireCapability(actor, 'villageTasks.read', { zh: '查看任务清单', en: 'read task lists' });
    const t = await tasks.find(db, actor.scope, id);
    if (!t) throw notFound(TASK);
    return t;
  }

  async function writable(actor: Actor, id: string): Promise<TaskRow> {
    requireCapability(actor, 'villageTasks.write', { zh: '修改任务清单', en: 'change task lists' });
    const t = await tasks.find(db, actor.scope, id);
    if (!t) throw notFound(TASK);
    if (!(await mayWrite(actor, t.villageCode))) throw notAMember();
    return t;
  }

  async function checkFields(
    villageCode: string,
    body: UpdateTaskBody,
    on: string,
    creating: boolean,
  ): Promise<void> {
    const problems = [];
    if (body.duty !== undefined && !dutyInForce(body.duty, on as never)) {
      const d = dutiesOn(on as never);
      problems.push({
        field: 'duty',
        message: {
          zh: `应为 ${on} 适用的职责之一（${d.ruleId}）：${d.duties.map((x) => x.zh).join('、')}`,
          en: `one of the duties in force on ${on} (${d.ruleId}): ${d.duties.map((x) => x.en).join('; ')}`,
        },
      });
    }
    if (body.ownerCadreId) {
      const team = await tasks.teamOn(db, villageCode, today());
      if (!team.some((m) => m.cadreId === body.ownerCadreId))
        problems.push({
          field: 'ownerCadreId',
          message: {
            zh: '负责人应为该村现任工作队成员',
            en: 'the owner must be a member of the village’s current team',
          },
        });
    }
    if (creating && body.dueOn && compareDates(body.dueOn as never, today()) < 0)
      problems.push({
        field: 'dueOn',
        message: { zh: '完成时限不能早于今天', en: 'the due date cannot be before today' },
      });
    if (problems.length) throw validation(problems);
  }

  return {
    /** GET /api/villages/:code/tasks: the village's list with each task's latest progress. */
    async list(
      actor: Actor,
      code: string,
      q: { status?: TaskRow['status']; duty?: TaskRow['duty'] },
    ): Promise<TaskList> {
      requireCapability(actor, 'villageTasks.read', { zh: '查看任务清单', en: 'read task lists' });
      if (!(await readable(actor, code))) throw notFound(VILLAGE);
      const write = await mayWrite(actor, code);
      const items = (await tasks.listOfVillage(db, code, q)).map((t) => view(t, write));
      const team = await tasks.teamOn(db, code, today());
      return { items, total: items.length, mayWrite: write, team };
    },

    /** GET /api/tasks/:id: the task and its progress updates, newest first. */
    async get(actor: Actor, id: string) {
      const t = await taskOr404(actor, id);
      const progress = (await tasks.progressOf(db, id)).map(toProgressView);
      return { task: view(t, await mayWrite(actor, t.villageCode)), progress };
    },

    /** POST /api/villages/:code/tasks (fixed contract). */
    async create(actor: Actor, code: string, body: CreateTaskBody): Promise<TaskView> {
      requireCapability(actor, 'villageTasks.write', { zh: '修改任务清单', en: 'change task lists' });
      if (!(await readable(actor, code))) throw notFound(VILLAGE);
      const village = await tasks.village(db, code);
      if (village?.level !== 5) throw notFound(VILLAGE);
      if (!(await mayWrite(actor, code))) throw notAMember();
      const on = today();
      await checkFields(code, body, on, true);
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const row = await tasks.insert(tx, {
          villageCode: code,
          provinceCode: provinceOf(code),
          countyCode: countyOf(code),
          townshipCode: townshipOf(code),
          duty: body.duty,
          title: body.title,
          target: body.target ?? null,
          ownerCadreId: body.ownerCadreId ?? null,
          dueOn: body.dueOn ?? null,
          createdOn: on,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'village_task.create',
            entityType: 'village_task',
            entityId: row.id,
            regionCode: code,
            after: { duty: row.duty, title: row.title, ownerCadreId: row.ownerCadreId, dueOn: row.dueOn },
          },
          now,
        );
        return row.id;
      });
      return view((await tasks.find(db, actor.scope, id))!, true);
    },

    /** PATCH /api/tasks/:id: title, target, duty, owner or due date of an open task. */
    async update(actor: Actor, id: string, body: UpdateTaskBody): Promise<TaskView> {
      const t = await writable(actor, id);
      if (t.status !== 'open') throw closed(t);
      await checkFields(t.villageCode, body, today(), false);
      const now = clock.now();
      const set = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      await db.transaction(async (tx) => {
        await tasks.update(tx, id, { ...set, updatedAt: now });
        const before = Object.fromEntries(Object.keys(set).map((k) => [k, t[k as keyof TaskRow] ?? null]));
        await audit.append(
          tx,
          actor,
          {
            action: 'village_task.update',
            entityType: 'village_task',
            entityId: id,
            regionCode: t.villageCode,
            before,
            after: set,
          },
          now,
        );
      });
      return view((await tasks.find(db, actor.scope, id))!, true);
    },

    /** POST /api/tasks/:id/close: done or dropped, with a note. */
    async close(actor: Actor, id: string, body: CloseTaskBody): Promise<TaskView> {
      const t = await writable(actor, id);
      if (t.status !== 'open') throw closed(t);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await tasks.close(
          tx,
          id,
          { status: body.outcome, closedOn: today(), closeNote: body.note ?? null },
          now,
        );
        if (!row) throw closed({ ...t, status: body.outcome });
        await audit.append(
          tx,
          actor,
          {
            action: 'village_task.close',
            entityType: 'village_task',
            entityId: id,
            regionCode: t.villageCode,
            before: { status: 'open' },
            after: { status: body.outcome, note: body.note ?? null },
          },
          now,
        );
      });
      return view((await tasks.find(db, actor.scope, id))!, true);
    },

    /** POST /api/tasks/:id/progress (fixed contract): 201 new; 200 with the first record for a resent clientId. */
    async addProgress(
      actor: Actor,
      id: string,
      body: CreateProgressBody,
    ): Promise<{ created: boolean; progress: ProgressView }> {
      requireCapability(actor, 'villageTasks.write', { zh: '更新任务进度', en: 'update task progress' });
      const clientId = body.clientId.toLowerCase();
      const existing = await tasks.findProgressByClientId(db, actor.userId!, clientId);
      if (existing) {
        if (existing.taskId !== id) throw notFound(TASK);
        return { created: false, progress: toProgressView(existing) };
      }
      const t = await writable(actor, id);
      if (t.status !== 'open') throw closed(t);
      const now = clock.now();
      const byName =
        (actor.cadreId && deps.cadreName ? await deps.cadreName(db, actor.cadreId) : undefined) ??
        actor.username;
      const inserted = await db.transaction(async (tx) => {
        const row = await tasks.insertProgressOnce(tx, {
          taskId: id,
          userId: actor.userId!,
          clientId,
          cadreId: actor.cadreId ?? null,
          byName,
          percent: body.percent,
          note: body.note,
          on: today(),
          createdAt: now,
        });
        if (!row) return null;
        await tasks.update(tx, id, { updatedAt: now });
        await audit.append(
          tx,
          actor,
          {
            action: 'village_task.progress',
            entityType: 'village_task',
            entityId: id,
            regionCode: t.villageCode,
            after: { progressId: row.id, clientId, percent: body.percent },
          },
          now,
        );
        return row;
      });
      // Of two concurrent twins one inserts; the other answers the first's record.
      const stored = await tasks.findProgressByClientId(db, actor.userId!, clientId);
      if (!stored) throw notFound(TASK);
      return { created: inserted !== null, progress: toProgressView(stored) };
    },

    /**
     * The village's open tasks, whoever asks (the handover lists of issue 12 move them to the next team: the
     * list belongs to the village, so "moving" is showing them to the successor; no row changes).
     */
    async openTasksOf(villageCode: string): Promise<TaskView[]> {
      return (await tasks.listOfVillage(db, villageCode, { status: 'open' })).map((t) => view(t, false));
    },
  };
}
export type VillageTaskService = ReturnType<typeof createVillageTaskService>;
