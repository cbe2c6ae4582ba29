// What is on post in a village on a date, and what a need still lacks once the people on post are counted
// (issue 9, the county clerk's finding 1). One function for the needs proposal, matching and the team
// board, so the three count the same shortfall.
import { addDays, type IsoDate, isBefore } from '../time/iso-date';
import { ROTATION_WINDOW_DAYS } from './team';
import { lastDayOf, onPostOn, type Term } from './terms';

/** What is on post on a date: a first secretary, how many others (leaders and members), until when. */
export interface OnPost {
  firstSecretary: boolean;
  /** Team members and leaders on post besides the first secretary. */
  members: number;
  /** The last day on post of the first of them to leave (the team holds as it is until then); null if nobody. */
  until: IsoDate | null;
}

/** What a need asks for: a first secretary, and members besides. */
export interface Staffing {
  firstSecretary: boolean;
  members: number;
}

const isFirstSecretary = (t: Pick<Term, 'teamRole'>) => t.teamRole === 'first_secretary';

/** Who is on post in the village on `date` (from the village's assignments). */
export function onPostSummary(villageTerms: readonly Term[], date: IsoDate): OnPost {
  const on = villageTerms.filter((t) => onPostOn(t, date));
  const until = on.reduce<IsoDate | null>(
    (min, t) => (min && !isBefore(lastDayOf(t), min) ? min : lastDayOf(t)),
    null,
  );
  return {
    firstSecretary: on.some(isFirstSecretary),
    members: on.filter((t) => !isFirstSecretary(t)).length,
    until,
  };
}

/**
 * The assignments that hold a place on `date` for planning: on post then or already assigned to arrive
 * later, and serving at least `windowDays` more days (their last day no earlier than date + window). Someone who
 * leaves within the window is due for rotation: the place is to be filled again (到期轮换), which is also
 * when a successor first secretary may be added (`postTaken`).
 */
export function holdingPlaces(
  villageTerms: readonly Term[],
  date: IsoDate,
  windowDays: number = ROTATION_WINDOW_DAYS,
): Term[] {
  const horizon = addDays(date, windowDays);
  return villageTerms.filter((t) => !isBefore(lastDayOf(t), horizon));
}

/**
 * What `required` still lacks on `date` once the village's assignments holding a place are counted
 * (`holdingPlaces`): no first secretary when one serves beyond the window, members less those who do.
 * The needs proposal proposes this, matching fills this, the team board shows this.
 */
export function shortfallOf(
  required: Staffing,
  villageTerms: readonly Term[],
  date: IsoDate,
  windowDays: number = ROTATION_WINDOW_DAYS,
): Staffing {
  const held = heldOn(villageTerms, date, windowDays);
  return {
    firstSecretary: required.firstSecretary && !held.firstSecretary,
    members: Math.max(required.members - held.members, 0),
  };
}

/** The places held on `date` (`holdingPlaces`) as a staffing: a first secretary, and how many others. */
export function heldOn(
  villageTerms: readonly Term[],
  date: IsoDate,
  windowDays: number = ROTATION_WINDOW_DAYS,
): Staffing {
  const holding = holdingPlaces(villageTerms, date, windowDays);
  return {
    firstSecretary: holding.some(isFirstSecretary),
    members: holding.filter((t) => !isFirstSecretary(t)).length,
  };
}

/** What is on post, what holds a place and what is short, as a proposal line shows it. */
export function staffingOn(
  required: Staffing,
  villageTerms: readonly Term[],
  date: IsoDate,
  windowDays: number = ROTATION_WINDOW_DAYS,
): { onPost: OnPost; held: Staffing; shortfall: Staffing } {
  return {
    onPost: onPostSummary(villageTerms, date),
    held: heldOn(villageTerms, date, windowDays),
    shortfall: shortfallOf(required, villageTerms, date, windowDays),
  };
}
