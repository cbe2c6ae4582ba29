import { violation } from '../../../domain/policy/violations';
import { type IsoDate, isBefore, todayInShanghai } from '../../../domain/time';
import type {
  ConfirmRecallBody,
  RecallProposalBody,
  RecallProposalView,
  TeamRole,
} from '../../../shared/contracts/assignments';
import { AppError, notFound, validation } from '../../../shared/errors';
import { type Actor, hasRole } from '../../context';
import type { Db } from '../../db/client';
import type { AssignmentRepository } from '../assignments/assignments.repository';
import { requireComposer } from '../assignments/assignments.service';
import { assignmentAudit, toAssignmentView } from '../assignments/assignments.view';
import type { AuditRepository } from '../audit/audit.repository';
import { type ViolationRecord, violationRecord } from '../policy/policy.errors';
import type { Clock } from '../users/users.service';
import type { RecallRepository, RecallRow } from './recalls.repository';

const ASSIGNMENT = { zh: '驻村任期', en: 'assignment' };
const PROPOSAL = { zh: '召回意见', en: 'recall proposal' };

export const toRecallView = (r: RecallRow): RecallProposalView => ({
  id: r.id,
  assignmentId: r.assignmentId,
  status: r.status as RecallProposalView['status'],
  reasons: r.reasons,
  cadreId: r.cadreId,
  cadreName: r.cadreName,
  unitId: r.unitId,
  unitName: r.unitName,
  villageCode: r.villageCode,
  villageName: r.villageName,
  countyCode: r.countyCode,
  teamRole: r.teamRole as TeamRole,
  proposedByName: r.proposedByName,
  proposedAt: r.proposedAt.toISOString(),
  confirmedAt: r.confirmedAt?.toISOString() ?? null,
  endOn: r.endOn,
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
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, recalls, assignments, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  return {
    async propose(
      actor: Actor,
      assignmentId: string,
      input: RecallProposalBody,
    ): Promise<RecallProposalView> {
      requireComposer(actor, { zh: '提出召回意见', en: 'propose recalls' });
      const row = await assignments.findInRegions(db, actor.scope, assignmentId);
      if (!row) throw notFound(ASSIGNMENT);
      if (row.endOn) {
        throw new AppError('INVALID_STATE', {
          zh: `该任期已于 ${row.endOn} 结束，不能再提出召回`,
          en: `The assignment ended on ${row.endOn}; it cannot be recalled`,
        });
      }
      if (await recalls.openFor(db, assignmentId)) {
        throw new AppError('CONFLICT', {
          zh: '该任期已有待派出单位确认的召回意见',
          en: 'A recall proposal for this assignment is already waiting for the unit',
        });
      }
      const reasons = Array.isArray(input.reasons) ? input.reasons.join('\n') : input.reasons;
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
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
      });
      return toRecallView((await recalls.byId(db, id))!);
    },

    async confirm(actor: Actor, proposalId: string, input: ConfirmRecallBody) {
      if (!hasRole(actor, 'sys_admin', 'unit_committee', 'unit_hr')) {
        throw new AppError('FORBIDDEN', {
          zh: '召回意见由驻村干部的派出单位（党委或组织人事部门）确认',
          en: "A recall is confirmed by the cadre's dispatching unit (party committee or personnel department)",
        });
      }
      const proposal = await recalls.findForUnit(db, actor.scope, proposalId);
      if (!proposal) throw notFound(PROPOSAL);
      if (proposal.status !== 'proposed') {
        throw new AppError(
          'INVALID_STATE',
          {
            zh: `该召回意见已${proposal.status === 'confirmed' ? '确认' : '撤回'}`,
            en: `The proposal is already ${proposal.status}`,
          },
          { status: proposal.status },
        );
      }
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
          violations: [...(row.violations as ViolationRecord[]), finding],
        });
        await recalls.update(tx, proposalId, {
          status: 'confirmed',
          confirmedBy: actor.userId,
          confirmedAt: now,
          endOn,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'recall.confirm',
            entityType: 'recall_proposal',
            entityId: proposalId,
            regionCode: row.villageCode,
            unitId: row.unitId,
            before: { status: 'proposed' },
            after: { status: 'confirmed', endOn, ruleId: 'P17.5.3-recall' },
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
        const need = (await assignments.findNeed(tx, row.needId))!;
        if (need.status !== 'open') {
          await assignments.updateNeed(tx, need.id, { status: 'open', closedOn: null, closedReason: null });
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
        proposal: toRecallView((await recalls.byId(db, proposalId))!),
        assignment: toAssignmentView(after!, today()),
        need: { id: needId, status: 'open' as const },
      };
    },

    async list(actor: Actor, query: { status?: string; region?: string; page: number; pageSize: number }) {
      const { items, total } = await recalls.list(
        db,
        actor.scope,
        {
          ...(query.status ? { status: query.status } : {}),
          ...(query.region ? { region: query.region } : {}),
        },
        query,
      );
      return { items: items.map(toRecallView), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
export type RecallService = ReturnType<typeof createRecallService>;
