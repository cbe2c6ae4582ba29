import type { Scope } from '../../../domain/access/scope';
import { needBasis, proposeNeeds } from '../../../domain/policy/needs';
import { policyVersionOn } from '../../../domain/policy/versions';
import { resolveOverrides } from '../../../domain/policy/violations';
import { countyOf, provinceOf } from '../../../domain/regions/code';
import { checkNeed } from '../../../domain/selection/need-check';
import { type Staffing, staffingOn, type Term } from '../../../domain/tenure';
import { type IsoDate, todayInShanghai } from '../../../domain/time';
import type { CreateNeedBody } from '../../../shared/contracts/needs';
import { AppError, notFound } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AssignmentRepository } from '../assignments/assignments.repository';
import { termOf } from '../assignments/assignments.view';
import type { AuditRepository } from '../audit/audit.repository';
import type { NominationRepository } from '../nominations/nominations.repository';
import { policyViolation, recordedFindings } from '../policy/policy.errors';
import type { RegionRepository } from '../regions/regions.repository';
import type { PairingRepository } from '../units/pairings.repository';
import type { UnitRepository } from '../units/units.repository';
import type { Clock } from '../users/users.service';
import type { VillageRepository } from '../villages/villages.repository';
import type { NeedRecord, NeedRepository, NeedStatus } from './needs.repository';

const NEED = { zh: '选派需求', en: 'village need' };
const COUNTY = { zh: '县', en: 'county' };
const VILLAGE = { zh: '村', en: 'village' };

export function createNeedService(deps: {
  db: Db;
  needs: NeedRepository;
  nominations: NominationRepository;
  /** Read only: the assignments of the villages, to count who is on post (the assignments module writes them). */
  assignments: AssignmentRepository;
  villages: VillageRepository;
  regions: RegionRepository;
  /** Read only: where a dispatching unit is and what it is paired with (the units module writes them). */
  units: UnitRepository;
  pairings: PairingRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, needs, nominations, assignments, villages, regions: regionRepo, audit, clock } = deps;
  const { units: unitRepo, pairings } = deps;

  function requirePlanner(actor: Actor) {
    if (!can(actor, 'needs.plan')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有县委组织部门或驻村工作领导小组可以确定选派需求（先定村）',
        en: 'Only the county organisation department or leading group records village needs',
      });
    }
  }

  /**
   * The proposal for a county on a date: categories → needs under the policy in force (P21.2 / P17.1.2),
   * with what is on post in each village and the shortfall the proposal asks for (clerk finding 1).
   */
  async function plan(actor: Actor, countyCode: string, date: IsoDate) {
    const county = await villages.findCounty(db, actor.scope, countyCode, 'inside');
    if (!county) throw notFound(COUNTY);
    const list = await regionRepo.villagesUnder(db, countyCode);
    const codes = list.map((v) => v.code);
    const [categories, flagged, open, townships, posted] = await Promise.all([
      villages.activeCategories(db, codes, date),
      villages.countiesFlaggedOn(db, [countyCode], 'keyAssistedCounty', date),
      needs.openFor(db, codes),
      regionRepo.names(db, [...new Set(list.map((v) => v.parentCode ?? ''))]),
      assignments.ofVillages(db, codes),
    ]);
    const termsBy = new Map<string, Term[]>();
    for (const r of posted) termsBy.set(r.villageCode, [...(termsBy.get(r.villageCode) ?? []), termOf(r)]);
    const keyAssistedCounty = flagged.has(countyCode);
    const proposed = proposeNeeds({
      villages: list.map((v) => ({
        code: v.code,
        name: v.name,
        activeCategories: categories.get(v.code) ?? [],
      })),
      keyAssistedCounty,
      date,
    });
    const byCode = new Map(proposed.map((p) => [p.villageCode, p]));
    const openByVillage = new Map(open.map((n) => [n.villageCode, n.id]));
    const held = new Map<string, Staffing>();
    const items = list.map((v) => {
      const p = byCode.get(v.code);
      const required = { firstSecretary: p?.firstSecretary ?? false, members: p?.members ?? 0 };
      const staffing = staffingOn(required, termsBy.get(v.code) ?? [], date);
      held.set(v.code, staffing.held);
      return {
        villageCode: v.code,
        villageName: v.name,
        townshipName: townships.get(v.parentCode ?? '') ?? '',
        activeCategories: categories.get(v.code) ?? [],
        ...required,
        strengths: [...(p?.strengths ?? [])],
        reasons: (p?.reasons ?? []).map((r) => ({ ruleId: r.ruleId, message: r.message })),
        openNeedId: openByVillage.get(v.code) ?? null,
        onPost: staffing.onPost,
        shortfall: staffing.shortfall,
      };
    });
    return {
      view: {
        countyCode,
        countyName: county.name,
        date,
        policyVersion: policyVersionOn(date),
        keyAssistedCounty,
        items,
      },
      held,
    };
  }

  const proposal = async (actor: Actor, countyCode: string, date: IsoDate) =>
    (await plan(actor, countyCode, date)).view;

  async function view(rows: NeedRecord[]) {
    const [names, counts] = await Promise.all([
      regionRepo.names(
        db,
        rows.map((r) => r.villageCode),
      ),
      nominations.countByNeed(
        db,
        rows.map((r) => r.id),
      ),
    ]);
    return rows.map((r) => ({
      id: r.id,
      villageCode: r.villageCode,
      villageName: names.get(r.villageCode) ?? r.villageCode,
      countyCode: r.countyCode,
      firstSecretary: r.firstSecretary,
      members: r.members,
      strengths: r.strengths,
      reason: r.reason,
      basis: r.basis,
      status: r.status,
      effectiveOn: r.effectiveOn,
      policyVersion: r.policyVersion,
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
      closedOn: r.closedOn,
      closedReason: r.closedReason,
      candidates: counts.get(r.id) ?? 0,
    }));
  }

  /** Validates and writes needs for villages of one county in one transaction. */
  async function record(
    actor: Actor,
    countyCode: string,
    items: Omit<CreateNeedBody, 'date'>[],
    date: IsoDate,
  ) {
    const planned = await plan(actor, countyCode, date);
    const lines = new Map(planned.view.items.map((i) => [i.villageCode, i]));
    const prepared = items.map((item) => {
      const line = lines.get(item.villageCode);
      if (!line) throw notFound(VILLAGE);
      if (line.openNeedId) {
        throw new AppError(
          'CONFLICT',
          {
            zh: `${line.villageName}已有未完成的选派需求，请先关闭或修改原需求`,
            en: `${line.villageName} already has an open need; close or change it first`,
          },
          { villageCode: item.villageCode, openNeedId: line.openNeedId },
        );
      }
      // The need adds to the places held on post (clerk finding 1): a need for the shortfall is no reduction.
      const covered = planned.held.get(item.villageCode) ?? { firstSecretary: false, members: 0 };
      const findings = checkNeed({
        date,
        activeCategories: line.activeCategories,
        need: item,
        proposed: line,
        covered,
      });
      // The reason the county gives is the override reason of a reduction (P21.2-reduce).
      const overrides = [
        ...(item.overrides ?? []),
        ...(item.reason
          ? findings
              .filter((f) => f.severity === 'warn')
              .map((f) => ({ ruleId: f.ruleId, reason: item.reason! }))
          : []),
      ];
      const resolution = resolveOverrides(findings, overrides);
      if (!resolution.ok) throw policyViolation(resolution);
      // No recorded rule text may state a number the need does not have (clerk finding 6).
      const team = {
        firstSecretary: item.firstSecretary || covered.firstSecretary,
        members: item.members + covered.members,
      };
      const basis = [
        ...needBasis(line, team),
        ...recordedFindings(resolution).map((f) => ({ ruleId: f.ruleId, message: f.message })),
      ];
      return { item, line, basis };
    });
    const now = clock.now();
    return db.transaction(async (tx) => {
      const created: NeedRecord[] = [];
      for (const { item, line, basis } of prepared) {
        const need = await needs.insert(tx, {
          villageCode: item.villageCode,
          provinceCode: provinceOf(item.villageCode),
          countyCode,
          firstSecretary: item.firstSecretary,
          members: item.members,
          strengths: item.strengths ?? line.strengths,
          reason: item.reason ?? null,
          basis,
          status: 'open',
          effectiveOn: date,
          policyVersion: policyVersionOn(date),
          createdBy: actor.userId,
          createdByName: actor.username,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'need.create',
            entityType: 'village_need',
            entityId: need.id,
            regionCode: need.villageCode,
            after: need,
          },
          now,
        );
        created.push(need);
      }
      return created;
    });
  }

  /**
   * Needs a user may read: those in the user's regions, and for a dispatching unit's staff also those in
   * the unit's own region and in the places it is paired with — where it is asked to send people.
   */
  async function readScope(actor: Actor): Promise<Scope> {
    if (actor.scope.national || actor.scope.units.length === 0) return actor.scope;
    const ids = [...actor.scope.units];
    const [own, paired] = await Promise.all([unitRepo.namesOf(db, ids), pairings.targetCodesOf(db, ids)]);
    return {
      ...actor.scope,
      regions: [
        ...new Set([...actor.scope.regions, ...[...own.values()].map((u) => u.regionCode), ...paired]),
      ],
    };
  }

  const today = () => todayInShanghai(clock.now());

  return {
    async propose(actor: Actor, countyCode: string, date?: IsoDate) {
      requirePlanner(actor);
      return proposal(actor, countyCode, date ?? today());
    },

    async create(actor: Actor, input: CreateNeedBody) {
      requirePlanner(actor);
      const countyCode = countyOf(input.villageCode);
      if (!(await villages.findCounty(db, actor.scope, countyCode, 'inside'))) throw notFound(VILLAGE);
      const [need] = await record(actor, countyCode, [input], (input.date as IsoDate | undefined) ?? today());
      const [presented] = await view([need!]);
      return presented!;
    },

    async confirm(actor: Actor, countyCode: string, items: Omit<CreateNeedBody, 'date'>[], date?: IsoDate) {
      requirePlanner(actor);
      const created = await record(actor, countyCode, items, date ?? today());
      return view(created);
    },

    async list(
      actor: Actor,
      query: { region?: string; village?: string; status?: NeedStatus; page: number; pageSize: number },
    ) {
      const { items, total } = await needs.list(
        db,
        await readScope(actor),
        {
          ...(query.region ? { region: query.region } : {}),
          ...(query.village ? { villageCode: query.village } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        query,
      );
      return { items: await view(items), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: string) {
      const need = await needs.find(db, await readScope(actor), id);
      if (!need) throw notFound(NEED);
      const [presented] = await view([need]);
      return presented!;
    },

    async close(actor: Actor, id: string, reason: string) {
      requirePlanner(actor);
      const need = await needs.find(db, actor.scope, id);
      if (!need) throw notFound(NEED);
      if (need.status !== 'open') {
        throw new AppError(
          'INVALID_STATE',
          { zh: '只有未完成的需求可以关闭', en: 'Only an open need can be closed' },
          { status: need.status },
        );
      }
      const now = clock.now();
      const closed = await db.transaction(async (tx) => {
        const row = await needs.update(tx, id, {
          status: 'closed',
          closedOn: todayInShanghai(now),
          closedReason: reason,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'need.close',
            entityType: 'village_need',
            entityId: id,
            regionCode: need.villageCode,
            before: { status: need.status },
            after: { status: 'closed', reason },
          },
          now,
        );
        return row;
      });
      const [presented] = await view([closed]);
      return presented!;
    },
  };
}
export type NeedService = ReturnType<typeof createNeedService>;
