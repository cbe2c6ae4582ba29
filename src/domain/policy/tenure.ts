// Teams and terms (RULES.md §4), under the version in force on the date that matters: the term's start
// for its length, the team's date for its composition, the successor's start for a handover.
//
// Dates are days on post, both ends included: `startOn` is the first day, `plannedEndOn` and `endOn` the
// last. A term of two years (任期一般不少于2年 / 每期驻村时间不少于2年) is measured to the first day off post by
// the Civil Code (see ../time/periods.ts, stayCoversYears): a term from 2024-03-01 may end on 2026-02-28,
// because its holder leaves on 2026-03-01, two years on; ending on 2026-02-27 is short.
//
// Overlap at a rotation (压茬交接, P21.5-rotate) is the number of days both predecessor and successor are on
// post: successor from 2026-02-22 and predecessor until 2026-02-28 overlap 7 days. Fewer days than the
// provincial parameter, or a day with neither (a gap), is refused. The 2017 text has no rotation rule, so a
// handover whose successor starts before 2021-05-11 is not checked (coverage is P17.1.2-cover's business).
import { addDays, daysBetween, type IsoDate, isBefore } from '../time/iso-date';
import { durationParts, earliestLastDayOfStay, stayCoversYears } from '../time/periods';
import { type Gap, uncoveredRanges } from '../time/ranges';
import { defaultParameters } from './parameters';
import { policyVersionOn } from './versions';
import { type Violation, violation } from './violations';

export const MIN_TERM_YEARS = 2;

export const endReasons = ['completed', 'rotated', 'recalled', 'other'] as const;
export type EndReason = (typeof endReasons)[number];

export type TeamRole = 'first_secretary' | 'leader' | 'member';

function assertOrder(first: IsoDate, last: IsoDate, what: string) {
  if (isBefore(last, first)) throw new RangeError(`${what}: ${last} is before ${first}`);
}

function termFacts(startOn: IsoDate, lastDay: IsoDate) {
  return {
    startOn,
    termDays: daysBetween(startOn, lastDay) + 1,
    term: durationParts(startOn, addDays(lastDay, 1)),
    requiredYears: MIN_TERM_YEARS,
    earliestEndOn: earliestLastDayOfStay(startOn, MIN_TERM_YEARS),
  };
}

const termText = (p: { years: number; months: number; days: number }) => ({
  zh: `${p.years}年${p.months}个月${p.days}天`,
  en: `${p.years} y ${p.months} m ${p.days} d`,
});

/**
 * A planned term shorter than two years: P17.2.2-term (block) for a term starting before 2021-05-11,
 * P21.5-term (warn, an override reason lets it through) from then on. Callers ensure plannedEndOn ≥ startOn.
 */
export function checkTerm({
  startOn,
  plannedEndOn,
}: {
  startOn: IsoDate;
  plannedEndOn: IsoDate;
}): Violation[] {
  assertOrder(startOn, plannedEndOn, 'The planned end is before the start');
  if (stayCoversYears(startOn, plannedEndOn, MIN_TERM_YEARS)) return [];
  const facts = { ...termFacts(startOn, plannedEndOn), plannedEndOn };
  const term = termText(facts.term);
  return [
    violation(policyVersionOn(startOn) === 'P17' ? 'P17.2.2-term' : 'P21.5-term', facts, {
      zh: `计划任期${startOn}至${plannedEndOn}，共${term.zh}，不满2年（最早可于${facts.earliestEndOn}结束）`,
      en: `The planned term ${startOn} to ${plannedEndOn} lasts ${term.en}, under 2 years (earliest end ${facts.earliestEndOn})`,
    }),
  ];
}

/**
 * An actual end before the planned end and before two years on post warns unless the cadre was recalled
 * or rotated (RULES.md P21.5-term: an early end needs a reason). This is a warning under both versions:
 * P17.2.2-term blocks plans, but an end that has happened must be recordable, with its reason.
 */
export function checkEarlyEnd(input: {
  startOn: IsoDate;
  plannedEndOn: IsoDate;
  endOn: IsoDate;
  reason: EndReason;
}): Violation[] {
  const { startOn, plannedEndOn, endOn, reason } = input;
  assertOrder(startOn, endOn, 'The end is before the start');
  if (!isBefore(endOn, plannedEndOn) || stayCoversYears(startOn, endOn, MIN_TERM_YEARS)) return [];
  if (reason === 'recalled' || reason === 'rotated') return [];
  const facts = { ...termFacts(startOn, endOn), plannedEndOn, endOn, reason };
  const term = termText(facts.term);
  return [
    violation(
      policyVersionOn(startOn) === 'P17' ? 'P17.2.2-term' : 'P21.5-term',
      facts,
      {
        zh: `任期在${endOn}提前结束（计划${plannedEndOn}），实际在岗${term.zh}，不满2年`,
        en: `The term ends early on ${endOn} (planned ${plannedEndOn}) after ${term.en}, under 2 years`,
      },
      {
        severity: 'warn',
        advice: {
          zh: '提前结束须说明理由：召回请走召回调整程序，轮换请选择“轮换”，其他情况请填写理由',
          en: 'An early end needs a reason: use the recall procedure for a recall, choose “rotated” for a rotation, or give the reason',
        },
      },
    ),
  ];
}

export interface TeamInput {
  date: IsoDate;
  members: readonly { role: TeamRole }[];
  /** Whether the village has a first secretary, listed among `members` or not; defaults to whether one is listed. */
  hasFirstSecretary?: boolean;
}

/**
 * The team's leader and size on `date`. P17: the leader is in principle the first secretary
 * (P17.1.2-leader, warn, also when the village has none to lead) and a team normally has 3 people
 * including the first secretary (P17.2.2-size, warn). P21: where the village has a first secretary no one
 * else leads (P21.5-leader, block), and a team normally has 2 members besides the first secretary
 * (P21.5-size, warn). A first secretary alone is not a team (P21.2-weak villages get one), and the 2021
 * text sets no size for a team without a first secretary. An empty roster is no team: nothing to check.
 */
export function checkTeam({ date, members, hasFirstSecretary }: TeamInput): Violation[] {
  if (members.length === 0) return [];
  const listedFs = members.filter((m) => m.role === 'first_secretary').length;
  const hasFs = (hasFirstSecretary ?? false) || listedFs > 0;
  const leaders = members.filter((m) => m.role === 'leader').length;
  const others = members.length - listedFs;
  const facts = { hasFirstSecretary: hasFs, separateLeaders: leaders, membersBesidesFirstSecretary: others };
  const out: Violation[] = [];
  if (policyVersionOn(date) === 'P17') {
    const size = others + (hasFs ? 1 : 0);
    if (leaders > 0 || !hasFs) {
      out.push(
        violation('P17.1.2-leader', facts, {
          zh: hasFs ? '工作队另设了队长' : '该村没有第一书记，队长不是第一书记',
          en: hasFs
            ? 'The team has a leader other than the first secretary'
            : 'The village has no first secretary to lead the team',
        }),
      );
    }
    if (size < 3) {
      out.push(
        violation(
          'P17.2.2-size',
          { ...facts, teamSize: size },
          { zh: `工作队${size}人`, en: `The team has ${size}` },
        ),
      );
    }
    return out;
  }
  if (hasFs && leaders > 0) {
    out.push(
      violation('P21.5-leader', facts, {
        zh: '该村有第一书记，工作队却另设了队长',
        en: 'The village has a first secretary, yet the team has another leader',
      }),
    );
  }
  if (hasFs && others > 0 && others < 2) {
    out.push(
      violation('P21.5-size', facts, {
        zh: `除第一书记外仅有${others}名队员`,
        en: `Only ${others} member besides the first secretary`,
      }),
    );
  }
  return out;
}

export interface HandoverInput {
  /** The predecessor's last day on post. */
  predecessorEndOn: IsoDate;
  /** The successor's first day on post. */
  successorStartOn: IsoDate;
  /** Days both must be on post (provincial parameter, default 7). */
  overlapDays?: number;
}

/** P21.5-rotate (block): at least `overlapDays` days on post together, and never a day with neither. */
export function checkHandover({
  predecessorEndOn,
  successorStartOn,
  overlapDays = defaultParameters.handoverOverlapDays,
}: HandoverInput): Violation[] {
  if (!Number.isInteger(overlapDays) || overlapDays < 0)
    throw new RangeError(`Overlap days must be ≥ 0: ${overlapDays}`);
  if (policyVersionOn(successorStartOn) === 'P17') return [];
  const together = daysBetween(successorStartOn, predecessorEndOn) + 1;
  if (together >= overlapDays) return [];
  const gapDays = Math.max(0, -together);
  const facts = {
    predecessorEndOn,
    successorStartOn,
    overlapDays: Math.max(0, together),
    requiredOverlapDays: overlapDays,
    gapDays,
    latestStartOn: addDays(predecessorEndOn, 1 - overlapDays),
  };
  const found =
    gapDays > 0
      ? {
          zh: `前任${predecessorEndOn}离任，接任者${successorStartOn}到岗，村里空缺${gapDays}天`,
          en: `The predecessor leaves after ${predecessorEndOn} and the successor starts on ${successorStartOn}: ${gapDays} day(s) without anyone`,
        }
      : {
          zh: `前后任共同在岗${facts.overlapDays}天，少于规定的${overlapDays}天（接任者最迟应于${facts.latestStartOn}到岗）`,
          en: `Predecessor and successor overlap ${facts.overlapDays} day(s), fewer than ${overlapDays} (the successor should start by ${facts.latestStartOn})`,
        };
  return [violation('P21.5-rotate', facts, found)];
}

export interface PostInterval {
  startOn: IsoDate;
  /** Last day on post; null or absent while serving. */
  endOn?: IsoDate | null;
}

/** The day ranges between `from` and `to` (inclusive) when a village had no one on the post. */
export const gapsInCoverage = (intervals: readonly PostInterval[], from: IsoDate, to: IsoDate): Gap[] =>
  uncoveredRanges(
    intervals.map((i) => ({ from: i.startOn, to: i.endOn ?? null })),
    { from, to },
  );
