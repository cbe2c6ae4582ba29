import { completedYears } from './dates';
import { type FieldProblem, type Gender, idNumberProblems } from './id-number';

// Consistency of a cadre's record on its own (the unit and uniqueness are the service's business).

export interface CadreInput {
  gender: Gender;
  birthDate: string;
  idNumber: string;
  partyStatus: 'full' | 'probationary' | 'none';
  partyJoinedOn: string | null;
  partyFullOn: string | null;
  workStartedOn: string;
}

/** Minimum ages: work from 16 (Labour Law art. 15), party membership from 18 (Party Constitution art. 1). */
export const MIN_WORK_AGE = 16;
export const MIN_PARTY_AGE = 18;

export function cadreProblems(c: CadreInput, today: string): FieldProblem[] {
  const problems: FieldProblem[] = idNumberProblems(c.idNumber, { birthDate: c.birthDate, gender: c.gender });
  const notFuture = (field: string, value: string | null) => {
    if (value && value > today)
      problems.push({
        field,
        message: { zh: `不能晚于今天（${today}）`, en: `cannot be after today (${today})` },
      });
  };
  notFuture('birthDate', c.birthDate);
  notFuture('workStartedOn', c.workStartedOn);
  notFuture('partyJoinedOn', c.partyJoinedOn);
  notFuture('partyFullOn', c.partyFullOn);
  if (completedYears(c.birthDate, c.workStartedOn) < MIN_WORK_AGE) {
    problems.push({
      field: 'workStartedOn',
      message: { zh: `参加工作时应年满 ${MIN_WORK_AGE} 周岁`, en: `work starts at ${MIN_WORK_AGE} or older` },
    });
  }
  if (c.partyStatus === 'none') {
    for (const field of ['partyJoinedOn', 'partyFullOn'] as const) {
      if (c[field])
        problems.push({
          field,
          message: {
            zh: '非党员不填写入党或转正时间',
            en: 'a non-member has no joining or full-membership date',
          },
        });
    }
  }
  if (c.partyStatus === 'probationary' && c.partyFullOn) {
    problems.push({
      field: 'partyFullOn',
      message: {
        zh: '预备党员尚未转正，不填写转正时间',
        en: 'a probationary member has no full-membership date yet',
      },
    });
  }
  if (
    c.partyStatus !== 'none' &&
    c.partyJoinedOn &&
    completedYears(c.birthDate, c.partyJoinedOn) < MIN_PARTY_AGE
  ) {
    problems.push({
      field: 'partyJoinedOn',
      message: { zh: `入党时应年满 ${MIN_PARTY_AGE} 周岁`, en: `members join at ${MIN_PARTY_AGE} or older` },
    });
  }
  if (c.partyStatus === 'full' && c.partyJoinedOn && c.partyFullOn && c.partyFullOn < c.partyJoinedOn) {
    problems.push({
      field: 'partyFullOn',
      message: { zh: '转正时间不能早于入党时间', en: 'cannot be before the joining date' },
    });
  }
  return problems;
}
