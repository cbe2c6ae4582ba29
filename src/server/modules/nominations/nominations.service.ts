import { type CandidateInput, checkCandidate } from '../../../domain/policy/eligibility';
import {
  availableSteps,
  type FiveChecks,
  type NominationStep,
  transition,
  transitionFor,
} from '../../../domain/policy/nomination-workflow';
import { policyVersionOn } from '../../../domain/policy/versions';
import {
  type Override,
  resolveOverrides,
  type Violation,
  violation,
} from '../../../domain/policy/violations';
import { countyOf } from '../../../domain/regions/code';
import { type IsoDate, todayInShanghai } from '../../../domain/time';
import type {
  CreateNominationBody,
  NominationCorrectionBody,
  NominationStatus,
  OnBehalfOf,
} from '../../../shared/contracts/nominations';
import { AppError, notFound } from '../../../shared/errors';
import { requireCapability, rolesFor } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db, Executor } from '../../db/client';
import { takeStep } from '../../workflow/guarded';
import type { AuditRepository } from '../audit/audit.repository';
import type { CadreRepository } from '../cadres/cadres.repository';
import type { NeedRecord, NeedRepository } from '../needs/needs.repository';
import { policyViolation, recordedFindings } from '../policy/policy.errors';
import type { RegionRepository } from '../regions/regions.repository';
import type { Clock } from '../users/users.service';
import type { VillageRepository } from '../villages/villages.repository';
import type { NominationRecord, NominationRepository } from './nominations.repository';

const NOMINATION = { zh: '选派人选', en: 'nomination' };
const NEED = { zh: '选派需求', en: 'village need' };
const CADRE = { zh: '干部', en: 'cadre' };

// The cadre pool's rank names mapped to the ranks the leader-rank rule knows (P17.2.3-leader-rank):
// bureau level is above division level and satisfies "处科级".
const rankForPolicy = {
  bureau: 'division',
  division: 'division',
  section: 'section',
  staff: 'other',
} as const;

const isUniqueViolation = (e: unknown, constraint: string) => {
  const err = e as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pg = err.code === '23505' ? err : err.cause?.code === '23505' ? err.cause : null;
  return Boolean(pg) && (!pg?.constraint || pg.constraint === constraint);
};

const alreadyCandidate = (cadreName: string, nominationId?: string) =>
  new AppError(
    'CONFLICT',
    {
      zh: `${cadreName}已是另一项选派的人选，请先撤回原人选`,
      en: `${cadreName} is already a candidate for another need; withdraw that nomination first`,
    },
    nominationId ? { nominationId } : undefined,
  );

/**
 * Moves a decided nomination to another need of its county during matching (P21.3-compose): a step of the
 * transition table (`move`), guarded on its state, with its step row and audit record in the caller's
 * transaction. The only writer of nominations outside this module's service is this function.
 */
export async function moveNomination(
  tx: Executor,
  deps: { nominations: NominationRepository; audit: AuditRepository },
  actor: Actor,
  n: NominationRecord,
  need: NeedRecord,
  role: 'first_secretary' | 'member',
  ruleId: string,
  now: Date,
): Promise<NominationRecord> {
  const t = transition(n.status, 'move', actor.roles);
  if (!t.ok) throw new AppError(t.reason === 'INVALID_INPUT' ? 'VALIDATION' : t.reason, t.message);
  const before = { needId: n.needId, villageCode: n.villageCode, role: n.role };
  return takeStep(tx, deps.audit, {
    actor,
    at: now,
    update: () =>
      deps.nominations.transition(tx, n.id, n.status, t.to, {
        needId: need.id,
        villageCode: need.villageCode,
        role,
      }),
    stepRow: (after) =>
      deps.nominations.addStep(tx, {
        nominationId: n.id,
        step: 'move',
        fromStatus: n.status,
        toStatus: after.status,
        actorId: actor.userId,
        actorName: actor.username,
        actorRoles: [...actor.roles],
        at: now,
        onDate: todayInShanghai(now),
        note: null,
        detail: { ruleId, before, after: { needId: after.needId, villageCode: after.villageCode, role } },
      }),
    audit: (after) => ({
      action: 'nomination.move',
      entityType: 'nomination',
      entityId: n.id,
      regionCode: need.villageCode,
      unitId: n.unitId,
      before,
      after: { needId: after.needId, villageCode: after.villageCode, role: after.role, ruleId },
    }),
  });
}

export function createNominationService(deps: {
  db: Db;
  nominations: NominationRepository;
  needs: NeedRepository;
  cadres: CadreRepository;
  villages: VillageRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, nominations, villages, regions: regionRepo, audit, clock } = deps;

  /** The facts eligibility needs, read without scope: the nomination (or cadre) was already found in scope. */
  const candidateFacts = (tx: Executor, cadreId: string) => nominations.candidateFacts(tx, cadreId);

  async function evaluate(
    tx: Executor,
    input: { cadreId: string; villageCode: string; role: 'first_secretary' | 'member'; date: IsoDate },
  ): Promise<Violation[]> {
    const facts = await candidateFacts(tx, input.cadreId);
    if (!facts) throw notFound(CADRE);
    const [categories, flagged] = await Promise.all([
      villages.activeCategories(tx, [input.villageCode], input.date),
      villages.countiesFlaggedOn(tx, [countyOf(input.villageCode)], 'keyAssistedCounty', input.date),
    ]);
    const c = facts.cadre;
    const candidate: CandidateInput = {
      cadre: {
        birthDate: c.birthDate as IsoDate,
        gender: c.gender as 'male' | 'female',
        partyStatus: c.partyStatus as 'full' | 'probationary' | 'none',
        partyJoinedOn: c.partyJoinedOn as IsoDate | null,
        partyFullOn: c.partyFullOn as IsoDate | null,
        workStartedOn: c.workStartedOn as IsoDate,
        rank: c.rank ? (rankForPolicy[c.rank as keyof typeof rankForPolicy] ?? 'other') : null,
        reserveCadre: c.reserveCadre,
        steppedDownForAge: c.steppedDownForAge,
        ruralExperience: c.ruralExperience,
        agriExpertise: c.agriExpertise,
        strengths: c.strengths as CandidateInput['cadre']['strengths'],
      },
      unit: {
        kind: facts.unitKind as CandidateInput['unit']['kind'],
        level: facts.unitLevel as CandidateInput['unit']['level'],
      },
      role: input.role,
      date: input.date,
      village: {
        activeCategories: categories.get(input.villageCode) ?? [],
        keyAssistedCounty: flagged.has(countyOf(input.villageCode)),
      },
    };
    return checkCandidate(candidate);
  }

  /** Eligibility under the rules on the nomination's date; refuses on blocks and unexcused warnings. */
  async function judge(
    tx: Executor,
    n: { cadreId: string; villageCode: string; role: 'first_secretary' | 'member'; date: IsoDate },
    overrides: Override[],
  ) {
    const findings = await evaluate(tx, n);
    const resolution = resolveOverrides(findings, overrides);
    if (!resolution.ok) throw policyViolation(resolution);
    return resolution;
  }

  function refuseStep(
    result: { reason: 'FORBIDDEN' | 'INVALID_STATE' | 'INVALID_INPUT'; message: { zh: string; en: string } },
    field = 'body',
  ): never {
    if (result.reason === 'INVALID_INPUT')
      throw new AppError('VALIDATION', result.message, { fields: [{ field, message: result.message }] });
    throw new AppError(result.reason, result.message);
  }

  async function present(actor: Actor, rows: NominationRecord[], withSteps = false) {
    const cadreIds = [...new Set(rows.map((r) => r.cadreId))];
    // One query for the names of every cadre and unit on the page, not one per row.
    const [names, cadreInfo] = await Promise.all([
      regionRepo.names(
        db,
        rows.map((r) => r.villageCode),
      ),
      nominations.cadreNames(db, cadreIds),
    ]);
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        status: r.status,
        cadreId: r.cadreId,
        cadreName: cadreInfo.get(r.cadreId)?.name ?? '',
        unitId: r.unitId,
        unitName: cadreInfo.get(r.cadreId)?.unitName ?? '',
        needId: r.needId,
        villageCode: r.villageCode,
        villageName: names.get(r.villageCode) ?? r.villageCode,
        role: r.role as 'first_secretary' | 'member',
        source: r.source as 'application' | 'recommendation',
        date: r.nominatedOn,
        policyVersion: r.policyVersion,
        violations: r.violations,
        checks: r.checks,
        closedReason: r.closedReason,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
        // Matching's move is taken from the matching page, not from the nomination's buttons.
        allowedSteps: availableSteps(r.status, actor.roles).filter((x) => x !== 'move'),
        ...(withSteps
          ? {
              steps: (await nominations.steps(db, r.id)).map((s) => ({
                step: s.step,
                fromStatus: s.fromStatus,
                toStatus: s.toStatus,
                actorName: s.actorName,
                actorRoles: s.actorRoles,
                at: s.at.toISOString(),
                note: s.note,
                detail: s.detail,
              })),
            }
          : {}),
      })),
    );
  }

  /** Takes one step of the procedure: role and state from the transition table, eligibility re-checked. */
  async function step(
    actor: Actor,
    id: string,
    name: NominationStep,
    input: { checks?: FiveChecks; reason?: string; note?: string; overrides?: Override[] },
    correction?: { onBehalfOf: OnBehalfOf; reason: string },
  ) {
    const n = await nominations.find(db, actor.scope, id);
    if (!n) throw notFound(NOMINATION);
    // An administrator's correction takes the step as the office it names (the roles holding the step's
    // capability); the step row and audit record say so.
    const roles = correction ? rolesFor(transitionFor(name).who[0]!) : actor.roles;
    const t = transition(n.status, name, roles, {
      ...(input.checks ? { checks: input.checks } : {}),
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
    });
    if (!t.ok) refuseStep(t, name === 'check' ? 'checks' : 'reason');
    const now = clock.now();
    const overrides = [...n.overrides, ...(input.overrides ?? [])];
    // Rejection and withdrawal close the nomination whatever the rules say; other steps re-check them.
    const resolution =
      name === 'reject' || name === 'withdraw'
        ? null
        : await judge(
            db,
            {
              cadreId: n.cadreId,
              villageCode: n.villageCode,
              role: n.role as 'first_secretary' | 'member',
              date: n.nominatedOn as IsoDate,
            },
            overrides,
          );
    const updated = await db.transaction(async (tx) => {
      const detailOfCorrection = correction
        ? { adminCorrection: true, onBehalfOf: correction.onBehalfOf, correctionReason: correction.reason }
        : {};
      const checks = input.checks
        ? Object.fromEntries(
            Object.entries(input.checks).map(([k, v]) => [
              k,
              { result: v, reviewer: actor.username, at: now.toISOString() },
            ]),
          )
        : undefined;
      const row = await nominations.transition(tx, id, n.status, t.to, {
        ...(resolution ? { violations: recordedFindings(resolution), overrides } : {}),
        ...(checks ? { checks: { ...checks, note: input.note ?? null } } : {}),
        ...(name === 'reject' || name === 'withdraw' ? { closedReason: input.reason ?? null } : {}),
        ...(t.to === 'rejected' && name === 'check'
          ? { closedReason: `五关审核未通过：${t.failedChecks.join(', ')}` }
          : {}),
      });
      await nominations.addStep(tx, {
        nominationId: id,
        step: name,
        fromStatus: n.status,
        toStatus: t.to,
        actorId: actor.userId,
        actorName: actor.username,
        actorRoles: [...actor.roles],
        at: now,
        onDate: todayInShanghai(now),
        note: input.reason ?? input.note ?? null,
        detail: {
          ruleId: t.ruleId,
          ...(checks ? { checks } : {}),
          ...(t.failedChecks.length ? { failedChecks: t.failedChecks } : {}),
          // Filing is with the organisation department together with the rural-work departments (P21.3-file).
          ...(name === 'file' ? { coFiledWith: ['ruralOffice', 'agriDept', 'revitalisationDept'] } : {}),
          ...(input.overrides?.length ? { overrides: input.overrides } : {}),
          ...detailOfCorrection,
        },
      });
      await audit.append(
        tx,
        actor,
        {
          action: correction ? `nomination.correct.${name}` : `nomination.${name}`,
          entityType: 'nomination',
          entityId: id,
          regionCode: n.villageCode,
          unitId: n.unitId,
          before: { status: n.status },
          after: {
            status: t.to,
            ruleId: t.ruleId,
            ...(input.reason ? { reason: input.reason } : {}),
            ...(checks ? { checks } : {}),
            ...detailOfCorrection,
          },
        },
        now,
      );
      return row;
    });
    const [view] = await present(actor, [updated], true);
    return view!;
  }

  return {
    async create(actor: Actor, input: CreateNominationBody) {
      const allowed = transition(null, 'propose', actor.roles);
      if (!allowed.ok) refuseStep(allowed);
      const cadre = await deps.cadres.findInScope(db, actor.scope, input.cadreId);
      if (!cadre) throw notFound(CADRE);
      // A need is found by id without region scope: a dispatching unit proposes for another county's need.
      const need = await deps.needs.byId(db, input.needId);
      if (!need) throw notFound(NEED);
      // 先定村、再定人 (P21.1-order): the candidate fills a post of an open need.
      const order =
        need.status !== 'open'
          ? { zh: '该选派需求已满足或已关闭', en: 'This need is filled or closed' }
          : input.role === 'first_secretary' && !need.firstSecretary
            ? {
                zh: '该村的选派需求不含第一书记，请按需求选派队员，或先调整需求',
                en: 'The need has no first-secretary post; nominate a member or change the need first',
              }
            : null;
      if (order) {
        throw policyViolation(
          resolveOverrides([
            violation(
              'P21.1-order',
              { needId: need.id, needStatus: need.status, role: input.role },
              order,
              'block',
            ),
          ]),
        );
      }
      const date = (input.date as IsoDate | undefined) ?? todayInShanghai(clock.now());
      const overrides = input.overrides ?? [];
      const resolution = await judge(
        db,
        { cadreId: cadre.id, villageCode: need.villageCode, role: input.role, date },
        overrides,
      );
      const open = await nominations.openForCadre(db, cadre.id);
      if (open.length > 0) throw alreadyCandidate(cadre.name, open[0]!.id);
      const now = clock.now();
      // Two proposals at once both pass the read above; the partial unique index refuses the second.
      const created = await db
        .transaction(async (tx) => {
          const row = await nominations.insert(tx, {
            cadreId: cadre.id,
            unitId: cadre.unitId,
            needId: need.id,
            villageCode: need.villageCode,
            provinceCode: need.provinceCode,
            countyCode: need.countyCode,
            role: input.role,
            source: input.source,
            nominatedOn: date,
            policyVersion: policyVersionOn(date),
            status: allowed.to,
            violations: recordedFindings(resolution),
            overrides,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          });
          await nominations.addStep(tx, {
            nominationId: row.id,
            step: 'propose',
            fromStatus: null,
            toStatus: allowed.to,
            actorId: actor.userId,
            actorName: actor.username,
            actorRoles: [...actor.roles],
            at: now,
            onDate: todayInShanghai(now),
            note: null,
            detail: {
              ruleId: allowed.ruleId,
              source: input.source,
              ...(overrides.length ? { overrides } : {}),
            },
          });
          await audit.append(
            tx,
            actor,
            {
              action: 'nomination.propose',
              entityType: 'nomination',
              entityId: row.id,
              regionCode: row.villageCode,
              unitId: row.unitId,
              after: { ...row },
            },
            now,
          );
          return row;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e, 'nominations_one_open_per_cadre')) throw alreadyCandidate(cadre.name);
          throw e;
        });
      const [view] = await present(actor, [created], true);
      return view!;
    },

    /**
     * An administrator's correction (issue 9 correction 5): the system administrator takes no personnel
     * decision, but enters one taken by an office it names, with a reason; the step is otherwise the same.
     */
    correct: (actor: Actor, id: string, body: NominationCorrectionBody) => {
      requireCapability(actor, 'nominations.correct', {
        zh: '代为录入选派步骤',
        en: 'enter a selection step on behalf of an office',
      });
      const input =
        body.step === 'check'
          ? { ...(body.checks ? { checks: body.checks } : {}), ...(body.note ? { note: body.note } : {}) }
          : body.step === 'reject' || body.step === 'withdraw'
            ? { reason: body.reason }
            : { ...(body.note ? { note: body.note } : {}) };
      return step(actor, id, body.step, input, { onBehalfOf: body.onBehalfOf, reason: body.reason });
    },

    check: (actor: Actor, id: string, checks: FiveChecks, note?: string, overrides?: Override[]) =>
      step(actor, id, 'check', { checks, ...(note ? { note } : {}), ...(overrides ? { overrides } : {}) }),
    file: (actor: Actor, id: string, note?: string, overrides?: Override[]) =>
      step(actor, id, 'file', { ...(note ? { note } : {}), ...(overrides ? { overrides } : {}) }),
    decide: (actor: Actor, id: string, note?: string, overrides?: Override[]) =>
      step(actor, id, 'decide', { ...(note ? { note } : {}), ...(overrides ? { overrides } : {}) }),
    reject: (actor: Actor, id: string, reason: string) => step(actor, id, 'reject', { reason }),
    withdraw: (actor: Actor, id: string, reason: string) => step(actor, id, 'withdraw', { reason }),

    async get(actor: Actor, id: string) {
      const n = await nominations.find(db, actor.scope, id);
      if (!n) throw notFound(NOMINATION);
      const [view] = await present(actor, [n], true);
      return view!;
    },

    async list(
      actor: Actor,
      query: {
        region?: string;
        status?: NominationStatus;
        needId?: string;
        cadreId?: string;
        unitId?: string;
        page: number;
        pageSize: number;
      },
    ) {
      const { items, total } = await nominations.list(db, actor.scope, query, query);
      return { items: await present(actor, items), total, page: query.page, pageSize: query.pageSize };
    },

    /** Eligibility of a cadre for a need on a date, without writing anything (for the proposal form). */
    async preview(
      actor: Actor,
      input: { cadreId: string; needId: string; role: 'first_secretary' | 'member'; date?: string },
    ) {
      const cadre = await deps.cadres.findInScope(db, actor.scope, input.cadreId);
      if (!cadre) throw notFound(CADRE);
      const need = await deps.needs.byId(db, input.needId);
      if (!need) throw notFound(NEED);
      const date = (input.date as IsoDate | undefined) ?? todayInShanghai(clock.now());
      const findings = await evaluate(db, {
        cadreId: cadre.id,
        villageCode: need.villageCode,
        role: input.role,
        date,
      });
      return {
        date,
        policyVersion: policyVersionOn(date),
        violations: findings.map((v) => ({
          ruleId: v.ruleId,
          severity: v.severity,
          message: v.message,
          facts: v.facts,
        })),
      };
    },
  };
}
export type NominationService = ReturnType<typeof createNominationService>;
