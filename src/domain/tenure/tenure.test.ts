import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time/iso-date';
import {
  type BoardTerm,
  checkEarlyEnd,
  checkHandover,
  checkLeader,
  checkStay,
  checkTeamSize,
  checkTerm,
  chooseTeam,
  firstSecretaryGaps,
  fullTermEnd,
  judgedEndReason,
  postTaken,
  predecessorOf,
  ROTATION_WINDOW_DAYS,
  remainingSlots,
  rotationHolds,
  successorOf,
  type Term,
  teamWarnings,
  termProgress,
} from './index';

let seq = 0;
const term = (over: Partial<Term> & { startOn: IsoDate; plannedEndOn: IsoDate }): Term => ({
  id: `t${++seq}`,
  teamRole: 'first_secretary',
  endOn: null,
  endReason: null,
  ...over,
});

describe('checkTerm: dates are days on post, both ends included', () => {
  it('passes 2024-03-01 → 2026-02-28, exactly two years on post (P21.5-term)', () => {
    expect(checkTerm('2024-03-01', '2026-02-28')).toBeNull();
    expect(fullTermEnd('2024-03-01')).toBe('2026-02-28');
  });
  it('warns on 2024-03-01 → 2026-02-27, a day short of two years (P21.5-term)', () => {
    const v = checkTerm('2024-03-01', '2026-02-27');
    expect(v?.ruleId).toBe('P21.5-term');
    expect(v?.severity).toBe('warn');
    expect(v?.facts.earliestPlannedEndOn).toBe('2026-02-28');
    expect(v?.facts.shortByDays).toBe(1);
  });
  it('blocks a P17 term a day short of two years and passes exactly two (P17.2.2-term)', () => {
    expect(checkTerm('2019-03-01', '2021-02-28')).toBeNull();
    const v = checkTerm('2019-03-01', '2021-02-27');
    expect(v?.ruleId).toBe('P17.2.2-term');
    expect(v?.severity).toBe('block');
  });
  it('chooses the version by the start date (P17.2.2-term, P21.5-term)', () => {
    expect(checkTerm('2021-05-10', '2022-05-10')?.ruleId).toBe('P17.2.2-term');
    expect(checkTerm('2021-05-11', '2022-05-10')?.ruleId).toBe('P21.5-term');
  });
  it('ends two years from 29 February on 27 February, the day before the anniversary on the 28th (P21.5-term)', () => {
    expect(fullTermEnd('2024-02-29')).toBe('2026-02-27');
    expect(checkTerm('2024-02-29', '2026-02-27')).toBeNull();
    expect(checkTerm('2024-02-29', '2026-02-26')?.ruleId).toBe('P21.5-term');
  });
});

describe('checkEarlyEnd', () => {
  const own = term({ id: 'own', startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
  const alone = [own];
  it('does not warn at or after the planned end (P21.5-term)', () => {
    expect(
      checkEarlyEnd({ term: own, endOn: '2025-05-31', reason: 'completed', villageTerms: alone }),
    ).toBeNull();
    expect(
      checkEarlyEnd({ term: own, endOn: '2025-05-31', reason: 'rotated', villageTerms: alone }),
    ).toBeNull();
  });
  it('does not warn on an early recall (P21.5-term)', () => {
    expect(
      checkEarlyEnd({ term: own, endOn: '2024-01-01', reason: 'recalled', villageTerms: alone }),
    ).toBeNull();
  });
  it('warns on an early end for another reason, under the term rule of the start (P21.5-term, P17.2.2-term)', () => {
    const v = checkEarlyEnd({ term: own, endOn: '2025-05-30', reason: 'other', villageTerms: alone });
    expect(v).toMatchObject({ ruleId: 'P21.5-term', severity: 'warn', facts: { daysEarly: 1 } });
    const old = term({ startOn: '2018-06-01', plannedEndOn: '2020-05-31' });
    const p17 = checkEarlyEnd({ term: old, endOn: '2019-01-01', reason: 'completed', villageTerms: [old] });
    expect(p17).toMatchObject({ ruleId: 'P17.2.2-term', severity: 'warn' });
  });
});

describe('"rotated" must be true (P21.5-rotate, P17.2.3-stay)', () => {
  const own = term({ id: 'fs-old', startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
  it('takes an early end as a rotation when a successor first secretary is on post the next day (P21.5-rotate)', () => {
    const successor = term({ id: 'fs-new', startOn: '2024-12-20', plannedEndOn: '2026-12-19' });
    expect(
      checkEarlyEnd({ term: own, endOn: '2024-12-31', reason: 'rotated', villageTerms: [own, successor] }),
    ).toBeNull();
    expect(rotationHolds(own, '2024-12-31', [own, successor])).toBe(true);
    // arriving the day after the end still takes over the post
    const nextDay = term({ id: 'fs-next', startOn: '2025-01-01', plannedEndOn: '2026-12-31' });
    expect(rotationHolds(own, '2024-12-31', [own, nextDay])).toBe(true);
  });
  it('treats "rotated" without a successor in the same post as an early end, with its warning (P21.5-rotate, P21.5-term)', () => {
    const member = term({ id: 'm', teamRole: 'member', startOn: '2024-12-20', plannedEndOn: '2026-12-19' });
    const late = term({ id: 'fs-late', startOn: '2025-01-02', plannedEndOn: '2026-12-31' });
    for (const others of [[], [member], [late]]) {
      const v = checkEarlyEnd({
        term: own,
        endOn: '2024-12-31',
        reason: 'rotated',
        villageTerms: [own, ...others],
      });
      expect(v).toMatchObject({ ruleId: 'P21.5-term', severity: 'warn', facts: { noSuccessor: true } });
    }
    expect(judgedEndReason(own, '2024-12-31', 'rotated', [own, member])).toBe('other');
  });
  it('needs a member successor for a member, not a first secretary (P21.5-rotate)', () => {
    const m = term({ id: 'm-old', teamRole: 'member', startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
    const fs = term({ id: 'fs', startOn: '2024-12-20', plannedEndOn: '2026-12-19' });
    const m2 = term({ id: 'm-new', teamRole: 'member', startOn: '2024-12-20', plannedEndOn: '2026-12-19' });
    expect(rotationHolds(m, '2024-12-31', [m, fs])).toBe(false);
    expect(rotationHolds(m, '2024-12-31', [m, fs, m2])).toBe(true);
  });
  it('refuses "rotated" without a successor where the village exited poverty in the P17 period (P17.2.3-stay)', () => {
    const t = term({ id: 'p17', teamRole: 'member', startOn: '2018-06-01', plannedEndOn: '2020-05-31' });
    const input = { term: t, endOn: '2019-12-31' as IsoDate, villageExitedPoverty: true, others: [t] };
    expect(checkStay({ ...input, reason: 'rotated' })).toMatchObject({
      ruleId: 'P17.2.3-stay',
      severity: 'block',
    });
    const successor = term({ teamRole: 'member', startOn: '2019-12-01', plannedEndOn: '2021-11-30' });
    expect(checkStay({ ...input, reason: 'rotated', others: [t, successor] })).toBeNull();
  });
});

describe('termProgress', () => {
  it('measures days on post, both ends included', () => {
    const p = termProgress({ startOn: '2025-01-01', plannedEndOn: '2025-01-10', endOn: null }, '2025-01-05');
    expect(p).toEqual({ elapsedDays: 5, totalDays: 10, ratio: 0.5, daysLeft: 5 });
    expect(
      termProgress({ startOn: '2025-01-01', plannedEndOn: '2025-01-10', endOn: null }, '2024-12-01')
        .elapsedDays,
    ).toBe(0);
    expect(
      termProgress({ startOn: '2025-01-01', plannedEndOn: '2025-01-10', endOn: null }, '2026-01-01').ratio,
    ).toBe(1);
  });
});

describe('chooseTeam', () => {
  const team = (batch: number, startedOn: IsoDate, terms: Term[]) => ({
    id: `team${batch}`,
    batch,
    startedOn,
    terms,
  });
  it('starts batch 1 in a village without a team', () => {
    expect(chooseTeam([], '2025-01-01')).toEqual({ kind: 'new', batch: 1 });
  });
  it('joins the current team while its terms run', () => {
    const t1 = team(1, '2025-01-01', [term({ startOn: '2025-01-01', plannedEndOn: '2026-12-31' })]);
    expect(chooseTeam([t1], '2025-06-01')).toEqual({ kind: 'join', teamId: 'team1', batch: 1 });
  });
  it('starts the next batch when every term of the current team ends within the rotation window', () => {
    const t1 = team(1, '2025-01-01', [
      term({ startOn: '2025-01-01', plannedEndOn: '2026-12-31' }),
      term({ teamRole: 'member', startOn: '2025-01-01', plannedEndOn: '2026-12-31' }),
    ]);
    expect(chooseTeam([t1], '2026-12-20')).toEqual({ kind: 'new', batch: 2 });
    // The last day is exactly at the edge of the window: still the current team.
    expect(chooseTeam([t1], '2026-10-02')).toEqual({ kind: 'join', teamId: 'team1', batch: 1 });
    expect(ROTATION_WINDOW_DAYS).toBe(90);
  });
  it('starts the next batch when nobody of the current team is on post', () => {
    const t1 = team(1, '2020-01-01', [
      term({ startOn: '2020-01-01', plannedEndOn: '2021-12-31', endOn: '2020-06-30', endReason: 'recalled' }),
    ]);
    expect(chooseTeam([t1], '2020-09-01')).toEqual({ kind: 'new', batch: 2 });
  });
  it('joins an earlier team for a start entered late, and refuses a start long before the first team', () => {
    const t1 = team(1, '2018-01-01', [term({ startOn: '2018-01-01', plannedEndOn: '2019-12-31' })]);
    const t2 = team(2, '2020-01-01', []);
    expect(chooseTeam([t1, t2], '2019-05-01')).toEqual({ kind: 'join', teamId: 'team1', batch: 1 });
    expect(chooseTeam([t1, t2], '2017-05-01')).toEqual({
      kind: 'before_history',
      firstStartedOn: '2018-01-01',
    });
    expect(chooseTeam([t1, t2], '2017-12-20')).toEqual({
      kind: 'join',
      teamId: 'team1',
      batch: 1,
      startedOn: '2017-12-20',
    });
  });
  it('puts a newcomer arriving before the first member of the next batch into that batch, at rotation', () => {
    const t1 = team(1, '2025-01-01', [term({ startOn: '2025-01-01', plannedEndOn: '2026-12-31' })]);
    const t2 = team(2, '2026-12-18', [term({ startOn: '2026-12-18', plannedEndOn: '2028-12-17' })]);
    expect(chooseTeam([t1, t2], '2026-11-23')).toEqual({
      kind: 'join',
      teamId: 'team2',
      batch: 2,
      startedOn: '2026-11-23',
    });
    expect(chooseTeam([t1, t2], '2026-06-01')).toEqual({ kind: 'join', teamId: 'team1', batch: 1 });
  });
});

describe('checkLeader', () => {
  it('warns on a separate leader under P17 (P17.1.2-leader)', () => {
    expect(
      checkLeader({ teamRole: 'leader', startOn: '2019-01-01', villageHasFirstSecretary: false }),
    ).toMatchObject({
      ruleId: 'P17.1.2-leader',
      severity: 'warn',
    });
  });
  it('blocks a separate leader under P21 where the village has a first secretary (P21.5-leader)', () => {
    expect(
      checkLeader({ teamRole: 'leader', startOn: '2022-01-01', villageHasFirstSecretary: true }),
    ).toMatchObject({
      ruleId: 'P21.5-leader',
      severity: 'block',
    });
    expect(
      checkLeader({ teamRole: 'leader', startOn: '2022-01-01', villageHasFirstSecretary: false }),
    ).toBeNull();
  });
  it('says nothing about first secretaries and members', () => {
    expect(
      checkLeader({ teamRole: 'first_secretary', startOn: '2019-01-01', villageHasFirstSecretary: true }),
    ).toBeNull();
    expect(
      checkLeader({ teamRole: 'member', startOn: '2022-01-01', villageHasFirstSecretary: true }),
    ).toBeNull();
  });
});

describe('checkTeamSize', () => {
  it('leaves a first secretary alone unchecked: not a team', () => {
    expect(checkTeamSize('2022-01-01', { firstSecretaries: 1, others: 0 })).toBeNull();
  });
  it('warns under P21 below two members besides the first secretary (P21.5-size)', () => {
    expect(checkTeamSize('2022-01-01', { firstSecretaries: 1, others: 1 })).toMatchObject({
      ruleId: 'P21.5-size',
      severity: 'warn',
    });
    expect(checkTeamSize('2022-01-01', { firstSecretaries: 1, others: 2 })).toBeNull();
  });
  it('warns under P17 below three people (P17.2.2-size)', () => {
    expect(checkTeamSize('2019-01-01', { firstSecretaries: 0, others: 2 })).toMatchObject({
      ruleId: 'P17.2.2-size',
    });
    expect(checkTeamSize('2019-01-01', { firstSecretaries: 1, others: 2 })).toBeNull();
  });
});

describe('handover (P21.5-rotate)', () => {
  const predecessor = term({ startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
  it('counts the days both are on post: last day 2026-06-01 and first day 2026-05-26 share 7, 2026-05-27 only 6 (P21.5-rotate)', () => {
    const outgoing = term({ startOn: '2024-06-02', plannedEndOn: '2026-06-01' });
    expect(checkHandover({ startOn: '2026-05-26', predecessor: outgoing, overlapDays: 7 })).toBeNull();
    expect(checkHandover({ startOn: '2026-05-27', predecessor: outgoing, overlapDays: 7 })).toMatchObject({
      ruleId: 'P21.5-rotate',
      severity: 'block',
      facts: { overlapDays: 6, requiredOverlapDays: 7 },
    });
    // the successor's first day is the predecessor's last: one day together
    expect(checkHandover({ startOn: '2026-06-01', predecessor: outgoing })?.facts.overlapDays).toBe(1);
  });
  it('takes the overlap from the provincial parameter', () => {
    expect(checkHandover({ startOn: '2025-05-03', predecessor, overlapDays: 30 })?.severity).toBe('block');
    expect(checkHandover({ startOn: '2025-05-02', predecessor, overlapDays: 30 })).toBeNull();
  });
  it('refuses a start the day after the predecessor leaves (no overlap) and a one-day gap', () => {
    expect(checkHandover({ startOn: '2025-06-01', predecessor })).toMatchObject({
      facts: { overlapDays: 0 },
    });
    const gap = checkHandover({ startOn: '2025-06-02', predecessor });
    expect(gap).toMatchObject({
      severity: 'block',
      facts: { gap: { from: '2025-06-01', to: '2025-06-01', days: 1 } },
    });
  });
  it('uses the actual end once recorded', () => {
    const ended = {
      ...predecessor,
      endOn: '2025-05-31' as IsoDate,
      endReason: 'completed' as const,
      plannedEndOn: '2025-07-31' as IsoDate,
    };
    expect(checkHandover({ startOn: '2025-06-02', predecessor: ended })?.severity).toBe('block');
  });
  it('only hints at the empty days when the predecessor was recalled', () => {
    const recalled = { ...predecessor, endOn: '2024-03-31' as IsoDate, endReason: 'recalled' as const };
    expect(checkHandover({ startOn: '2024-05-01', predecessor: recalled })).toMatchObject({
      severity: 'info',
      facts: { gap: { days: 30 }, replacement: true },
    });
  });
  it('does not apply before 2021-05-11 or to the first first secretary', () => {
    const p17 = term({ startOn: '2018-01-01', plannedEndOn: '2019-12-31' });
    expect(checkHandover({ startOn: '2020-03-01', predecessor: p17 })).toBeNull();
    expect(checkHandover({ startOn: '2025-01-01', predecessor: null })).toBeNull();
  });
  it('finds the predecessor among first secretaries who started earlier', () => {
    const a = term({ startOn: '2019-01-01', plannedEndOn: '2020-12-31' });
    const b = term({ startOn: '2021-01-01', plannedEndOn: '2022-12-31' });
    const m = term({ teamRole: 'member', startOn: '2021-01-01', plannedEndOn: '2024-12-31' });
    expect(predecessorOf([a, b, m], '2022-12-20')?.id).toBe(b.id);
    expect(predecessorOf([a, b, m], '2019-01-01')).toBeNull();
  });
  it('allows one first secretary at a time, except for the handover', () => {
    const a = term({ startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
    expect(postTaken([a], '2025-03-03')).toBeNull();
    expect(postTaken([a], '2025-03-02')).toMatchObject({
      holder: { id: a.id },
      earliestSuccessorStart: '2025-03-03',
    });
    const planned = term({ startOn: '2025-05-20', plannedEndOn: '2027-05-19' });
    expect(postTaken([a, planned], '2025-05-21')?.holder.id).toBe(planned.id);
  });
});

describe('firstSecretaryGaps', () => {
  it('lists the days without a first secretary across generations', () => {
    const terms = [
      term({ startOn: '2018-01-01', plannedEndOn: '2019-12-31' }),
      term({ startOn: '2020-02-01', plannedEndOn: '2022-01-31', endOn: '2021-06-30', endReason: 'recalled' }),
      term({ startOn: '2021-06-01', plannedEndOn: '2023-05-31' }),
      term({ teamRole: 'member', startOn: '2018-01-01', plannedEndOn: '2023-12-31' }),
    ];
    expect(firstSecretaryGaps(terms)).toEqual([{ from: '2020-01-01', to: '2020-01-31', days: 31 }]);
    expect(firstSecretaryGaps(terms, '2023-06-10')).toEqual([
      { from: '2020-01-01', to: '2020-01-31', days: 31 },
      { from: '2023-06-01', to: '2023-06-10', days: 10 },
    ]);
    expect(firstSecretaryGaps([])).toEqual([]);
  });
});

describe('checkStay (P17.2.3-stay)', () => {
  const t = term({ startOn: '2018-06-01', plannedEndOn: '2020-05-31' });
  it('refuses withdrawing the last stationed cadre of a village that exited poverty, during the campaign', () => {
    expect(
      checkStay({ term: t, endOn: '2019-12-31', reason: 'other', villageExitedPoverty: true, others: [t] }),
    ).toMatchObject({
      ruleId: 'P17.2.3-stay',
      severity: 'block',
    });
  });
  it('allows it when someone stays, on recall or a true rotation, after 2021-05-11 or before the exit', () => {
    const stays = term({ teamRole: 'member', startOn: '2018-06-01', plannedEndOn: '2020-05-31' });
    const input = {
      term: t,
      endOn: '2019-12-31' as IsoDate,
      reason: 'other' as const,
      villageExitedPoverty: true,
      others: [t, stays],
    };
    expect(checkStay(input)).toBeNull();
    expect(checkStay({ ...input, others: [t], reason: 'recalled' })).toBeNull();
    expect(checkStay({ ...input, others: [t], reason: 'rotated', endOn: t.plannedEndOn })).toBeNull();
    expect(checkStay({ ...input, others: [t], villageExitedPoverty: false })).toBeNull();
    expect(checkStay({ ...input, others: [t], endOn: '2021-06-01' })).toBeNull();
  });
});

describe('remainingSlots', () => {
  it('counts first secretaries against the first-secretary slot and everyone else against members', () => {
    const need = { firstSecretary: true, members: 2 };
    expect(remainingSlots(need, [])).toEqual({ firstSecretary: 1, members: 2 });
    expect(
      remainingSlots(need, [
        { teamRole: 'first_secretary', endReason: null },
        { teamRole: 'leader', endReason: null },
      ]),
    ).toEqual({ firstSecretary: 0, members: 1 });
  });
  it('frees the slot of a recalled cadre and keeps those who completed their terms', () => {
    const need = { firstSecretary: true, members: 1 };
    expect(
      remainingSlots(need, [
        { teamRole: 'first_secretary', endReason: 'recalled' },
        { teamRole: 'member', endReason: 'completed' },
      ]),
    ).toEqual({ firstSecretary: 1, members: 0 });
  });
});

describe('successorOf', () => {
  it('finds the next holder of the same post who stays beyond the last day', () => {
    const a = term({ startOn: '2023-06-01', plannedEndOn: '2025-05-31' });
    const b = term({ startOn: '2025-05-20', plannedEndOn: '2027-05-19' });
    const m = term({ teamRole: 'member', startOn: '2025-05-20', plannedEndOn: '2027-05-19' });
    expect(successorOf(a, [a, b, m])?.id).toBe(b.id);
    expect(successorOf(b, [a, b, m])).toBeNull();
  });
});

describe('teamWarnings', () => {
  const board = (over: Partial<BoardTerm> & { startOn: IsoDate; plannedEndOn: IsoDate }): BoardTerm => ({
    ...term(over),
    cadreName: '张三',
    partyRelationTransferredOn: '2025-01-10',
    partyMember: true,
    ...over,
  });
  it('warns of a first secretary whose term ends within the window without a successor', () => {
    const fs = board({ startOn: '2025-01-01', plannedEndOn: '2026-12-31' });
    const members = [1, 2].map(() =>
      board({ teamRole: 'member', startOn: '2025-01-01', plannedEndOn: '2027-12-31' }),
    );
    const ids = (date: IsoDate) =>
      teamWarnings({ date, villageTerms: [fs, ...members], needsFirstSecretary: true }).map((v) => v.ruleId);
    expect(ids('2026-11-23')).toEqual(['P21.5-rotate']);
    expect(ids('2026-06-01')).toEqual([]);
  });
  it('warns of a village left without its first secretary, a small team and a missing party-relation record', () => {
    const m = board({
      teamRole: 'member',
      startOn: '2025-01-01',
      plannedEndOn: '2026-12-31',
      partyRelationTransferredOn: null,
    });
    const found = teamWarnings({ date: '2025-06-01', villageTerms: [m], needsFirstSecretary: true });
    expect(found.map((v) => [v.ruleId, v.severity])).toEqual([
      ['P21.5-rotate', 'warn'],
      ['P21.5-size', 'warn'],
      ['P21.5-partyrel', 'info'],
    ]);
  });
});
