import { regionInScope } from '../../../domain/access/scope';
import { cityOf, countyOf, provinceOf, townshipOf } from '../../../domain/regions/code';
import type { CadreFilter } from '../../../shared/contracts/cadres';
import type { ImportKind, ImportMode } from '../../../shared/contracts/imports';
import type { UnitFilter } from '../../../shared/contracts/units';
import type { VillageFilter } from '../../../shared/contracts/villages';
import {
  genderLabels,
  partyStatusLabels,
  rankLabels,
  strengthLabels,
  unitKindLabels,
  unitLevelLabels,
  villageCategoryLabels,
} from '../../../shared/dictionaries';
import { AppError, type LocalisedText, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import { type Actor, hasRole } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { CadreRepository, NewCadre } from '../cadres/cadres.repository';
import { type CadreService, duplicateIdNumber } from '../cadres/cadres.service';
import type { RegionRepository } from '../regions/regions.repository';
import type { UnitRecord, UnitRepository } from '../units/units.repository';
import { ancestorColumns, type UnitService } from '../units/units.service';
import type { Clock } from '../users/users.service';
import type { VillageRepository } from '../villages/villages.repository';
import type { VillageService } from '../villages/villages.service';
import { type CadreKey, cadreColumn, cadreSheet, checkCadreRows, registeredMessage } from './cadres.sheet';
import { checkUnitRows, unitSheet } from './units.sheet';
import { checkVillageRows, villageSheet } from './villages.sheet';
import {
  buildExport,
  buildTemplate,
  type CellProblem,
  MAX_ROWS,
  NotAnXlsxError,
  readSheet,
  TooManyRowsError,
} from './xlsx';

export interface ImportResult {
  ok: number;
  errors: CellProblem[];
  total: number;
  valid: number;
  dryRun: boolean;
  mode: ImportMode;
}

/** Exports are capped: a larger list should be narrowed by its filters first. */
export const EXPORT_LIMIT = 50_000;
const MAX_ERRORS = 1_000;
/** Values per lookup statement: lists of distinct values are sent in batches of this size. */
const LOOKUP_BATCH = 5_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fileProblem = (message: LocalisedText) => validation([{ field: 'file', message }]);

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === '23505' || err.cause?.code === '23505';
};

/** One lookup per batch of distinct values, the answers joined. */
async function inBatches<T>(
  values: readonly string[],
  lookup: (batch: string[]) => Promise<T[]>,
): Promise<T[]> {
  const distinct = [...new Set(values)];
  const out: T[] = [];
  for (let i = 0; i < distinct.length; i += LOOKUP_BATCH)
    out.push(...(await lookup(distinct.slice(i, i + LOOKUP_BATCH))));
  return out;
}

/** The longest region prefix the codes share, cut to a level (for the audit record of a batch). */
function commonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let prefix = codes[0]!;
  for (const c of codes) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const level = [12, 9, 6, 4, 2].find((n) => n <= prefix.length);
  return level ? prefix.slice(0, level) : null;
}

export function createImportService(deps: {
  db: Db;
  cadres: CadreRepository;
  units: UnitRepository;
  villages: VillageRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  cadreService: CadreService;
  unitService: UnitService;
  villageService: VillageService;
  clock: Clock;
}) {
  const { db, cadres, units, villages, regions, audit, cadreService, unitService, villageService, clock } =
    deps;

  function requireImporter(actor: Actor, kind: ImportKind) {
    const allowed = kind === 'cadres' ? can(actor, 'imports.cadres') : can(actor, 'imports.run');
    if (!allowed) {
      throw new AppError('FORBIDDEN', {
        zh:
          kind === 'cadres'
            ? '只有派出单位组织人事部门或组织部门管理员可以导入干部'
            : '只有组织部门管理员可以导入派出单位和村情信息',
        en:
          kind === 'cadres'
            ? "Only a unit's personnel department or an organisation-department administrator imports cadres"
            : 'Only organisation-department administrators import units and village profiles',
      });
    }
  }

  async function read<K extends string>(buffer: Buffer, spec: Parameters<typeof readSheet<K>>[1]) {
    try {
      return await readSheet(buffer, spec);
    } catch (e) {
      if (e instanceof TooManyRowsError) {
        throw fileProblem({
          zh: `文件超过 ${MAX_ROWS.toLocaleString('zh-CN')} 行，请分成几个文件导入`,
          en: `the file has more than ${MAX_ROWS} rows; split it`,
        });
      }
      if (e instanceof NotAnXlsxError) {
        throw fileProblem({
          zh: '不是有效的 Excel（.xlsx）文件，请使用下载的导入模板',
          en: 'not a valid Excel (.xlsx) file; use the import template',
        });
      }
      throw e;
    }
  }

  /**
   * Units the sheet refers to, by the text of the unit column: ids and names each looked up once per
   * batch of distinct values (never once per row — issue 9's N+1).
   */
  async function unitsByRef(actor: Actor, refs: readonly string[]): Promise<Map<string, UnitRecord[]>> {
    const out = new Map<string, UnitRecord[]>();
    const ids = refs.filter((r) => UUID.test(r));
    const byId = new Map(
      (await inBatches(ids, (b) => units.findManyInScope(db, actor.scope, b))).map((u) => [u.id, u]),
    );
    for (const id of ids) {
      const u = byId.get(id.toLowerCase());
      if (u) out.set(id, [u]);
    }
    const names = refs.filter((r) => !UUID.test(r));
    for (const u of await inBatches(names, (b) => units.visibleByName(db, actor.scope, b))) {
      out.set(u.name, [...(out.get(u.name) ?? []), u]);
    }
    return out;
  }

  function finish(
    total: number,
    valid: number,
    problems: CellProblem[],
    dryRun: boolean,
    mode: ImportMode,
    written: boolean,
  ): ImportResult {
    const sorted = [...problems].sort((a, b) => a.row - b.row);
    const errors = sorted.slice(0, MAX_ERRORS);
    if (sorted.length > MAX_ERRORS) {
      errors.push({
        row: sorted[MAX_ERRORS]!.row,
        column: null,
        header: null,
        value: null,
        message: {
          zh: `另有 ${sorted.length - MAX_ERRORS} 处问题未列出`,
          en: `${sorted.length - MAX_ERRORS} more problems not listed`,
        },
      });
    }
    return { ok: written || dryRun ? valid : 0, errors, total, valid, dryRun, mode };
  }

  const noRows = (sheetProblems: CellProblem[]): CellProblem[] =>
    sheetProblems.length
      ? sheetProblems
      : [
          {
            row: 2,
            column: null,
            header: null,
            value: null,
            message: {
              zh: '文件中没有数据行：请从第二行起填写',
              en: 'the file has no data rows: fill in from row 2',
            },
          },
        ];

  /** Whether to write: not a dry run, something valid, and (all-or-nothing) nothing wrong. */
  const shouldWrite = (dryRun: boolean, mode: ImportMode, valid: number, problems: number) =>
    !dryRun && valid > 0 && (mode === 'valid-only' || problems === 0);

  async function importCadres(
    actor: Actor,
    file: { name: string; buffer: Buffer },
    dryRun: boolean,
    mode: ImportMode,
  ): Promise<ImportResult> {
    const sheet = await read(file.buffer, cadreSheet);
    if (sheet.problems.length || sheet.rows.length === 0)
      return finish(sheet.rows.length, 0, noRows(sheet.problems), dryRun, mode, false);
    const refs = [
      ...new Set(
        sheet.rows
          .map((r) => r.cells.get('unit'))
          .filter((v) => v !== undefined && v !== null)
          .map(String),
      ),
    ];
    const ownUnits =
      actor.scope.units.length === 1 && hasRole(actor, 'unit_hr')
        ? await units.findInScope(db, actor.scope, actor.scope.units[0]!)
        : undefined;
    const today = cadreService.today();
    const results = checkCadreRows(sheet, {
      today,
      units: await unitsByRef(actor, refs),
      defaultUnit: ownUnits ?? null,
      mayWrite: (u) => cadreService.mayWriteFor(actor, u),
    });
    const problems = results.flatMap((r) => r.problems);
    const records: { row: number; columns: Omit<NewCadre, 'createdAt' | 'updatedAt'>; unitName: string }[] =
      [];
    const firstRowOfHash = new Map<string, number>();
    const idColumn = cadreColumn('idNumber');
    const dupe = (row: number, message: LocalisedText) =>
      problems.push({
        row,
        column: 'idNumber' satisfies CadreKey,
        header: `*${idColumn.label.zh}（idNumber）`,
        value: null,
        message: { zh: `${idColumn.label.zh}：${message.zh}`, en: `${idColumn.label.en}: ${message.en}` },
      });
    for (const r of results) {
      if (!r.fields || !r.unit) continue;
      const columns = cadreService.toColumns(r.fields, r.unit);
      const first = firstRowOfHash.get(columns.idNumberHash);
      if (first !== undefined) {
        dupe(r.row, { zh: `与第 ${first} 行重复`, en: `repeats row ${first}` });
        continue;
      }
      firstRowOfHash.set(columns.idNumberHash, r.row);
      records.push({ row: r.row, columns, unitName: r.unit.name });
    }
    const taken = new Map(
      await inBatches([...firstRowOfHash.keys()], async (b) => [
        ...(await cadreService.registeredHashes(actor, b)),
      ]),
    );
    const fresh = records.filter((r) => {
      if (!taken.has(r.columns.idNumberHash)) return true;
      dupe(r.row, registeredMessage(taken.get(r.columns.idNumberHash) ?? null));
      return false;
    });
    const write = shouldWrite(dryRun, mode, fresh.length, problems.length);
    if (write) {
      const now = clock.now();
      await db
        .transaction(async (tx) => {
          const ids = await cadres.insertMany(
            tx,
            fresh.map((r) => ({ ...r.columns, createdBy: actor.userId, createdAt: now, updatedAt: now })),
          );
          const unitIds = [...new Set(fresh.map((r) => r.columns.unitId))];
          await audit.append(
            tx,
            actor,
            {
              action: 'cadre.import',
              entityType: 'cadre',
              regionCode: commonRegion(fresh.map((r) => r.columns.regionCode)),
              unitId: unitIds.length === 1 ? unitIds[0]! : null,
              after: {
                file: file.name,
                count: ids.length,
                cadres: fresh.map((r, i) => ({
                  id: ids[i],
                  row: r.row,
                  name: r.columns.name,
                  unitId: r.columns.unitId,
                  idNumberMasked: r.columns.idNumberMasked,
                })),
              },
            },
            now,
          );
        })
        .catch((e: unknown) => {
          throw isUniqueViolation(e) ? duplicateIdNumber() : e;
        });
    }
    return finish(sheet.rows.length, fresh.length, problems, dryRun, mode, write);
  }

  async function importUnits(
    actor: Actor,
    file: { name: string; buffer: Buffer },
    dryRun: boolean,
    mode: ImportMode,
  ): Promise<ImportResult> {
    const sheet = await read(file.buffer, unitSheet);
    if (sheet.problems.length || sheet.rows.length === 0)
      return finish(sheet.rows.length, 0, noRows(sheet.problems), dryRun, mode, false);
    const text = (v: unknown) => (typeof v === 'number' ? String(Math.trunc(v)) : String(v).trim());
    const regionCodes = [
      ...new Set(
        sheet.rows
          .map((r) => r.cells.get('regionCode'))
          .filter((v) => v !== undefined && v !== null)
          .map(text),
      ),
    ];
    const names = sheet.rows
      .map((r) => r.cells.get('name'))
      .filter((v) => v !== undefined && v !== null)
      .map(text);
    const parents = [
      ...new Set(
        sheet.rows
          .map((r) => r.cells.get('parent'))
          .filter((v) => v !== undefined && v !== null)
          .map(text),
      ),
    ];
    const existingRegions = new Set(
      await inBatches(regionCodes, async (b) => [...(await regions.existing(db, b))]),
    );
    const takenNames = await units.existingNames(
      db,
      names.map((name) => ({ name, regionCode: '' })),
    );
    const results = checkUnitRows(sheet, {
      existingRegions,
      mayWriteRegion: (code) => regionInScope(actor.scope, code),
      takenNames,
      units: await unitsByRef(actor, parents),
    });
    const problems = results.flatMap((r) => r.problems);
    const valid = results.filter((r) => r.unit);
    const write = shouldWrite(dryRun, mode, valid.length, problems.length);
    if (write) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const inserted = await units.insertMany(
          tx,
          valid.map((r) => ({
            name: r.unit!.name,
            kind: r.unit!.kind,
            level: r.unit!.level,
            regionCode: r.unit!.regionCode,
            ...ancestorColumns(r.unit!.regionCode),
            parentId: r.unit!.parent && 'existingId' in r.unit!.parent ? r.unit!.parent.existingId : null,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })),
        );
        const idOfRow = new Map(valid.map((r, i) => [r.row, inserted[i]!.id]));
        await units.setParents(
          tx,
          valid.flatMap((r) => {
            const p = r.unit!.parent;
            return p && 'fileRow' in p
              ? [{ id: idOfRow.get(r.row)!, parentId: idOfRow.get(p.fileRow)! }]
              : [];
          }),
        );
        await audit.append(
          tx,
          actor,
          {
            action: 'unit.import',
            entityType: 'unit',
            regionCode: commonRegion(inserted.map((u) => u.regionCode)),
            after: {
              file: file.name,
              count: inserted.length,
              units: inserted.map((u) => ({ id: u.id, name: u.name, regionCode: u.regionCode })),
            },
          },
          now,
        );
      });
    }
    return finish(sheet.rows.length, valid.length, problems, dryRun, mode, write);
  }

  async function importVillages(
    actor: Actor,
    file: { name: string; buffer: Buffer },
    dryRun: boolean,
    mode: ImportMode,
  ): Promise<ImportResult> {
    const sheet = await read(file.buffer, villageSheet);
    if (sheet.problems.length || sheet.rows.length === 0)
      return finish(sheet.rows.length, 0, noRows(sheet.problems), dryRun, mode, false);
    const codes = [
      ...new Set(
        sheet.rows
          .map((r) => r.cells.get('code'))
          .filter((v) => v !== undefined && v !== null)
          .map((v) => String(v).trim())
          .filter((c) => /^\d{12}$/.test(c)),
      ),
    ];
    const inScope = await villages.villagesInScope(db, actor.scope, codes);
    const check = checkVillageRows(sheet, inScope);
    const write = shouldWrite(dryRun, mode, check.validRows, check.problems.length);
    if (write) {
      const now = clock.now();
      const existing = await villages.profilesOf(
        db,
        check.villages.map((v) => v.code),
      );
      await db.transaction(async (tx) => {
        await villages.upsertProfiles(
          tx,
          check.villages.map((v) => {
            const old = existing.get(v.code);
            return {
              villageCode: v.code,
              provinceCode: provinceOf(v.code),
              cityCode: cityOf(v.code),
              countyCode: countyOf(v.code),
              townshipCode: townshipOf(v.code),
              population: v.population ?? old?.population ?? null,
              households: v.households ?? old?.households ?? null,
              lat: v.location?.lat ?? old?.lat ?? null,
              lng: v.location?.lng ?? old?.lng ?? null,
              checkinRadiusM: v.checkinRadiusM ?? old?.checkinRadiusM ?? null,
              createdAt: now,
              updatedAt: now,
            };
          }),
        );
        await villages.replaceCategories(
          tx,
          check.villages
            .filter((v) => v.periods.length > 0)
            .map((v) => ({
              code: v.code,
              provinceCode: provinceOf(v.code),
              countyCode: countyOf(v.code),
              periods: v.periods,
            })),
        );
        await audit.append(
          tx,
          actor,
          {
            action: 'village.import',
            entityType: 'village',
            regionCode: commonRegion(check.villages.map((v) => v.code)),
            after: {
              file: file.name,
              count: check.villages.length,
              villages: check.villages.map((v) => ({
                code: v.code,
                population: v.population ?? null,
                households: v.households ?? null,
                location: v.location ?? null,
                checkinRadiusM: v.checkinRadiusM ?? null,
                categories: v.periods.map((p) => ({ category: p.value, from: p.from, to: p.to })),
              })),
            },
          },
          now,
        );
      });
    }
    return finish(sheet.rows.length, check.validRows, check.problems, dryRun, mode, write);
  }

  const yesNo = (b: boolean) => (b ? '是' : '否');

  return {
    async template(actor: Actor, kind: ImportKind): Promise<Buffer> {
      if (kind === 'units') return buildTemplate(unitSheet);
      if (kind === 'villages') return buildTemplate(villageSheet);
      return buildTemplate(cadreSheet, { unit: await units.visibleNames(db, actor.scope, 2000) });
    },

    async import(
      actor: Actor,
      kind: ImportKind,
      file: { name: string; buffer: Buffer },
      options: { dryRun: boolean; mode: ImportMode },
    ): Promise<ImportResult> {
      requireImporter(actor, kind);
      const run = kind === 'cadres' ? importCadres : kind === 'units' ? importUnits : importVillages;
      return run(actor, file, options.dryRun, options.mode);
    },

    async exportCadres(actor: Actor, filter: CadreFilter): Promise<Buffer> {
      const { date, total, items } = await cadreService.exportRows(actor, filter, EXPORT_LIMIT);
      return buildExport(
        '干部花名册',
        [
          { header: '姓名', key: 'name', width: 12 },
          { header: '性别', key: 'gender', width: 6 },
          { header: '出生日期', key: 'birthDate', width: 12 },
          { header: '身份证号（脱敏）', key: 'idNumberMasked', width: 22 },
          { header: '手机号（脱敏）', key: 'phoneMasked', width: 14 },
          { header: '派出单位', key: 'unitName', width: 30 },
          { header: '政治面貌', key: 'partyStatus', width: 14 },
          { header: '入党时间', key: 'partyJoinedOn', width: 12 },
          { header: '转正时间', key: 'partyFullOn', width: 12 },
          { header: '参加工作时间', key: 'workStartedOn', width: 14 },
          { header: '职级', key: 'rank', width: 10 },
          { header: '后备干部', key: 'reserveCadre', width: 8 },
          { header: '优秀年轻干部', key: 'young', width: 10 },
          { header: '因年龄原因从领导岗位调整下来', key: 'steppedDownForAge', width: 12 },
          { header: '农村工作经验', key: 'ruralExperience', width: 10 },
          { header: '涉农专业技术特长', key: 'agriExpertise', width: 10 },
          { header: '擅长', key: 'strengths', width: 20 },
          { header: `年龄（${date}）`, key: 'age', width: 10 },
          { header: '党龄（年）', key: 'partyStanding', width: 10 },
          { header: '工作年限（年）', key: 'workYears', width: 10 },
          { header: '年轻干部（按年龄线）', key: 'youngByAge', width: 12 },
        ],
        items.map((c) => ({
          name: c.name,
          gender: genderLabels[c.gender].zh,
          birthDate: c.birthDate,
          idNumberMasked: c.idNumberMasked,
          phoneMasked: c.phoneMasked,
          unitName: c.unitName,
          partyStatus: partyStatusLabels[c.partyStatus].zh,
          partyJoinedOn: c.partyJoinedOn,
          partyFullOn: c.partyFullOn,
          workStartedOn: c.workStartedOn,
          rank: c.rank ? rankLabels[c.rank].zh : null,
          reserveCadre: yesNo(c.reserveCadre),
          young: yesNo(c.young),
          steppedDownForAge: yesNo(c.steppedDownForAge),
          ruralExperience: yesNo(c.ruralExperience),
          agriExpertise: yesNo(c.agriExpertise),
          strengths: c.strengths.map((s) => strengthLabels[s].zh).join('、'),
          age: c.facts.age,
          partyStanding: c.facts.partyStandingYears,
          workYears: c.facts.workYears,
          youngByAge: yesNo(c.facts.young),
        })),
        total > items.length
          ? `共 ${total} 条，只导出前 ${items.length} 条，请缩小筛选范围`
          : `共 ${total} 条；身份证号和手机号已脱敏`,
      );
    },

    async exportUnits(actor: Actor, filter: UnitFilter): Promise<Buffer> {
      const { total, items } = await unitService.exportRows(actor, filter, EXPORT_LIMIT);
      return buildExport(
        '派出单位',
        [
          { header: '单位名称', key: 'name', width: 36 },
          { header: '单位类别', key: 'kind', width: 16 },
          { header: '单位层级', key: 'level', width: 10 },
          { header: '所在地区代码', key: 'regionCode', width: 14 },
          { header: '所在地区', key: 'regionName', width: 16 },
          { header: '上级单位', key: 'parentName', width: 30 },
          { header: '单位编号', key: 'id', width: 38 },
        ],
        items.map((u) => ({ ...u, kind: unitKindLabels[u.kind].zh, level: unitLevelLabels[u.level].zh })),
        total > items.length
          ? `共 ${total} 条，只导出前 ${items.length} 条，请缩小筛选范围`
          : `共 ${total} 条`,
      );
    },

    async exportVillages(actor: Actor, filter: VillageFilter): Promise<Buffer> {
      const { date, total, items } = await villageService.exportRows(actor, filter, EXPORT_LIMIT);
      return buildExport(
        '村情信息',
        [
          { header: '村代码', key: 'code', width: 16 },
          { header: '村名', key: 'name', width: 16 },
          { header: '乡镇（街道）', key: 'townshipName', width: 16 },
          { header: '人口', key: 'population', width: 8 },
          { header: '户数', key: 'households', width: 8 },
          { header: '纬度', key: 'lat', width: 10 },
          { header: '经度', key: 'lng', width: 10 },
          { header: '打卡半径（米）', key: 'checkinRadiusM', width: 10 },
          { header: `村类别（${date}）`, key: 'active', width: 30 },
          { header: '类别历史', key: 'history', width: 60 },
        ],
        items.map((v) => ({
          code: v.code,
          name: v.name,
          townshipName: v.townshipName,
          population: v.population,
          households: v.households,
          lat: v.location?.lat ?? null,
          lng: v.location?.lng ?? null,
          checkinRadiusM: v.checkinRadiusM,
          active: v.activeCategories.map((c) => villageCategoryLabels[c].zh).join('、'),
          history: v.categories
            .map((p) => `${villageCategoryLabels[p.value].zh} ${p.from}～${p.to ?? '至今'}`)
            .join('；'),
        })),
        total > items.length
          ? `共 ${total} 条，只导出前 ${items.length} 条，请缩小筛选范围`
          : `共 ${total} 条`,
      );
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
