import { checkCandidate } from '../../../domain/policy/eligibility';
import { defaultParameters, type PolicyParameters } from '../../../domain/policy/parameters';
import {
  isSubstantialReason,
  resolveOverrides,
  type Violation,
  violation,
} from '../../../domain/policy/violations';
import {
  checkEarlyEnd,
  checkHandover,
  checkLeader,
  checkStay,
  checkTeamSize,
  checkTerm,
  chooseTeam,
  onPostOn,
  postTaken,
  predecessorOf,
  remainingSlots,
} from '../../../domain/tenure';
import { addDays, type IsoDate, isBefore, todayInShanghai } from '../../../domain/time';
import type {
  AssignmentListQuery,
  AssignmentView,
  CreateAssignmentBody,
  EndAssignmentBody,
  PatchAssignmentBody,
} from '../../../shared/contracts/assignments';
import { AppError, notFound, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { NeedRepository } from '../needs/needs.repository';
import { policyViolation, recordedFindings, type ViolationRecord } from '../policy/policy.errors';
import type { Clock } from '../users/users.service';
import { cadreFactsOf, unitFactsOf } from './assignments.facts';
import type { AssignmentRecord, AssignmentRepository } from './assignments.repository';
import { assignmentAudit, termOf, toAssignmentView } from './assignments.view';

const ASSIGNMENT = { zh: '驻村任期', en: 'assignment' };
const NOMINATION = { zh: '选派人选', en: 'nomination' };

/**
 * Provincial parameters (RULES.md "Provincial parameters"): the settings module's values in force for a region
 * (a village code: its county's, city's or province's values) on a date; the national defaults when unwired.
 */
export type ParametersOf = (
  regionCode: string,
  on: string,
) => Readonly<PolicyParameters> | Promise<Readonly<PolicyParameters>>;

export function requireComposer(actor: Actor, what: { zh: string; en: string }) {
  if (!can(actor, 'teams.compose')) {
    throw new AppError('FORBIDDEN', {
      zh: `只有县委组织部门或驻村工作领导小组可以${what.zh}`,
      en: `Only the county organisation department or leading group can ${what.en}`,
    });
  }
}

export function createAssignmentService(deps: {
  db: Db;
  assignments: AssignmentRepository;
  /** The needs module writes needs (one writer per table). */
  needs: NeedRepository;
  audit: AuditRepository;
  clock: Clock;
  parameters?: ParametersOf;
  /**
   * Whether the assignment's three handover lists are confirmed by the successor and the township
   * (issue 12, P21.5-rotate; the handovers module). Unwired: not checked.
   */
  handoverConfirmed?: (db: Executor, assignmentId: string) => Promise<boolean>;
}) {
  const { db, assignments: repo, audit, clock } = deps;
  const parametersOf: ParametersOf = deps.parameters ?? (() => defaultParameters);
  const today = () => todayInShanghai(clock.now());

  async function viewOf(tx: Executor, id: string, on: IsoDate): Promise<AssignmentView> {
    const [row] = await repo.byIds(tx, [id]);
    return toAssignmentView(row!, on);
  }

  /**
   * Makes an assignment of a decided nomination inside the caller's transaction, so matching can move
   * the nomination and assign it atomically. Throws AppError on anything refused.
   */
  async function createWithin(
    tx: Executor,
    actor: Actor,
    input: CreateAssignmentBody,
  ): Promise<{ assignment: AssignmentRecord; findings: ViolationRecord[] }> {
    const found = await repo.nominationForAssignment(tx, actor.scope, input.nominationId);
    if (!found) throw notFound(NOMINATION);
    const { nomination, need, cadre, unit } = found;
    if (nomination.status !== 'decided') {
      throw new AppError(
        'INVALID_STATE',
        {
          zh: `该人选尚未由派出单位党委研究确定（当前状态：${nomination.status}），不能安排驻村`,
          en: `The nomination is not decided yet (status ${nomination.status}); only a decided candidate can be assigned`,
        },
        { status: nomination.status },
      );
    }
    const startOn = input.startOn as IsoDate;
    const plannedEndOn = input.plannedEndOn as IsoDate;
    const villageCode = nomination.villageCode;
    await repo.lockVillage(tx, villageCode);
    if (await repo.byNomination(tx, nomination.id)) {
      throw new AppError('CONFLICT', {
        zh: '该人选已经安排了驻村任期',
        en: 'This nomination already has an assignment',
      });
    }
    if (need.status !== 'open') {
      throw new AppError(
        need.status === 'filled' ? 'CONFLICT' : 'INVALID_STATE',
        {
          zh: `该选派需求${need.status === 'filled' ? '已全部安排到人' : '已关闭'}，请先调整需求或把人选调到其他需求`,
          en: `The village need is ${need.status}; change the need or move the candidate to another one first`,
        },
        { needStatus: need.status },
      );
    }
    const fsRole = input.teamRole === 'first_secretary';
    const slots = remainingSlots(need, await repo.takenFromNeeds(tx, [need.id]));
    if (fsRole ? slots.firstSecretary === 0 : slots.members === 0) {
      throw new AppError(
        'CONFLICT',
        fsRole
          ? {
              zh: need.firstSecretary ? '该需求的第一书记岗位已安排' : '该需求不要求选派第一书记',
              en: need.firstSecretary
                ? "The need's first-secretary slot is already assigned"
                : 'The need asks for no first secretary',
            }
          : { zh: '该需求的工作队员名额已满', en: "The need's member slots are all assigned" },
        { remaining: slots },
      );
    }
    const clash = await repo.ofCadreBetween(tx, cadre.id, startOn, plannedEndOn);
    if (clash.length > 0) {
      const c = clash[0]!;
      throw new AppError(
        'CONFLICT',
        {
          zh: `${cadre.name}在 ${c.startOn} 至 ${c.endOn ?? c.plannedEndOn} 已驻${c.villageName}，任期不能重叠`,
          en: `${cadre.name} is stationed in ${c.villageName} from ${c.startOn} to ${c.endOn ?? c.plannedEndOn}; terms cannot overlap`,
        },
        { assignmentId: c.id },
      );
    }

    const villageRows = await repo.ofVillages(tx, [villageCode]);
    const villageTerms = villageRows.map(termOf);
    if (fsRole) {
      const taken = postTaken(villageTerms, startOn);
      if (taken) {
        const holder = villageRows.find((r) => r.id === taken.holder.id)!;
        throw new AppError(
          'CONFLICT',
          {
            zh: `${holder.villageName}已有第一书记${holder.cadreName}（${holder.startOn} 至 ${holder.endOn ?? holder.plannedEndOn}）。接任者最早 ${taken.earliestSuccessorStart} 到岗压茬交接；如需提前更换，请先结束现任任期`,
            en: `${holder.villageName} has first secretary ${holder.cadreName} (${holder.startOn} to ${holder.endOn ?? holder.plannedEndOn}). A successor starts on ${taken.earliestSuccessorStart} at the earliest, for the handover; to replace earlier, end the current term first`,
          },
          { holderAssignmentId: holder.id, earliestSuccessorStart: taken.earliestSuccessorStart },
        );
      }
    }
    const teams = await repo.teamsOf(tx, [villageCode]);
    const choice = chooseTeam(
      teams.map((t) => ({
        id: t.id,
        batch: t.batch,
        startedOn: t.startedOn as IsoDate,
        terms: villageRows.filter((r) => r.teamId === t.id).map(termOf),
      })),
      startOn,
    );
    if (choice.kind === 'before_history') {
      throw new AppError(
        'INVALID_STATE',
        {
          zh: `该村第一批工作队 ${choice.firstStartedOn} 组建，更早的任期请按时间顺序先行录入`,
          en: `The village's first team started on ${choice.firstStartedOn}; enter earlier terms in date order`,
        },
        { firstStartedOn: choice.firstStartedOn },
      );
    }

    // The team as planned once this assignment is made: its people on post from the start, the newcomer,
    // and the slots the village's open needs still ask for.
    const teamTerms =
      choice.kind === 'join'
        ? villageRows
            .filter(
              (r) =>
                r.teamId === choice.teamId && !isBefore(termOf(r).endOn ?? termOf(r).plannedEndOn, startOn),
            )
            .map(termOf)
        : [];
    const openNeeds = await repo.openNeedsOf(tx, [villageCode]);
    const takenByNeed = await repo.takenFromNeeds(
      tx,
      openNeeds.map((n) => n.id),
    );
    let openFs = 0;
    let openMembers = 0;
    for (const n of openNeeds) {
      const left = remainingSlots(
        n,
        takenByNeed.filter((t) => t.needId === n.id),
      );
      openFs += left.firstSecretary;
      openMembers += left.members;
    }
    if (fsRole) openFs -= 1;
    else openMembers -= 1;
    const teamFs = teamTerms.filter((t) => t.teamRole === 'first_secretary').length;
    const plan = {
      firstSecretaries: Math.min(teamFs + openFs + (fsRole ? 1 : 0), 1),
      others: teamTerms.length - teamFs + Math.max(openMembers, 0) + (fsRole ? 0 : 1),
    };
    const villageHasFirstSecretary =
      need.firstSecretary || openFs > 0 || teamTerms.some((t) => t.teamRole === 'first_secretary');

    const role = fsRole ? 'first_secretary' : 'member';
    const parameters = await parametersOf(nomination.villageCode, startOn);
    const eligibility = checkCandidate({
      cadre: cadreFactsOf(cadre),
      unit: unitFactsOf(unit),
      role,
      date: startOn,
      leadsTeam: input.teamRole !== 'member',
      parameters,
    }).filter((v) => v.severity !== 'info');
    const findings: Violation[] = [
      ...eligibility,
      checkTerm(startOn, plannedEndOn),
      checkLeader({ teamRole: input.teamRole, startOn, villageHasFirstSecretary }),
      checkTeamSize(startOn, plan),
      fsRole
        ? checkHandover({
            startOn,
            predecessor: predecessorOf(villageTerms, startOn),
            overlapDays: parameters.handoverOverlapDays,
          })
        : null,
    ].filter((v): v is Violation => v !== null);

    // Reasons given at the nomination for its eligibility warnings carry over when the role is the same.
    const given = input.overrides ?? [];
    const carried =
      nomination.role === role
        ? nomination.overrides.filter(
            (o) =>
              eligibility.some((v) => v.ruleId === o.ruleId) && !given.some((g) => g.ruleId === o.ruleId),
          )
        : [];
    const resolution = resolveOverrides(findings, [...given, ...carried]);
    if (!resolution.ok) throw policyViolation(resolution);
    const recorded = recordedFindings(resolution);

    if (choice.kind === 'join' && choice.startedOn)
      await repo.setTeamStart(tx, choice.teamId, choice.startedOn);
    const team =
      choice.kind === 'join'
        ? { id: choice.teamId }
        : await repo.insertTeam(tx, {
            villageCode,
            provinceCode: nomination.provinceCode,
            countyCode: nomination.countyCode,
            batch: choice.batch,
            startedOn: startOn,
          });
    const now = clock.now();
    const assignment = await repo.insert(tx, {
      teamId: team.id,
      nominationId: nomination.id,
      cadreId: cadre.id,
      unitId: nomination.unitId,
      villageCode,
      provinceCode: nomination.provinceCode,
      countyCode: nomination.countyCode,
      teamRole: input.teamRole,
      startOn,
      plannedEndOn,
      violations: recorded,
      overrides: resolution.overridden.map((o) => ({ ruleId: o.violation.ruleId, reason: o.reason })),
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await audit.append(
      tx,
      actor,
      {
        action: 'assignment.create',
        entityType: 'assignment',
        entityId: assignment.id,
        regionCode: villageCode,
        unitId: assignment.unitId,
        after: {
          ...assignmentAudit(assignment),
          batch: choice.batch,
          newTeam: choice.kind === 'new',
          findings: recorded,
        },
      },
      now,
    );
    const left = remainingSlots(need, await repo.takenFromNeeds(tx, [need.id]));
    if (left.firstSecretary === 0 && left.members === 0) {
      await deps.needs.update(tx, need.id, { status: 'filled' });
      await audit.append(
        tx,
        actor,
        {
          action: 'need.fill',
          entityType: 'village_need',
          entityId: need.id,
          regionCode: villageCode,
          before: { status: need.status },
          after: { status: 'filled', byAssignment: assignment.id },
        },
        now,
      );
    }
    return { assignment, findings: recorded };
  }

  return {
    createWithin,

    async create(actor: Actor, input: CreateAssignmentBody) {
      requireComposer(actor, { zh: '安排驻村任期', en: 'make assignments' });
      return db.transaction(async (tx) => {
        const { assignment, findings } = await createWithin(tx, actor, input);
        return { assignment: await viewOf(tx, assignment.id, today()), violations: findings };
      });
    },

    async get(actor: Actor, id: string): Promise<AssignmentView> {
      const row = await repo.find(db, actor.scope, id);
      if (!row) throw notFound(ASSIGNMENT);
      return toAssignmentView(row, today());
    },

    async list(actor: Actor, query: AssignmentListQuery) {
      const on = today();
      const { items, total } = await repo.list(
        db,
        actor.scope,
        {
          ...(query.region ? { region: query.region } : {}),
          ...(query.village ? { villageCode: query.village } : {}),
          ...(query.cadre ? { cadreId: query.cadre } : {}),
          ...(query.unit ? { unitId: query.unit } : {}),
          ...(query.teamRole ? { teamRole: query.teamRole } : {}),
          ...(query.active === true ? { activeOn: on } : query.active === false ? { inactiveOn: on } : {}),
        },
        query,
      );
      return {
        items: items.map((r) => toAssignmentView(r, on)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /**
     * Ends a term: a reason from the allowed list (P21.5-term). An early end other than by rotation warns
     * and needs a reason (the note serves); recall goes through its own procedure (P17.5.3-recall); in the
     * P17 period a village that exited poverty keeps its team (P17.2.3-stay).
     */
    async end(actor: Actor, id: string, input: EndAssignmentBody) {
      requireComposer(actor, { zh: '结束驻村任期', en: 'end assignments' });
      const row = await repo.findInRegions(db, actor.scope, id);
      if (!row) throw notFound(ASSIGNMENT);
      if (row.endOn) {
        throw new AppError(
          'INVALID_STATE',
          { zh: `该任期已于 ${row.endOn} 结束`, en: `The assignment already ended on ${row.endOn}` },
          { endOn: row.endOn, endReason: row.endReason },
        );
      }
      if (input.reason === 'recalled') {
        throw new AppError(
          'INVALID_STATE',
          {
            zh: '召回须由驻村工作领导小组提出召回意见、派出单位确认（P17.5.3-recall），请使用召回程序',
            en: 'A recall is proposed by the leading group and confirmed by the dispatching unit (P17.5.3-recall): use the recall procedure',
          },
          { ruleId: 'P17.5.3-recall' },
        );
      }
      const endOn = input.endOn as IsoDate;
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
      const term = termOf(row);
      const villageTerms = (await repo.ofVillages(db, [row.villageCode])).map(termOf);
      const stay = checkStay({
        term,
        endOn,
        reason: input.reason,
        villageExitedPoverty: await repo.exitedPovertyBy(db, row.villageCode, endOn),
        others: villageTerms,
      });
      const findings = [
        // P21.5-rotate: "rotated" only with a successor on post (or the planned end reached).
        checkEarlyEnd({ term, endOn, reason: input.reason, villageTerms }),
        stay,
      ].filter((v): v is Violation => v !== null);
      const next = addDays(endOn, 1);
      if (
        term.teamRole === 'first_secretary' &&
        !villageTerms.some((t) => t.id !== term.id && t.teamRole === 'first_secretary' && onPostOn(t, next))
      ) {
        findings.push(
          violation(
            'P21.5-rotate',
            { endOn, vacantFrom: next },
            {
              zh: `${endOn} 之后村里没有第一书记在岗，请尽快安排接任者`,
              en: `No first secretary is on post after ${endOn}; arrange a successor`,
            },
            'info',
          ),
        );
      }
      // P21.5-rotate (压茬交接): a lead post handed to a successor ends `rotated` only with the three handover
      // lists confirmed by the successor and the township (issue 12). Without a successor the early-end rule
      // above decides.
      if (
        input.reason === 'rotated' &&
        deps.handoverConfirmed &&
        (term.teamRole === 'first_secretary' || term.teamRole === 'leader') &&
        villageTerms.some(
          (t) => t.id !== term.id && t.teamRole === term.teamRole && isBefore(term.startOn, t.startOn),
        ) &&
        !(await deps.handoverConfirmed(db, id))
      ) {
        findings.push(
          violation(
            'P21.5-rotate',
            { handoverListsConfirmed: false },
            {
              zh: '三张交接清单（村情、在办事项、资产和档案）尚未经接任者和乡镇确认，不能以“到期轮换”结束任期',
              en: 'The three handover lists (village situation, work in progress, assets and files) are not confirmed by the successor and the township; the term cannot end as rotated',
            },
            'block',
          ),
        );
      }
      const given = input.overrides ?? [];
      const fromNote =
        input.note && isSubstantialReason(input.note)
          ? findings
              .filter((v) => v.severity === 'warn' && !given.some((g) => g.ruleId === v.ruleId))
              .map((v) => ({ ruleId: v.ruleId, reason: input.note! }))
          : [];
      const resolution = resolveOverrides(findings, [...given, ...fromNote]);
      if (!resolution.ok) throw policyViolation(resolution);
      const recorded = recordedFindings(resolution);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const updated = await repo.update(tx, id, {
          endOn,
          endReason: input.reason,
          endNote: input.note ?? null,
          violations: [...row.violations, ...recorded],
          overrides: [
            ...row.overrides,
            ...resolution.overridden.map((o) => ({ ruleId: o.violation.ruleId, reason: o.reason })),
          ],
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'assignment.end',
            entityType: 'assignment',
            entityId: id,
            regionCode: row.villageCode,
            unitId: row.unitId,
            before: assignmentAudit(row),
            after: { ...assignmentAudit(updated), findings: recorded },
          },
          now,
        );
        return { assignment: await viewOf(tx, id, today()), violations: recorded };
      });
    },

    /** P21.5-partyrel / P21.5-fulltime: the county or the cadre's unit records the checklist dates. */
    async patch(actor: Actor, id: string, input: PatchAssignmentBody): Promise<AssignmentView> {
      if (!can(actor, 'teams.checklist')) {
        throw new AppError('FORBIDDEN', {
          zh: '只有组织部门、驻村工作领导小组或派出单位可以记录组织关系转接和专职驻村确认',
          en: 'Only the organisation department, the leading group or the dispatching unit records these',
        });
      }
      const row = await repo.find(db, actor.scope, id);
      if (!row) throw notFound(ASSIGNMENT);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const updated = await repo.update(tx, id, {
          ...(input.partyRelationTransferredOn !== undefined
            ? { partyRelationTransferredOn: input.partyRelationTransferredOn }
            : {}),
          ...(input.fullTimeAcknowledgedOn !== undefined
            ? { fullTimeAcknowledgedOn: input.fullTimeAcknowledgedOn }
            : {}),
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'assignment.checklist',
            entityType: 'assignment',
            entityId: id,
            regionCode: row.villageCode,
            unitId: row.unitId,
            before: {
              partyRelationTransferredOn: row.partyRelationTransferredOn,
              fullTimeAcknowledgedOn: row.fullTimeAcknowledgedOn,
            },
            after: {
              partyRelationTransferredOn: updated.partyRelationTransferredOn,
              fullTimeAcknowledgedOn: updated.fullTimeAcknowledgedOn,
            },
          },
          now,
        );
        return viewOf(tx, id, today());
      });
    },
  };
}
export type AssignmentService = ReturnType<typeof createAssignmentService>;
