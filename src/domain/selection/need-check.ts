import { P21_MEMBERS } from '../policy/needs';
import { policyVersionOn } from '../policy/versions';
import { type Violation, violation } from '../policy/violations';
import type { IsoDate } from '../time';

export interface NeedShape {
  firstSecretary: boolean;
  members: number;
}

export interface NeedCheckInput {
  date: IsoDate;
  activeCategories: readonly string[];
  need: NeedShape;
  /** What the proposal derived for the village from its categories (先定村). */
  proposed: NeedShape;
}

const people = (n: NeedShape) => (n.firstSecretary ? 1 : 0) + n.members;

/**
 * Checks a village need the county records against the coverage rules in force on its date:
 * a weak party organisation needs a first secretary (P21.2-weak), a lifted or relocation village a
 * first secretary or team (P21.2-scope), a registered poor village a team (P17.1.2-cover); fewer
 * than the usual team is a reduction that needs a reason (P21.2-reduce; under P17 the team size rule
 * P17.2.2-size). The proposal itself is advice: recording more or other people than it suggests is fine.
 */
export function checkNeed({ date, activeCategories, need, proposed }: NeedCheckInput): Violation[] {
  const has = (c: string) => activeCategories.includes(c);
  const out: Violation[] = [];
  const facts = { need, proposed, activeCategories: [...activeCategories] };
  if (policyVersionOn(date) === 'P21') {
    if (has('weakPartyOrg') && !need.firstSecretary) {
      out.push(
        violation('P21.2-weak', facts, {
          zh: '该村为党组织软弱涣散村，需求中没有第一书记',
          en: 'The village has a weak party organisation and the need has no first secretary',
        }),
      );
    }
    if ((has('liftedFromPoverty') || has('relocationSite')) && people(need) === 0) {
      out.push(
        violation('P21.2-scope', facts, {
          zh: '脱贫村或易地扶贫搬迁安置村需要继续选派第一书记和工作队',
          en: 'A lifted or relocation village keeps a first secretary and team',
        }),
      );
    }
    // The proposal's "more in a key assisted county" is advice; a reduction is a team below the usual
    // strength — a first secretary and two members (P21.5-size) — which light consolidation allows with a reason.
    const scopeVillage = has('liftedFromPoverty') || has('relocationSite');
    if (scopeVillage && out.length === 0 && (!need.firstSecretary || need.members < P21_MEMBERS)) {
      out.push(
        violation(
          'P21.2-reduce',
          facts,
          {
            zh: `少于第一书记加 ${P21_MEMBERS} 名队员的通常配备`,
            en: `fewer than the usual first secretary and ${P21_MEMBERS} members`,
          },
          'warn',
        ),
      );
    }
  } else {
    if (has('registeredPoor') && people(need) === 0) {
      out.push(
        violation('P17.1.2-cover', facts, {
          zh: '建档立卡贫困村须一村一队',
          en: 'Every registered poor village has a team',
        }),
      );
    } else if (has('registeredPoor') && people(need) < 3) {
      out.push(
        violation(
          'P17.2.2-size',
          facts,
          { zh: `工作队只有 ${people(need)} 人`, en: `The team would have ${people(need)} people` },
          'warn',
        ),
      );
    }
  }
  return out;
}
