import { coverageRulesFor } from '../policy/coverage';
import { P17_TEAM_SIZE, P21_MEMBERS } from '../policy/needs';
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
  /**
   * Places already held in the village on the date by people on post beyond the rotation window
   * (`holdingPlaces` of src/domain/tenure): the need adds to them, so a need for the shortfall alone is
   * judged with them.
   */
  covered?: NeedShape;
}

const people = (n: NeedShape) => (n.firstSecretary ? 1 : 0) + n.members;

const usual = (members: number) => ({
  zh: `第一书记加 ${members} 名队员`,
  en: `a first secretary and ${members} members`,
});

/**
 * Checks a village need the county records against the coverage rules in force on its date
 * (`coverageRulesFor`, the same predicate as the proposal and the compliance report), counting what is
 * already on post (`covered`):
 * - P21.2-weak: a weak party organisation has a first secretary (block);
 * - P21.2-scope: a lifted or relocation village is never without a first secretary (block), and has the
 *   usual team of a first secretary and two members (P21.5-size) unless its consolidation task is light
 *   (block: only P21.2-reduce allows fewer); in a key assisted county, fewer than the county's larger team
 *   is a reduction that needs a reason (warn, P21.2-scope 加大选派力度);
 * - P21.2-reduce: a light-consolidation village below the usual team needs a reason (warn);
 * - P17.1.2-cover / P17.2.3-stay: a poor (or deep-poverty) village, and one that exited poverty in the
 *   campaign, has a team (block), normally of three (P17.2.2-size, warn).
 * Recording more or other people than the proposal suggests is fine.
 */
export function checkNeed({ date, activeCategories, need, proposed, covered }: NeedCheckInput): Violation[] {
  const has = (c: string) => activeCategories.includes(c);
  const held = covered ?? { firstSecretary: false, members: 0 };
  const team = {
    firstSecretary: need.firstSecretary || held.firstSecretary,
    members: need.members + held.members,
  };
  const out: Violation[] = [];
  const facts = {
    need,
    proposed,
    ...(covered ? { covered } : {}),
    activeCategories: [...activeCategories],
  };
  const rules = coverageRulesFor(activeCategories, date).map((r) => r.ruleId);
  if (policyVersionOn(date) === 'P21') {
    if (rules.includes('P21.2-weak') && !team.firstSecretary) {
      out.push(
        violation('P21.2-weak', facts, {
          zh: '该村为党组织软弱涣散村，需求中没有第一书记',
          en: 'The village has a weak party organisation and the need has no first secretary',
        }),
      );
    }
    if (rules.includes('P21.2-scope')) {
      const light = has('lightConsolidation');
      if (!team.firstSecretary) {
        out.push(
          violation('P21.2-scope', facts, {
            zh: '脱贫村或易地扶贫搬迁安置村须继续选派第一书记和工作队，不能没有第一书记（任务较轻的村也只能缩减队员）',
            en: 'A lifted or relocation village keeps a first secretary and a team: it cannot go without the first secretary (a light task allows fewer members only)',
          }),
        );
      } else if (team.members < P21_MEMBERS && !light) {
        out.push(
          violation(
            'P21.2-scope',
            { ...facts, reduceOnlyFor: 'lightConsolidation' },
            {
              zh: `少于${usual(P21_MEMBERS).zh}的通常配备：只有巩固脱贫成果任务较轻的村可以缩减人数（P21.2-reduce），该村不是`,
              en: `Fewer than the usual ${usual(P21_MEMBERS).en}: only a village with a light consolidation task may get fewer (P21.2-reduce), and this one has none`,
            },
          ),
        );
      } else if (team.members < P21_MEMBERS) {
        out.push(
          violation(
            'P21.2-reduce',
            facts,
            {
              zh: `巩固任务较轻，缩减为第一书记加 ${team.members} 名队员（通常${usual(P21_MEMBERS).zh}），须填写理由`,
              en: `Light consolidation task: reduced to a first secretary and ${team.members} members (usually ${usual(P21_MEMBERS).en}); give the reason`,
            },
            'warn',
          ),
        );
      } else if (!light && proposed.members > P21_MEMBERS && team.members < proposed.members) {
        out.push(
          violation(
            'P21.2-scope',
            { ...facts, keyAssistedCounty: true },
            {
              zh: `乡村振兴重点帮扶县的脱贫村应加大选派力度（本地配备${usual(proposed.members).zh}），缩减为 ${team.members} 名队员须填写理由`,
              en: `Lifted villages of a key assisted county get more people (here ${usual(proposed.members).en}); reducing to ${team.members} members needs a reason`,
            },
            'warn',
          ),
        );
      }
    }
  } else if (rules.length > 0) {
    const ruleId = rules[0]!;
    if (people(team) === 0) {
      out.push(
        violation(
          ruleId,
          facts,
          ruleId === 'P17.2.3-stay'
            ? {
                zh: '脱贫攻坚期内贫困村退出的，驻村工作队不得撤离',
                en: 'During the campaign a team stays when its village exits poverty',
              }
            : { zh: '建档立卡贫困村须一村一队', en: 'Every registered poor village has a team' },
        ),
      );
    } else if (people(team) < P17_TEAM_SIZE) {
      out.push(
        violation(
          'P17.2.2-size',
          facts,
          { zh: `工作队只有 ${people(team)} 人`, en: `The team would have ${people(team)} people` },
          'warn',
        ),
      );
    }
  }
  return out;
}
