import { compareDates, type IsoDate } from '../time/iso-date';

// RULES.md: P17 is in force for dates before 2021-05-11, P21 from that date on. The date that matters is
// the nomination date, the term start or the assessment year, whichever the rule is about. Dates before
// the 2017 text was published (2017-12-24) are also judged under P17: it is the earliest text the system
// implements.
export type PolicyVersion = 'P17' | 'P21';

export const P21_IN_FORCE_FROM: IsoDate = '2021-05-11';

export const policyVersionOn = (date: IsoDate): PolicyVersion =>
  compareDates(date, P21_IN_FORCE_FROM) < 0 ? 'P17' : 'P21';
