import { regionInScope } from '../../../domain/access/scope';
import { isSubstantialReason, MIN_REASON_LENGTH, violation } from '../../../domain/policy/violations';
import { type IsoDate, isBefore, todayInShanghai } from '../../../domain/time';
import {
  type RecallState,
  type RecallStep,
  recallStepsFor,
  recallTransition,
} from '../../../domain/workflow/recall-workflow';
import type {
  ConfirmRecallBody,
  RecallProposalBody,
  RecallProposalView,
  RecallStatus,
} from '../../../shared/contracts/assignments';
import type { OnBehalfOf } from '../../../shared/contracts/nominations';
import { AppError, notFound, validation } from '../../../shared/errors';
import { requireCapability, rolesFor } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import { takeStep } from '../../workflow/guarded';
import type { AssignmentRepository } from '../assignments/assignments.repository';
import { assignmentAudit, toAssignmentView } from '../assignments/assignments.view';
import type { AuditRepository } from '../audit/audit.repository';
import type { NeedRepository } from '../needs/needs.repository';
import { type ViolationRecord, violationRecord } from '../policy/policy.errors';
import type { Clock } from '../users/users.service';
import type { RecallRepository, RecallRow } from './recalls.repository';

const ASSIGNMENT = { zh: '驻村任期', en: 'assignment' };
const PROPOSAL = { zh: '召回意见', en: 'recall proposal' };

/** The steps the actor may take on the proposal now: the table's, where the actor's scope reaches. */
function recallStepsOf(actor: Actor, r: RecallRow): RecallStep[] {
  return recallStepsFor(r.status, actor.roles).filter((step) =>
    step === 'confirm'
      ? actor.scope.national || actor.scope.units.includes(r.unitId)
      : step === 'withdraw'
        ? regionInScope(actor.scope, r.villageCode)
        : false,
  );
}

/** Refuses a step the recall table does not allow the actor from the proposal's state. */
function requireStep(roles: Actor['roles'], state: RecallState | null, step: RecallStep) {
  const t = recallTransition(state, step, roles);
  if (!t.ok) {
    throw new AppError(t.reason === 'INVALID_INPUT' ? 'VALIDATION' : t.reason, t.message, {
      ...(state ? { status: state } : {}),
    });
  }
  return t;
}

export const toRecallView = (r: RecallRow, actor: Actor): RecallProposalView => ({
  id: r.id,
  assignmentId: r.assignmentId,
  status: r.status,
  reasons: r.reasons,
  cadreId: r.cadreId,
  cadreName: r.cadreName,
  unitId: r.unitId,
  unitName: r.unitName,
  villageCode: r.villageCode,
  villageName: r.villageName,
  countyCode: r.countyCode,
  teamRole: r.teamRole,
  proposedByName: r.proposedByName,
  proposedAt: r.proposedAt.toISOString(),
  confirmedAt: r.confirmedAt?.toISOString() ?? null,
  endOn: r.endOn,
  allowedSteps: recallStepsOf(actor, r),
});

/**
 * Recall (召回调整, P17.5.3-recall): the county's leading group (or organisation department) proposes with
 * reasons; the cadre's dispatching unit confirms; the assignment ends `recalled` and the need it filled
 * reopens — the same need, set back to open, so its vacated slot is what matching and the board show.
 */
export function createRecallService(deps: {
  db: Db;
  recalls: RecallRepository;
  assignments: AssignmentRepository;
  needs: NeedRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, recalls, assignments, needs, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  async function confirm(
    actor: Actor,
    proposalId: string,
    input: ConfirmRecallBody,
    correction?: { onBehalfOf: OnBehalfOf; reason: string },
  ) {
    // The unit confirms (P17.5.3-recall); an administrator's correction acts as the unit it names.
    const roles = correction ? rolesFor('recalls.confirm') : actor.roles;
    requireStep(roles, 'proposed', 'confirm'); // who may, before looking the proposal up
    const proposal = correction
      ? await recalls.byId(db, proposalId)
      : await recalls.findForUnit(db, actor.scope, proposalId);
    if (!proposal) throw notFound(PROPOSAL);
    if (correction?.onBehalfOf.unitId && correction.onBehalfOf.unitId !== proposal.unitId) {
      throw validation([
        {
          field: 'onBehalfOf.unitId',
          message: {
            zh: '召回由驻村干部的派出单位确认，请填写该单位',
            en: "a recall is confirmed by the cadre's dispatching unit; name that unit",
          },
        },
      ]);
    }
    const t = requireStep(roles, proposal.status, 'confirm');
    const [row] = await assignments.byIds(db, [proposal.assignmentId]);
    if (!row) throw notFound(ASSIGNMENT);
    if (row.endOn) {
      throw new AppError('INVALID_STATE', {
        zh: `该任期已于 ${row.endOn} 结束`,
        en: `The assignment already ended on ${row.endOn}`,
      });
    }
    const endOn = (input?.endOn ?? today()) as IsoDate;
    if (isBefore(endOn, row.startOn as IsoDate)) {
      throw validation([
        {
          field: 'endOn',
          message: {
            zh: `不能早于任期开始日期 ${row.startOn}`,
            en: `cannot be before the start, ${row.startOn}`,
          },
        },
      ]);
    }
    const note = [proposal.reasons, input?.note].filter(Boolean).join('\n');
    const finding: ViolationRecord = violationRecord(
      violation(
        'P17.5.3-recall',
        { proposalId, endOn },
        { zh: `派出单位确认召回，${endOn} 离任`, en: `Recall confirmed by the unit; last day ${endOn}` },
        'info',
      ),
    );
    const now = clock.now();
    const needId = await db.transaction(async (tx) => {
      const ended = await assignments.update(tx, row.id, {
        endOn,
        endReason: 'recalled',
        endNote: note,
        violations: [...row.violations, finding],
      });
      await recalls.transition(tx, proposalId, 'proposed', t.to, {
        confirmedBy: actor.userId,
        confirmedAt: now,
        endOn,
      });
      await audit.append(
        tx,
        actor,
        {
          action: correction ? 'recall.correct.confirm' : 'recall.confirm',
          entityType: 'recall_proposal',
          entityId: proposalId,
          regionCode: row.villageCode,
          unitId: row.unitId,
          before: { status: 'proposed' },
          after: {
            status: 'confirmed',
            endOn,
            ruleId: 'P17.5.3-recall',
            ...(correction ? { adminCorrection: true, ...correction } : {}),
          },
        },
        now,
      );
      await audit.append(
        tx,
        actor,
        {
          action: 'assignment.end',
          entityType: 'assignment',
          entityId: row.id,
          regionCode: row.villageCode,
          unitId: row.unitId,
          before: assignmentAudit(row),
          after: assignmentAudit(ended),
        },
        now,
      );
      const need = (await needs.byId(tx, row.needId))!;
      if (need.status !== 'open') {
        await needs.update(tx, need.id, { status: 'open', closedOn: null, closedReason: null });
        await audit.append(
          tx,
          actor,
          {
            action: 'need.reopen',
            entityType: 'village_need',
            entityId: need.id,
            regionCode: row.villageCode,
            before: { status: need.status },
            after: { status: 'open', byRecall: proposalId, ruleId: 'P17.5.3-recall' },
          },
          now,
        );
      }
      return need.id;
    });
    const [after] = await assignments.byIds(db, [row.id]);
    return {
      proposal: toRecallView((await recalls.byId(db, proposalId))!, actor),
      assignment: toAssignmentView(after!, today()),
      need: { id: needId, status: 'open' as const },
    };
  }

  /**
   * Proposes a recall inside the caller's transaction (also used by a discipline record whose decision is
   * `recall_proposed`, P17.4.2-discipline → P17.5.3-recall); answers the proposal's id.
   */
  async function proposeWithin(
    tx: Executor,
    actor: Actor,
    assignmentId: string,
    input: RecallProposalBody,
  ): Promise<string> {
    requireCapability(actor, 'recalls.propose', { zh: '提出召回意见', en: 'propose recalls' });
    const row = await assignments.findInRegions(tx, actor.scope, assignmentId);
    if (!row) throw notFound(ASSIGNMENT);
    if (row.endOn) {
      throw new AppError('INVALID_STATE', {
        zh: `该任期已于 ${row.endOn} 结束，不能再提出召回`,
        en: `The assignment ended on ${row.endOn}; it cannot be recalled`,
      });
    }
    if (await recalls.openFor(tx, assignmentId)) {
      throw new AppError('CONFLICT', {
        zh: '该任期已有待派出单位确认的召回意见',
        en: 'A recall proposal for this assignment is already waiting for the unit',
      });
    }
    const reasons = Array.isArray(input.reasons) ? input.reasons.join('\n') : input.reasons;
    const now = clock.now();
    const created = await recalls.insert(tx, {
      assignmentId,
      unitId: row.unitId,
      provinceCode: row.provinceCode,
      countyCode: row.countyCode,
      villageCode: row.villageCode,
      reasons,
      status: 'proposed',
      proposedBy: actor.userId,
      proposedByName: actor.username,
      proposedAt: now,
    });
    await audit.append(
      tx,
      actor,
      {
        action: 'recall.propose',
        entityType: 'recall_proposal',
        entityId: created.id,
        regionCode: row.villageCode,
        unitId: row.unitId,
        after: { assignmentId, cadreId: row.cadreId, reasons, ruleId: 'P17.5.3-recall' },
      },
      now,
    );
    return created.id;
  }

  return {
    proposeWithin,

    async propose(
      actor: Actor,
      assignmentId: string,
      input: RecallProposalBody,
    ): Promise<RecallProposalView> {
      const id = await db.transaction((tx) => proposeWithin(tx, actor, assignmentId, input));
      return toRecallView((await recalls.byId(db, id))!, actor);
    },

    confirm: (actor: Actor, proposalId: string, input: ConfirmRecallBody) =>
      confirm(actor, proposalId, input),

    /**
     * An administrator's correction (issue 9 correction 5): the system administrator does not confirm
     * recalls (P17.5.3-recall) but enters a unit's confirmation, naming the unit and why.
     */
    async correct(
      actor: Actor,
      proposalId: string,
      body: { step: 'confirm'; onBehalfOf: OnBehalfOf; reason: string; endOn?: string; note?: string },
    ) {
      requireCapability(actor, 'recalls.correct', {
        zh: '代为录入派出单位的召回确认',
        en: "enter a unit's recall confirmation on its behalf",
      });
      return confirm(
        actor,
        proposalId,
        { ...(body.endOn ? { endOn: body.endOn } : {}), ...(body.note ? { note: body.note } : {}) },
        { onBehalfOf: body.onBehalfOf, reason: body.reason },
      );
    },

    /** The proposing office withdraws its proposal while the unit has not answered (P17.5.3-recall). */
    async withdraw(actor: Actor, proposalId: string, input: { reason?: string | undefined } = {}) {
      requireCapability(actor, 'recalls.withdraw', { zh: '撤回召回意见', en: 'withdraw recall proposals' });
      const proposal = await recalls.findInRegions(db, actor.scope, proposalId);
      if (!proposal) throw notFound(PROPOSAL);
      const t = requireStep(actor.roles, proposal.status, 'withdraw');
      if (input.reason !== undefined && !isSubstantialReason(input.reason)) {
        throw validation([
          {
            field: 'reason',
            message: {
              zh: `请填写撤回理由（至少${MIN_REASON_LENGTH}个字）`,
              en: `give the reason for withdrawing (at least ${MIN_REASON_LENGTH} characters)`,
            },
          },
        ]);
      }
      const now = clock.now();
      await db.transaction((tx) =>
        takeStep(tx, audit, {
          actor,
          at: now,
          update: () => recalls.transition(tx, proposalId, 'proposed', t.to, {}),
          audit: () => ({
            action: 'recall.withdraw',
            entityType: 'recall_proposal',
            entityId: proposalId,
            regionCode: proposal.villageCode,
            unitId: proposal.unitId,
            before: { status: 'proposed' },
            after: {
              status: t.to,
              ...(input.reason ? { reason: input.reason } : {}),
              ruleId: 'P17.5.3-recall',
            },
          }),
        }),
      );
      return toRecallView((await recalls.byId(db, proposalId))!, actor);
    },
    async list(
      actor: Actor,
      query: { status?: RecallStatus; region?: string; page: number; pageSize: number },
    ) {
      const { items, total } = await recalls.list(
        db,
        actor.scope,
        {
          ...(query.status ? { status: query.status } : {}),
          ...(query.region ? { region: query.region } : {}),
        },
        query,
      );
      return {
        items: items.map((r) => toRecallView(r, actor)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}
export type RecallService = ReturnType<typeof createRecallService>;
