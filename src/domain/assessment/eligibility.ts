// Who a batch assesses (issue 13 item 2). Annual (P21.5-annual): a cadre stationed more than half a year
// (the scheme's months, 6 by default) by the end of the year — or by the day the batch is opened, when earlier.
// Term-end (P21.5-termend): the cadres whose term ends in the year. A recalled cadre is not assessed: the
// recall (P17.5.3-recall) is the outcome.
import {
  addDays,
  earliest,
  hasAtLeastMonths,
  type IsoDate,
  isAfter,
  isBefore,
  wholeMonthsBetween,
} from '../time';

export interface EligibilityInput {
  kind: 'annual' | 'term_end';
  year: number;
  startOn: IsoDate;
  plannedEndOn: IsoDate;
  endOn: IsoDate | null;
  endReason: string | null;
  minMonthsOnPost: number;
}

export interface Eligibility {
  eligible: boolean;
  monthsOnPost: number;
  ruleId: string;
  reason?: { zh: string; en: string };
}

export function eligibilityOf(i: EligibilityInput): Eligibility {
  const yearEnd = `${i.year}-12-31` as IsoDate;
  const yearStart = `${i.year}-01-01` as IsoDate;
  const lastDay = i.endOn ? earliest(i.endOn, yearEnd) : yearEnd;
  // Days on post are counted inclusive: on post from 07-01 to 12-31 is six whole months.
  const dayAfter = addDays(lastDay, 1);
  const months = isBefore(lastDay, i.startOn) ? 0 : wholeMonthsBetween(i.startOn, dayAfter);
  const ruleId = i.kind === 'annual' ? 'P21.5-annual' : 'P21.5-termend';
  if (i.endReason === 'recalled') {
    return {
      eligible: false,
      monthsOnPost: months,
      ruleId: 'P17.5.3-recall',
      reason: { zh: `已召回（${i.endOn}），不参加本次考核`, en: `recalled (${i.endOn}); not assessed` },
    };
  }
  if (isAfter(i.startOn, yearEnd) || (i.endOn && isBefore(i.endOn, yearStart))) {
    return {
      eligible: false,
      monthsOnPost: 0,
      ruleId,
      reason: { zh: `${i.year}年不在岗`, en: `not on post in ${i.year}` },
    };
  }
  if (i.kind === 'term_end') {
    const end = i.endOn ?? i.plannedEndOn;
    if (end.slice(0, 4) !== String(i.year)) {
      return {
        eligible: false,
        monthsOnPost: months,
        ruleId,
        reason: { zh: `任期于${end}结束，不在${i.year}年`, en: `the term ends on ${end}, not in ${i.year}` },
      };
    }
    return { eligible: true, monthsOnPost: months, ruleId };
  }
  if (!hasAtLeastMonths(i.startOn, dayAfter, i.minMonthsOnPost)) {
    return {
      eligible: false,
      monthsOnPost: months,
      ruleId,
      reason: {
        zh: `驻村不满${i.minMonthsOnPost}个月（${i.startOn}起，${months}个月）`,
        en: `on post less than ${i.minMonthsOnPost} months (since ${i.startOn}, ${months})`,
      },
    };
  }
  return { eligible: true, monthsOnPost: months, ruleId };
}
