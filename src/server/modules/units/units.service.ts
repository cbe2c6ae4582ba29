import { regionInScope } from '../../../domain/access/scope';
import { codeAt, countyOf, provinceOf } from '../../../domain/regions/code';
import { shanghaiDate } from '../../../domain/registry/dates';
import { holdsOn, periodProblems } from '../../../domain/registry/periods';
import type {
  CreatePairingBody,
  CreateUnitBody,
  PairingView,
  ReopenPairingBody,
  UnitDetail,
  UnitFilter,
  UnitView,
  UpdatePairingBody,
  UpdateUnitBody,
} from '../../../shared/contracts/units';
import { AppError, type FieldProblem, notFound, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { CadreRepository } from '../cadres/cadres.repository';
import type { RegionRepository } from '../regions/regions.repository';
import type { Clock } from '../users/users.service';
import type { PairingRecord, PairingRepository, PairingRow } from './pairings.repository';
import type { UnitRecord, UnitRepository, UnitRow } from './units.repository';

const UNIT = { zh: '派出单位', en: 'dispatching unit' };
const PAIRING = { zh: '帮扶关系', en: 'pairing' };

/** Province and county codes of a region code, for grouping (a code above county level has no county). */
export const ancestorColumns = (regionCode: string) => ({
  provinceCode: provinceOf(regionCode),
  countyCode: codeAt(regionCode, 3) ?? null,
});

export function toUnitView(u: UnitRow): UnitView {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    level: u.level,
    regionCode: u.regionCode,
    regionName: u.regionName ?? '',
    parentId: u.parentId,
    parentName: u.parentName,
    demo: u.demo,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

const unitAudit = (u: UnitRecord) => ({
  name: u.name,
  kind: u.kind,
  level: u.level,
  regionCode: u.regionCode,
  parentId: u.parentId,
});
const pairingAudit = (p: PairingRecord) => ({
  unitId: p.unitId,
  kind: p.kind,
  targetCode: p.targetCode,
  from: p.validFrom,
  to: p.validTo,
});

export function createUnitService(deps: {
  db: Db;
  units: UnitRepository;
  pairings: PairingRepository;
  cadres: CadreRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, units, pairings, cadres, regions, audit, clock } = deps;
  const today = () => shanghaiDate(clock.now());

  function requireWriter(actor: Actor) {
    if (!can(actor, 'units.write')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有组织部门管理员可以维护派出单位和帮扶关系',
        en: 'Only organisation-department administrators maintain dispatching units and pairings',
      });
    }
  }

  function requireRegion(actor: Actor, code: string) {
    if (!regionInScope(actor.scope, code)) {
      throw new AppError('FORBIDDEN', {
        zh: `单位所在地区 ${code} 超出您的管辖范围`,
        en: `The unit's region ${code} is outside your scope`,
      });
    }
  }

  async function findOrFail(actor: Actor, id: string): Promise<UnitRow> {
    const unit = await units.findInScope(db, actor.scope, id);
    if (!unit) throw notFound(UNIT);
    return unit;
  }

  async function presentPairings(rows: PairingRow[]): Promise<PairingView[]> {
    const names = await regions.names(db, [...new Set(rows.map((r) => r.targetCode))]);
    const on = today();
    return rows.map((p) => ({
      id: p.id,
      unitId: p.unitId,
      unitName: p.unitName,
      kind: p.kind as PairingView['kind'],
      targetCode: p.targetCode,
      targetName: names.get(p.targetCode) ?? '',
      from: p.validFrom,
      to: p.validTo,
      active: holdsOn({ from: p.validFrom, to: p.validTo }, on),
    }));
  }

  /** Region exists, parent visible and not the unit itself or below it, name free in the region. */
  async function checkUnit(
    actor: Actor,
    u: { name: string; regionCode: string; parentId: string | null },
    id?: string,
  ) {
    const problems: FieldProblem[] = [];
    if (!(await regions.existing(db, [u.regionCode])).has(u.regionCode)) {
      problems.push({
        field: 'regionCode',
        message: { zh: `不存在的行政区划代码 ${u.regionCode}`, en: `no region has the code ${u.regionCode}` },
      });
    }
    if (u.parentId) {
      const parent = await units.findInScope(db, actor.scope, u.parentId);
      if (!parent)
        problems.push({
          field: 'parentId',
          message: { zh: '上级单位不存在或不在您的范围内', en: 'no such parent unit in your scope' },
        });
      else if (id && (u.parentId === id || (await units.ancestorIds(db, u.parentId)).includes(id))) {
        problems.push({
          field: 'parentId',
          message: {
            zh: '上级单位不能是本单位或其下级单位',
            en: 'a unit cannot be placed under itself or its own sub-unit',
          },
        });
      }
    }
    if (problems.length) throw validation(problems);
    requireRegion(actor, u.regionCode);
    if (await units.nameTaken(db, u.regionCode, u.name, id)) {
      throw new AppError(
        'CONFLICT',
        { zh: `该地区已有名为“${u.name}”的单位`, en: `A unit named ${u.name} already exists in that region` },
        {
          fields: [
            { field: 'name', message: { zh: '同一地区已有同名单位', en: 'already used in this region' } },
          ],
        },
      );
    }
  }

  async function checkPairing(
    actor: Actor,
    unit: { id: string; regionCode: string },
    p: { kind: string; targetCode: string; from: string; to: string | null },
    exceptId?: string,
  ) {
    if (!regionInScope(actor.scope, unit.regionCode) && !regionInScope(actor.scope, p.targetCode)) {
      throw new AppError('FORBIDDEN', {
        zh: '只能为本地区的单位或帮扶本地区的关系登记帮扶关系',
        en: 'You can record pairings only for units in your regions or towards places in your regions',
      });
    }
    const problems: FieldProblem[] = [];
    if (!(await regions.existing(db, [p.targetCode])).has(p.targetCode)) {
      problems.push({
        field: 'targetCode',
        message: { zh: `不存在的行政区划代码 ${p.targetCode}`, en: `no region has the code ${p.targetCode}` },
      });
    }
    const same = (await pairings.ofUnit(db, unit.id)).filter(
      (q) => q.id !== exceptId && q.kind === p.kind && q.targetCode === p.targetCode,
    );
    const periods = [
      ...same.map((q) => ({ value: 'x', from: q.validFrom, to: q.validTo })),
      { value: 'x', from: p.from, to: p.to },
    ];
    for (const problem of periodProblems(periods)) {
      if (problem.index !== periods.length - 1) continue;
      problems.push({
        field: problem.field,
        message:
          problem.field === 'to'
            ? problem.message
            : {
                zh: '与该单位对同一对象的同类帮扶关系时间重叠',
                en: 'overlaps a pairing of the same kind with the same target',
              },
      });
    }
    if (problems.length) throw validation(problems);
  }

  return {
    async list(actor: Actor, query: UnitFilter & { page: number; pageSize: number }) {
      const { items, total } = await units.list(db, actor.scope, query, query);
      return { items: items.map(toUnitView), total, page: query.page, pageSize: query.pageSize };
    },

    async exportRows(actor: Actor, query: UnitFilter, limit: number) {
      const { items, total } = await units.list(db, actor.scope, query, { limit });
      return { total, items: items.map(toUnitView) };
    },

    async get(actor: Actor, id: string): Promise<UnitDetail> {
      const unit = await findOrFail(actor, id);
      const [rows, cadreCount] = await Promise.all([pairings.ofUnit(db, id), cadres.countByUnit(db, id)]);
      return { ...toUnitView(unit), pairings: await presentPairings(rows), cadreCount };
    },

    async create(actor: Actor, body: CreateUnitBody): Promise<UnitView> {
      requireWriter(actor);
      await checkUnit(actor, {
        name: body.name,
        regionCode: body.regionCode,
        parentId: body.parentId ?? null,
      });
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const unit = await units.insert(tx, {
          name: body.name,
          kind: body.kind,
          level: body.level,
          regionCode: body.regionCode,
          ...ancestorColumns(body.regionCode),
          parentId: body.parentId ?? null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'unit.create',
            entityType: 'unit',
            entityId: unit.id,
            regionCode: unit.regionCode,
            unitId: unit.id,
            after: unitAudit(unit),
          },
          now,
        );
        return unit.id;
      });
      return toUnitView(await findOrFail(actor, id));
    },

    async update(actor: Actor, id: string, body: UpdateUnitBody): Promise<UnitView> {
      requireWriter(actor);
      const unit = await findOrFail(actor, id);
      requireRegion(actor, unit.regionCode);
      const next = {
        name: body.name ?? unit.name,
        kind: body.kind ?? unit.kind,
        level: body.level ?? unit.level,
        regionCode: body.regionCode ?? unit.regionCode,
        parentId: body.parentId !== undefined ? body.parentId : unit.parentId,
      };
      await checkUnit(actor, next, id);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await units.update(tx, id, {
          ...next,
          ...ancestorColumns(next.regionCode),
          updatedAt: now,
        });
        if (next.regionCode !== unit.regionCode) {
          await cadres.moveUnitRegion(
            tx,
            id,
            { regionCode: next.regionCode, ...ancestorColumns(next.regionCode) },
            now,
          );
        }
        await audit.append(
          tx,
          actor,
          {
            action: 'unit.update',
            entityType: 'unit',
            entityId: id,
            regionCode: row.regionCode,
            unitId: id,
            before: unitAudit(unit),
            after: unitAudit(row),
          },
          now,
        );
      });
      return toUnitView(await findOrFail(actor, id));
    },

    async pairingsOf(actor: Actor, id: string): Promise<PairingView[]> {
      await findOrFail(actor, id);
      return presentPairings(await pairings.ofUnit(db, id));
    },

    async listPairings(
      actor: Actor,
      query: {
        target?: string;
        kind?: PairingView['kind'];
        unitId?: string;
        date?: string;
        page: number;
        pageSize: number;
      },
    ) {
      const { items, total } = await pairings.list(db, actor.scope, query, query);
      return { items: await presentPairings(items), total, page: query.page, pageSize: query.pageSize };
    },

    async addPairing(actor: Actor, id: string, body: CreatePairingBody): Promise<PairingView> {
      requireWriter(actor);
      const unit = await findOrFail(actor, id);
      const p = { kind: body.kind, targetCode: body.targetCode, from: body.from, to: body.to ?? null };
      await checkPairing(actor, unit, p);
      const now = clock.now();
      const pairingId = await db.transaction(async (tx) => {
        const row = await pairings.insert(tx, {
          unitId: id,
          kind: p.kind,
          targetCode: p.targetCode,
          targetProvinceCode: provinceOf(p.targetCode),
          targetCountyCode: countyOf(p.targetCode),
          validFrom: p.from,
          validTo: p.to,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'pairing.create',
            entityType: 'unit_pairing',
            entityId: row.id,
            regionCode: row.targetCode,
            unitId: id,
            after: pairingAudit(row),
          },
          now,
        );
        return row.id;
      });
      const [view] = await presentPairings([(await pairings.find(db, id, pairingId))!]);
      return view!;
    },

    /**
     * Undoes the end of a pairing recorded by mistake: an audited correction with a reason, by whoever may
     * end it (an organisation department of the unit's region or of the target). Refused while the pairing
     * is open, and when a later pairing of the same unit with the same place has started since the end —
     * that one would overlap or be contradicted; it is corrected first.
     */
    async reopenPairing(actor: Actor, pairingId: string, body: ReopenPairingBody): Promise<PairingView> {
      requireWriter(actor);
      const current = await pairings.findVisible(db, actor.scope, pairingId);
      if (!current) throw notFound(PAIRING);
      if (
        !regionInScope(actor.scope, current.unitRegionCode) &&
        !regionInScope(actor.scope, current.targetCode)
      )
        throw notFound(PAIRING);
      const endedOn = current.validTo;
      if (endedOn === null) {
        throw new AppError('INVALID_STATE', {
          zh: '这条帮扶关系没有终止日期，无需撤销终止',
          en: 'This pairing has no end to undo',
        });
      }
      const to = body.to ?? null;
      if (to !== null && to <= endedOn) {
        throw validation([
          {
            field: 'to',
            message: {
              zh: `撤销终止后的终止日期应晚于原终止日期 ${endedOn}，或留空表示至今`,
              en: `the new end must come after the recorded end (${endedOn}), or be left empty`,
            },
          },
        ]);
      }
      const targetName = (await regions.names(db, [current.targetCode])).get(current.targetCode) ?? '';
      const later = (await pairings.ofUnit(db, current.unitId)).find(
        (q) => q.id !== pairingId && q.targetCode === current.targetCode && q.validFrom > endedOn,
      );
      if (later) {
        throw new AppError(
          'CONFLICT',
          {
            zh: `该单位对${targetName || current.targetCode}已有 ${later.validFrom} 起的帮扶关系，晚于这条的终止日期 ${endedOn}；不能撤销终止。如确属误录，请先更正那一条`,
            en: `The unit has a later pairing with ${targetName || current.targetCode} from ${later.validFrom}, after this one ended on ${endedOn}; the end cannot be undone. Correct that pairing first if it was recorded by mistake`,
          },
          { laterPairingId: later.id, laterFrom: later.validFrom },
        );
      }
      await checkPairing(
        actor,
        { id: current.unitId, regionCode: current.unitRegionCode },
        { kind: current.kind, targetCode: current.targetCode, from: current.validFrom, to },
        pairingId,
      );
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await pairings.reopen(tx, pairingId, endedOn, { validTo: to, updatedAt: now });
        if (!row) {
          throw new AppError('INVALID_STATE', {
            zh: '这条帮扶关系刚刚被修改过，请刷新后再试',
            en: 'The pairing was changed meanwhile; reload and try again',
          });
        }
        await audit.append(
          tx,
          actor,
          {
            action: 'pairing.reopen',
            entityType: 'unit_pairing',
            entityId: pairingId,
            regionCode: row.targetCode,
            unitId: row.unitId,
            before: pairingAudit(current),
            after: { ...pairingAudit(row), reason: body.reason },
          },
          now,
        );
      });
      const [view] = await presentPairings([(await pairings.find(db, current.unitId, pairingId))!]);
      return view!;
    },

    async updatePairing(
      actor: Actor,
      id: string,
      pairingId: string,
      body: UpdatePairingBody,
    ): Promise<PairingView> {
      requireWriter(actor);
      const unit = await findOrFail(actor, id);
      const current = await pairings.find(db, id, pairingId);
      if (!current) throw notFound(PAIRING);
      if (!regionInScope(actor.scope, unit.regionCode) && !regionInScope(actor.scope, current.targetCode))
        throw notFound(PAIRING);
      const p = {
        kind: body.kind ?? current.kind,
        targetCode: body.targetCode ?? current.targetCode,
        from: body.from ?? current.validFrom,
        to: body.to !== undefined ? body.to : current.validTo,
      };
      await checkPairing(actor, unit, p, pairingId);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await pairings.update(tx, pairingId, {
          kind: p.kind,
          targetCode: p.targetCode,
          targetProvinceCode: provinceOf(p.targetCode),
          targetCountyCode: countyOf(p.targetCode),
          validFrom: p.from,
          validTo: p.to,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'pairing.update',
            entityType: 'unit_pairing',
            entityId: pairingId,
            regionCode: row.targetCode,
            unitId: id,
            before: pairingAudit(current),
            after: pairingAudit(row),
          },
          now,
        );
      });
      const [view] = await presentPairings([(await pairings.find(db, id, pairingId))!]);
      return view!;
    },
  };
}
export type UnitService = ReturnType<typeof createUnitService>;
