import { describe, expect, it } from 'vitest';
import {
  checkEarlyEnd,
  checkHandover,
  checkTeam,
  checkTerm,
  gapsInCoverage,
  type PostInterval,
  type TeamRole,
} from './tenure';

const ids = (vs: { ruleId: string }[]) => vs.map((v) => v.ruleId);
const team = (...roles: TeamRole[]) => roles.map((role) => ({ role }));

describe('planned term length, last day on post included (P17.2.2-term, P21.5-term)', () => {
  it('accepts a two-year term from 2024-03-01 ending on 2026-02-28 (P21.5-term)', () => {
    expect(checkTerm({ startOn: '2024-03-01', plannedEndOn: '2026-02-28' })).toEqual([]);
  });

  it('warns on a term from 2024-03-01 ending on 2026-02-27, one day short (P21.5-term)', () => {
    const [v] = checkTerm({ startOn: '2024-03-01', plannedEndOn: '2026-02-27' });
    expect(v).toMatchObject({
      ruleId: 'P21.5-term',
      severity: 'warn',
      facts: { termDays: 729, term: { years: 1, months: 11, days: 27 }, earliestEndOn: '2026-02-28' },
    });
    expect(v?.message.zh).toContain('最早可于2026-02-28结束');
  });

  it('blocks a term one day short that starts before 2021-05-11 (P17.2.2-term)', () => {
    expect(checkTerm({ startOn: '2019-03-01', plannedEndOn: '2021-02-28' })).toEqual([]);
    const [v] = checkTerm({ startOn: '2019-03-01', plannedEndOn: '2021-02-27' });
    expect(v).toMatchObject({ ruleId: 'P17.2.2-term', severity: 'block' });
  });

  it('judges the term by the version of its start date: block on 2021-05-10, warn on 2021-05-11 (P17.2.2-term, P21.5-term)', () => {
    expect(checkTerm({ startOn: '2021-05-10', plannedEndOn: '2022-05-09' })).toMatchObject([
      { ruleId: 'P17.2.2-term', severity: 'block' },
    ]);
    expect(checkTerm({ startOn: '2021-05-11', plannedEndOn: '2022-05-10' })).toMatchObject([
      { ruleId: 'P21.5-term', severity: 'warn' },
    ]);
    expect(checkTerm({ startOn: '2021-05-10', plannedEndOn: '2023-05-09' })).toEqual([]);
    expect(checkTerm({ startOn: '2021-05-11', plannedEndOn: '2023-05-10' })).toEqual([]);
  });

  it('needs the last day to be 29 February when the term runs into a leap February (P21.5-term)', () => {
    expect(checkTerm({ startOn: '2022-03-01', plannedEndOn: '2024-02-29' })).toEqual([]);
    expect(ids(checkTerm({ startOn: '2022-03-01', plannedEndOn: '2024-02-28' }))).toEqual(['P21.5-term']);
  });

  it('lets a term starting on 29 February end on 27 February two years later (P21.5-term)', () => {
    expect(checkTerm({ startOn: '2024-02-29', plannedEndOn: '2026-02-27' })).toEqual([]);
    expect(ids(checkTerm({ startOn: '2024-02-29', plannedEndOn: '2026-02-26' }))).toEqual(['P21.5-term']);
  });

  it('refuses a planned end before the start as bad input, not as a short term (P21.5-term)', () => {
    expect(() => checkTerm({ startOn: '2024-03-01', plannedEndOn: '2024-02-29' })).toThrow(RangeError);
  });
});

describe('ending a term early (P21.5-term, P17.2.2-term)', () => {
  const plan = { startOn: '2024-03-01', plannedEndOn: '2026-02-28' } as const;

  it('says nothing when the term ends on its planned last day (P21.5-term)', () => {
    expect(checkEarlyEnd({ ...plan, endOn: '2026-02-28', reason: 'completed' })).toEqual([]);
  });

  it('warns when a term ends early for another reason, asking for it (P21.5-term)', () => {
    const [v] = checkEarlyEnd({ ...plan, endOn: '2025-03-01', reason: 'other' });
    expect(v).toMatchObject({
      ruleId: 'P21.5-term',
      severity: 'warn',
      facts: { reason: 'other', termDays: 366 },
    });
    expect(v?.message.zh).toContain('提前结束须说明理由');
  });

  it('warns when an early end is called completed (P21.5-term)', () => {
    expect(ids(checkEarlyEnd({ ...plan, endOn: '2025-03-01', reason: 'completed' }))).toEqual(['P21.5-term']);
  });

  it.each(['recalled', 'rotated'] as const)('accepts an early end with reason %s (P21.5-term)', (reason) => {
    expect(checkEarlyEnd({ ...plan, endOn: '2025-03-01', reason })).toEqual([]);
  });

  it('only warns, never blocks, for an early end that started under P17 (P17.2.2-term)', () => {
    const [v] = checkEarlyEnd({
      startOn: '2019-03-01',
      plannedEndOn: '2021-02-28',
      endOn: '2020-06-30',
      reason: 'other',
    });
    expect(v).toMatchObject({ ruleId: 'P17.2.2-term', severity: 'warn' });
  });

  it('says nothing when a longer term ends early but after two years on post (P21.5-term)', () => {
    expect(
      checkEarlyEnd({
        startOn: '2024-03-01',
        plannedEndOn: '2027-02-28',
        endOn: '2026-02-28',
        reason: 'other',
      }),
    ).toEqual([]);
    expect(
      ids(
        checkEarlyEnd({
          startOn: '2024-03-01',
          plannedEndOn: '2027-02-28',
          endOn: '2026-02-27',
          reason: 'other',
        }),
      ),
    ).toEqual(['P21.5-term']);
  });

  it('says nothing when a term shortened by an accepted override ends as planned (P21.5-term)', () => {
    expect(
      checkEarlyEnd({
        startOn: '2024-03-01',
        plannedEndOn: '2025-08-31',
        endOn: '2025-08-31',
        reason: 'completed',
      }),
    ).toEqual([]);
  });

  it('refuses an end before the start as bad input (P21.5-term)', () => {
    expect(() => checkEarlyEnd({ ...plan, endOn: '2024-02-28', reason: 'other' })).toThrow(RangeError);
  });
});

describe('team leader and size under P21 (P21.5-leader, P21.5-size)', () => {
  const date = '2024-06-01' as const;

  it('accepts a first secretary with two members (P21.5-size)', () => {
    expect(checkTeam({ date, members: team('first_secretary', 'member', 'member') })).toEqual([]);
  });

  it('warns on a first secretary with one member (P21.5-size)', () => {
    const [v] = checkTeam({ date, members: team('first_secretary', 'member') });
    expect(v).toMatchObject({
      ruleId: 'P21.5-size',
      severity: 'warn',
      facts: { membersBesidesFirstSecretary: 1 },
    });
  });

  it('treats a first secretary alone as no team, with nothing to warn (P21.5-size, P21.2-weak)', () => {
    expect(checkTeam({ date, members: team('first_secretary') })).toEqual([]);
  });

  it('blocks a separate leader where the village has a first secretary (P21.5-leader)', () => {
    const vs = checkTeam({ date, members: team('first_secretary', 'leader', 'member') });
    expect(vs).toMatchObject([{ ruleId: 'P21.5-leader', severity: 'block', facts: { separateLeaders: 1 } }]);
  });

  it('blocks a separate leader when the first secretary is not on the roster but the village has one (P21.5-leader)', () => {
    expect(ids(checkTeam({ date, members: team('leader', 'member'), hasFirstSecretary: true }))).toEqual([
      'P21.5-leader',
    ]);
  });

  it('accepts a leader where the village has no first secretary, the text setting no size then (P21.5-leader)', () => {
    expect(checkTeam({ date, members: team('leader', 'member') })).toEqual([]);
    expect(checkTeam({ date, members: team('member') })).toEqual([]);
  });

  it('has nothing to check for an empty roster (P21.5-size)', () => {
    expect(checkTeam({ date, members: [] })).toEqual([]);
  });
});

describe('team leader and size under P17 (P17.1.2-leader, P17.2.2-size)', () => {
  const date = '2019-06-01' as const;

  it('accepts a first secretary leading two members (P17.2.2-size)', () => {
    expect(checkTeam({ date, members: team('first_secretary', 'member', 'member') })).toEqual([]);
  });

  it('warns on a team of two people (P17.2.2-size)', () => {
    const [v] = checkTeam({ date, members: team('first_secretary', 'member') });
    expect(v).toMatchObject({ ruleId: 'P17.2.2-size', severity: 'warn', facts: { teamSize: 2 } });
  });

  it('warns on a separate leader, without blocking (P17.1.2-leader)', () => {
    expect(checkTeam({ date, members: team('first_secretary', 'leader', 'member') })).toMatchObject([
      { ruleId: 'P17.1.2-leader', severity: 'warn' },
    ]);
  });

  it('warns when the village has no first secretary to lead the team (P17.1.2-leader)', () => {
    expect(ids(checkTeam({ date, members: team('leader', 'member', 'member') }))).toEqual(['P17.1.2-leader']);
  });

  it('counts a first secretary who is not on the roster (P17.2.2-size)', () => {
    expect(checkTeam({ date, members: team('member', 'member'), hasFirstSecretary: true })).toEqual([]);
  });

  it('switches from a warning to a block on 2021-05-11 (P17.1.2-leader, P21.5-leader)', () => {
    const members = team('first_secretary', 'leader', 'member', 'member');
    expect(checkTeam({ date: '2021-05-10', members })).toMatchObject([
      { ruleId: 'P17.1.2-leader', severity: 'warn' },
    ]);
    expect(checkTeam({ date: '2021-05-11', members })).toMatchObject([
      { ruleId: 'P21.5-leader', severity: 'block' },
    ]);
  });
});

describe('overlapping handover (P21.5-rotate)', () => {
  const predecessorEndOn = '2026-02-28' as const;

  it('accepts an overlap of exactly seven days (P21.5-rotate)', () => {
    expect(checkHandover({ predecessorEndOn, successorStartOn: '2026-02-22' })).toEqual([]);
  });

  it('blocks an overlap of six days, saying when the successor should start (P21.5-rotate)', () => {
    const [v] = checkHandover({ predecessorEndOn, successorStartOn: '2026-02-23' });
    expect(v).toMatchObject({
      ruleId: 'P21.5-rotate',
      severity: 'block',
      facts: { overlapDays: 6, requiredOverlapDays: 7, gapDays: 0, latestStartOn: '2026-02-22' },
    });
    expect(v?.message.zh).toContain('共同在岗6天');
  });

  it('blocks a successor starting the day after, with no overlap and no gap (P21.5-rotate)', () => {
    expect(checkHandover({ predecessorEndOn, successorStartOn: '2026-03-01' })).toMatchObject([
      { facts: { overlapDays: 0, gapDays: 0 } },
    ]);
  });

  it('blocks a gap of one day (P21.5-rotate)', () => {
    const [v] = checkHandover({ predecessorEndOn, successorStartOn: '2026-03-02' });
    expect(v?.facts).toMatchObject({ overlapDays: 0, gapDays: 1 });
    expect(v?.message.zh).toContain('村里空缺1天');
  });

  it('with no overlap required, accepts the day after and blocks a one-day gap (P21.5-rotate)', () => {
    expect(checkHandover({ predecessorEndOn, successorStartOn: '2026-03-01', overlapDays: 0 })).toEqual([]);
    expect(ids(checkHandover({ predecessorEndOn, successorStartOn: '2026-03-02', overlapDays: 0 }))).toEqual([
      'P21.5-rotate',
    ]);
  });

  it('uses the provincial overlap, e.g. a month (P21.5-rotate)', () => {
    expect(checkHandover({ predecessorEndOn, successorStartOn: '2026-01-30', overlapDays: 30 })).toEqual([]);
    expect(ids(checkHandover({ predecessorEndOn, successorStartOn: '2026-01-31', overlapDays: 30 }))).toEqual(
      ['P21.5-rotate'],
    );
  });

  it('does not check a handover whose successor started before 2021-05-11, the 2017 text having no such rule (P21.5-rotate)', () => {
    expect(checkHandover({ predecessorEndOn: '2021-04-30', successorStartOn: '2021-05-10' })).toEqual([]);
    expect(ids(checkHandover({ predecessorEndOn: '2021-04-30', successorStartOn: '2021-05-11' }))).toEqual([
      'P21.5-rotate',
    ]);
  });

  it('refuses a negative overlap parameter (P21.5-rotate)', () => {
    expect(() =>
      checkHandover({ predecessorEndOn, successorStartOn: '2026-02-01', overlapDays: -1 }),
    ).toThrow(RangeError);
  });
});

describe('days a village had no first secretary (P21.5-rotate, P21.2-weak)', () => {
  it('finds the gaps across three generations of first secretaries (P21.5-rotate)', () => {
    const generations = [
      { startOn: '2018-03-01', endOn: '2020-02-29' },
      { startOn: '2020-02-20', endOn: '2022-03-15' },
      { startOn: '2022-03-20', endOn: null },
    ] as const;
    expect(gapsInCoverage(generations, '2018-01-01', '2024-12-31')).toEqual([
      { from: '2018-01-01', to: '2018-02-28', days: 59 },
      { from: '2022-03-16', to: '2022-03-19', days: 4 },
    ]);
  });

  it('finds none where each successor overlapped the predecessor (P21.5-rotate)', () => {
    const generations: PostInterval[] = [
      { startOn: '2021-06-01', endOn: '2023-05-31' },
      { startOn: '2023-05-25', endOn: '2025-05-31' },
      { startOn: '2025-05-20' },
    ];
    expect(gapsInCoverage(generations, '2021-06-01', '2026-06-01')).toEqual([]);
  });

  it('reports the whole window for a village that never had one (P21.2-weak)', () => {
    expect(gapsInCoverage([], '2024-01-01', '2024-01-31')).toEqual([
      { from: '2024-01-01', to: '2024-01-31', days: 31 },
    ]);
  });
});
