import { getRule } from '../../../domain/policy/catalogue';
import { type IsoDate, isAfter, todayInShanghai } from '../../../domain/time';
import type { DisciplineBody, DisciplineView } from '../../../shared/contracts/daily';
import { AppError, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { NotificationRepository } from '../notifications/notifications.repository';
import type { RecallService } from '../recalls/recalls.service';
import type { Clock } from '../users/users.service';
import type { DisciplineRepository, DisciplineRow } from './discipline.repository';

const RECORD = { zh: '纪律记录', en: 'discipline record' };
const RULE = 'P21.5-discipline';

/** What assessment (issue 13) reads about a cadre's discipline in a period: plain facts, no scope. */
export interface DisciplineFact {
  id: string;
  on: string;
  finding: string;
  ruleId: string | null;
  decision: DisciplineView['decision'];
  recallProposalId: string | null;
  statement: string | null;
}

/**
 * Discipline records (纪律, P17.4.2-discipline / P21.5-discipline): the county's leading group or organisation
 * department records a finding, the rule broken and the decision — a reminder, criticism, or a recall
 * proposal, which goes through the recall workflow (P17.5.3-recall) in the same transaction. The cadre adds
 * a statement. The records are on the cadre's file and feed assessment (`factsOf`).
 */
export function createDisciplineService(deps: {
  db: Db;
  discipline: DisciplineRepository;
  audit: AuditRepository;
  notifications: NotificationRepository;
  clock: Clock;
  /** The recall workflow (P17.5.3-recall), read when a record proposes a recall. */
  recalls: () => Pick<RecallService, 'proposeWithin'>;
}) {
  const { db, discipline: repo, audit, notifications, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  const toView = (r: DisciplineRow, actor: Actor): DisciplineView => ({
    id: r.id,
    cadreId: r.cadreId,
    cadreName: r.cadreName,
    assignmentId: r.assignmentId,
    villageCode: r.villageCode,
    villageName: r.villageName,
    on: r.on,
    finding: r.finding,
    ruleId: r.ruleId,
    decision: r.decision,
    recallProposalId: r.recallProposalId,
    statement: r.statement,
    statementAt: r.statementAt?.toISOString() ?? null,
    recordedByName: r.recordedByName,
    createdAt: r.createdAt.toISOString(),
    allowedSteps:
      can(actor, 'discipline.statement') && actor.scope.cadreId === r.cadreId && r.statement === null
        ? ['statement']
        : [],
  });

  return {
    async create(actor: Actor, input: DisciplineBody): Promise<DisciplineView> {
      requireCapability(actor, 'discipline.record', { zh: '记录纪律情况', en: 'record discipline' });
      const problems = [];
      if (isAfter(input.on as IsoDate, today())) {
        problems.push({ field: 'on', message: { zh: '日期不能晚于今天', en: 'cannot be in the future' } });
      }
      if (input.ruleId && !getRule(input.ruleId)) {
        problems.push({
          field: 'ruleId',
          message: {
            zh: `规则编号 ${input.ruleId} 不在规则目录中（如 P21.5-discipline）`,
            en: `rule ${input.ruleId} is not in the rule catalogue (e.g. P21.5-discipline)`,
          },
        });
      }
      if (problems.length) throw validation(problems);
      const at = await repo.stationedOn(db, actor.scope, input.cadreId, input.on);
      if (!at)
        throw notFound({ zh: '当日在您管辖范围内驻村的干部', en: 'cadre stationed in your scope that day' });
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        // recall_proposed: through the recall workflow (P17.5.3-recall), in this transaction.
        const recallProposalId =
          input.decision === 'recall_proposed'
            ? await deps.recalls().proposeWithin(tx, actor, at.id, {
                reasons:
                  input.recallReasons || `${input.finding}${input.ruleId ? `（${input.ruleId}）` : ''}`,
              })
            : null;
        const created = await repo.insert(tx, {
          assignmentId: at.id,
          cadreId: at.cadreId,
          unitId: at.unitId,
          provinceCode: at.provinceCode,
          countyCode: at.countyCode,
          villageCode: at.villageCode,
          on: input.on,
          finding: input.finding,
          ruleId: input.ruleId ?? null,
          decision: input.decision,
          recallProposalId,
          recordedBy: actor.userId,
          recordedByName: actor.username,
          createdAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'discipline.record',
            entityType: 'discipline_record',
            entityId: created.id,
            regionCode: at.villageCode,
            unitId: at.unitId,
            after: {
              cadreId: at.cadreId,
              on: input.on,
              decision: input.decision,
              ruleId: input.ruleId ?? RULE,
              recallProposalId,
            },
          },
          now,
        );
        await notifications.notify(
          tx,
          await notifications.accountsOfCadres(tx, [at.cadreId]),
          {
            kind: 'discipline_record',
            subject: `discipline:${created.id}`,
            title: {
              zh: `有一条关于您的纪律记录（${input.on}），您可以填写本人说明`,
              en: `A discipline record about you (${input.on}); you may add your statement`,
            },
            href: `/discipline/${created.id}`,
          },
          now,
        );
        return created.id;
      });
      return toView((await repo.find(db, actor.scope, id))!, actor);
    },

    /** The cadre's own statement, once (P21.5-discipline). */
    async statement(actor: Actor, id: string, input: { statement: string }): Promise<DisciplineView> {
      requireCapability(actor, 'discipline.statement', { zh: '填写本人说明', en: 'give a statement' });
      const row = await repo.find(db, actor.scope, id);
      if (!row || row.cadreId !== actor.scope.cadreId) throw notFound(RECORD);
      if (row.statement !== null) {
        throw new AppError('INVALID_STATE', {
          zh: '本人说明已经提交',
          en: 'The statement was already given',
        });
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        const updated = await repo.setStatement(tx, id, input.statement, now);
        if (!updated) {
          throw new AppError('INVALID_STATE', {
            zh: '本人说明已经提交',
            en: 'The statement was already given',
          });
        }
        await audit.append(
          tx,
          actor,
          {
            action: 'discipline.statement',
            entityType: 'discipline_record',
            entityId: id,
            regionCode: row.villageCode,
            unitId: row.unitId,
            after: { statementLength: input.statement.length, ruleId: RULE },
          },
          now,
        );
      });
      return toView((await repo.find(db, actor.scope, id))!, actor);
    },

    async get(actor: Actor, id: string): Promise<DisciplineView> {
      requireCapability(actor, 'discipline.read', { zh: '查看纪律记录', en: 'read discipline records' });
      const row = await repo.find(db, actor.scope, id);
      if (!row) throw notFound(RECORD);
      return toView(row, actor);
    },

    async list(actor: Actor, q: { cadreId?: string; region?: string; page: number; pageSize: number }) {
      requireCapability(actor, 'discipline.read', { zh: '查看纪律记录', en: 'read discipline records' });
      const { items, total } = await repo.list(
        db,
        actor.scope,
        { ...(q.cadreId ? { cadreId: q.cadreId } : {}), ...(q.region ? { region: q.region } : {}) },
        q,
      );
      return { items: items.map((r) => toView(r, actor)), total, page: q.page, pageSize: q.pageSize };
    },

    /**
     * For assessment (issue 13, P17.5.1-mix): the cadre's discipline records dated in [from, to], as facts.
     * No scope here: the caller has already found the cadre in its own scope.
     */
    async factsOf(cadreId: string, from: string, to: string, tx: Executor = db): Promise<DisciplineFact[]> {
      return (await repo.ofCadre(tx, cadreId, from, to)).map((r) => ({
        id: r.id,
        on: r.on,
        finding: r.finding,
        ruleId: r.ruleId,
        decision: r.decision,
        recallProposalId: r.recallProposalId,
        statement: r.statement,
      }));
    },

    /** Records of the cadre's own account still waiting for a statement (the cadre's to-dos). */
    async awaitingStatement(actor: Actor) {
      if (!actor.scope.cadreId) return [];
      const { items } = await repo.list(
        db,
        actor.scope,
        { cadreId: actor.scope.cadreId },
        { page: 1, pageSize: 50 },
      );
      return items.filter((r) => r.statement === null);
    },
  };
}
export type DisciplineService = ReturnType<typeof createDisciplineService>;
