import { regionInScope } from '../../../domain/access/scope';
import { resolveOverrides, violation } from '../../../domain/policy/violations';
import { type IsoDate, isAfter, todayInShanghai } from '../../../domain/time';
import type {
  HandoverBody,
  HandoverStatus,
  HandoverView,
  handoverSteps,
} from '../../../shared/contracts/daily';
import { AppError, notFound } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import type { AssignmentRepository, AssignmentRow } from '../assignments/assignments.repository';
import type { AuditRepository } from '../audit/audit.repository';
import type { NotificationRepository } from '../notifications/notifications.repository';
import { policyViolation } from '../policy/policy.errors';
import type { Clock } from '../users/users.service';
import type { HandoverRepository, HandoverRow } from './handovers.repository';

const ASSIGNMENT = { zh: '驻村任期', en: 'assignment' };
const RULE = 'P21.5-rotate';
type Step = (typeof handoverSteps)[number];
/** The team's lead posts: the lists are the team leader's to hand over (P21.5-rotate, P21.5-leader). */
export const HANDOVER_ROLES: readonly string[] = ['first_secretary', 'leader'];

/** Open tasks of the village's task list (issue 11, P21.4-list), as the handover reads and moves them. */
export interface HandoverTasks {
  openOfVillage(
    db: Executor,
    villageCode: string,
  ): Promise<{ id: string; title: string; ownerCadreId: string | null; dueOn: string | null }[]>;
  reassign(tx: Executor, taskIds: readonly string[], toCadreId: string): Promise<void>;
}

/** The successor of a lead assignment: the next assignment of the same post in the village. */
export function successorOf(a: AssignmentRow, village: readonly AssignmentRow[]): AssignmentRow | undefined {
  return village
    .filter((r) => r.id !== a.id && r.teamRole === a.teamRole && r.startOn > a.startOn)
    .sort((x, y) => x.startOn.localeCompare(y.startOn))[0];
}

export const statusOf = (
  h: Pick<HandoverRow, 'successorConfirmedAt' | 'townshipConfirmedAt'>,
): HandoverStatus =>
  h.successorConfirmedAt && h.townshipConfirmedAt
    ? 'confirmed'
    : h.successorConfirmedAt
      ? 'successor_confirmed'
      : h.townshipConfirmedAt
        ? 'township_confirmed'
        : 'prepared';

/**
 * The three handover lists (三张交接清单: 村情, 在办事项, 资产和档案; P21.5-rotate 到期轮换、压茬交接): when the
 * successor is on post the predecessor (or the county for them) prepares the lists; the successor and the
 * township each confirm; ending the predecessor's term as `rotated` needs both confirmations. The lists stay
 * on the village's page for every later team.
 */
export function createHandoverService(deps: {
  db: Db;
  handovers: HandoverRepository;
  assignments: AssignmentRepository;
  audit: AuditRepository;
  notifications: NotificationRepository;
  clock: Clock;
  tasks?: HandoverTasks;
}) {
  const { db, handovers: repo, assignments, audit, notifications, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  const isPredecessorSide = (
    actor: Actor,
    a: { cadreId: string; villageCode: string; endOn: string | null },
  ) =>
    !a.endOn &&
    ((can(actor, 'handover.prepare') && actor.scope.cadreId === a.cadreId) ||
      (can(actor, 'handover.prepare') && !actor.scope.cadreId && regionInScope(actor.scope, a.villageCode)));

  async function successorCadre(h: HandoverRow) {
    if (!h.successorAssignmentId) return undefined;
    return (await assignments.byIds(db, [h.successorAssignmentId]))[0];
  }

  async function stepsOf(actor: Actor, h: HandoverRow, a: AssignmentRow): Promise<Step[]> {
    const steps: Step[] = [];
    const status = statusOf(h);
    if (status !== 'confirmed' && isPredecessorSide(actor, a)) steps.push('edit');
    const s = await successorCadre(h);
    if (
      !h.successorConfirmedAt &&
      s &&
      can(actor, 'handover.confirmSuccessor') &&
      actor.scope.cadreId === s.cadreId
    )
      steps.push('confirm_successor');
    if (
      !h.townshipConfirmedAt &&
      can(actor, 'handover.confirmTownship') &&
      regionInScope(actor.scope, h.villageCode)
    )
      steps.push('confirm_township');
    if (
      deps.tasks &&
      !h.tasksMovedAt &&
      s &&
      (isPredecessorSide(actor, a) || actor.scope.cadreId === s.cadreId)
    )
      steps.push('move_tasks');
    return steps;
  }

  async function toView(actor: Actor, h: HandoverRow, a?: AssignmentRow): Promise<HandoverView> {
    const assignment = a ?? (await assignments.byIds(db, [h.assignmentId]))[0]!;
    return {
      id: h.id,
      assignmentId: h.assignmentId,
      cadreId: h.cadreId,
      cadreName: h.cadreName,
      villageCode: h.villageCode,
      villageName: h.villageName,
      successorAssignmentId: h.successorAssignmentId,
      successorName: h.successorName,
      status: statusOf(h),
      villageSituation: h.villageSituation,
      workInProgress: h.workInProgress,
      assetsAndFiles: h.assetsAndFiles,
      preparedByName: h.preparedByName,
      preparedAt: h.preparedAt.toISOString(),
      successorConfirmedByName: h.successorConfirmedByName,
      successorConfirmedAt: h.successorConfirmedAt?.toISOString() ?? null,
      townshipConfirmedByName: h.townshipConfirmedByName,
      townshipConfirmedAt: h.townshipConfirmedAt?.toISOString() ?? null,
      tasksMovedAt: h.tasksMovedAt?.toISOString() ?? null,
      allowedSteps: await stepsOf(actor, h, assignment),
    };
  }

  /**
   * The assignment by its village's region or unit; a cadre's own account also finds the assignments of a
   * village it serves or served in (the successor reads and confirms the predecessor's lists).
   */
  async function findAssignment(actor: Actor, id: string) {
    const a = await assignments.find(db, actor.scope, id);
    if (a) return a;
    const cadreId = actor.scope.cadreId;
    const [other] = cadreId ? await assignments.byIds(db, [id]) : [];
    if (other && (await assignments.ofVillages(db, [other.villageCode])).some((r) => r.cadreId === cadreId))
      return other;
    throw notFound(ASSIGNMENT);
  }

  /** The on-post successor the lists are handed to, or 422 P21.5-rotate. */
  async function requireSuccessorOnPost(a: AssignmentRow) {
    const refuse = (zh: string, en: string, facts: Record<string, unknown> = {}) =>
      policyViolation(
        resolveOverrides([violation(RULE, { assignmentId: a.id, ...facts }, { zh, en }, 'block')], []),
      );
    if (!HANDOVER_ROLES.includes(a.teamRole)) {
      throw refuse(
        '三张交接清单由第一书记（工作队队长）准备',
        'The three lists are prepared by the first secretary (team leader)',
      );
    }
    const s = successorOf(a, await assignments.ofVillages(db, [a.villageCode]));
    if (!s || isAfter(s.startOn as IsoDate, today())) {
      throw refuse(
        '接任者到岗后才能准备交接清单',
        'The lists are prepared once the successor is on post',
        s ? { successorStartOn: s.startOn } : { successor: null },
      );
    }
    return s;
  }

  const auditOf = (h: { id: string; villageCode: string; unitId: string }) => ({
    entityType: 'handover_lists',
    entityId: h.id,
    regionCode: h.villageCode,
    unitId: h.unitId,
  });

  return {
    /** The assignment's lists (or none yet), whether the actor may prepare them, and a draft from open tasks. */
    async ofAssignment(actor: Actor, assignmentId: string) {
      requireCapability(actor, 'handover.read', { zh: '查看交接清单', en: 'read handover lists' });
      const a = await findAssignment(actor, assignmentId);
      const h = await repo.ofAssignment(db, a.id);
      const village = await assignments.ofVillages(db, [a.villageCode]);
      const s = HANDOVER_ROLES.includes(a.teamRole) ? successorOf(a, village) : undefined;
      const onPost = !!s && !isAfter(s.startOn as IsoDate, today());
      let draft: string | null = null;
      if (!h && deps.tasks && onPost) {
        const open = await deps.tasks.openOfVillage(db, a.villageCode);
        draft = open.length
          ? open.map((t, i) => `${i + 1}. ${t.title}${t.dueOn ? `（${t.dueOn} 前）` : ''}`).join('\n')
          : null;
      }
      return {
        handover: h ? await toView(actor, h, a) : null,
        successor: s ? { assignmentId: s.id, name: s.cadreName, startOn: s.startOn } : null,
        mayPrepare: onPost && (!h || statusOf(h) !== 'confirmed') && isPredecessorSide(actor, a),
        draftWorkInProgress: draft,
      };
    },

    /** PUT: the predecessor (or the county for them) prepares or corrects the lists; a correction clears the confirmations. */
    async prepare(actor: Actor & { displayName?: string }, assignmentId: string, input: HandoverBody) {
      const a = await findAssignment(actor, assignmentId);
      if (!isPredecessorSide(actor, a)) {
        if (a.endOn) {
          throw new AppError('INVALID_STATE', {
            zh: `该任期已于 ${a.endOn} 结束，交接清单不能再修改`,
            en: `The assignment ended on ${a.endOn}; its lists can no longer change`,
          });
        }
        throw new AppError('FORBIDDEN', {
          zh: '交接清单由前任驻村干部本人或县委组织部门、驻村工作领导小组准备',
          en: 'The lists are prepared by the predecessor or, for them, the county organisation department or leading group',
        });
      }
      const s = await requireSuccessorOnPost(a);
      const existing = await repo.ofAssignment(db, a.id);
      if (existing && statusOf(existing) === 'confirmed') {
        throw new AppError('INVALID_STATE', {
          zh: '交接清单已由接任者和乡镇确认，不能再修改',
          en: 'The lists are confirmed by the successor and the township; they can no longer change',
        });
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        const saved = await repo.upsert(tx, {
          assignmentId: a.id,
          cadreId: a.cadreId,
          unitId: a.unitId,
          provinceCode: a.provinceCode,
          countyCode: a.countyCode,
          villageCode: a.villageCode,
          successorAssignmentId: s.id,
          villageSituation: input.villageSituation,
          workInProgress: input.workInProgress,
          assetsAndFiles: input.assetsAndFiles,
          preparedBy: actor.userId,
          preparedByName: actor.displayName || actor.username,
          preparedAt: now,
        });
        if (!saved) {
          throw new AppError('INVALID_STATE', {
            zh: '交接清单刚被确认，不能再修改',
            en: 'The lists were just confirmed; they can no longer change',
          });
        }
        await audit.append(
          tx,
          actor,
          {
            action: existing ? 'handover.revise' : 'handover.prepare',
            ...auditOf(saved),
            before: existing ? { status: statusOf(existing) } : undefined,
            after: { status: 'prepared', successorAssignmentId: s.id, ruleId: RULE },
          },
          now,
        );
        await notifications.notify(
          tx,
          await notifications.accountsOfCadres(tx, [s.cadreId]),
          {
            kind: 'handover_prepared',
            subject: `handover:${saved.id}:${now.toISOString()}`,
            title: {
              zh: `${a.cadreName}已准备${a.villageName}的三张交接清单，请查看并确认`,
              en: `${a.cadreName} prepared the three handover lists of ${a.villageName}; read and confirm them`,
            },
            href: `/assignments/${a.id}/handover`,
          },
          now,
        );
      });
      return this.ofAssignment(actor, assignmentId);
    },

    /** POST confirm: the successor (own account) or the township of the village confirms its side. */
    async confirm(actor: Actor & { displayName?: string }, assignmentId: string) {
      const a = await findAssignment(actor, assignmentId);
      const h = await repo.ofAssignment(db, a.id);
      const s = h && (await successorCadre(h));
      const side: 'successor' | 'township' | null =
        can(actor, 'handover.confirmSuccessor') && s && actor.scope.cadreId === s.cadreId
          ? 'successor'
          : can(actor, 'handover.confirmTownship') && regionInScope(actor.scope, a.villageCode)
            ? 'township'
            : null;
      if (!side) {
        throw new AppError('FORBIDDEN', {
          zh: '交接清单由接任者本人和村所在乡镇确认',
          en: 'The lists are confirmed by the successor and the township of the village',
        });
      }
      if (!h) {
        throw new AppError('INVALID_STATE', { zh: '交接清单尚未准备', en: 'The lists are not prepared yet' });
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        const done = await repo.confirm(
          tx,
          h.id,
          side,
          { id: actor.userId, name: actor.displayName || actor.username },
          now,
        );
        if (!done) {
          throw new AppError(
            'INVALID_STATE',
            {
              zh: side === 'successor' ? '接任者已确认过交接清单' : '乡镇已确认过交接清单',
              en:
                side === 'successor'
                  ? 'The successor already confirmed the lists'
                  : 'The township already confirmed the lists',
            },
            { status: statusOf(h) },
          );
        }
        await audit.append(
          tx,
          actor,
          {
            action: `handover.confirm.${side}`,
            ...auditOf(h),
            before: { status: statusOf(h) },
            after: { status: statusOf(done), ruleId: RULE },
          },
          now,
        );
      });
      return this.ofAssignment(actor, assignmentId);
    },

    /** One click: the village's open tasks owned by the predecessor (or nobody) pass to the successor. */
    async moveTasks(actor: Actor, assignmentId: string) {
      if (!can(actor, 'handover.prepare') && !can(actor, 'handover.confirmSuccessor')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有前任、接任者或县里可以移交在办任务',
          en: 'Only the predecessor, the successor or the county moves the tasks',
        });
      }
      const a = await findAssignment(actor, assignmentId);
      const h = await repo.ofAssignment(db, a.id);
      if (!h)
        throw new AppError('INVALID_STATE', { zh: '交接清单尚未准备', en: 'The lists are not prepared yet' });
      const steps = await stepsOf(actor, h, a);
      if (!steps.includes('move_tasks') || !deps.tasks) {
        throw new AppError(
          h.tasksMovedAt ? 'INVALID_STATE' : 'FORBIDDEN',
          h.tasksMovedAt
            ? { zh: '在办任务已经移交', en: 'The open tasks were already moved' }
            : {
                zh: '只有前任、接任者或县里可以移交在办任务',
                en: 'Only the predecessor, the successor or the county moves the tasks',
              },
        );
      }
      const s = (await successorCadre(h))!;
      const open = (await deps.tasks.openOfVillage(db, a.villageCode)).filter(
        (t) => t.ownerCadreId === null || t.ownerCadreId === a.cadreId,
      );
      const now = clock.now();
      await db.transaction(async (tx) => {
        await deps.tasks!.reassign(
          tx,
          open.map((t) => t.id),
          s.cadreId,
        );
        await repo.markTasksMoved(tx, h.id, now);
        await audit.append(
          tx,
          actor,
          {
            action: 'handover.moveTasks',
            ...auditOf(h),
            after: { tasks: open.map((t) => t.id), toCadreId: s.cadreId, ruleId: 'P21.4-list' },
          },
          now,
        );
      });
      return { moved: open.length, ...(await this.ofAssignment(actor, assignmentId)) };
    },

    /** Every list of the village, newest first: they stay on the village's page for every later team. */
    async ofVillage(actor: Actor, villageCode: string) {
      requireCapability(actor, 'handover.read', { zh: '查看交接清单', en: 'read handover lists' });
      const rows = await repo.ofVillage(db, actor.scope, villageCode);
      return { items: await Promise.all(rows.map((h) => toView(actor, h))) };
    },

    /** For `assignments.end`: whether a lead assignment ending as rotated has both confirmations. */
    confirmed: (tx: Executor, assignmentId: string) => repo.confirmed(tx, assignmentId),

    /** A cadre's own lead assignments whose successor is on post and whose lists are not prepared (to-dos). */
    async toPrepare(actor: Actor) {
      if (!actor.scope.cadreId) return [];
      const on = today();
      const { items } = await assignments.list(
        db,
        actor.scope,
        { cadreId: actor.scope.cadreId, activeOn: on },
        { page: 1, pageSize: 10 },
      );
      const out: { assignmentId: string; villageName: string; successorName: string }[] = [];
      for (const a of items.filter((r) => HANDOVER_ROLES.includes(r.teamRole))) {
        const s = successorOf(a, await assignments.ofVillages(db, [a.villageCode]));
        if (!s || isAfter(s.startOn as IsoDate, on) || (await repo.ofAssignment(db, a.id))) continue;
        out.push({ assignmentId: a.id, villageName: a.villageName, successorName: s.cadreName });
      }
      return out;
    },

    /** Lists waiting for the actor's confirmation (to-dos). */
    async waitingFor(actor: Actor) {
      const rows = [
        ...(can(actor, 'handover.confirmSuccessor') ? await repo.waiting(db, actor.scope, 'successor') : []),
        ...(can(actor, 'handover.confirmTownship') ? await repo.waiting(db, actor.scope, 'township') : []),
      ];
      return rows;
    },
  };
}
export type HandoverService = ReturnType<typeof createHandoverService>;
