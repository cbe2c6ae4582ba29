import { cadreProblems } from '../../../domain/registry/cadre';
import { isCalendarDate } from '../../../domain/registry/dates';
import {
  isMobilePhone,
  maskIdNumber,
  maskPhone,
  normaliseIdNumber,
  parseIdNumber,
} from '../../../domain/registry/id-number';
import {
  type Gender,
  genderLabels,
  genders,
  type PartyStatus,
  partyStatuses,
  partyStatusLabels,
  type Rank,
  rankLabels,
  ranks,
  type Strength,
  strengthLabels,
  strengths,
} from '../../../shared/dictionaries';
import type { LocalisedText } from '../../../shared/errors';
import { type CadreFields, registeredElsewhere } from '../cadres/cadres.service';
import type { UnitRecord } from '../units/units.repository';
import {
  type CellProblem,
  type CellValue,
  type Column,
  displayValue,
  headerOf,
  optionsOf,
  type ReadSheet,
  type SheetSpec,
  toBool,
  toDate,
  toEnum,
  toEnumList,
  toText,
} from './xlsx';

export type CadreKey =
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'idNumber'
  | 'phone'
  | 'unit'
  | 'partyStatus'
  | 'partyJoinedOn'
  | 'partyFullOn'
  | 'workStartedOn'
  | 'rank'
  | 'reserveCadre'
  | 'young'
  | 'steppedDownForAge'
  | 'ruralExperience'
  | 'agriExpertise'
  | 'strengths';

const columns: Column<CadreKey>[] = [
  { key: 'name', label: { zh: '姓名', en: 'Name' }, type: 'text', required: true, max: 50, width: 12 },
  {
    key: 'gender',
    label: { zh: '性别', en: 'Gender' },
    type: 'enum',
    options: optionsOf(genders, genderLabels),
    width: 10,
    note: { zh: '可不填，按身份证号第 17 位确定', en: 'may be left blank: read from the ID number' },
  },
  {
    key: 'birthDate',
    label: { zh: '出生日期', en: 'Birth date' },
    type: 'date',
    width: 16,
    note: {
      zh: '可不填，按身份证号确定；填写时须与身份证号一致',
      en: 'may be left blank: read from the ID number',
    },
  },
  {
    key: 'idNumber',
    label: { zh: '身份证号', en: 'ID number' },
    type: 'text',
    required: true,
    textFormat: true,
    width: 24,
    note: {
      zh: '18 位，须以文本格式填写（数字格式会丢失末几位）；校验码按 GB 11643 检查',
      en: '18 characters, as text',
    },
  },
  {
    key: 'phone',
    label: { zh: '手机号', en: 'Mobile phone' },
    type: 'text',
    required: true,
    textFormat: true,
    width: 16,
    note: { zh: '11 位手机号', en: '11-digit mobile number' },
  },
  {
    key: 'unit',
    label: { zh: '派出单位', en: 'Dispatching unit' },
    type: 'text',
    required: true,
    width: 30,
    note: {
      zh: '单位全称（须已在系统中登记）或单位编号；单位人事部门只管理一个单位时可不填',
      en: 'the unit name as registered, or its id',
    },
  },
  {
    key: 'partyStatus',
    label: { zh: '政治面貌', en: 'Party status' },
    type: 'enum',
    required: true,
    options: optionsOf(partyStatuses, partyStatusLabels),
    width: 16,
  },
  {
    key: 'partyJoinedOn',
    label: { zh: '入党时间', en: 'Joined the party' },
    type: 'date',
    width: 16,
    note: { zh: '党员填写', en: 'members only' },
  },
  {
    key: 'partyFullOn',
    label: { zh: '转正时间', en: 'Full membership' },
    type: 'date',
    width: 16,
    note: { zh: '正式党员填写；党龄从转正时间起算', en: 'full members only; party standing counts from it' },
  },
  {
    key: 'workStartedOn',
    label: { zh: '参加工作时间', en: 'Started work' },
    type: 'date',
    required: true,
    width: 18,
  },
  {
    key: 'rank',
    label: { zh: '职级', en: 'Rank' },
    type: 'enum',
    options: optionsOf(ranks, rankLabels),
    width: 14,
  },
  { key: 'reserveCadre', label: { zh: '后备干部', en: 'Reserve cadre' }, type: 'bool', width: 12 },
  {
    key: 'young',
    label: { zh: '优秀年轻干部', en: 'Listed young cadre' },
    type: 'bool',
    width: 14,
    note: {
      zh: '单位确定的优秀年轻干部；系统另按年龄线计算“年轻干部”',
      en: 'as listed by the unit; the system also computes young by age',
    },
  },
  {
    key: 'steppedDownForAge',
    label: { zh: '因年龄原因从领导岗位调整下来', en: 'Stepped down for age' },
    type: 'bool',
    width: 16,
  },
  { key: 'ruralExperience', label: { zh: '农村工作经验', en: 'Rural experience' }, type: 'bool', width: 14 },
  {
    key: 'agriExpertise',
    label: { zh: '涉农专业技术特长', en: 'Agricultural expertise' },
    type: 'bool',
    width: 14,
  },
  {
    key: 'strengths',
    label: { zh: '擅长', en: 'Strengths' },
    type: 'enumList',
    options: optionsOf(strengths, strengthLabels),
    width: 24,
  },
];

export const cadreSheet: SheetSpec<CadreKey> = {
  sheetName: '干部信息',
  title: { zh: '干部库导入模板', en: 'Cadre pool import template' },
  columns,
  instructions: [
    '第一行为列名，请勿修改；从第二行起每行一名干部。带 * 的列必填。',
    '上传后系统先逐行检查并给出报告（行号、列、问题），可选择“全部正确才导入”或“只导入正确的行”。',
    '身份证号加密保存，页面上只显示后 4 位；同一身份证号在干部库中只能登记一次。',
    'Row 1 holds the column names; one cadre per row from row 2. Columns marked * are required.',
  ],
};

export const cadreColumn = (key: CadreKey) => columns.find((c) => c.key === key)!;

export interface CadreRowContext {
  today: string;
  /** Units by the text written in the unit column (name or id): one unit, several (ambiguous) or none. */
  units: Map<string, UnitRecord[]>;
  defaultUnit: UnitRecord | null;
  mayWrite(unit: UnitRecord): boolean;
}

export interface CadreRowResult {
  row: number;
  fields?: CadreFields;
  unit?: UnitRecord;
  problems: CellProblem[];
}

const required: LocalisedText = { zh: '必填', en: 'required' };

/**
 * A cell's value as the report may show it: ID and phone numbers masked, as everywhere but the reveal, and
 * the birth date hidden (it is digits 7–14 of the ID number: beside the masked number it would narrow it down).
 */
function shown(key: CadreKey, v: CellValue | undefined): string | null {
  const text = displayValue(v);
  if (text === null) return null;
  if (key === 'idNumber') return text.length >= 8 ? maskIdNumber(text) : '*'.repeat(text.length);
  if (key === 'phone') return maskPhone(text);
  if (key === 'birthDate') return '*'.repeat(text.length);
  return text;
}

/**
 * The report's words for a row whose ID number is registered already: with the holder when the importer can
 * see that cadre, otherwise neutral (no name, unit or region: the import must not tell where a person is).
 */
export function registeredMessage(holder: { name: string; unitName: string } | null): LocalisedText {
  return holder
    ? {
        zh: `已在干部库中登记（${holder.name}，${holder.unitName}）`,
        en: `already registered in the cadre pool (${holder.name}, ${holder.unitName})`,
      }
    : registeredElsewhere;
}

export function checkCadreRows(sheet: ReadSheet<CadreKey>, ctx: CadreRowContext): CadreRowResult[] {
  return sheet.rows.map(({ row, cells }) => {
    const problems: CellProblem[] = [];
    const problem = (key: CadreKey, message: LocalisedText) => {
      const c = cadreColumn(key);
      problems.push({
        row,
        column: key,
        header: headerOf(c),
        value: shown(key, cells.get(key)),
        message: { zh: `${c.label.zh}：${message.zh}`, en: `${c.label.en}: ${message.en}` },
      });
    };
    const cell = (key: CadreKey): CellValue | undefined => cells.get(key);
    const need = (key: CadreKey) => {
      const v = cell(key);
      if (v === undefined) problem(key, required);
      return v;
    };
    const date = (key: CadreKey, mandatory: boolean): string | null => {
      const v = mandatory ? need(key) : cell(key);
      if (v === undefined || v === null) return null;
      const d = toDate(v);
      if (!d.ok) {
        problem(key, d.message);
        return null;
      }
      if (!isCalendarDate(d.value)) {
        problem(key, { zh: `${d.value} 不是有效日期`, en: `${d.value} is not a real date` });
        return null;
      }
      return d.value;
    };
    const bool = (key: CadreKey): boolean => {
      const v = cell(key);
      if (v === undefined || v === null) return false;
      const b = toBool(v);
      if (!b.ok) problem(key, b.message);
      return b.ok && b.value;
    };
    const enumOf = <T extends string>(key: CadreKey, mandatory: boolean): T | null => {
      const v = mandatory ? need(key) : cell(key);
      if (v === undefined || v === null) return null;
      const e = toEnum(v, cadreColumn(key).options!);
      if (!e.ok) {
        problem(key, e.message);
        return null;
      }
      return e.value as T;
    };

    const nameCell = need('name');
    const name = nameCell === undefined ? '' : toText(nameCell);
    if (name.length > 50) problem('name', { zh: '不超过 50 字', en: 'at most 50 characters' });

    const idCell = need('idNumber');
    let idNumber = '';
    let fromId: { birthDate: string; gender: Gender } | null = null;
    if (typeof idCell === 'number') {
      problem('idNumber', {
        zh: '应以文本格式填写：数字格式会丢失末几位，请把该列设为文本后重新录入',
        en: 'must be entered as text: as a number its last digits are lost',
      });
    } else if (idCell !== undefined) {
      idNumber = normaliseIdNumber(toText(idCell));
      const parsed = parseIdNumber(idNumber);
      if (parsed.ok) fromId = parsed.facts;
      else problem('idNumber', parsed.message);
    }

    const phoneCell = need('phone');
    const phone =
      phoneCell === undefined
        ? ''
        : typeof phoneCell === 'number'
          ? String(Math.trunc(phoneCell))
          : toText(phoneCell);
    if (phoneCell !== undefined && !isMobilePhone(phone))
      problem('phone', { zh: '应为 11 位手机号', en: 'an 11-digit mobile number' });

    let unit: UnitRecord | undefined;
    const unitCell = cell('unit');
    if (unitCell === undefined) {
      if (ctx.defaultUnit) unit = ctx.defaultUnit;
      else problem('unit', required);
    } else {
      const found = ctx.units.get(toText(unitCell)) ?? [];
      if (found.length === 0)
        problem('unit', {
          zh: '系统中没有这个单位，或不在您的范围内；请填写已登记单位的全称',
          en: 'no such unit in your scope; write the registered full name',
        });
      else if (found.length > 1)
        problem('unit', {
          zh: '有多个同名单位，请改填单位编号',
          en: 'several units have this name; write the unit id instead',
        });
      else if (!ctx.mayWrite(found[0]!))
        problem('unit', { zh: '您不能维护该单位的干部', en: 'you cannot maintain cadres of this unit' });
      else unit = found[0];
    }

    const gender = enumOf<Gender>('gender', false) ?? fromId?.gender ?? null;
    const birthDate = date('birthDate', false) ?? fromId?.birthDate ?? null;
    const partyStatus = enumOf<PartyStatus>('partyStatus', true);
    const partyJoinedOn = date('partyJoinedOn', false);
    const partyFullOn = date('partyFullOn', false);
    const workStartedOn = date('workStartedOn', true);
    const rank = enumOf<Rank>('rank', false);
    const flags = {
      reserveCadre: bool('reserveCadre'),
      young: bool('young'),
      steppedDownForAge: bool('steppedDownForAge'),
      ruralExperience: bool('ruralExperience'),
      agriExpertise: bool('agriExpertise'),
    };
    let strengthList: Strength[] = [];
    const sCell = cell('strengths');
    if (sCell !== undefined && sCell !== null) {
      const s = toEnumList(sCell, cadreColumn('strengths').options!);
      if (s.ok) strengthList = s.value as Strength[];
      else problem('strengths', s.message);
    }

    if (problems.length || !fromId || !gender || !birthDate || !partyStatus || !workStartedOn || !unit)
      return { row, problems };
    const fields: CadreFields = {
      name,
      gender,
      birthDate,
      idNumber,
      phone,
      unitId: unit.id,
      partyStatus,
      partyJoinedOn,
      partyFullOn,
      workStartedOn,
      rank,
      ...flags,
      strengths: strengthList,
    };
    for (const p of cadreProblems(fields, ctx.today)) problem(p.field as CadreKey, p.message);
    return problems.length ? { row, problems } : { row, fields, unit, problems };
  });
}
