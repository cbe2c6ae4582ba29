// Provincial parameters (RULES.md "Provincial parameters"; issue 10 item 1): every number the central texts
// leave to local measures, with its type, default, bounds, the lowest level of jurisdiction that may set it,
// the rule it serves and its label. The defaults are those RULES.md lists; a province (and, where the
// catalogue allows it, a city or county) changes them with the date the value takes effect.
//
// Levels: 'country' is the national default (not stored); a key whose `lowest` is 'province' may be set by a
// province only; 'city' by a province or a city; 'county' by any of the three. The most specific value in
// force on a date wins (src/domain/settings/resolve.ts).

export type SettingLevel = 'country' | 'province' | 'city' | 'county';
export const SETTING_LEVELS: readonly SettingLevel[] = ['country', 'province', 'city', 'county'];

export type ParameterType = 'integer' | 'boolean' | 'enum';

interface Label {
  zh: string;
  en: string;
}

interface Base {
  label: Label;
  /** A rule id of RULES.md the parameter serves. */
  ruleId: string;
  /** The lowest level that may set it. */
  lowest: Exclude<SettingLevel, 'country'>;
  /** What local measures RULES.md cites (help text). */
  note?: Label;
  unit?: Label;
}
export interface IntegerParameter extends Base {
  type: 'integer';
  default: number;
  min: number;
  max: number;
}
export interface BooleanParameter extends Base {
  type: 'boolean';
  default: boolean;
}
export interface EnumParameter<T extends string = string> extends Base {
  type: 'enum';
  default: T;
  options: readonly T[];
  optionLabels: Record<T, Label>;
}
export type ParameterDef = IntegerParameter | BooleanParameter | EnumParameter;

const DAY = { zh: '天', en: 'days' };
const PERSON = { zh: '人', en: 'people' };

function int(d: Omit<IntegerParameter, 'type'>): IntegerParameter {
  return { type: 'integer', ...d };
}
function bool(d: Omit<BooleanParameter, 'type'>): BooleanParameter {
  return { type: 'boolean', ...d };
}
function oneOf<const T extends string>(d: Omit<EnumParameter<T>, 'type'>): EnumParameter<T> {
  return { type: 'enum', ...d };
}

export const catalogue = {
  // Attendance (P17.4.2-attend / P21.5-attend)
  minDaysInVillagePerMonth: int({
    default: 20,
    min: 0,
    max: 31,
    lowest: 'county',
    ruleId: 'P17.4.2-attend',
    unit: DAY,
    label: { zh: '每月驻村天数下限', en: 'Minimum days in the village per month' },
    note: {
      zh: '每月驻村不少于20天（多地县级办法，2017）',
      en: 'at least 20 days a month (several counties, 2017)',
    },
  }),
  minimumCountedPer: oneOf({
    default: 'month',
    options: ['month', 'year'] as const,
    optionLabels: { month: { zh: '按月', en: 'per month' }, year: { zh: '按年', en: 'per year' } },
    lowest: 'province',
    ruleId: 'P17.4.2-attend',
    label: { zh: '驻村天数下限的计算周期', en: 'Minimum days counted per' },
    note: { zh: '有的省按年计算', en: 'some provinces count per year' },
  }),
  minDaysInVillagePerYear: int({
    default: 200,
    min: 0,
    max: 366,
    lowest: 'province',
    ruleId: 'P17.4.2-attend',
    unit: DAY,
    label: { zh: '每年驻村天数下限', en: 'Minimum days in the village per year' },
    note: { zh: '一省规定每年200天', en: 'one province uses 200 per year' },
  }),
  tripCountsInVillage: bool({
    default: true,
    lowest: 'province',
    ruleId: 'P17.4.2-attend',
    label: {
      zh: '报备乡镇的公务出差计入驻村天数',
      en: 'Official trips reported to the township count as days in the village',
    },
    note: { zh: '省级办法（2021年起）', en: 'provincial measure (2021+)' },
  }),
  trainingCountsInVillage: bool({
    default: true,
    lowest: 'province',
    ruleId: 'P17.4.2-attend',
    label: { zh: '参加培训计入驻村天数', en: 'Training counts as days in the village' },
  }),
  tripNeedsApproval: bool({
    default: false,
    lowest: 'county',
    ruleId: 'P17.4.2-leave',
    label: { zh: '公务出差和培训须审批', en: 'Official trips and training need approval' },
  }),
  // Leave (P17.4.2-leave / P21.5-leave) and recall (P17.5.3-recall)
  leaveTownshipMaxDays: int({
    default: 3,
    min: 1,
    max: 30,
    lowest: 'province',
    ruleId: 'P17.4.2-leave',
    unit: { zh: '个工作日', en: 'working days' },
    label: { zh: '乡镇党委审批请假的天数上限', en: 'Leave the township party committee approves, up to' },
    note: {
      zh: '3天以内乡镇党委审批，超过报县委组织部；一省以5天为界',
      en: 'up to 3 days the township, longer the county; one province uses 5',
    },
  }),
  cumulativeLeaveAlertDays: int({
    default: 30,
    min: 1,
    max: 366,
    lowest: 'county',
    ruleId: 'P17.5.3-recall',
    unit: { zh: '个工作日', en: 'working days' },
    label: { zh: '年度累计请假提醒（召回研判）', en: 'Cumulative leave in a year before a recall review' },
    note: {
      zh: '县级办法：一年请假超过30天研究召回',
      en: 'county measure: more than 30 days a year → recall review',
    },
  }),
  // Optional evidence check-ins (X23-fingertip, X26-apps art. 6, PIPL-28)
  checkInEnabled: bool({
    default: false,
    lowest: 'county',
    ruleId: 'X26-apps',
    label: {
      zh: '启用自愿签到（佐证，非强制）',
      en: 'Optional evidence check-in switched on (never required)',
    },
  }),
  checkInRadiusMetres: int({
    default: 1000,
    min: 100,
    max: 20000,
    lowest: 'county',
    ruleId: 'X26-apps',
    unit: { zh: '米', en: 'm' },
    label: {
      zh: '签到半径（村中心周边，村可单独设置）',
      en: 'Check-in radius around the village centre (a village may override)',
    },
  }),
  checkInRetentionDays: int({
    default: 90,
    min: 1,
    max: 366,
    lowest: 'province',
    ruleId: 'PIPL-28',
    unit: DAY,
    label: { zh: '签到位置保存期限', en: 'Check-in positions kept for' },
  }),
  // The phone app (issue 11 item 1): a cadre's device stays signed in, no forced regular log-ins (X26-apps art. 6)
  deviceSessionDays: int({
    default: 30,
    min: 1,
    max: 180,
    lowest: 'province',
    ruleId: 'X26-apps',
    unit: DAY,
    label: {
      zh: '驻村干部手机保持登录天数',
      en: 'A cadre’s phone stays signed in for',
    },
    note: {
      zh: '不强制定期登录；干部本人或县委组织部可随时退出某台设备',
      en: 'no forced regular log-ins; the cadre or the county can sign a device out at any time',
    },
  }),
  // Terms and teams
  handoverOverlapDays: int({
    default: 7,
    min: 0,
    max: 90,
    lowest: 'county',
    ruleId: 'P21.5-rotate',
    unit: DAY,
    label: { zh: '压茬交接重叠天数', en: 'Handover overlap' },
    note: {
      zh: '至少7天，三张交接清单；一县为一个月',
      en: 'at least 7 days with the three handover lists; one county a month',
    },
  }),
  // Daily management (issue 12): heart-to-heart talks (P21.6-talk / P17.6.4-talk)
  talkIntervalMonths: int({
    default: 6,
    min: 1,
    max: 24,
    lowest: 'county',
    ruleId: 'P21.6-talk',
    unit: { zh: '个月', en: 'months' },
    label: {
      zh: '谈心谈话间隔（超过即列入谈话人待办）',
      en: 'Heart-to-heart talk interval (past it, the cadre shows on the talker’s to-dos)',
    },
    note: {
      zh: '中央文件要求经常性谈心谈话，间隔由各地确定',
      en: 'the central texts ask for regular talks; the interval is local',
    },
  }),
  youngAgeLine: int({
    default: 40,
    min: 25,
    max: 60,
    lowest: 'province',
    ruleId: 'P17.2.2-young',
    unit: { zh: '周岁', en: 'years' },
    label: { zh: '年轻干部年龄线（含）', en: 'Young cadre age line (inclusive)' },
  }),
  keyCountyMembers: int({
    default: 3,
    min: 2,
    max: 10,
    lowest: 'province',
    ruleId: 'P21.2-scope',
    unit: PERSON,
    label: {
      zh: '重点帮扶县脱贫村队员数（第一书记外）',
      en: 'Members besides the first secretary, lifted village of a key county',
    },
  }),
  reducedMembers: int({
    default: 1,
    min: 0,
    max: 2,
    lowest: 'province',
    ruleId: 'P21.2-reduce',
    unit: PERSON,
    label: {
      zh: '巩固任务较轻村的队员数（第一书记外）',
      en: 'Members besides the first secretary, light consolidation task',
    },
  }),
  priorityExtraMembers: int({
    default: 1,
    min: 0,
    max: 5,
    lowest: 'province',
    ruleId: 'P17.2.2-priority',
    unit: PERSON,
    label: { zh: '深度贫困村加派人数', en: 'Extra members for a deep-poverty village' },
  }),
  // Assessment (P17.5.1-mix)
  assessmentGradeLabels: oneOf({
    default: 'competent',
    options: ['competent', 'qualified'] as const,
    optionLabels: {
      competent: {
        zh: '优秀·称职·基本称职·不称职',
        en: 'excellent · competent · basically competent · incompetent',
      },
      qualified: {
        zh: '优秀·合格·基本合格·不合格',
        en: 'excellent · qualified · basically qualified · unqualified',
      },
    },
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    label: { zh: '考核等次名称', en: 'Assessment grade labels' },
  }),
  excellentShareMaxPercent: int({
    default: 20,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '%', en: '%' },
    label: { zh: '一批考核中优秀等次比例上限', en: 'Share of 优秀 in one assessment batch, at most' },
    note: { zh: '公务员考核惯例；各地10%至25%', en: 'civil-service practice; 10 % to 25 % seen' },
  }),
  absencesNoExcellent: int({
    default: 1,
    min: 1,
    max: 31,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '次', en: 'times' },
    label: { zh: '无故缺勤达此次数不得评优秀', en: 'Unexcused absences that rule out 优秀' },
  }),
  absencesAtMostBasic: int({
    default: 2,
    min: 1,
    max: 31,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '次', en: 'times' },
    label: { zh: '无故缺勤达此次数最高评基本称职', en: 'Unexcused absences that cap the grade at 基本称职' },
  }),
  absencesIncompetent: int({
    default: 3,
    min: 1,
    max: 31,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '次', en: 'times' },
    label: { zh: '无故缺勤达此次数评不称职', en: 'Unexcused absences that make the grade 不称职' },
  }),
  // Assessment scheme (issue 13): the weights of the five components (together 100, checked when a batch
  // opens — P17.5.1-mix), and the months on post before a cadre is assessed in the year (P21.5-annual).
  assessmentWeightAttendance: int({
    default: 20,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '分', en: 'points' },
    label: { zh: '考核权重：考勤', en: 'Assessment weight: attendance' },
    note: { zh: '五项权重合计须为100', en: 'the five weights add up to 100' },
  }),
  assessmentWeightPerformance: int({
    default: 40,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '分', en: 'points' },
    label: { zh: '考核权重：考绩（任务清单）', en: 'Assessment weight: performance (task list)' },
  }),
  assessmentWeightSummary: int({
    default: 10,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P17.5.1-mix',
    unit: { zh: '分', en: 'points' },
    label: { zh: '考核权重：工作总结', en: 'Assessment weight: work summary' },
  }),
  assessmentWeightVillagers: int({
    default: 20,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P21.5-voices',
    unit: { zh: '分', en: 'points' },
    label: { zh: '考核权重：村民测评', en: 'Assessment weight: villagers’ evaluation' },
  }),
  assessmentWeightVillageCadres: int({
    default: 10,
    min: 0,
    max: 100,
    lowest: 'province',
    ruleId: 'P21.5-voices',
    unit: { zh: '分', en: 'points' },
    label: { zh: '考核权重：村干部评议', en: 'Assessment weight: village cadres’ review' },
  }),
  assessmentMinMonthsOnPost: int({
    default: 6,
    min: 1,
    max: 12,
    lowest: 'province',
    ruleId: 'P21.5-annual',
    unit: { zh: '个月', en: 'months' },
    label: { zh: '参加年度考核的最短驻村时间', en: 'Months on post before the annual assessment' },
    note: {
      zh: '驻村半年以上的每年进行考核',
      en: 'cadres stationed more than half a year are assessed yearly',
    },
  }),
  // Allowances (P17.6.4-allow / P21.6-allow)
  dailyAllowanceYuan: int({
    default: 100,
    min: 0,
    max: 1000,
    lowest: 'province',
    ruleId: 'P21.6-allow',
    unit: { zh: '元/天', en: 'CNY a day' },
    label: {
      zh: '驻村生活补助（按实际驻村天数）',
      en: 'Daily living allowance (by actual days in the village)',
    },
    note: {
      zh: '参照差旅伙食补助标准；西藏、青海、新疆更高',
      en: 'the travel meal-allowance standard; higher in Tibet, Qinghai, Xinjiang',
    },
  }),
  communicationSubsidyYuanPerMonth: int({
    default: 0,
    min: 0,
    max: 2000,
    lowest: 'province',
    ruleId: 'P21.6-allow',
    unit: { zh: '元/月', en: 'CNY a month' },
    label: { zh: '通讯补贴（0 表示省里尚未规定）', en: 'Communication subsidy (0: not set by the province)' },
  }),
} as const satisfies Record<string, ParameterDef>;

export type ParameterKey = keyof typeof catalogue;
export const parameterKeys = Object.keys(catalogue) as ParameterKey[];

type ValueOf<D> = D extends { type: 'integer' }
  ? number
  : D extends { type: 'boolean' }
    ? boolean
    : D extends { options: readonly (infer T)[] }
      ? T
      : never;

/** Every parameter, typed. */
export type Parameters = { -readonly [K in ParameterKey]: ValueOf<(typeof catalogue)[K]> };
export type ParameterValue = Parameters[ParameterKey];

export const isParameterKey = (k: string): k is ParameterKey => Object.hasOwn(catalogue, k);

export const defaultParameters: Readonly<Parameters> = Object.freeze(
  Object.fromEntries(parameterKeys.map((k) => [k, catalogue[k].default])) as Parameters,
);

/** The level of a settings region: '' the country, 2 digits a province, 4 a city, 6 a county. */
export function settingLevelOf(regionCode: string): SettingLevel | undefined {
  return ({ 0: 'country', 2: 'province', 4: 'city', 6: 'county' } as const)[
    regionCode.length as 0 | 2 | 4 | 6
  ];
}

/** Whether the key may be set at that level (the national default is not set, it is the catalogue). */
export function mayBeSetAt(key: ParameterKey, level: SettingLevel): boolean {
  if (level === 'country') return false;
  return SETTING_LEVELS.indexOf(level) <= SETTING_LEVELS.indexOf(catalogue[key].lowest);
}

export type ValueCheck<V = ParameterValue> = { ok: true; value: V } | { ok: false; zh: string; en: string };

const TYPE_LABELS: Record<ParameterType, Label> = {
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '是/否（true 或 false）', en: 'a boolean (true or false)' },
  enum: { zh: '以下之一', en: 'one of' },
};

/** Checks a value for a key: its type, then its bounds or options. Messages name the key and the type. */
export function checkValue(key: ParameterKey, value: unknown): ValueCheck {
  const def: ParameterDef = catalogue[key];
  const t = TYPE_LABELS[def.type];
  if (def.type === 'integer') {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      return { ok: false, zh: `参数 ${key} 应为${t.zh}`, en: `Parameter ${key} must be ${t.en}` };
    }
    if (value < def.min || value > def.max) {
      return {
        ok: false,
        zh: `参数 ${key} 应在 ${def.min} 至 ${def.max} 之间`,
        en: `Parameter ${key} must be between ${def.min} and ${def.max}`,
      };
    }
    return { ok: true, value };
  }
  if (def.type === 'boolean') {
    if (typeof value !== 'boolean') {
      return { ok: false, zh: `参数 ${key} 应为${t.zh}`, en: `Parameter ${key} must be ${t.en}` };
    }
    return { ok: true, value };
  }
  if (typeof value !== 'string' || !def.options.includes(value)) {
    return {
      ok: false,
      zh: `参数 ${key} 应为${t.zh}：${def.options.join('、')}`,
      en: `Parameter ${key} must be ${t.en}: ${def.options.join(', ')}`,
    };
  }
  return { ok: true, value: value as ParameterValue };
}
