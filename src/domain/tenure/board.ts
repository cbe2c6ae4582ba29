// What a county's team board warns about for one village on a date: the rules of RULES.md §4 applied to
// the team as it stands, so the county sees where to act before a block is hit.
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import { addDays, daysBetween, type IsoDate, isAfter } from '../time/iso-date';
import { successorOf } from './handover';
import { checkLeader, checkTeamSize, ROTATION_WINDOW_DAYS } from './team';
import { lastDayOf, onPostOn, type Term } from './terms';

/** Days on post after which the party-relation transfer should have been recorded. */
export const PARTY_RELATION_DUE_DAYS = 30;

export interface BoardTerm extends Term {
  cadreName: string;
  partyRelationTransferredOn: IsoDate | null;
  /** Full or probationary party member: only members have a party relation to transfer. */
  partyMember: boolean;
}

export interface BoardInput {
  date: IsoDate;
  /** Every assignment of the village, any team. */
  villageTerms: readonly BoardTerm[];
  /** The village is to have a first secretary: a need asks for one, or its team has had one. */
  needsFirstSecretary: boolean;
}

/** Warnings (and checklist hints) for one village's team on a date. */
export function teamWarnings({ date, villageTerms, needsFirstSecretary }: BoardInput): Violation[] {
  const onPost = villageTerms.filter((t) => onPostOn(t, date));
  const p21 = policyVersionOn(date) === 'P21';
  const out: Violation[] = [];
  const fs = onPost.filter((t) => t.teamRole === 'first_secretary');
  if (needsFirstSecretary && fs.length === 0) {
    const since = villageTerms
      .filter((t) => t.teamRole === 'first_secretary' && !isAfter(lastDayOf(t), date))
      .reduce<IsoDate | null>((max, t) => (max && !isAfter(lastDayOf(t), max) ? max : lastDayOf(t)), null);
    out.push(
      violation(
        p21 ? 'P21.5-rotate' : 'P17.1.2-cover',
        { date, lastFirstSecretaryDay: since },
        since
          ? {
              zh: `自 ${addDays(since, 1)} 起村里没有第一书记在岗`,
              en: `No first secretary on post since ${addDays(since, 1)}`,
            }
          : { zh: '村里尚无第一书记在岗', en: 'No first secretary on post yet' },
        'warn',
      ),
    );
  }
  if (onPost.length > 0) {
    const size = checkTeamSize(date, {
      firstSecretaries: Math.min(fs.length, 1),
      others: onPost.length - fs.length,
    });
    if (size) out.push(size);
  }
  for (const t of onPost) {
    const leader = checkLeader({
      teamRole: t.teamRole,
      startOn: date,
      villageHasFirstSecretary: fs.length > 0,
    });
    if (leader) out.push({ ...leader, severity: 'warn', facts: { ...leader.facts, assignmentId: t.id } });
  }
  const horizon = addDays(date, ROTATION_WINDOW_DAYS);
  for (const t of fs) {
    const last = lastDayOf(t);
    if (isAfter(last, horizon) || successorOf(t, villageTerms)) continue;
    const days = daysBetween(date, last);
    out.push(
      violation(
        'P21.5-rotate',
        { assignmentId: t.id, lastDay: last, daysLeft: days },
        {
          zh: `第一书记${t.cadreName}的任期 ${last} 结束（还有 ${days} 天），尚未安排接任者`,
          en: `First secretary ${t.cadreName}'s term ends on ${last} (in ${days} days) with no successor yet`,
        },
        'warn',
      ),
    );
  }
  for (const t of onPost) {
    if (
      !t.partyMember ||
      t.partyRelationTransferredOn ||
      daysBetween(t.startOn, date) < PARTY_RELATION_DUE_DAYS
    )
      continue;
    out.push(
      violation(
        policyVersionOn(t.startOn) === 'P21' ? 'P21.5-partyrel' : 'P17.2.3-partyrel',
        { assignmentId: t.id, startOn: t.startOn },
        {
          zh: `${t.cadreName}到岗已 ${daysBetween(t.startOn, date)} 天，尚未记录党员组织关系转接`,
          en: `${t.cadreName} has been on post ${daysBetween(t.startOn, date)} days with no party-relation transfer recorded`,
        },
        'info',
      ),
    );
  }
  return out;
}
