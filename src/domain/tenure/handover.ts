// Rotation and overlapping handover (到期轮换、压茬交接, P21.5-rotate), the team staying when its village
// exits poverty (P17.2.3-stay), and the days a village went without its first secretary.
import { defaultParameters } from '../policy/parameters';
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import { addDays, daysBetween, type IsoDate, isAfter, isBefore } from '../time/iso-date';
import { type Gap, uncoveredRanges } from '../time/ranges';
import { ROTATION_WINDOW_DAYS } from './team';
import { judgedEndReason, lastDayOf, onPostOn, type Term } from './terms';

const isFirstSecretary = (t: Term) => t.teamRole === 'first_secretary';
/** Left before rotation: recalled, or ended for another reason before the planned end. */
const leftEarly = (t: Term) =>
  t.endOn !== null &&
  (t.endReason === 'recalled' || (t.endReason === 'other' && isBefore(t.endOn, t.plannedEndOn)));

/**
 * The first secretary a new one starting on `startOn` succeeds: of the village's first secretaries who
 * started before that day, the one whose last day is latest (the latest start on a tie).
 */
export function predecessorOf(terms: readonly Term[], startOn: IsoDate): Term | null {
  let best: Term | null = null;
  for (const t of terms) {
    if (!isFirstSecretary(t) || !isBefore(t.startOn, startOn)) continue;
    if (
      !best ||
      isAfter(lastDayOf(t), lastDayOf(best)) ||
      (lastDayOf(t) === lastDayOf(best) && isAfter(t.startOn, best.startOn))
    )
      best = t;
  }
  return best;
}

/** A first secretary's post already taken for the new start: why a second one cannot be added. */
export interface PostTaken {
  holder: Term;
  /** The earliest start that would be a handover rather than a second first secretary. */
  earliestSuccessorStart: IsoDate;
}

/**
 * One first secretary at a time: a new one may overlap the predecessor only for the handover, starting
 * at most ROTATION_WINDOW_DAYS before the predecessor's last day; and nobody else may already hold or
 * be planned for the post from that start.
 */
export function postTaken(terms: readonly Term[], startOn: IsoDate): PostTaken | null {
  for (const t of terms) {
    if (!isFirstSecretary(t)) continue;
    const laterOrSame = !isBefore(t.startOn, startOn);
    const stillOnPost = isAfter(lastDayOf(t), addDays(startOn, ROTATION_WINDOW_DAYS - 1));
    if ((laterOrSame && !isBefore(lastDayOf(t), startOn)) || (!laterOrSame && stillOnPost)) {
      return { holder: t, earliestSuccessorStart: addDays(lastDayOf(t), -(ROTATION_WINDOW_DAYS - 1)) };
    }
  }
  return null;
}

/**
 * P21.5-rotate (block, from 2021-05-11 by the successor's start): the successor first secretary starts
 * before the predecessor leaves and both are on post together for at least `overlapDays` days (a
 * provincial parameter, 7 by default), so the village is never a day without its first secretary.
 * The overlap counts the calendar days both are on post, both ends included: a predecessor whose last
 * day is 2026-06-01 and a successor whose first day is 2026-05-26 share 7 days (enough for 7); a start on
 * 2026-05-27 gives 6. Where the predecessor left early (recalled, or another early end), the newcomer is a
 * replacement: no overlap is possible, and the days the post stood empty are reported as a hint.
 */
export function checkHandover(input: {
  startOn: IsoDate;
  predecessor: Term | null;
  overlapDays?: number;
}): Violation | null {
  const { startOn, predecessor } = input;
  const required = input.overlapDays ?? defaultParameters.handoverOverlapDays;
  if (!predecessor || policyVersionOn(startOn) === 'P17') return null;
  const last = lastDayOf(predecessor);
  // Days both are on post (successor's first day to predecessor's last, both included); below 0 the post
  // stands empty between them.
  const overlap = daysBetween(startOn, last) + 1;
  const base = {
    predecessorId: predecessor.id,
    predecessorLastDay: last,
    startOn,
    requiredOverlapDays: required,
  };
  if (overlap < 0) {
    const gap = { from: addDays(last, 1), to: addDays(startOn, -1), days: -overlap };
    const found = {
      zh: `前任第一书记 ${last} 离任，接任者 ${startOn} 才到岗，村里 ${gap.from} 至 ${gap.to} 共 ${gap.days} 天无第一书记`,
      en: `The predecessor's last day is ${last} and the successor starts on ${startOn}: the village has no first secretary from ${gap.from} to ${gap.to} (${gap.days} days)`,
    };
    return leftEarly(predecessor)
      ? violation('P21.5-rotate', { ...base, gap, replacement: true }, found, 'info')
      : violation('P21.5-rotate', { ...base, gap, overlapDays: 0 }, found);
  }
  if (leftEarly(predecessor) || overlap >= required) return null;
  return violation(
    'P21.5-rotate',
    { ...base, overlapDays: overlap },
    {
      zh: `前任第一书记任期至 ${last}，接任者 ${startOn} 到岗，两人同时在岗只有 ${overlap} 天，少于规定的 ${required} 天`,
      en: `The predecessor serves until ${last} and the successor starts on ${startOn}: both are on post for only ${overlap} days, fewer than ${required}`,
    },
  );
}

/**
 * Day ranges in which the village had no first secretary, from the first one's start to `until` (the
 * latest last day of any first secretary, or a later date given by the caller).
 */
export function firstSecretaryGaps(terms: readonly Term[], until?: IsoDate): Gap[] {
  const stays = terms.filter(isFirstSecretary).map((t) => ({ from: t.startOn, to: lastDayOf(t) }));
  if (stays.length === 0) return [];
  const from = stays.reduce((min, s) => (isBefore(s.from, min) ? s.from : min), stays[0]!.from);
  let to = stays.reduce((max, s) => (isAfter(s.to, max) ? s.to : max), stays[0]!.to);
  if (until && isAfter(until, to)) to = until;
  return uncoveredRanges(stays, { from, to });
}

/**
 * P17.2.3-stay (block, before 2021-05-11 by the end date): while the campaign lasted, a team was not
 * withdrawn when its village exited poverty. Ending a term of such a village, other than by recall or a
 * rotation that is one (a successor in the same post on post, or the planned end reached: `rotationHolds`),
 * is refused when nobody of the village stays on post the next day.
 */
export function checkStay(input: {
  term: Term;
  endOn: IsoDate;
  reason: Term['endReason'];
  villageExitedPoverty: boolean;
  others: readonly Term[];
}): Violation | null {
  const { term, endOn, reason, villageExitedPoverty, others } = input;
  if (policyVersionOn(endOn) !== 'P17' || !villageExitedPoverty) return null;
  if (reason === 'recalled') return null;
  if (reason === 'rotated' && judgedEndReason(term, endOn, reason, others) === 'rotated') return null;
  const next = addDays(endOn, 1);
  if (others.some((t) => t.id !== term.id && onPostOn(t, next))) return null;
  return violation(
    'P17.2.3-stay',
    { endOn, reason, villageExitedPoverty },
    {
      zh: `该村已退出贫困，${endOn} 结束此任期后村里再无驻村干部`,
      en: `The village has exited poverty, and after this term ends on ${endOn} no stationed cadre remains`,
    },
  );
}

const roleClass = (t: Term) => (isFirstSecretary(t) ? 'first_secretary' : 'team');

/**
 * Who takes over from `term`: the earliest-starting assignment of the village in the same post (first
 * secretary, or a place in the team) that starts after it and stays on post beyond its last day.
 */
export function successorOf(term: Term, villageTerms: readonly Term[]): Term | null {
  let best: Term | null = null;
  for (const t of villageTerms) {
    if (t.id === term.id || roleClass(t) !== roleClass(term)) continue;
    if (!isAfter(t.startOn, term.startOn) || !isAfter(lastDayOf(t), lastDayOf(term))) continue;
    if (!best || isBefore(t.startOn, best.startOn)) best = t;
  }
  return best;
}
