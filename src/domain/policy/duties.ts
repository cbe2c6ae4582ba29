import {
  type DutyKey,
  type DutyView,
  dutyLabels,
  dutyRuleOf,
  p17Duties,
  p21Duties,
} from '../../shared/contracts/duties';
import type { IsoDate } from '../time/iso-date';
import { type PolicyVersion, policyVersionOn } from './versions';

// Which duties a record dated D is filed under (issue 11 item 5): P21.4's four duties from 2021-05-11,
// P17.3's ten tasks before (the version in force by `policyVersionOn`).

export interface DutiesOn {
  date: IsoDate;
  policyVersion: PolicyVersion;
  ruleId: 'P21.4' | 'P17.3';
  duties: DutyView[];
}

export function dutyKeysOn(date: IsoDate): readonly DutyKey[] {
  return policyVersionOn(date) === 'P21' ? p21Duties : p17Duties;
}

export function dutiesOn(date: IsoDate): DutiesOn {
  const version = policyVersionOn(date);
  const keys = dutyKeysOn(date);
  return {
    date,
    policyVersion: version,
    ruleId: version === 'P21' ? 'P21.4' : 'P17.3',
    duties: keys.map((key) => ({ key, ...dutyLabels[key], ruleId: dutyRuleOf(key) })),
  };
}

/** Whether `key` is one of the duties in force on `date`. */
export const dutyInForce = (key: string, date: IsoDate): key is DutyKey =>
  (dutyKeysOn(date) as readonly string[]).includes(key);
