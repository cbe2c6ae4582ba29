import { completedYears, latestStartOfYears } from './dates';
import { DEFAULT_YOUNG_AGE_LINE } from './parameters';

// Facts computed beside a cadre, on a given date. The age line is a provincial parameter.

export { DEFAULT_YOUNG_AGE_LINE };

export interface CadreDates {
  birthDate: string;
  partyStatus: 'full' | 'probationary' | 'none';
  partyFullOn: string | null;
  workStartedOn: string;
}

export interface CadreFacts {
  asOf: string;
  age: number;
  /** Full years since full membership (党龄 counts from 转正); null when not a full member or not known. */
  partyStandingYears: number | null;
  workYears: number;
  /** Age at or under the age line: 以下 includes the number itself. */
  young: boolean;
  ageLine: number;
}

export function cadreFacts(c: CadreDates, on: string, ageLine = DEFAULT_YOUNG_AGE_LINE): CadreFacts {
  const age = completedYears(c.birthDate, on);
  const standing =
    c.partyStatus === 'full' && c.partyFullOn && c.partyFullOn <= on
      ? completedYears(c.partyFullOn, on)
      : null;
  const work = c.workStartedOn <= on ? completedYears(c.workStartedOn, on) : 0;
  return { asOf: on, age, partyStandingYears: standing, workYears: work, young: age <= ageLine, ageLine };
}

/** The latest birth date that is no longer young on `on`: young ⇔ born after it. */
export function youngBornAfter(on: string, ageLine = DEFAULT_YOUNG_AGE_LINE): string {
  return latestStartOfYears(on, ageLine + 1);
}
