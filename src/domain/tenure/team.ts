// Teams (驻村工作队): which team an assignment joins, who leads it, how many it has (RULES.md §4).
import { P17_TEAM_SIZE, P21_MEMBERS } from '../policy/needs';
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import { addDays, type IsoDate, isBefore } from '../time/iso-date';
import { lastDayOf, type TeamRole, type Term } from './terms';

/**
 * Rotation window: a team whose every member on post leaves within this many days of a new start is
 * ending its terms, so the newcomer starts the next batch (到期轮换). Also the longest a successor first
 * secretary may start before the predecessor's last day: beyond it the village would have two first
 * secretaries rather than a handover. The same horizon as the terms-ending view.
 */
export const ROTATION_WINDOW_DAYS = 90;

export interface TeamWithTerms {
  id: string;
  batch: number;
  startedOn: IsoDate;
  terms: readonly Term[];
}

export type TeamChoice =
  /** Join the team; `startedOn` is set when the newcomer is its earliest arrival. */
  | { kind: 'join'; teamId: string; batch: number; startedOn?: IsoDate }
  | { kind: 'new'; batch: number }
  | { kind: 'before_history'; firstStartedOn: IsoDate };

/** Whether a team's terms are ending on `date`: nobody of it on post, or all on post leave within the window. */
function endingOn(team: TeamWithTerms, date: IsoDate): boolean {
  const horizon = addDays(date, ROTATION_WINDOW_DAYS);
  return team.terms
    .filter((t) => !isBefore(lastDayOf(t), date))
    .every((t) => isBefore(lastDayOf(t), horizon));
}

/**
 * The team an assignment starting on `startOn` belongs to (one team at a time, P17.1.2-cover):
 * - no team yet → batch 1;
 * - the team in place on that day (the latest one begun by then), unless its terms are ending — nobody of
 *   it on post, or all who are leave within ROTATION_WINDOW_DAYS — in which case the next batch: the one
 *   already begun later (the newcomer arrives before its first member, and becomes its start), or a new one;
 * - a start before the first team: joins it when within the window before its start, else refused
 *   (history is entered in date order).
 */
export function chooseTeam(teams: readonly TeamWithTerms[], startOn: IsoDate): TeamChoice {
  if (teams.length === 0) return { kind: 'new', batch: 1 };
  const byBatch = [...teams].sort((a, b) => a.batch - b.batch);
  const begun = byBatch.filter((t) => !isBefore(startOn, t.startedOn));
  const inPlace = begun[begun.length - 1];
  if (!inPlace) {
    const first = byBatch[0]!;
    return isBefore(addDays(startOn, ROTATION_WINDOW_DAYS), first.startedOn)
      ? { kind: 'before_history', firstStartedOn: first.startedOn }
      : { kind: 'join', teamId: first.id, batch: first.batch, startedOn: startOn };
  }
  if (!endingOn(inPlace, startOn)) return { kind: 'join', teamId: inPlace.id, batch: inPlace.batch };
  const next = byBatch.find((t) => t.batch > inPlace.batch);
  return next
    ? { kind: 'join', teamId: next.id, batch: next.batch, startedOn: startOn }
    : { kind: 'new', batch: inPlace.batch + 1 };
}

/**
 * P17.1.2-leader (warn) / P21.5-leader (block): the first secretary leads the team. A separate leader
 * warns under P17; under P21 it is refused where the village has a first secretary as well as a team.
 */
export function checkLeader(input: {
  teamRole: TeamRole;
  startOn: IsoDate;
  villageHasFirstSecretary: boolean;
}): Violation | null {
  if (input.teamRole !== 'leader') return null;
  const found = {
    zh: '拟另设队长，未由第一书记兼任',
    en: 'A separate team leader is planned instead of the first secretary',
  };
  if (policyVersionOn(input.startOn) === 'P17') {
    return violation('P17.1.2-leader', { teamRole: input.teamRole, startOn: input.startOn }, found);
  }
  if (!input.villageHasFirstSecretary) return null;
  return violation('P21.5-leader', { teamRole: input.teamRole, startOn: input.startOn }, found);
}

/** The planned composition of a team: first secretaries and everyone else (leaders and members). */
export interface Composition {
  firstSecretaries: number;
  others: number;
}

/**
 * P17.2.2-size (a team normally has at least 3 people) / P21.5-size (at least 2 members besides the first
 * secretary), both warn, under the version of the start date. A first secretary alone is not a team (a
 * village may need only a first secretary, P21.2-weak), so the rule applies once anyone else is planned.
 */
export function checkTeamSize(startOn: IsoDate, plan: Composition): Violation | null {
  if (plan.others === 0) return null;
  const total = plan.firstSecretaries + plan.others;
  if (policyVersionOn(startOn) === 'P17') {
    if (total >= P17_TEAM_SIZE) return null;
    return violation(
      'P17.2.2-size',
      { ...plan, total, required: P17_TEAM_SIZE },
      { zh: `工作队计划 ${total} 人`, en: `The team is planned with ${total} people` },
    );
  }
  if (plan.others >= P21_MEMBERS) return null;
  return violation(
    'P21.5-size',
    { ...plan, required: P21_MEMBERS },
    {
      zh: `除第一书记外，工作队员计划 ${plan.others} 人`,
      en: `Besides the first secretary, ${plan.others} member(s) are planned`,
    },
  );
}

/** Slots of a need still to fill: its first secretary and members, less what assignments took. */
export interface Slots {
  firstSecretary: number;
  members: number;
}

/**
 * What is left of a need once its assignments are counted. A first secretary takes the first-secretary
 * slot; a leader or member takes a member slot. A recalled cadre's slot is free again (P17.5.3-recall:
 * the need reopens for the replacement); other ends keep it, as the need was met for that term.
 */
export function remainingSlots(
  need: { firstSecretary: boolean; members: number },
  taken: readonly { teamRole: string; endReason: string | null }[],
): Slots {
  const counted = taken.filter((t) => t.endReason !== 'recalled');
  const fs = counted.filter((t) => t.teamRole === 'first_secretary').length;
  return {
    firstSecretary: Math.max((need.firstSecretary ? 1 : 0) - fs, 0),
    members: Math.max(need.members - (counted.length - fs), 0),
  };
}
