// Village needs first (先定村, P21.1-order): a proposed need per village from its categories on the date and
// the county's flag, under the version in force. The county edits and confirms; this is only the proposal.
// `members` counts team members besides the first secretary.
//
// P21 (二, 五):
//   weakPartyOrg                  → first secretary (P21.2-weak: 继续全覆盖选派第一书记)
//   liftedFromPoverty / relocationSite → first secretary + 2 members (P21.2-scope with P21.5-size
//                                   队员一般不少于2人); a lifted village in a key assisted county gets
//                                   `keyCountyMembers` (the text: 重点帮扶县的脱贫村…加大选派力度 — lifted
//                                   villages, not relocation sites)
//   lightConsolidation (with the above) → `reducedMembers`, with P21.2-reduce (a reason is recorded)
//   revitalisationDemo            → a first secretary (P21.2-demo: 第一书记或工作队 — the smaller choice)
//   none of these                 → nothing proposed (P21.2-other: by local need)
//   registeredPoor and deepPoverty are poverty-campaign categories: they add nothing after 2021-05-11.
// P17 (一（二）, 二（二）, 二（三）):
//   registeredPoor (a deepPoverty village is a poor village) → a team of 3: the first secretary as leader
//                                   + 2 members (P17.1.2-cover, P17.2.2-size, P17.1.2-leader)
//   deepPoverty                   → `priorityExtraMembers` more (P17.2.2-priority)
//   liftedFromPoverty             → the team stays at full strength (P17.2.3-stay)
//   otherwise                     → nothing required (P17.1.2-cover names poor villages only)
// Strengths come from the village's problems (P17.2.1-match / P21.3-match).
import type { LocalisedText } from '../../shared/errors';
import type { IsoDate } from '../time/iso-date';
import { type RuleId, rule } from './catalogue';
import { mustBeCovered } from './coverage';
import { defaultParameters, type PolicyParameters } from './parameters';
import { type PolicyVersion, policyVersionOn } from './versions';
import { neededStrengths, type Strength, strengthList } from './village-categories';

export const P17_TEAM_SIZE = 3;
export const P21_MEMBERS = 2;

export interface VillageForNeeds {
  code: string;
  name: string;
  activeCategories: readonly string[];
}

export interface NeedsInput {
  villages: readonly VillageForNeeds[];
  keyAssistedCounty: boolean;
  date: IsoDate;
  parameters?: Partial<PolicyParameters>;
}

export interface NeedReason {
  ruleId: RuleId;
  message: LocalisedText;
}

export interface ProposedNeed {
  villageCode: string;
  villageName: string;
  version: PolicyVersion;
  /** A coverage rule (block) requires this need; otherwise it is discretionary. */
  required: boolean;
  firstSecretary: boolean;
  /** Team members besides the first secretary. */
  members: number;
  strengths: Strength[];
  reasons: NeedReason[];
}

const reason = (ruleId: RuleId, zh: string, en: string): NeedReason => ({
  ruleId,
  message: { zh: `${zh}（${rule(ruleId).title.zh}）`, en: `${en} (${rule(ruleId).title.en})` },
});

interface Draft {
  required: boolean;
  firstSecretary: boolean;
  members: number;
  reasons: NeedReason[];
}

const empty = (): Draft => ({ required: false, firstSecretary: false, members: 0, reasons: [] });

function draftP21(has: (c: string) => boolean, keyCounty: boolean, p: PolicyParameters): Draft {
  const d = empty();
  if (has('weakPartyOrg')) {
    Object.assign(d, { required: true, firstSecretary: true });
    d.reasons.push(
      reason(
        'P21.2-weak',
        '党组织软弱涣散村，须选派第一书记',
        'Weak party organisation: a first secretary is required',
      ),
    );
  }
  const lifted = has('liftedFromPoverty');
  if (lifted || has('relocationSite')) {
    const focus = lifted && keyCounty;
    const kind = lifted
      ? { zh: '脱贫村', en: 'Lifted village' }
      : { zh: '易地扶贫搬迁安置村（社区）', en: 'Relocation site' };
    let members = focus ? Math.max(p.keyCountyMembers, P21_MEMBERS) : P21_MEMBERS;
    d.reasons.push(
      reason(
        'P21.2-scope',
        `${kind.zh}${focus ? '（乡村振兴重点帮扶县，加大选派力度）' : ''}：第一书记和${members}名队员`,
        `${kind.en}${focus ? ' in a key assisted county (more people)' : ''}: a first secretary and ${members} members`,
      ),
    );
    if (has('lightConsolidation')) {
      members = Math.min(members, p.reducedMembers);
      d.reasons.push(
        reason(
          'P21.2-reduce',
          `巩固任务较轻，缩减为${members}名队员，须填写理由`,
          `Light consolidation task: reduced to ${members} members; record the reason`,
        ),
      );
    }
    Object.assign(d, { required: true, firstSecretary: true, members: Math.max(d.members, members) });
  }
  if (has('revitalisationDemo')) {
    d.firstSecretary = true;
    d.reasons.push(
      reason(
        'P21.2-demo',
        '乡村振兴示范村：可选派第一书记或工作队',
        'Demonstration village: a first secretary or a team may be sent',
      ),
    );
  }
  if (d.reasons.length === 0) {
    d.reasons.push(
      reason(
        'P21.2-other',
        '其他类型村：根据实际需要决定是否选派',
        'Other village: send people by local need',
      ),
    );
  }
  return d;
}

function draftP17(has: (c: string) => boolean, p: PolicyParameters): Draft {
  const d = empty();
  const poor = has('registeredPoor') || has('deepPoverty');
  const exited = !poor && has('liftedFromPoverty');
  if (!poor && !exited) {
    d.reasons.push(
      reason(
        'P17.1.2-cover',
        '非建档立卡贫困村：2017年意见不要求派驻工作队',
        'Not a registered poor village: the 2017 text requires no team',
      ),
    );
    return d;
  }
  Object.assign(d, { required: true, firstSecretary: true, members: P17_TEAM_SIZE - 1 });
  d.reasons.push(
    exited
      ? reason(
          'P17.2.3-stay',
          '贫困村已退出：脱贫攻坚期内工作队不撤离、力度不减',
          'The village has exited poverty: the team stays at full strength',
        )
      : reason('P17.1.2-cover', '建档立卡贫困村：一村一队', 'Registered poor village: one team'),
    reason(
      'P17.2.2-size',
      `工作队一般不少于${P17_TEAM_SIZE}人`,
      `A team normally has at least ${P17_TEAM_SIZE} people`,
    ),
    reason('P17.1.2-leader', '队长原则上由第一书记兼任', 'The first secretary in principle leads the team'),
  );
  if (has('deepPoverty')) {
    d.members += p.priorityExtraMembers;
    d.reasons.push(
      reason(
        'P17.2.2-priority',
        `深度贫困村：重中之重，增加${p.priorityExtraMembers}名队员`,
        `Deep-poverty village: top priority, ${p.priorityExtraMembers} more members`,
      ),
    );
  }
  return d;
}

/** The proposed need of each village, in input order. */
export function proposeNeeds(input: NeedsInput): ProposedNeed[] {
  const version = policyVersionOn(input.date);
  const p: PolicyParameters = { ...defaultParameters, ...input.parameters };
  return input.villages.map((v) => {
    const has = (c: string) => v.activeCategories.includes(c);
    const d = version === 'P21' ? draftP21(has, input.keyAssistedCounty, p) : draftP17(has, p);
    // One predicate with the need check and the compliance report (P17.1.2-cover, P17.2.3-stay, P21.2-weak,
    // P21.2-scope): `required` is exactly "a coverage rule applies to the village on the date".
    d.required = mustBeCovered(v.activeCategories, input.date);
    const strengths = neededStrengths(v.activeCategories);
    if (strengths.length > 0) {
      d.reasons.push(
        reason(
          version === 'P21' ? 'P21.3-match' : 'P17.2.1-match',
          `宜选派熟悉${strengthList(strengths, 'zh')}的干部`,
          `Prefer cadres who know ${strengthList(strengths, 'en')}`,
        ),
      );
    }
    return { villageCode: v.code, villageName: v.name, version, ...d, strengths };
  });
}

/** Rules whose proposal text states a number of people. */
const COUNTING_RULES: readonly string[] = ['P21.2-scope', 'P21.2-reduce', 'P17.2.2-size', 'P17.2.2-priority'];

const staffingText = (n: { firstSecretary: boolean; members: number }): LocalisedText =>
  n.firstSecretary
    ? { zh: `第一书记和${n.members}名队员`, en: `a first secretary and ${n.members} members` }
    : { zh: `${n.members}名队员`, en: `${n.members} members` };

/**
 * The basis recorded with a need: the proposal's reasons, except that a reason stating a number of people
 * that the recorded team (the need plus the places already held on post) does not have says what was
 * proposed and what was recorded instead, so no recorded rule text contradicts the number (issue 9, the
 * county clerk's finding 6). The findings of the need check (a reduction with its reason) are added by the
 * caller.
 */
export function needBasis(
  proposal: { firstSecretary: boolean; members: number; reasons: readonly NeedReason[] },
  recorded: { firstSecretary: boolean; members: number },
): NeedReason[] {
  const same = proposal.firstSecretary === recorded.firstSecretary && proposal.members === recorded.members;
  if (same) return [...proposal.reasons];
  const was = staffingText(proposal);
  const now = staffingText(recorded);
  return proposal.reasons.map((r) =>
    COUNTING_RULES.includes(r.ruleId)
      ? {
          ruleId: r.ruleId,
          message: {
            zh: `${rule(r.ruleId).title.zh}：建议${was.zh}，记录为${now.zh}`,
            en: `${rule(r.ruleId).title.en}: ${was.en} proposed, ${now.en} recorded`,
          },
        }
      : r,
  );
}
