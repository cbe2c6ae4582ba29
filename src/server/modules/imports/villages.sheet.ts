import { isCalendarDate } from '../../../domain/registry/dates';
import { type DatedValue, periodProblems } from '../../../domain/registry/periods';
import { CHECKIN_RADIUS_M, LATITUDE, LONGITUDE } from '../../../shared/contracts/villages';
import { type VillageCategory, villageCategories, villageCategoryLabels } from '../../../shared/dictionaries';
import type { LocalisedText } from '../../../shared/errors';
import {
  type CellProblem,
  type CellValue,
  type Column,
  displayValue,
  headerOf,
  optionsOf,
  type ReadSheet,
  type SheetSpec,
  toDate,
  toEnum,
  toInt,
  toNumber,
  toText,
} from './xlsx';

export type VillageKey =
  | 'code'
  | 'name'
  | 'population'
  | 'households'
  | 'lat'
  | 'lng'
  | 'checkinRadiusM'
  | 'category'
  | 'from'
  | 'to';

const columns: Column<VillageKey>[] = [
  {
    key: 'code',
    label: { zh: '村代码', en: 'Village code' },
    type: 'text',
    required: true,
    textFormat: true,
    width: 18,
    note: { zh: '12 位村级行政区划代码', en: '12-digit village code' },
  },
  {
    key: 'name',
    label: { zh: '村名', en: 'Village name' },
    type: 'text',
    width: 16,
    note: {
      zh: '可不填；填写时须与代码对应的村名一致（用于核对）',
      en: 'optional, checked against the code',
    },
  },
  { key: 'population', label: { zh: '人口', en: 'Population' }, type: 'int', width: 10 },
  { key: 'households', label: { zh: '户数', en: 'Households' }, type: 'int', width: 10 },
  {
    key: 'lat',
    label: { zh: '纬度', en: 'Latitude' },
    type: 'number',
    width: 12,
    note: { zh: 'WGS-84 坐标（GPS 原始坐标，非高德/腾讯地图的 GCJ-02），如 27.0567', en: 'WGS-84' },
  },
  {
    key: 'lng',
    label: { zh: '经度', en: 'Longitude' },
    type: 'number',
    width: 12,
    note: { zh: 'WGS-84 坐标，如 106.9734', en: 'WGS-84' },
  },
  {
    key: 'checkinRadiusM',
    label: { zh: '打卡半径（米）', en: 'Check-in radius (m)' },
    type: 'int',
    width: 14,
    note: { zh: '可不填，默认按省级参数（1000 米）', en: 'optional; the provincial default applies' },
  },
  {
    key: 'category',
    label: { zh: '村类别', en: 'Category' },
    type: 'enum',
    options: optionsOf(villageCategories, villageCategoryLabels),
    width: 26,
  },
  { key: 'from', label: { zh: '类别起始日期', en: 'Category from' }, type: 'date', width: 16 },
  {
    key: 'to',
    label: { zh: '类别终止日期', en: 'Category to' },
    type: 'date',
    width: 16,
    note: { zh: '仍属该类别的不填', en: 'blank while it still holds' },
  },
];

export const villageSheet: SheetSpec<VillageKey> = {
  sheetName: '村情信息',
  title: { zh: '村情信息导入模板', en: 'Village profile import template' },
  columns,
  instructions: [
    '每行一个村的一个类别时段；同一村有多个类别（或同一类别的多个时段）时写多行，村代码相同，人口等信息写一次即可。',
    '文件中某村只要写了类别，该村原有的类别记录就由文件中的记录整体替换；没写类别的村保留原有类别。',
    '人口、户数、坐标、打卡半径留空时保留原值。',
    'One row per village and category period; a village with several categories takes several rows with the same code.',
  ],
};

const column = (key: VillageKey) => columns.find((c) => c.key === key)!;

export interface VillageDraft {
  code: string;
  population?: number;
  households?: number;
  location?: { lat: number; lng: number };
  checkinRadiusM?: number;
  /** Replaces the village's history when at least one row gave a category. */
  periods: DatedValue<VillageCategory>[];
  rows: number[];
}

export interface VillageCheck {
  villages: VillageDraft[];
  problems: CellProblem[];
  /** Rows belonging to villages without problems. */
  validRows: number;
}

export function checkVillageRows(
  sheet: ReadSheet<VillageKey>,
  villagesInScope: Map<string, string>,
): VillageCheck {
  const problems: CellProblem[] = [];
  const drafts = new Map<string, VillageDraft & { bad: boolean; periodRows: number[] }>();
  for (const { row, cells } of sheet.rows) {
    const before = problems.length;
    const problem = (key: VillageKey, message: LocalisedText) => {
      const c = column(key);
      problems.push({
        row,
        column: key,
        header: headerOf(c),
        value: displayValue(cells.get(key)),
        message: { zh: `${c.label.zh}：${message.zh}`, en: `${c.label.en}: ${message.en}` },
      });
    };
    const num = (key: VillageKey, kind: 'int' | 'number', min: number, max: number): number | undefined => {
      const v: CellValue | undefined = cells.get(key);
      if (v === undefined || v === null) return undefined;
      const n = kind === 'int' ? toInt(v) : toNumber(v);
      if (!n.ok) return void problem(key, n.message);
      if (n.value < min || n.value > max)
        return void problem(key, { zh: `应在 ${min} 至 ${max} 之间`, en: `between ${min} and ${max}` });
      return n.value;
    };
    const date = (key: VillageKey): string | null => {
      const v = cells.get(key);
      if (v === undefined || v === null) return null;
      const d = toDate(v);
      if (!d.ok || !isCalendarDate(d.value)) {
        problem(
          key,
          d.ok ? { zh: `${d.value} 不是有效日期`, en: `${d.value} is not a real date` } : d.message,
        );
        return null;
      }
      return d.value;
    };
    const codeCell = cells.get('code');
    const code =
      codeCell === undefined || codeCell === null
        ? ''
        : typeof codeCell === 'number'
          ? String(codeCell)
          : toText(codeCell);
    if (!code) problem('code', { zh: '必填', en: 'required' });
    else if (!/^\d{12}$/.test(code))
      problem('code', { zh: '应为 12 位村级行政区划代码', en: 'a 12-digit village code' });
    else if (!villagesInScope.has(code))
      problem('code', { zh: '没有这个村，或不在您的管辖范围内', en: 'no such village in your scope' });
    const nameCell = cells.get('name');
    if (
      nameCell !== undefined &&
      nameCell !== null &&
      villagesInScope.has(code) &&
      toText(nameCell) !== villagesInScope.get(code)
    ) {
      problem('name', {
        zh: `与代码不符：${code} 是“${villagesInScope.get(code)}”`,
        en: `does not match the code: ${code} is ${villagesInScope.get(code)}`,
      });
    }
    const population = num('population', 'int', 0, 1_000_000);
    const households = num('households', 'int', 0, 1_000_000);
    const lat = num('lat', 'number', LATITUDE.min, LATITUDE.max);
    const lng = num('lng', 'number', LONGITUDE.min, LONGITUDE.max);
    if ((lat === undefined) !== (lng === undefined) && problems.length === before) {
      problem(lat === undefined ? 'lat' : 'lng', {
        zh: '经度和纬度须同时填写',
        en: 'give both latitude and longitude',
      });
    }
    const radius = num('checkinRadiusM', 'int', CHECKIN_RADIUS_M.min, CHECKIN_RADIUS_M.max);
    let category: VillageCategory | null = null;
    const catCell = cells.get('category');
    if (catCell !== undefined && catCell !== null) {
      const e = toEnum(catCell, column('category').options!);
      if (e.ok) category = e.value as VillageCategory;
      else problem('category', e.message);
    }
    const from = date('from');
    const to = date('to');
    if (category && !from) problem('from', { zh: '填写了类别时必填', en: 'required with a category' });
    if (!category && (from || to) && catCell === undefined)
      problem('category', { zh: '填写了日期时必填', en: 'required with dates' });

    if (!/^\d{12}$/.test(code)) continue;
    const draft = drafts.get(code) ?? { code, periods: [], rows: [], bad: false, periodRows: [] };
    drafts.set(code, draft);
    draft.rows.push(row);
    const setOnce = <K extends 'population' | 'households' | 'checkinRadiusM'>(
      key: K,
      value: number | undefined,
    ) => {
      if (value === undefined) return;
      if (draft[key] !== undefined && draft[key] !== value)
        problem(key, {
          zh: '同一村的多行填写了不同的值',
          en: 'differs from an earlier row of the same village',
        });
      else draft[key] = value;
    };
    setOnce('population', population);
    setOnce('households', households);
    setOnce('checkinRadiusM', radius);
    if (lat !== undefined && lng !== undefined) {
      if (draft.location && (draft.location.lat !== lat || draft.location.lng !== lng))
        problem('lat', {
          zh: '同一村的多行填写了不同的坐标',
          en: 'differs from an earlier row of the same village',
        });
      else draft.location = { lat, lng };
    }
    if (
      draft.population !== undefined &&
      draft.households !== undefined &&
      draft.households > draft.population
    ) {
      problem('households', { zh: '户数不能多于人口数', en: 'cannot exceed the population' });
    }
    if (category && from) {
      draft.periods.push({ value: category, from, to });
      draft.periodRows.push(row);
    }
    if (problems.length > before) draft.bad = true;
  }
  for (const d of drafts.values()) {
    for (const p of periodProblems(d.periods)) {
      const row = d.periodRows[p.index]!;
      const c = column(p.field === 'to' ? 'to' : 'from');
      problems.push({
        row,
        column: c.key,
        header: headerOf(c),
        value: null,
        message: { zh: `${c.label.zh}：${p.message.zh}`, en: `${c.label.en}: ${p.message.en}` },
      });
      d.bad = true;
    }
  }
  const good = [...drafts.values()].filter((d) => !d.bad);
  return {
    villages: good.map(({ bad: _b, periodRows: _p, ...d }) => d),
    problems,
    validRows: good.reduce((n, d) => n + d.rows.length, 0),
  };
}
