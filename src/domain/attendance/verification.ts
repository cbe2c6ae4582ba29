// Verification by people (核查, issue 10 item 7): what an `absent` finding means for the day. On a day covered
// by approved leave or a reported trip it is consistent with that record; on a rest day or holiday it is only a
// note; on any other working day of the assignment the day becomes absent (P17.4.2-attend), the cadre and the
// leading group are told, and the cadre may explain — the township excuses it with a reason or not.
import type { IsoDate } from '../time';
import { type DayKind, type LeaveRecord, leaveCoverage, type TripRecord, tripCounts } from './ledger';

export type AbsenceOutcome =
  | 'none'
  | 'consistent'
  | 'rest_day_note'
  | 'awaiting_explanation'
  | 'explained'
  | 'excused'
  | 'not_excused';

export interface FindingReading {
  consistentWith: 'leave' | 'official_trip' | null;
  outcome: AbsenceOutcome;
}

export function readFinding(input: {
  on: IsoDate;
  finding: 'present' | 'absent';
  dayKind: DayKind;
  leaves: readonly LeaveRecord[];
  trips: readonly TripRecord[];
}): FindingReading {
  const { on } = input;
  if (input.finding === 'present') return { consistentWith: null, outcome: 'none' };
  const onLeave = input.leaves.some((l) => {
    const c = leaveCoverage(l);
    return c !== null && on >= c.from && on <= c.to;
  });
  if (onLeave) return { consistentWith: 'leave', outcome: 'consistent' };
  const onTrip = input.trips.some((t) => tripCounts(t) && on >= t.startOn && on <= t.endOn);
  if (onTrip) return { consistentWith: 'official_trip', outcome: 'consistent' };
  if (input.dayKind !== 'working') return { consistentWith: null, outcome: 'rest_day_note' };
  return { consistentWith: null, outcome: 'awaiting_explanation' };
}

/** Whether the finding makes the day absent in the ledger (excused absences do not). */
export const countsAsAbsence = (outcome: AbsenceOutcome): boolean =>
  outcome === 'awaiting_explanation' || outcome === 'explained' || outcome === 'not_excused';
