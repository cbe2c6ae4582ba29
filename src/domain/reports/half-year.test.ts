import { describe, expect, it } from 'vitest';
import {
  type DraftInput,
  draftHalfYearReport,
  dueDateOf,
  type MonthFigures,
  periodDates,
  periodOf,
  previousPeriod,
} from './half-year';

const month = (m: string, over: Partial<MonthFigures> = {}): MonthFigures => ({
  month: m,
  daysOnPost: 30,
  workingDays: 21,
  daysInVillage: 18,
  leaveDays: 1,
  tripDays: 1,
  trainingDays: 1,
  absentDays: 0,
  minimumDays: 15,
  meetsMinimum: true,
  ...over,
});

const normal: DraftInput = {
  period: '2026H1',
  cadreName: '杨涛',
  villageName: '双永村',
  teamRole: 'first_secretary',
  from: '2026-01-01',
  to: '2026-06-30',
  months: ['01', '02', '03', '04', '05', '06'].map((m) => month(`2026-${m}`)),
  logs: [
    {
      on: '2026-03-05',
      kind: 'meeting',
      duty: 'party_organisation',
      text: '组织召开支部委员会。',
      householdsVisited: null,
    },
    {
      on: '2026-04-10',
      kind: 'project',
      duty: 'prosperity',
      text: '到食用菌大棚查看出菇情况',
      householdsVisited: null,
    },
    {
      on: '2026-04-12',
      kind: 'household_visit',
      duty: 'prosperity',
      text: '走访监测户',
      householdsVisited: 5,
    },
    {
      on: '2026-05-02',
      kind: 'problem_solved',
      duty: 'governance',
      text: '调解宅基地纠纷',
      householdsVisited: null,
    },
    {
      on: '2026-05-20',
      kind: 'problem_solved',
      duty: 'service',
      text: '为村民代办医保缴费',
      householdsVisited: null,
    },
    {
      on: '2026-06-01',
      kind: 'household_visit',
      duty: 'service',
      text: '走访独居老人',
      householdsVisited: 3,
    },
    {
      on: '2026-06-03',
      kind: 'study',
      duty: 'party_organisation',
      text: '学习村民委员会组织法',
      householdsVisited: null,
    },
  ],
  tasks: [
    { duty: 'prosperity', title: '建成食用菌大棚', status: 'done', percent: 100, closedOn: '2026-05-30' },
    { duty: 'governance', title: '修订村规民约', status: 'open', percent: 60, closedOn: null },
    { duty: 'party_organisation', title: '培养后备干部', status: 'open', percent: null, closedOn: null },
    { duty: 'service', title: '解决饮水难', status: 'open', percent: 40, closedOn: null },
  ],
  meetings: [
    { heldOn: '2026-03-28', place: '县委组织部会议室' },
    { heldOn: '2026-06-26', place: null },
  ],
  trips: [
    {
      kind: 'training',
      startOn: '2026-04-20',
      endOn: '2026-04-22',
      destination: '省委党校',
      purpose: '第一书记培训班',
    },
    {
      kind: 'trip',
      startOn: '2026-05-08',
      endOn: '2026-05-08',
      destination: '贵阳市',
      purpose: '参加招商推介会',
    },
  ],
  leave: [{ kind: 'personal', startOn: '2026-02-10', endOn: '2026-02-11', workingDays: 2 }],
};

describe('half years (P17.4.2-report)', () => {
  it('runs H1 from 1 January to 30 June and H2 from 1 July to 31 December; due 15 days after', () => {
    expect(periodDates('2026H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates('2026H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodOf('2026-06-30')).toBe('2026H1');
    expect(periodOf('2026-07-01')).toBe('2026H2');
    expect(previousPeriod('2026H1')).toBe('2025H2');
    expect(dueDateOf('2026H1')).toBe('2026-07-15');
    expect(dueDateOf('2026H2')).toBe('2027-01-15');
  });
});

describe('the drafted half-year report (issue 12 item 1; P21.6-burden: nobody types what the system knows)', () => {
  it('fills at least 80 % of the sections from a normal half year of records, leaving thinking and plans to the cadre', () => {
    const { sections, prefill } = draftHalfYearReport(normal);
    expect(prefill).toEqual({ filled: 10, total: 12 });
    expect(prefill.filled / prefill.total).toBeGreaterThanOrEqual(0.8);
    const empty = sections.filter((s) => s.filledFrom.length === 0).map((s) => s.key);
    expect(empty).toEqual(['thinking', 'problems_and_plans']);
    expect(sections.find((s) => s.key === 'thinking')).toMatchObject({ cadreWrites: true, text: '' });
  });

  it('words the attendance from the ledger months and says whether every month met the minimum (P21.5-attend)', () => {
    const { sections } = draftHalfYearReport(normal);
    expect(sections[0]!.text).toBe(
      '2026年上半年（1月1日至6月30日），本人任双永村驻村第一书记，在岗 180 天，其中工作日 126 天，在村 108 天。每月在村天数均达到规定要求（P21.5-attend）。',
    );
    const short = draftHalfYearReport({
      ...normal,
      months: [month('2026-01'), month('2026-02', { meetsMinimum: false, absentDays: 2 })],
    });
    expect(short.sections[0]!.text).toContain('经核查缺勤 2 天。2月在村天数未达到规定要求（P21.5-attend）。');
  });

  it('words each duty from its logs (newest first, without repeating a text) and its tasks', () => {
    const { sections } = draftHalfYearReport(normal);
    const prosperity = sections.find((s) => s.key === 'prosperity')!;
    expect(prosperity.text).toBe(
      '围绕“推进强村富民”，主要开展了项目推进、走访等工作：4月12日，走访监测户；4月10日，到食用菌大棚查看出菇情况。完成任务：建成食用菌大棚。',
    );
    expect(prosperity.filledFrom).toEqual(['work_logs', 'village_tasks']);
    expect(sections.find((s) => s.key === 'governance')!.text).toContain('推进中：修订村规民约（60%）。');
  });

  it('adds up households visited and names problems solved, meetings attended and trainings', () => {
    const { sections } = draftHalfYearReport(normal);
    const by = (k: string) => sections.find((s) => s.key === k)!.text;
    expect(by('households')).toBe(
      '入户走访 8 户次。为群众办实事 2 件，如：5月20日，为村民代办医保缴费；5月2日，调解宅基地纠纷。',
    );
    expect(by('meetings')).toBe(
      '参加县驻村工作队队长会议 2 次（3月28日，县委组织部会议室；6月26日）（P17.4.2-meeting）。',
    );
    expect(by('study')).toContain('参加4月20日省委党校第一书记培训班。');
    expect(by('leave_and_trips')).toBe(
      '请假 1 次共 6 天，均按规定履行请销假手续。公务出差 1 次（5月8日赴贵阳市参加招商推介会）。参加培训 1 次，共 6 个工作日。',
    );
    expect(by('tasks')).toBe('村细化任务清单共 4 项（P21.4-list），本半年完成 1 项，推进中 3 项。');
  });

  it('drafts little from a half year with no records: the prefill share says so', () => {
    const { prefill } = draftHalfYearReport({
      ...normal,
      logs: [],
      tasks: [],
      meetings: [],
      trips: [],
      leave: [],
    });
    expect(prefill).toEqual({ filled: 2, total: 12 });
  });
});
