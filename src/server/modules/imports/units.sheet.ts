import {
  type UnitKind,
  type UnitLevel,
  unitKindLabels,
  unitKinds,
  unitLevelLabels,
  unitLevels,
} from '../../../shared/dictionaries';
import type { LocalisedText } from '../../../shared/errors';
import type { UnitRecord } from '../units/units.repository';
import {
  type CellProblem,
  type Column,
  displayValue,
  headerOf,
  optionsOf,
  type ReadSheet,
  type SheetSpec,
  toEnum,
  toText,
} from './xlsx';

export type UnitKey = 'name' | 'kind' | 'level' | 'regionCode' | 'parent';

const columns: Column<UnitKey>[] = [
  {
    key: 'name',
    label: { zh: '单位名称', en: 'Unit name' },
    type: 'text',
    required: true,
    width: 36,
    note: { zh: '单位全称，同一地区内不得重名', en: 'full name, unique within its region' },
  },
  {
    key: 'kind',
    label: { zh: '单位类别', en: 'Kind' },
    type: 'enum',
    required: true,
    options: optionsOf(unitKinds, unitKindLabels),
    width: 18,
  },
  {
    key: 'level',
    label: { zh: '单位层级', en: 'Level' },
    type: 'enum',
    required: true,
    options: optionsOf(unitLevels, unitLevelLabels),
    width: 12,
  },
  {
    key: 'regionCode',
    label: { zh: '所在地区代码', en: 'Region code' },
    type: 'text',
    required: true,
    textFormat: true,
    width: 18,
    note: {
      zh: '单位所在地的行政区划代码（2、4、6、9 或 12 位），如 520121；中央单位填 11',
      en: 'region code of where the unit sits',
    },
  },
  {
    key: 'parent',
    label: { zh: '上级单位', en: 'Parent unit' },
    type: 'text',
    width: 36,
    note: {
      zh: '可不填；填写已登记单位或本表中其他单位的全称，或单位编号',
      en: 'optional: the name of a registered unit or of another row, or a unit id',
    },
  },
];

export const unitSheet: SheetSpec<UnitKey> = {
  sheetName: '派出单位',
  title: { zh: '派出单位导入模板', en: 'Dispatching unit import template' },
  columns,
  instructions: [
    '第一行为列名，请勿修改；从第二行起每行一个单位。带 * 的列必填。',
    '上级单位可以是本表中的其他单位，系统按上下级顺序导入。',
    'Row 1 holds the column names; one unit per row from row 2. Columns marked * are required.',
  ],
};

const column = (key: UnitKey) => columns.find((c) => c.key === key)!;

export interface UnitRowContext {
  existingRegions: Set<string>;
  mayWriteRegion(code: string): boolean;
  /** 'region\tname' pairs already registered. */
  takenNames: Set<string>;
  /** Visible registered units by name or id. */
  units: Map<string, UnitRecord[]>;
}

export interface UnitDraft {
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  regionCode: string;
  parent: { existingId: string } | { fileRow: number } | null;
}

export interface UnitRowResult {
  row: number;
  unit?: UnitDraft;
  problems: CellProblem[];
}

const REGION = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export function checkUnitRows(sheet: ReadSheet<UnitKey>, ctx: UnitRowContext): UnitRowResult[] {
  const firstRowOf = new Map<string, number>();
  const fileRowsByName = new Map<string, number[]>();
  for (const { row, cells } of sheet.rows) {
    const n = cells.get('name');
    if (n !== undefined && n !== null)
      fileRowsByName.set(toText(n), [...(fileRowsByName.get(toText(n)) ?? []), row]);
  }
  const results: UnitRowResult[] = sheet.rows.map(({ row, cells }) => {
    const problems: CellProblem[] = [];
    const problem = (key: UnitKey, message: LocalisedText) => {
      const c = column(key);
      problems.push({
        row,
        column: key,
        header: headerOf(c),
        value: displayValue(cells.get(key)),
        message: { zh: `${c.label.zh}：${message.zh}`, en: `${c.label.en}: ${message.en}` },
      });
    };
    const text = (key: UnitKey) => {
      const v = cells.get(key);
      if (v === undefined || v === null) {
        if (column(key).required) problem(key, { zh: '必填', en: 'required' });
        return null;
      }
      return typeof v === 'number' ? String(Math.trunc(v)) : toText(v);
    };
    const name = text('name');
    if (name && name.length > 100) problem('name', { zh: '不超过 100 字', en: 'at most 100 characters' });
    let kind: UnitKind | null = null;
    let level: UnitLevel | null = null;
    for (const key of ['kind', 'level'] as const) {
      const v = cells.get(key);
      if (v === undefined || v === null) {
        problem(key, { zh: '必填', en: 'required' });
        continue;
      }
      const e = toEnum(v, column(key).options!);
      if (!e.ok) problem(key, e.message);
      else if (key === 'kind') kind = e.value as UnitKind;
      else level = e.value as UnitLevel;
    }
    const regionCode = text('regionCode');
    if (regionCode) {
      if (!REGION.test(regionCode) || !ctx.existingRegions.has(regionCode)) {
        problem('regionCode', {
          zh: `不存在的行政区划代码 ${regionCode}`,
          en: `no region has the code ${regionCode}`,
        });
      } else if (!ctx.mayWriteRegion(regionCode)) {
        problem('regionCode', { zh: '超出您的管辖范围', en: 'outside your scope' });
      }
    }
    if (name && regionCode) {
      const key = `${regionCode}\t${name}`;
      if (ctx.takenNames.has(key))
        problem('name', { zh: '该地区已有同名单位', en: 'a unit of this name already exists in the region' });
      else if (firstRowOf.has(key))
        problem('name', {
          zh: `与第 ${firstRowOf.get(key)} 行重复`,
          en: `repeats row ${firstRowOf.get(key)}`,
        });
      else firstRowOf.set(key, row);
    }
    let parent: UnitDraft['parent'] = null;
    const parentRef = text('parent');
    if (parentRef) {
      const inFile = (fileRowsByName.get(parentRef) ?? []).filter((r) => r !== row);
      const registered = ctx.units.get(parentRef) ?? [];
      if (parentRef === name)
        problem('parent', { zh: '上级单位不能是本单位', en: 'a unit cannot be its own parent' });
      else if (inFile.length + registered.length > 1)
        problem('parent', {
          zh: '有多个同名单位，请改填单位编号',
          en: 'several units have this name; write the unit id',
        });
      else if (inFile.length === 1) parent = { fileRow: inFile[0]! };
      else if (registered.length === 1) parent = { existingId: registered[0]!.id };
      else problem('parent', { zh: '找不到该上级单位', en: 'no such parent unit' });
    }
    if (problems.length || !name || !kind || !level || !regionCode) return { row, problems };
    return { row, problems, unit: { name, kind, level, regionCode, parent } };
  });
  // A row whose parent row is invalid, or a chain of parents in the file that loops, cannot be imported.
  const byRow = new Map(results.map((r) => [r.row, r]));
  for (const r of results) {
    const seen = new Set<number>([r.row]);
    let p = r.unit?.parent;
    while (r.unit && p && 'fileRow' in p) {
      const up = byRow.get(p.fileRow);
      if (!up?.unit || seen.has(p.fileRow)) {
        r.problems.push({
          row: r.row,
          column: 'parent',
          header: headerOf(column('parent')),
          value: null,
          message: up?.unit
            ? { zh: '上级单位：上下级关系成环', en: 'Parent unit: the parent chain loops' }
            : {
                zh: `上级单位：第 ${p.fileRow} 行有错误，无法作为上级`,
                en: `Parent unit: row ${p.fileRow} has errors`,
              },
        });
        delete r.unit;
        break;
      }
      seen.add(p.fileRow);
      p = up.unit.parent;
    }
  }
  return results;
}
