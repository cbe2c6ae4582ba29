// Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear): the system drafts a cadre's report
// from what is already recorded in the half year, so nobody types what the system knows (P21.6-burden,
// X24-rules). Pure code over plain inputs: the ledger months, the work logs, the village's tasks, the leader
// meetings attended, trips and training. The cadre then corrects it and writes what only they can write
// (thinking, problems and plans).

import type { DutyKey } from '../../shared/contracts/duties';
import { dutyLabels } from '../../shared/contracts/duties';
import { addDays, compareDates, type IsoDate } from '../time/iso-date';

export type HalfYearPeriod = `${number}H${1 | 2}`;
export const PERIOD = /^(\d{4})H([12])$/;

export const isPeriod = (s: string): s is HalfYearPeriod => PERIOD.test(s);

/** The days of a half year: H1 is 1 January – 30 June, H2 1 July – 31 December. */
export function periodDates(period: HalfYearPeriod): { from: IsoDate; to: IsoDate } {
  const [, y, h] = PERIOD.exec(period)!;
  return h === '1'
    ? { from: `${y}-01-01` as IsoDate, to: `${y}-06-30` as IsoDate }
    : { from: `${y}-07-01` as IsoDate, to: `${y}-12-31` as IsoDate };
}

/** The half year a date lies in. */
export function periodOf(date: IsoDate): HalfYearPeriod {
  return `${date.slice(0, 4)}H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}` as HalfYearPeriod;
}

/** The half year before. */
export function previousPeriod(period: HalfYearPeriod): HalfYearPeriod {
  const [, y, h] = PERIOD.exec(period)!;
  return (h === '2' ? `${y}H1` : `${Number(y) - 1}H2`) as HalfYearPeriod;
}

/**
 * Reports are due this many days after the half year ends (RULES.md sets no date; the leading groups' practice
 * of asking in the first half of the next month): a report submitted later is `late`.
 */
export const REPORT_DUE_DAYS = 15;
export const dueDateOf = (period: HalfYearPeriod): IsoDate =>
  addDays(periodDates(period).to, REPORT_DUE_DAYS);

/** A cadre owes a report for a half year in which it was on post at least this many days. */
export const MIN_DAYS_ON_POST = 30;

export const halfYearWords = (period: HalfYearPeriod) => {
  const [, y, h] = PERIOD.exec(period)!;
  return { zh: `${y}年${h === '1' ? '上' : '下'}半年`, en: `${h === '1' ? 'first' : 'second'} half of ${y}` };
};

export type SectionKey =
  | 'attendance'
  | 'leave_and_trips'
  | 'party_organisation'
  | 'prosperity'
  | 'governance'
  | 'service'
  | 'households'
  | 'tasks'
  | 'meetings'
  | 'study'
  | 'thinking'
  | 'problems_and_plans';

export type Source = 'attendance' | 'work_logs' | 'village_tasks' | 'leader_meetings' | 'trainings' | 'leave';

export interface Section {
  key: SectionKey;
  title: string;
  text: string;
  /** The records the text was drafted from; empty when the cadre writes it. */
  filledFrom: Source[];
  /** Only the cadre can write it (思想, 问题和打算): never drafted. */
  cadreWrites: boolean;
}

export interface MonthFigures {
  month: string;
  daysOnPost: number;
  workingDays: number;
  daysInVillage: number;
  leaveDays: number;
  tripDays: number;
  trainingDays: number;
  absentDays: number;
  minimumDays: number | null;
  meetsMinimum: boolean | null;
}

export interface LogFact {
  on: IsoDate;
  kind: 'household_visit' | 'problem_solved' | 'meeting' | 'project' | 'study' | 'other';
  duty: DutyKey;
  text: string;
  householdsVisited: number | null;
}

export interface TaskFact {
  duty: DutyKey;
  title: string;
  status: 'open' | 'done' | 'dropped';
  percent: number | null;
  closedOn: IsoDate | null;
}

export interface TripFact {
  kind: 'trip' | 'training';
  startOn: IsoDate;
  endOn: IsoDate;
  destination: string;
  purpose: string;
}

export interface LeaveFact {
  kind: string;
  startOn: IsoDate;
  endOn: IsoDate;
  workingDays: number;
}

export interface DraftInput {
  period: HalfYearPeriod;
  cadreName: string;
  villageName: string;
  teamRole: 'first_secretary' | 'leader' | 'member';
  /** The days of the assignment inside the half year. */
  from: IsoDate;
  to: IsoDate;
  months: MonthFigures[];
  logs: LogFact[];
  tasks: TaskFact[];
  meetings: { heldOn: IsoDate; place: string | null }[];
  trips: TripFact[];
  leave: LeaveFact[];
}

export const SECTION_TITLES: Record<SectionKey, string> = {
  attendance: '一、在岗履职情况',
  leave_and_trips: '二、请假、出差和培训',
  party_organisation: '三、建强村党组织',
  prosperity: '四、推进强村富民',
  governance: '五、提升治理水平',
  service: '六、为民办事服务',
  households: '七、走访群众和办实事',
  tasks: '八、任务清单推进情况',
  meetings: '九、参加队长会议',
  study: '十、学习情况',
  thinking: '十一、思想情况',
  problems_and_plans: '十二、存在问题和下步打算',
};

export const SECTION_ORDER = Object.keys(SECTION_TITLES) as SectionKey[];
const CADRE_WRITES: SectionKey[] = ['thinking', 'problems_and_plans'];

const cn = (d: IsoDate) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const sum = (xs: MonthFigures[], k: keyof MonthFigures) =>
  xs.reduce((s, m) => s + ((m[k] as number) ?? 0), 0);
const roleWords = { first_secretary: '第一书记', leader: '工作队队长', member: '工作队队员' } as const;

/** At most `n` of the entries, newest first, one line each: "3月5日，…". */
function examples(logs: LogFact[], n: number): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const l of [...logs].sort((a, b) => compareDates(b.on, a.on))) {
    if (seen.has(l.text)) continue;
    seen.add(l.text);
    out.push(`${cn(l.on)}，${l.text.replace(/[。；;.\s]+$/, '')}`);
    if (out.length === n) break;
  }
  return out.join('；');
}

function attendanceSection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  if (i.months.length === 0) return { text: '', filledFrom: [] };
  const short = i.months.filter((m) => m.meetsMinimum === false).map((m) => `${Number(m.month.slice(5))}月`);
  const perYear = i.months.every((m) => m.minimumDays === null);
  const parts = [
    `${halfYearWords(i.period).zh}（${cn(i.from)}至${cn(i.to)}），本人任${i.villageName}驻村${roleWords[i.teamRole]}，在岗 ${sum(i.months, 'daysOnPost')} 天，其中工作日 ${sum(i.months, 'workingDays')} 天，在村 ${sum(i.months, 'daysInVillage')} 天。`,
    sum(i.months, 'absentDays') > 0 ? `经核查缺勤 ${sum(i.months, 'absentDays')} 天。` : '',
    perYear
      ? '在村天数按全年计算（本省设置）。'
      : short.length
        ? `${short.join('、')}在村天数未达到规定要求（P21.5-attend）。`
        : '每月在村天数均达到规定要求（P21.5-attend）。',
  ];
  return { text: parts.join(''), filledFrom: ['attendance'] };
}

function leaveSection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  const leaveDays = sum(i.months, 'leaveDays');
  const trips = i.trips.filter((t) => t.kind === 'trip');
  const trainings = i.trips.filter((t) => t.kind === 'training');
  if (i.months.length === 0 && i.leave.length === 0 && i.trips.length === 0)
    return { text: '', filledFrom: [] };
  const parts = [
    i.leave.length
      ? `请假 ${i.leave.length} 次共 ${leaveDays} 天，均按规定履行请销假手续。`
      : '本半年未请假。',
    trips.length
      ? `公务出差 ${trips.length} 次（${trips
          .slice(0, 3)
          .map((t) => `${cn(t.startOn)}赴${t.destination}${t.purpose}`)
          .join('；')}）。`
      : '',
    trainings.length ? `参加培训 ${trainings.length} 次，共 ${sum(i.months, 'trainingDays')} 个工作日。` : '',
  ];
  const filledFrom: Source[] = ['leave'];
  if (i.trips.length) filledFrom.push('trainings');
  return { text: parts.join(''), filledFrom };
}

const KIND_WORDS: Record<LogFact['kind'], string> = {
  household_visit: '走访',
  problem_solved: '办实事',
  meeting: '会议',
  project: '项目推进',
  study: '学习',
  other: '其他',
};

function dutySection(i: DraftInput, duty: DutyKey): Pick<Section, 'text' | 'filledFrom'> {
  const logs = i.logs.filter((l) => l.duty === duty);
  const tasks = i.tasks.filter((t) => t.duty === duty);
  if (logs.length === 0 && tasks.length === 0) return { text: '', filledFrom: [] };
  const kinds = [...new Set(logs.map((l) => KIND_WORDS[l.kind]))];
  const filledFrom: Source[] = [];
  const parts: string[] = [];
  if (logs.length) {
    filledFrom.push('work_logs');
    parts.push(`围绕“${dutyLabels[duty].zh}”，主要开展了${kinds.join('、')}等工作：${examples(logs, 3)}。`);
  }
  if (tasks.length) {
    filledFrom.push('village_tasks');
    const done = tasks.filter((t) => t.status === 'done');
    const open = tasks.filter((t) => t.status === 'open');
    const sentences = [
      done.length ? `完成任务：${done.map((t) => t.title).join('、')}` : '',
      open.length
        ? `推进中：${open.map((t) => (t.percent === null ? t.title : `${t.title}（${t.percent}%）`)).join('、')}`
        : '',
    ].filter(Boolean);
    parts.push(`${sentences.join('；')}。`);
  }
  return { text: parts.join(''), filledFrom };
}

function householdsSection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  const visits = i.logs.filter((l) => l.kind === 'household_visit');
  const solved = i.logs.filter((l) => l.kind === 'problem_solved');
  if (visits.length === 0 && solved.length === 0) return { text: '', filledFrom: [] };
  const households = i.logs.reduce((s, l) => s + (l.householdsVisited ?? 0), 0);
  const parts = [
    visits.length ? `入户走访 ${households} 户次。` : '',
    solved.length ? `为群众办实事 ${solved.length} 件，如：${examples(solved, 2)}。` : '',
  ];
  return { text: parts.join(''), filledFrom: ['work_logs'] };
}

function tasksSection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  if (i.tasks.length === 0) return { text: '', filledFrom: [] };
  const done = i.tasks.filter((t) => t.status === 'done').length;
  const open = i.tasks.filter((t) => t.status === 'open').length;
  const dropped = i.tasks.filter((t) => t.status === 'dropped').length;
  return {
    text: `村细化任务清单共 ${i.tasks.length} 项（P21.4-list），本半年完成 ${done} 项，推进中 ${open} 项${dropped ? `，终止 ${dropped} 项` : ''}。`,
    filledFrom: ['village_tasks'],
  };
}

function meetingsSection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  if (i.meetings.length === 0) return { text: '', filledFrom: [] };
  return {
    text: `参加县驻村工作队队长会议 ${i.meetings.length} 次（${i.meetings
      .map((m) => `${cn(m.heldOn)}${m.place ? `，${m.place}` : ''}`)
      .join('；')}）（P17.4.2-meeting）。`,
    filledFrom: ['leader_meetings'],
  };
}

function studySection(i: DraftInput): Pick<Section, 'text' | 'filledFrom'> {
  const study = i.logs.filter((l) => l.kind === 'study');
  const trainings = i.trips.filter((t) => t.kind === 'training');
  if (study.length === 0 && trainings.length === 0) return { text: '', filledFrom: [] };
  const filledFrom: Source[] = [];
  const parts: string[] = [];
  if (trainings.length) {
    filledFrom.push('trainings');
    parts.push(`参加${trainings.map((t) => `${cn(t.startOn)}${t.destination}${t.purpose}`).join('、')}。`);
  }
  if (study.length) {
    filledFrom.push('work_logs');
    parts.push(`日常学习：${examples(study, 2)}。`);
  }
  return { text: parts.join(''), filledFrom };
}

/** Drafts every section from the records; sections nothing recorded stay empty for the cadre. */
export function draftHalfYearReport(input: DraftInput): {
  sections: Section[];
  prefill: { filled: number; total: number };
} {
  const drafted: Record<SectionKey, Pick<Section, 'text' | 'filledFrom'>> = {
    attendance: attendanceSection(input),
    leave_and_trips: leaveSection(input),
    party_organisation: dutySection(input, 'party_organisation'),
    prosperity: dutySection(input, 'prosperity'),
    governance: dutySection(input, 'governance'),
    service: dutySection(input, 'service'),
    households: householdsSection(input),
    tasks: tasksSection(input),
    meetings: meetingsSection(input),
    study: studySection(input),
    thinking: { text: '', filledFrom: [] },
    problems_and_plans: { text: '', filledFrom: [] },
  };
  const sections = SECTION_ORDER.map((key) => ({
    key,
    title: SECTION_TITLES[key],
    cadreWrites: CADRE_WRITES.includes(key),
    ...drafted[key],
  }));
  return { sections, prefill: prefillOf(sections) };
}

/** The share of the report's sections filled from records (shown on the report; ≥ 80 % for a normal half year). */
export function prefillOf(sections: readonly Pick<Section, 'filledFrom'>[]): {
  filled: number;
  total: number;
} {
  return { filled: sections.filter((s) => s.filledFrom.length > 0).length, total: sections.length };
}
