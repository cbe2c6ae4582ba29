// The rule catalogue of policy/RULES.md as data. Every id is exactly the one in RULES.md; code, API errors,
// UI messages and tests cite it. `clause.zh` quotes the Chinese text (fragments joined by ……) and is checked
// against ./sources/ by catalogue.test.ts; where the repository does not hold a document, `verbatim` is
// false and `clause.zh` is a summary.
//
// Kind follows RULES.md's kind column. Severity is what a finding under the rule means when it fires:
// block (refused), warn (refused without an override reason), info (hint); null where the rule produces
// no finding of its own (records, roles, schedules, calculations), and the module that implements it
// decides. Coverage rules are checked over a region rather than on one action; their findings block.
import type { LocalisedText } from '../../shared/errors';
import type { PolicyDocumentId } from './documents';

export type RuleVersion = 'P17' | 'P21' | 'X';
export type RuleKind =
  | 'block'
  | 'warn'
  | 'info'
  | 'checklist'
  | 'workflow'
  | 'schedule'
  | 'calculation'
  | 'records'
  | 'roles'
  | 'coverage'
  /** How the system reads a clause where the texts leave a choice (id `M-…`; the rule it reads in the title). */
  | 'reading';
export type Severity = 'block' | 'warn' | 'info';
export type RuleSection = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 'other';

export interface Clause {
  /** Where in the document: section (and item) numbers as the document writes them. */
  ref: string;
  zh: string;
  en: string;
  /** True when `zh` quotes the document word for word. */
  verbatim: boolean;
}

export interface Rule {
  id: string;
  version: RuleVersion;
  kind: RuleKind;
  severity: Severity | null;
  section: RuleSection;
  document: PolicyDocumentId;
  title: LocalisedText;
  /** What the user is told when the rule fires, saying what to do. */
  message: LocalisedText;
  clause: Clause;
}

const P17: PolicyDocumentId = '2017-guiding-opinions';
const P21: PolicyDocumentId = '2021-opinions';

export const catalogue = [
  // ── §1 Which villages get a first secretary or a team (先定村、再定人) ──────────────────────────
  {
    id: 'P17.1.2-cover',
    version: 'P17',
    kind: 'coverage',
    severity: 'block',
    section: 1,
    document: P17,
    title: { zh: '建档立卡贫困村一村一队', en: 'One work team for every registered poor village' },
    message: {
      zh: '建档立卡贫困村须有一支驻村工作队（一村一队）：请为该村组建工作队。',
      en: 'Every registered poor village must have one work team: compose a team for this village.',
    },
    clause: {
      ref: '一（二）',
      zh: '县级党委和政府统筹整合各方面驻村工作力量，根据派出单位帮扶资源和驻村干部综合能力科学组建驻村工作队，实现建档立卡贫困村一村一队。',
      en: 'County party committees and governments compose work teams from all sources so that every registered poor village has one team.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.2-priority',
    version: 'P17',
    kind: 'info',
    severity: 'info',
    section: 1,
    document: P17,
    title: { zh: '深度贫困村是重中之重', en: 'Deep-poverty villages are the top priority' },
    message: {
      zh: '深度贫困地区贫困村和脱贫难度大的贫困村是驻村帮扶的重中之重：优先为其选派较强人选，并加大选派力度。',
      en: 'Poor villages in deep-poverty areas and the hardest cases are the top priority: send them strong candidates, and more of them.',
    },
    clause: {
      ref: '二（二）',
      zh: '要把深度贫困地区贫困村和脱贫难度大的贫困村作为驻村帮扶工作的重中之重。东西部扶贫协作和对口支援、中央单位定点帮扶的对象在深度贫困地区的，要加大选派干部力度。',
      en: 'Poor villages in deep-poverty areas and those hardest to lift out of poverty are the top priority; where east–west, paired or central designated assistance targets lie in deep-poverty areas, more cadres are sent.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.3-stay',
    version: 'P17',
    kind: 'block',
    severity: 'block',
    section: 1,
    document: P17,
    title: { zh: '贫困村退出后工作队不撤离', en: 'Teams stay when their village exits poverty' },
    message: {
      zh: '脱贫攻坚期内，贫困村退出的，驻村工作队不得撤离、帮扶力度不能削弱：请保留该村工作队及其人数。',
      en: 'During the campaign a team is not withdrawn or reduced when its village exits poverty: keep the team and its strength.',
    },
    clause: {
      ref: '二（三）',
      zh: '脱贫攻坚期内，贫困村退出的，驻村工作队不得撤离，帮扶力度不能削弱。',
      en: 'During the campaign, when a poor village exits poverty its work team must not be withdrawn and its assistance must not be weakened.',
      verbatim: true,
    },
  },
  {
    id: 'P21.2-scope',
    version: 'P21',
    kind: 'coverage',
    severity: 'block',
    section: 1,
    document: P21,
    title: {
      zh: '脱贫村、易地扶贫搬迁安置村（社区）继续选派',
      en: 'Lifted villages and relocation sites keep a first secretary and a team',
    },
    message: {
      zh: '脱贫村和易地扶贫搬迁安置村（社区）须继续选派第一书记和工作队，乡村振兴重点帮扶县的脱贫村加大选派力度：请为该村安排第一书记和工作队。',
      en: 'Villages lifted out of poverty and relocation sites continue to get a first secretary and a team, more in key assisted counties: arrange both for this village.',
    },
    clause: {
      ref: '二',
      zh: '对脱贫村、易地扶贫搬迁安置村（社区），继续选派第一书记和工作队，将乡村振兴重点帮扶县的脱贫村作为重点，加大选派力度。',
      en: 'Lifted villages and relocation resettlement villages (communities) continue to get first secretaries and teams; lifted villages in key assisted counties are the focus and get more.',
      verbatim: true,
    },
  },
  {
    id: 'P21.2-reduce',
    version: 'P21',
    kind: 'warn',
    severity: 'warn',
    section: 1,
    document: P21,
    title: { zh: '巩固任务较轻的村可适当缩减人数', en: 'Fewer people where consolidation is light' },
    message: {
      zh: '巩固脱贫攻坚成果任务较轻的村可适当缩减选派人数：请填写缩减理由，理由将随记录留存。',
      en: 'A village with a light consolidation task may get fewer people: record the reason for the reduction.',
    },
    clause: {
      ref: '二',
      zh: '对其中巩固脱贫攻坚成果任务较轻的村，可从实际出发适当缩减选派人数。',
      en: 'Among them, villages whose consolidation task is light may, as circumstances warrant, get fewer people.',
      verbatim: true,
    },
  },
  {
    id: 'P21.2-demo',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 1,
    document: P21,
    title: { zh: '乡村振兴任务重的村示范选派', en: 'Demonstration villages with heavy revitalisation tasks' },
    message: {
      zh: '该村为乡村振兴任务重的示范村：可选派第一书记或工作队，发挥示范带动作用。',
      en: 'This is a demonstration village with heavy revitalisation tasks: a first secretary or a team may be sent to lead by example.',
    },
    clause: {
      ref: '二',
      zh: '各地要选择一批乡村振兴任务重的村，选派第一书记或工作队，发挥示范带动作用。',
      en: 'Localities choose villages with heavy revitalisation tasks and send a first secretary or a team as demonstrations.',
      verbatim: true,
    },
  },
  {
    id: 'P21.2-weak',
    version: 'P21',
    kind: 'coverage',
    severity: 'block',
    section: 1,
    document: P21,
    title: {
      zh: '党组织软弱涣散村全覆盖选派第一书记',
      en: 'Every village with a weak party organisation has a first secretary',
    },
    message: {
      zh: '党组织软弱涣散村须全覆盖选派第一书记：请为该村选派第一书记。',
      en: 'Every village whose party organisation is weak and lax must have a first secretary: send one to this village.',
    },
    clause: {
      ref: '二',
      zh: '对党组织软弱涣散村，按照常态化、长效化整顿建设要求，继续全覆盖选派第一书记。',
      en: 'Villages with weak and lax party organisations continue to get first secretaries, all of them, as part of regular rectification.',
      verbatim: true,
    },
  },
  {
    id: 'P21.2-other',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 1,
    document: P21,
    title: { zh: '其他类型村根据需要安排', en: 'Other villages: by local need' },
    message: {
      zh: '该村不属于必须选派的类型：是否选派由县里根据实际需要决定。',
      en: 'This village is not of a type that must get people: the county decides by local need.',
    },
    clause: {
      ref: '二',
      zh: '对其他类型村，各地可根据实际需要作出选派安排。',
      en: 'For other villages, localities may send people according to actual need.',
      verbatim: true,
    },
  },
  {
    id: 'P21.1-order',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 1,
    document: P21,
    title: { zh: '先定村、再定人', en: 'Villages first, then people' },
    message: {
      zh: '先定村、再定人：人选须对应一条已登记的选派需求，请先登记该村的选派需求。',
      en: 'Villages first, then people: a nomination must target a recorded village need; record the need first.',
    },
    clause: {
      ref: '一',
      zh: '按照先定村、再定人原则，由县级党委和政府摸清选派需求，统筹各级选派力量，因村派人、科学组队',
      en: 'By the principle of fixing villages first and people second, the county establishes the needs, pools the sources and sends people to fit each village.',
      verbatim: true,
    },
  },

  // ── §2 Who may be sent (人选条件) ───────────────────────────────────────────────────────────────
  {
    id: 'P17.2.3-source',
    version: 'P17',
    kind: 'block',
    severity: 'block',
    section: 2,
    document: P17,
    title: {
      zh: '从县级以上机关、国有企业、事业单位选派',
      en: 'Sent from organs at county level and above, SOEs and public institutions',
    },
    message: {
      zh: '驻村干部须来自县级以上各级机关、国有企业或事业单位：请从符合条件的派出单位选派。',
      en: 'Stationed cadres come from organs at county level and above, state-owned enterprises or public institutions: choose a cadre from such a unit.',
    },
    clause: {
      ref: '二（三）',
      zh: '县级以上各级机关、国有企业、事业单位要选派……人员参加驻村帮扶工作。',
      en: 'Organs at county level and above, state-owned enterprises and public institutions send people to village work.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.3-quality',
    version: 'P17',
    kind: 'checklist',
    severity: null,
    section: 2,
    document: P17,
    title: { zh: '政治素质好、作风实、能力强、身体健康', en: 'Politically sound, solid, able, healthy' },
    message: {
      zh: '请审核并记录人选的政治素质、工作作风、综合能力和身体条件。',
      en: 'Review and record the candidate’s political quality, work style, overall ability and health.',
    },
    clause: {
      ref: '二（三）',
      zh: '要选派政治素质好、工作作风实、综合能力强、健康具备履职条件的人员参加驻村帮扶工作。',
      en: 'Send people who are politically sound, have a solid work style, strong overall ability and the health to do the job.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.3-leader-rank',
    version: 'P17',
    kind: 'warn',
    severity: 'warn',
    section: 2,
    document: P17,
    title: {
      zh: '新选派队长一般为处科级干部',
      en: 'A new team leader is normally a division- or section-level cadre',
    },
    message: {
      zh: '新选派的驻村工作队队长一般应为处科级干部或处科级后备干部：请改选，或填写选派该人选的理由。',
      en: 'A newly sent team leader is normally a division- or section-level cadre or a reserve cadre at that level: choose another, or record why this one.',
    },
    clause: {
      ref: '二（三）',
      zh: '新选派的驻村工作队队长一般应为处科级干部或处科级后备干部。',
      en: 'A newly sent team leader should normally be a division- or section-level cadre or a reserve cadre at that level.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.2-young',
    version: 'P17',
    kind: 'info',
    severity: 'info',
    section: 2,
    document: P17,
    title: { zh: '优先安排优秀年轻干部和后备干部', en: 'Young and reserve cadres first' },
    message: {
      zh: '优先安排优秀年轻干部和后备干部参加驻村帮扶（排序参考，不影响选派）。',
      en: 'Outstanding young cadres and reserve cadres are sent first (a ranking hint, never a refusal).',
    },
    clause: {
      ref: '二（二）',
      zh: '优先安排优秀年轻干部和后备干部参加驻村帮扶。',
      en: 'Outstanding young cadres and reserve cadres are given priority.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-quality',
    version: 'P21',
    kind: 'checklist',
    severity: null,
    section: 2,
    document: P21,
    title: { zh: '人选基本条件', en: 'Basic conditions for candidates' },
    message: {
      zh: '请审核并记录人选的政治素质、工作能力、事业心和责任感、身体条件。',
      en: 'Review and record the candidate’s political quality, ability, dedication and health.',
    },
    clause: {
      ref: '三',
      zh: '第一书记和工作队员人选的基本条件是：政治素质好，坚决贯彻执行党的理论和路线方针政策，热爱农村工作；工作能力强，敢于担当，善于做群众工作，具有开拓创新精神；事业心和责任感强，作风扎实，不怕吃苦，甘于奉献；具备正常履职的身体条件。',
      en: 'Politically sound and devoted to rural work; able, willing to take responsibility, good with people, innovative; dedicated, down-to-earth, hard-working; healthy enough for the post.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-fs-party',
    version: 'P21',
    kind: 'block',
    severity: 'block',
    section: 2,
    document: P21,
    title: {
      zh: '第一书记须为正式党员、党龄1年以上',
      en: 'First secretary: full party member, 1 year of standing',
    },
    message: {
      zh: '第一书记必须是中共正式党员，党龄1年以上（党龄从转为正式党员之日算起）：请改选符合条件的人选，或待党龄满1年后再提出。',
      en: 'A first secretary must be a full CPC member with at least 1 year of party standing (counted from full membership): choose another candidate, or propose this one once the year is complete.',
    },
    clause: {
      ref: '三',
      zh: '第一书记必须是中共正式党员，具有1年以上党龄',
      en: 'A first secretary must be a full member of the CPC with at least one year of party standing.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-fs-work',
    version: 'P21',
    kind: 'block',
    severity: 'block',
    section: 2,
    document: P21,
    title: { zh: '第一书记须有2年以上工作经历', en: 'First secretary: 2 years of work experience' },
    message: {
      zh: '第一书记须有2年以上工作经历（从参加工作时间算起）：请改选符合条件的人选，或核对参加工作时间。',
      en: 'A first secretary must have at least 2 years of work experience (from the date work started): choose another candidate, or check that date.',
    },
    clause: {
      ref: '三',
      zh: '第一书记必须是中共正式党员，具有1年以上党龄和2年以上工作经历',
      en: 'A first secretary must have at least two years of work experience.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-member-party',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 2,
    document: P21,
    title: { zh: '工作队员优先选派党员', en: 'Team members: party members preferred' },
    message: {
      zh: '工作队员应优先选派中共党员（排序参考，不影响选派）。',
      en: 'Party members are preferred as team members (a ranking hint, never a refusal).',
    },
    clause: {
      ref: '三',
      zh: '工作队员应优先选派中共党员。',
      en: 'Team members should preferably be CPC members.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-source',
    version: 'P21',
    kind: 'block',
    severity: 'block',
    section: 2,
    document: P21,
    title: { zh: '人选来源', en: 'Where candidates come from' },
    message: {
      zh: '第一书记和工作队员须来自机关、国有企业、事业单位、人民团体、中管金融企业或高等学校：请从符合条件的派出单位选派。',
      en: 'First secretaries and team members come from organs, state-owned enterprises, public institutions, people’s organisations, centrally managed financial enterprises or universities: choose a cadre from such a unit.',
    },
    clause: {
      ref: '三',
      zh: '第一书记和工作队员主要从省市县机关优秀干部、年轻干部，国有企业、事业单位优秀人员和以往因年龄原因从领导岗位上调整下来、尚未退休的干部中选派……中央和国家机关各部委、人民团体、中管金融企业、国有重要骨干企业和高等学校',
      en: 'Mainly outstanding and young cadres of provincial, city and county organs; outstanding staff of SOEs and public institutions; cadres moved off leading posts for age and not yet retired; and central organs, people’s organisations, centrally managed financial enterprises, key SOEs and universities.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-rural',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 2,
    document: P21,
    title: {
      zh: '有农村工作经验或涉农专长的优先',
      en: 'Rural experience or agricultural expertise preferred',
    },
    message: {
      zh: '有农村工作经验或涉农方面专业技术特长的人选优先（排序参考，不影响选派）。',
      en: 'Candidates with rural work experience or agriculture-related expertise are preferred (a ranking hint, never a refusal).',
    },
    clause: {
      ref: '三',
      zh: '有农村工作经验或涉农方面专业技术特长的优先。',
      en: 'Those with rural work experience or agriculture-related technical expertise are preferred.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-central',
    version: 'P21',
    kind: 'coverage',
    severity: 'block',
    section: 2,
    document: P21,
    title: {
      zh: '有帮扶任务的中央单位至少选派1名第一书记',
      en: 'Each paired central unit sends at least one first secretary',
    },
    message: {
      zh: '有定点帮扶和对口支援结对任务的中央和国家机关各部委、人民团体、中管金融企业、国有重要骨干企业和高等学校，每个单位至少选派1名优秀干部到村任第一书记：该单位尚未选派，请安排。',
      en: 'Every central organ, people’s organisation, centrally managed financial enterprise, key SOE and university with a designated or paired assistance task sends at least one first secretary: this unit has not, arrange one.',
    },
    clause: {
      ref: '三',
      zh: '中央和国家机关各部委、人民团体、中管金融企业、国有重要骨干企业和高等学校，有定点帮扶和对口支援结对任务的，每个单位至少选派1名优秀干部到村任第一书记。',
      en: 'Central organs, people’s organisations, centrally managed financial enterprises, key SOEs and universities with designated or paired assistance tasks each send at least one outstanding cadre as a first secretary.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.1-match',
    version: 'P17',
    kind: 'info',
    severity: 'info',
    section: 2,
    document: P17,
    title: { zh: '因村选人组队', en: 'Match the cadre to the village' },
    message: {
      zh: '因村选人：熟悉党群工作的派到基层组织软弱涣散的村，熟悉经济工作的派到产业和集体经济薄弱的村，熟悉社会工作的派到矛盾纠纷突出的村（排序参考）。',
      en: 'Match cadres to villages: party-and-mass work to weak party organisations, economic work to weak industry or collective economy, social work to sharp disputes (a ranking hint).',
    },
    clause: {
      ref: '二（一）',
      zh: '坚持因村选人组队，把熟悉党群工作的干部派到基层组织软弱涣散、战斗力不强的贫困村，把熟悉经济工作的干部派到产业基础薄弱、集体经济脆弱的贫困村，把熟悉社会工作的干部派到矛盾纠纷突出、社会发育滞后的贫困村',
      en: 'Choose people and form teams by village: party-and-mass-work cadres to villages with weak organisations, economic-work cadres to villages with weak industry or collective economy, social-work cadres to villages with sharp disputes or lagging social development.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-match',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 2,
    document: P21,
    title: { zh: '科学搭配、优化组合', en: 'Scientific matching and combination' },
    message: {
      zh: '根据村的类型和需要，结合人选的年龄、专业、经历科学搭配（排序参考）。',
      en: 'Match people to the village’s type and needs, considering age, specialty and experience (a ranking hint).',
    },
    clause: {
      ref: '三',
      zh: '充分考虑年龄、专业、经历等因素，确保选优派强。县级党委和政府要根据不同类型村的需要，对人选进行科学搭配、优化组合，发挥选派力量的最大效能。',
      en: 'Consider age, specialty and experience; the county matches and combines people to the needs of each type of village for the greatest effect.',
      verbatim: true,
    },
  },

  // ── §3 How they are chosen (选派程序) ────────────────────────────────────────────────────────────
  {
    id: 'P21.3-apply',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 3,
    document: P21,
    title: { zh: '个人报名和组织推荐相结合', en: 'Individual application and organisational recommendation' },
    message: {
      zh: '人选须注明来源：个人报名或组织推荐（个人报名由派出单位组织人事部门代为录入）。',
      en: 'Record how the candidate came forward: individual application or organisational recommendation (the unit’s personnel department enters applications).',
    },
    clause: {
      ref: '三',
      zh: '按照个人报名和组织推荐相结合的办法',
      en: 'By combining individual application with organisational recommendation.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-propose',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 3,
    document: P21,
    title: { zh: '派出单位组织人事部门提出人选', en: 'The unit’s personnel department proposes' },
    message: {
      zh: '人选由派出单位组织人事部门提出。',
      en: 'The dispatching unit’s organisation-and-personnel department proposes the candidate.',
    },
    clause: {
      ref: '三',
      zh: '由派出单位组织人事部门提出人选',
      en: 'The dispatching unit’s personnel department proposes the candidate.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-checks',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 3,
    document: P21,
    title: { zh: '严把五关', en: 'The five checks' },
    message: {
      zh: '须逐项审核并记录政治关、品行关、能力关、作风关、廉洁关（审核人、日期、结论）；任一关未通过，人选不予选派。',
      en: 'Record each of the five checks — political, conduct, ability, work style, integrity — with reviewer, date and result; a failed check rejects the candidate.',
    },
    clause: {
      ref: '三',
      zh: '要严把人选政治关、品行关、能力关、作风关、廉洁关，充分考虑年龄、专业、经历等因素',
      en: 'Strictly check candidates’ politics, conduct, ability, work style and integrity, considering age, specialty and experience.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-file',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 3,
    document: P21,
    title: { zh: '同级组织部门会同农村工作部门备案', en: 'Filing with the organisation department' },
    message: {
      zh: '人选须经同级党委组织部门会同农办、农业农村部门及乡村振兴部门备案后，方可由派出单位党委（党组）研究确定。',
      en: 'The candidate is filed with the organisation department at the same level, together with the rural-work, agriculture and revitalisation departments, before the unit’s party committee decides.',
    },
    clause: {
      ref: '三',
      zh: '同级党委组织部门会同农办、农业农村部门及乡村振兴部门进行备案',
      en: 'The organisation department at the same level files the candidate together with the rural-work office and the agriculture and revitalisation departments.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-decide',
    version: 'P21',
    kind: 'workflow',
    severity: 'block',
    section: 3,
    document: P21,
    title: { zh: '派出单位党委（党组）研究确定', en: 'The unit’s party committee decides' },
    message: {
      zh: '人选由派出单位党委（党组）研究确定。',
      en: 'The dispatching unit’s party committee (party group) decides.',
    },
    clause: {
      ref: '三',
      zh: '派出单位党委（党组）研究确定',
      en: 'The dispatching unit’s party committee (party group) decides.',
      verbatim: true,
    },
  },
  {
    id: 'P21.3-compose',
    version: 'P21',
    kind: 'workflow',
    severity: null,
    section: 3,
    document: P21,
    title: { zh: '县级科学组队', en: 'The county composes teams' },
    message: {
      zh: '县级党委和政府根据不同类型村的需要对人选科学搭配、优化组合，组建工作队。',
      en: 'The county matches and combines candidates into teams according to each type of village’s needs.',
    },
    clause: {
      ref: '三',
      zh: '县级党委和政府要根据不同类型村的需要，对人选进行科学搭配、优化组合，发挥选派力量的最大效能。',
      en: 'County party committees and governments match and combine candidates to the needs of each type of village.',
      verbatim: true,
    },
  },
  {
    // A reading, not a clause of RULES.md: what matching does with pairings, and which text it reads.
    id: 'M-paired-first',
    version: 'P21',
    kind: 'reading',
    severity: 'info',
    section: 3,
    document: P21,
    title: {
      zh: '结对单位的人选派往其结对村（对 P21.3-central 的理解）',
      en: 'A paired unit’s candidates go to its paired villages (a reading of P21.3-central)',
    },
    message: {
      zh: '科学搭配时，与村结对的派出单位提出的人选只安排到其结对村，并在那里优先：这是对 P21.3-central（有定点帮扶和对口支援结对任务的单位选派干部到村任第一书记）的理解，不是 P21.6-bind（派出单位负责同志每年到村调研）。',
      en: 'In matching, candidates of a unit paired with villages are placed only in those villages, and preferred there: a reading of P21.3-central (units with designated or paired assistance tasks send cadres to the villages as first secretaries), not P21.6-bind (the unit leaders’ yearly visit).',
    },
    clause: {
      ref: '三',
      zh: '有定点帮扶和对口支援结对任务的，每个单位至少选派1名优秀干部到村任第一书记。',
      en: 'Units with designated-assistance or paired-assistance tasks each send at least one outstanding cadre to the village as first secretary.',
      verbatim: true,
    },
  },

  // ── §4 Teams and terms (队伍与任期) ──────────────────────────────────────────────────────────────
  {
    id: 'P17.1.2-leader',
    version: 'P17',
    kind: 'warn',
    severity: 'warn',
    section: 4,
    document: P17,
    title: { zh: '队长原则上由第一书记兼任', en: 'The first secretary in principle leads the team' },
    message: {
      zh: '驻村工作队队长原则上由驻村第一书记兼任：请由第一书记任队长，或填写理由。',
      en: 'The team leader is in principle the first secretary: make the first secretary the leader, or record why not.',
    },
    clause: {
      ref: '一（二）',
      zh: '驻村工作队队长原则上由驻村第一书记兼任。',
      en: 'The team leader is in principle the first secretary.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-leader',
    version: 'P21',
    kind: 'block',
    severity: 'block',
    section: 4,
    document: P21,
    title: { zh: '队长由第一书记兼任', en: 'The first secretary leads the team' },
    message: {
      zh: '同时选派第一书记和工作队的村，队长由第一书记兼任：请取消另设的队长，由第一书记任队长。',
      en: 'Where a village has both a first secretary and a team, the first secretary is the team leader: remove the separate leader.',
    },
    clause: {
      ref: '五',
      zh: '同步选派第一书记和工作队的村，队长由第一书记兼任',
      en: 'In villages with both a first secretary and a team, the first secretary leads the team.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.2-size',
    version: 'P17',
    kind: 'warn',
    severity: 'warn',
    section: 4,
    document: P17,
    title: { zh: '工作队一般不少于3人', en: 'A team normally has at least 3 people' },
    message: {
      zh: '每个驻村工作队一般不少于3人：请补足人数，或填写理由。',
      en: 'A work team normally has at least 3 people: add members, or record why not.',
    },
    clause: {
      ref: '二（二）',
      zh: '每个驻村工作队一般不少于3人',
      en: 'Each work team normally has no fewer than 3 people.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-size',
    version: 'P21',
    kind: 'warn',
    severity: 'warn',
    section: 4,
    document: P21,
    title: { zh: '队员一般不少于2人', en: 'At least 2 members besides the first secretary' },
    message: {
      zh: '除第一书记外，工作队员一般不少于2人，任务重的可适当增加：请补足人数，或填写理由。',
      en: 'Besides the first secretary a team normally has at least 2 members, more where tasks are heavy: add members, or record why not.',
    },
    clause: {
      ref: '五',
      zh: '队员一般不少于2人，任务重的可适当增加人数。',
      en: 'Team members normally number at least 2; more where tasks are heavy.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.2-term',
    version: 'P17',
    kind: 'block',
    severity: 'block',
    section: 4,
    document: P17,
    title: { zh: '每期驻村时间不少于2年', en: 'A term is at least 2 years' },
    message: {
      zh: '每期驻村时间不少于2年：请将计划结束日期定在任期满2年之后。',
      en: 'A term in the village lasts at least 2 years: set the planned end no earlier than two years after the start.',
    },
    clause: {
      ref: '二（二）',
      zh: '每期驻村时间不少于2年。',
      en: 'Each term in the village is no shorter than 2 years.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-term',
    version: 'P21',
    kind: 'warn',
    severity: 'warn',
    section: 4,
    document: P21,
    title: { zh: '任期一般不少于2年', en: 'A term is normally at least 2 years' },
    message: {
      zh: '第一书记和工作队员任期一般不少于2年：请调整日期，或填写缩短任期的理由。',
      en: 'Terms are normally at least 2 years: change the dates, or record why this term is shorter.',
    },
    clause: {
      ref: '五',
      zh: '第一书记和工作队员任期一般不少于2年',
      en: 'First secretaries’ and members’ terms are normally no shorter than 2 years.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-rotate',
    version: 'P21',
    kind: 'block',
    severity: 'block',
    section: 4,
    document: P21,
    title: { zh: '到期轮换、压茬交接', en: 'Rotation with overlapping handover' },
    message: {
      zh: '到期轮换须压茬交接：请安排接任者在前任离任前到岗，共同在岗不少于规定的交接天数，村里不能有一天空缺。',
      en: 'Rotation overlaps: the successor starts before the predecessor leaves, for at least the required number of days, and the village is never without its post.',
    },
    clause: {
      ref: '五',
      zh: '到期轮换、压茬交接。',
      en: 'Rotate at the end of the term, with overlapping handover.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.3-fulltime',
    version: 'P17',
    kind: 'info',
    severity: 'info',
    section: 4,
    document: P17,
    title: { zh: '专职驻村，待遇不变', en: 'Full-time in the village, benefits unchanged' },
    message: {
      zh: '驻村期间不承担原单位工作；原有人事关系、各项待遇不变。',
      en: 'While stationed the cadre does no work for the original unit; personnel relations and benefits stay unchanged.',
    },
    clause: {
      ref: '二（三）、六（四）',
      zh: '干部驻村期间不承担原单位工作……确保全身心专职驻村帮扶……驻村期间原有人事关系、各项待遇不变。',
      en: 'Stationed cadres do no work for their units and work full time in the village; personnel relations and benefits stay unchanged.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-fulltime',
    version: 'P21',
    kind: 'info',
    severity: 'info',
    section: 4,
    document: P21,
    title: { zh: '不承担派出单位工作，待遇不变', en: 'No work for the unit, pay unchanged' },
    message: {
      zh: '驻村期间原人事关系、工资和福利待遇不变，不承担派出单位工作。',
      en: 'While stationed, personnel relations, salary and benefits stay unchanged and the cadre does no work for the unit.',
    },
    clause: {
      ref: '五',
      zh: '驻村期间，第一书记和工作队员原人事关系、工资和福利待遇不变，不承担派出单位工作',
      en: 'While stationed, personnel relations, salary and benefits are unchanged, and no work is done for the unit.',
      verbatim: true,
    },
  },
  {
    id: 'P17.2.3-partyrel',
    version: 'P17',
    kind: 'checklist',
    severity: null,
    section: 4,
    document: P17,
    title: { zh: '党员组织关系转到所驻村', en: 'Party relation moves to the village' },
    message: {
      zh: '请记录驻村干部党员组织关系转接到所驻贫困村。',
      en: 'Record the transfer of the cadre’s party-membership relation to the village.',
    },
    clause: {
      ref: '二（三）',
      zh: '党员组织关系转接到所驻贫困村',
      en: 'Party-membership relations move to the poor village.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-partyrel',
    version: 'P21',
    kind: 'checklist',
    severity: null,
    section: 4,
    document: P21,
    title: { zh: '党员组织关系转到村，不占村干部职数', en: 'Party relation moves; no village post' },
    message: {
      zh: '请记录党员组织关系转到村；驻村干部不占村干部职数，一般不参加村级组织换届选举。',
      en: 'Record the party-relation transfer to the village; the cadre holds no village cadre post and normally does not stand in village elections.',
    },
    clause: {
      ref: '五',
      zh: '党员组织关系转到村，不占村干部职数，一般不参加村级组织换届选举。',
      en: 'Party relations move to the village; cadres take no village cadre post and normally do not stand in village elections.',
      verbatim: true,
    },
  },

  // ── §5 Duties and tasks (主要任务) ───────────────────────────────────────────────────────────────
  {
    id: 'P17.3',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 5,
    document: P17,
    title: { zh: '驻村工作队十项主要任务', en: 'The ten tasks of a work team' },
    message: {
      zh: '工作任务按十项主要任务归类记录。',
      en: 'Tasks are recorded under the ten main tasks.',
    },
    clause: {
      ref: '三',
      zh: '（一）宣传贯彻党中央、国务院关于脱贫攻坚各项方针政策、决策部署、工作措施。……（十）帮助加强基层组织建设，推动落实管党治党政治责任，整顿村级软弱涣散党组织',
      en: 'Ten tasks, from publicising policy to strengthening grassroots organisations and cultivating local leaders.',
      verbatim: true,
    },
  },
  {
    id: 'P21.4',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 5,
    document: P21,
    title: { zh: '四项主要职责任务', en: 'The four duties' },
    message: {
      zh: '工作任务按四项职责归类：建强村党组织、推进强村富民、提升治理水平、为民办事服务。',
      en: 'Tasks are recorded under the four duties: party building, prosperity, governance, public service.',
    },
    clause: {
      ref: '四',
      zh: '（一）建强村党组织。……（二）推进强村富民。……（三）提升治理水平。……（四）为民办事服务。',
      en: 'Strengthen the village party organisation; strengthen the village and enrich the people; improve governance; serve the people.',
      verbatim: true,
    },
  },
  {
    id: 'P21.4-list',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 5,
    document: P21,
    title: { zh: '细化任务清单，帮办不代替', en: 'A task list per village; help, don’t replace' },
    message: {
      zh: '请为所驻村细化任务清单并抓好落实；与村“两委”共同工作，帮办不代替、到位不越位。',
      en: 'Keep a detailed task list for the village and carry it out; work with the village committees, helping without replacing them.',
    },
    clause: {
      ref: '四',
      zh: '第一书记和工作队要从派驻村实际出发，抓住主要矛盾，细化任务清单，认真抓好落实。……做到帮办不代替、到位不越位。',
      en: 'Teams turn the duties into a detailed task list for their village and carry it out, helping the village committees without replacing them.',
      verbatim: true,
    },
  },

  // ── §6 Daily management (日常管理) ───────────────────────────────────────────────────────────────
  {
    id: 'P17.4.1',
    version: 'P17',
    kind: 'roles',
    severity: null,
    section: 6,
    document: P17,
    title: {
      zh: '县级领导小组统筹、乡镇指导、专人负责',
      en: 'County leading group, township support, named staff',
    },
    message: {
      zh: '县级驻村工作领导小组统筹协调、督查考核；乡镇指导支持；县乡安排专人负责。',
      en: 'The county leading group coordinates and assesses; townships guide and support; named staff are responsible.',
    },
    clause: {
      ref: '四（一）',
      zh: '县级党委和政府承担驻村工作队日常管理职责，建立驻村工作领导小组，负责统筹协调、督查考核。……县乡党委和政府要安排专人具体负责。',
      en: 'County authorities manage the teams through a leading group that coordinates, supervises and assesses; county and township name responsible staff.',
      verbatim: true,
    },
  },
  {
    id: 'P17.4.2-meeting',
    version: 'P17',
    kind: 'schedule',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '每季度至少召开1次队长会议', en: 'A team-leader meeting every quarter' },
    message: {
      zh: '驻村工作领导小组每季度至少组织召开1次驻村工作队队长会议：本季度尚未召开，请安排。',
      en: 'The leading group holds at least one team-leader meeting a quarter: none yet this quarter, schedule one.',
    },
    clause: {
      ref: '四（二）',
      zh: '驻村工作领导小组每季度至少组织召开1次驻村工作队队长会议',
      en: 'The leading group convenes at least one team-leader meeting every quarter.',
      verbatim: true,
    },
  },
  {
    id: 'P17.4.2-attend',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '考勤管理', en: 'Attendance' },
    message: {
      zh: '记录驻村干部考勤，随时掌握在岗情况（按例外记账，不强制打卡）。',
      en: 'Keep attendance and know who is on post (a ledger by exception, no compulsory check-in).',
    },
    clause: {
      ref: '四（二）',
      zh: '建立考勤管理制度，明确驻村干部请销假报批程序，及时掌握和统计驻村干部在岗情况。',
      en: 'Keep attendance, define the leave procedure, and know the on-post status of cadres.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-attend',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 6,
    document: P21,
    title: { zh: '严格落实考勤制度', en: 'Attendance' },
    message: {
      zh: '记录驻村干部考勤，随时掌握在岗情况（按例外记账，不强制打卡）。',
      en: 'Keep attendance and know who is on post (a ledger by exception, no compulsory check-in).',
    },
    clause: {
      ref: '五',
      zh: '严格落实考勤、请销假、工作报告、纪律约束等制度。',
      en: 'Enforce attendance, leave, reporting and discipline rules.',
      verbatim: true,
    },
  },
  {
    id: 'P17.4.2-leave',
    version: 'P17',
    kind: 'workflow',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '请销假报批', en: 'Leave approval and return' },
    message: {
      zh: '请假须按程序报批，返岗须销假。',
      en: 'Leave needs approval through the defined procedure, and the return is reported.',
    },
    clause: {
      ref: '四（二）',
      zh: '明确驻村干部请销假报批程序',
      en: 'Define the procedure for requesting, approving and closing leave.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-leave',
    version: 'P21',
    kind: 'workflow',
    severity: null,
    section: 6,
    document: P21,
    title: { zh: '请销假制度', en: 'Leave approval and return' },
    message: {
      zh: '请假须按程序报批，返岗须销假。',
      en: 'Leave needs approval through the defined procedure, and the return is reported.',
    },
    clause: {
      ref: '五',
      zh: '严格落实考勤、请销假、工作报告、纪律约束等制度。',
      en: 'Enforce the leave rules.',
      verbatim: true,
    },
  },
  {
    id: 'P17.4.2-report',
    version: 'P17',
    kind: 'schedule',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '每半年报告思想、工作、学习情况', en: 'A report every half year' },
    message: {
      zh: '驻村工作队每半年向驻村工作领导小组报告思想、工作、学习情况：本半年报告尚未提交。',
      en: 'Each team reports on its thinking, work and study to the leading group every half year: this half-year’s report is missing.',
    },
    clause: {
      ref: '四（二）',
      zh: '建立工作报告制度，驻村工作队每半年向驻村工作领导小组报告思想、工作、学习情况。',
      en: 'Teams report to the leading group on their thinking, work and study every half year.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-unit-hear',
    version: 'P21',
    kind: 'schedule',
    severity: null,
    section: 6,
    document: P21,
    title: { zh: '派出单位每半年听取1次汇报', en: 'The unit hears a report every half year' },
    message: {
      zh: '派出单位每半年听取1次第一书记和工作队员汇报：本半年尚未听取。',
      en: 'The dispatching unit hears each of its cadres every half year: not yet this half-year.',
    },
    clause: {
      ref: '五',
      zh: '派出单位加强跟踪管理，每半年听取1次第一书记和工作队员汇报。',
      en: 'Dispatching units follow their cadres and hear a report from each every half year.',
      verbatim: true,
    },
  },
  {
    id: 'P17.4.2-discipline',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '纪律约束，防止形式主义', en: 'Discipline; no formalism' },
    message: { zh: '记录纪律事项；防止形式主义。', en: 'Record discipline matters; avoid formalism.' },
    clause: {
      ref: '四（二）',
      zh: '建立纪律约束制度，促进驻村干部遵规守纪、廉政勤政。要防止形式主义，用制度推动工作落实。',
      en: 'Discipline rules keep cadres honest and diligent; avoid formalism.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-discipline',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 6,
    document: P21,
    title: { zh: '纪律约束，力戒形式主义', en: 'Discipline; no formalism' },
    message: {
      zh: '记录纪律事项；力戒形式主义、官僚主义。',
      en: 'Record discipline matters; avoid formalism and bureaucratism.',
    },
    clause: {
      ref: '五、六',
      zh: '严格落实考勤、请销假、工作报告、纪律约束等制度。……力戒形式主义、官僚主义',
      en: 'Enforce discipline rules; avoid formalism and bureaucratism.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-talk',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 6,
    document: P21,
    title: { zh: '经常谈心谈话', en: 'Regular heart-to-heart talks' },
    message: {
      zh: '记录县乡及派出单位与驻村干部的谈心谈话。',
      en: 'Record talks between county, township and unit leaders and the cadres.',
    },
    clause: {
      ref: '六',
      zh: '县级党委组织部门、农办、农业农村部门及乡村振兴部门和乡镇（街道）党（工）委要经常与第一书记和工作队员谈心谈话',
      en: 'County departments and the township talk with first secretaries and members regularly.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.4-talk',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 6,
    document: P17,
    title: { zh: '经常谈心谈话', en: 'Regular heart-to-heart talks' },
    message: {
      zh: '记录县乡及派出单位负责人与驻村干部的谈心谈话。',
      en: 'Record talks between county, township and unit leaders and the cadres.',
    },
    clause: {
      ref: '六（四）',
      zh: '县乡两级党委和政府、派出单位负责人要经常与驻村干部谈心谈话，了解思想动态，激发工作热情。',
      en: 'County, township and unit leaders talk with stationed cadres regularly.',
      verbatim: true,
    },
  },

  // ── §7 Assessment (考核) ─────────────────────────────────────────────────────────────────────────
  {
    id: 'P17.5.1-annual',
    version: 'P17',
    kind: 'schedule',
    severity: null,
    section: 7,
    document: P17,
    title: { zh: '县级每年考核工作队', en: 'The county assesses each team every year' },
    message: {
      zh: '县级党委和政府每年对驻村工作队进行考核检查：本年度考核尚未完成。',
      en: 'The county assesses every team every year: this year’s assessment is not done.',
    },
    clause: {
      ref: '五（一）',
      zh: '县级党委和政府每年对驻村工作队进行考核检查',
      en: 'County authorities assess the teams every year.',
      verbatim: true,
    },
  },
  {
    id: 'P17.5.1-mix',
    version: 'P17',
    kind: 'calculation',
    severity: null,
    section: 7,
    document: P17,
    title: { zh: '考勤和考绩相结合', en: 'Attendance and performance combined' },
    message: {
      zh: '考核结合考勤和考绩，平时、年度、期满考核，工作总结与村民测评、村干部评议。',
      en: 'Assessment combines attendance and performance; routine, annual and term-end results; summary, villager evaluation and village-cadre review.',
    },
    clause: {
      ref: '五（一）',
      zh: '坚持考勤和考绩相结合，平时考核、年度考核与期满考核相结合，工作总结与村民测评、村干部评议相结合',
      en: 'Combine attendance with performance, routine with annual and term-end assessment, and the work summary with villagers’ and village cadres’ evaluations.',
      verbatim: true,
    },
  },
  {
    id: 'P17.5.1-record',
    version: 'P17',
    kind: 'workflow',
    severity: null,
    section: 7,
    document: P17,
    title: { zh: '年度考核结果送派出单位备案', en: 'Annual results go to the unit' },
    message: {
      zh: '年度考核结果须送派出单位备案。',
      en: 'Send the annual results to the dispatching unit for its records.',
    },
    clause: {
      ref: '五（一）',
      zh: '年度考核结果送派出单位备案。',
      en: 'Annual results are sent to the dispatching unit for its records.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-annual',
    version: 'P21',
    kind: 'workflow',
    severity: null,
    section: 7,
    document: P21,
    title: { zh: '驻村半年以上的进行年度考核', en: 'Annual assessment after half a year' },
    message: {
      zh: '驻村工作半年以上的，由县委组织部门会同农村工作部门和乡镇进行年度考核，听取派出单位意见，结果反馈派出单位。',
      en: 'Cadres stationed over half a year are assessed annually by the county organisation department with the rural departments and the township; the unit is heard and receives the result.',
    },
    clause: {
      ref: '五',
      zh: '驻村工作半年以上的，由所在县党委组织部门、农办、农业农村部门及乡村振兴部门会同乡镇（街道）党（工）委进行年度考核，以适当方式听取派出单位意见，考核结果反馈派出单位',
      en: 'Cadres stationed for more than half a year are assessed annually by the county departments with the township; the unit’s opinion is heard and the result fed back.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-termend',
    version: 'P21',
    kind: 'workflow',
    severity: null,
    section: 7,
    document: P21,
    title: { zh: '期满考核', en: 'Term-end assessment' },
    message: {
      zh: '期满考核由派出单位会同县级部门和乡镇进行。',
      en: 'The term-end assessment is done by the unit with the county departments and the township.',
    },
    clause: {
      ref: '五',
      zh: '期满考核由派出单位会同所在县党委组织部门、农办、农业农村部门及乡村振兴部门和乡镇（街道）党（工）委进行。',
      en: 'The dispatching unit conducts the term-end assessment with the county departments and the township.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-voices',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 7,
    document: P21,
    title: { zh: '听取村干部、党员、群众意见', en: 'Hear village cadres, members and villagers' },
    message: {
      zh: '考核须听取村干部、党员、群众意见。',
      en: 'Assessment hears village cadres, party members and villagers.',
    },
    clause: {
      ref: '五',
      zh: '考核过程中深入听取村干部、党员、群众意见，全面了解现实表现情况。',
      en: 'Assessment listens closely to village cadres, party members and the public.',
      verbatim: true,
    },
  },
  {
    id: 'P17.5.2',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 7,
    document: P17,
    title: { zh: '考核结果运用与表彰激励', en: 'Use of results; commendation' },
    message: {
      zh: '考核结果作为综合评价、评优评先、提拔使用的重要依据；成绩突出的可表彰并列为后备干部。',
      en: 'Results feed evaluation, awards and promotion; outstanding cadres may be commended and listed as reserve cadres.',
    },
    clause: {
      ref: '五（二）',
      zh: '考核结果作为驻村干部综合评价、评优评先、提拔使用的重要依据。对成绩突出、群众认可的驻村干部，按照有关规定予以表彰；符合条件的，列为后备干部，注重优先选拔使用。',
      en: 'Results are an important basis for evaluation, awards and promotion; outstanding cadres are commended and may be listed as reserve cadres.',
      verbatim: true,
    },
  },
  {
    id: 'P21.5-use',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 7,
    document: P21,
    title: { zh: '考核结果运用', en: 'Use of results' },
    message: {
      zh: '考核结果作为评先评优、提拔使用、晋升职级、评定职称的重要依据。',
      en: 'Results feed awards, promotion, rank and professional-title decisions.',
    },
    clause: {
      ref: '五',
      zh: '考核结果作为评先评优、提拔使用、晋升职级、评定职称的重要依据。',
      en: 'Results are an important basis for awards, promotion, rank and titles.',
      verbatim: true,
    },
  },
  {
    id: 'P17.5.3-recall',
    version: 'P17',
    kind: 'workflow',
    severity: null,
    section: 7,
    document: P17,
    title: { zh: '不胜任的召回调整', en: 'Recall of a cadre not fit for the work' },
    message: {
      zh: '驻村干部不胜任的，由驻村工作领导小组提出召回调整意见，派出单位及时召回调整。',
      en: 'For a cadre not fit for the work the leading group proposes a recall and the unit recalls promptly.',
    },
    clause: {
      ref: '五（三）',
      zh: '驻村干部不胜任驻村帮扶工作的，驻村工作领导小组提出召回调整意见，派出单位要及时召回调整。',
      en: 'Where a cadre is not fit for the work, the leading group proposes recall and adjustment and the unit recalls promptly.',
      verbatim: true,
    },
  },

  // ── §8 Organisation, supervision and support (组织保障) ─────────────────────────────────────────
  {
    id: 'P17.6.1',
    version: 'P17',
    kind: 'roles',
    severity: null,
    section: 8,
    document: P17,
    title: {
      zh: '省负总责、县统筹、财政保障经费',
      en: 'Province responsible, county allocates, finance funds',
    },
    message: {
      zh: '省级负总责，县级统筹配置驻村力量，地方财政提供工作经费。',
      en: 'The province bears overall responsibility; the county allocates people; local finance provides funds.',
    },
    clause: {
      ref: '六（一）',
      zh: '省级党委和政府对本行政区域内驻村工作队选派管理工作负总责。……县级党委和政府负责统筹配置驻村力量……地方财政部门要统筹安排，为驻村工作队提供必要的工作经费。',
      en: 'Provinces bear overall responsibility; counties allocate stationed forces; local finance provides working funds.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.2-inspect',
    version: 'P17',
    kind: 'workflow',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '督查抽查、通报整改', en: 'Inspection, bulletin, rectification' },
    message: {
      zh: '省级对驻村工作队督查抽查，在省内通报结果，督促整改到位。',
      en: 'The province inspects and spot-checks teams, publishes the results and follows rectification to the end.',
    },
    clause: {
      ref: '六（二）',
      zh: '省级党委和政府对本行政区域内驻村工作队进行督查抽查……要在省域范围内通报督查检查结果，并督促认真做好问题整改。',
      en: 'Provinces inspect and spot-check teams, publish the results province-wide and follow up on rectification.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-bind',
    version: 'P21',
    kind: 'schedule',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '责任捆绑，每年到村调研', en: 'Bound responsibility; a yearly visit' },
    message: {
      zh: '派出单位与所驻村责任捆绑，党委（党组）负责同志每年到村调研指导：本年度尚未到村。',
      en: 'The unit is bound to its village and its party leaders visit every year: no visit yet this year.',
    },
    clause: {
      ref: '六',
      zh: '派出单位与第一书记和工作队所在村实行责任捆绑，党委（党组）负责同志每年到村调研指导、推进工作。',
      en: 'Dispatching units are bound in responsibility to their villages; their party leaders visit every year.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-kpi',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '纳入实绩考核和述职评议', en: 'Counts in performance reviews' },
    message: {
      zh: '选派工作纳入乡村振兴实绩考核和党委（党组）书记抓基层党建述职评议。',
      en: 'Dispatching work counts in revitalisation performance reviews and party secretaries’ party-building reports.',
    },
    clause: {
      ref: '六',
      zh: '把选派工作纳入乡村振兴实绩考核、党委（党组）书记抓基层党建工作述职评议考核的内容。',
      en: 'Dispatching work is part of revitalisation performance assessment and of party secretaries’ party-building reviews.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.3-train',
    version: 'P17',
    kind: 'info',
    severity: 'info',
    section: 8,
    document: P17,
    title: { zh: '加强培训', en: 'Training' },
    message: {
      zh: '通过专题轮训、现场观摩、经验交流等方式加强培训（2017年意见未规定最少次数）。',
      en: 'Train cadres through courses, site visits and exchanges (the 2017 text sets no minimum).',
    },
    clause: {
      ref: '六（三）',
      zh: '各地要通过专题轮训、现场观摩、经验交流等方式，加大对脱贫攻坚方针政策、科技知识、市场信息等方面培训力度',
      en: 'Localities step up training on policy, science and market information through courses, site visits and exchanges.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-train',
    version: 'P21',
    kind: 'warn',
    severity: 'warn',
    section: 8,
    document: P21,
    title: {
      zh: '任期内至少参加1次县级以上培训',
      en: 'At least one training at county level or above per term',
    },
    message: {
      zh: '第一书记和工作队员原则上任期内至少参加1次县级以上培训：请在任期结束前安排，或填写理由。',
      en: 'First secretaries and members in principle attend at least one training at county level or above during the term: arrange one before the term ends, or record why not.',
    },
    clause: {
      ref: '六',
      zh: '分级负责开展培训，第一书记和工作队员原则上任期内至少参加1次县级以上培训。',
      en: 'Training by level; first secretaries and members in principle attend at least one training at county level or above per term.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.4-allow',
    version: 'P17',
    kind: 'calculation',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '生活补助和通信补贴', en: 'Living allowance and phone subsidy' },
    message: {
      zh: '生活补助参照差旅费中伙食补助费标准按驻村天数计发，另安排通信补贴。',
      en: 'The living allowance follows the travel meal-allowance standard per day in the village; a phone subsidy is added.',
    },
    clause: {
      ref: '六（四）',
      zh: '派出单位可利用公用经费，参照差旅费中伙食补助费标准给予生活补助，安排通信补贴',
      en: 'Units may pay a living allowance by the travel meal-allowance standard and a phone subsidy.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-allow',
    version: 'P21',
    kind: 'calculation',
    severity: null,
    section: 8,
    document: P21,
    title: {
      zh: '生活补助、通信补贴、地区性津贴',
      en: 'Living allowance, phone subsidy, regional allowance',
    },
    message: {
      zh: '生活补助参照差旅费中伙食补助费标准按驻村天数计发，另安排通信补贴；艰苦边远地区参照地区性津贴标准补助。',
      en: 'The living allowance follows the travel meal-allowance standard per day in the village; a phone subsidy; a regional allowance in hardship and remote areas.',
    },
    clause: {
      ref: '六',
      zh: '派出单位可参照差旅费中伙食补助费标准给予生活补助，安排通信补贴，派往艰苦边远地区的，还可参照所在地区同类同级人员的地区性津贴标准给予相应补助。',
      en: 'Units may pay a living allowance by the travel meal-allowance standard, a phone subsidy and, in hardship areas, a regional allowance.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.4-insure',
    version: 'P17',
    kind: 'schedule',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '每年办理人身意外伤害保险', en: 'Accident insurance every year' },
    message: {
      zh: '请为驻村干部每年办理人身意外伤害保险：保险即将或已经到期。',
      en: 'Insure each cadre against accidents every year: the policy is expiring or expired.',
    },
    clause: {
      ref: '六（四）',
      zh: '每年按规定为驻村的在职干部办理人身意外伤害保险',
      en: 'Personal accident insurance is bought every year.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-insure',
    version: 'P21',
    kind: 'schedule',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '办理任职期间人身意外伤害保险', en: 'Accident insurance for the term' },
    message: {
      zh: '请办理任职期间人身意外伤害保险：保险即将或已经到期。',
      en: 'Insure the cadre against accidents for the term: the policy is expiring or expired.',
    },
    clause: {
      ref: '六',
      zh: '办理任职期间人身意外伤害保险',
      en: 'Personal accident insurance for the term.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-exam',
    version: 'P21',
    kind: 'schedule',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '每年定期体检', en: 'A physical examination every year' },
    message: {
      zh: '请每年安排驻村干部定期体检：本年度尚未体检。',
      en: 'Arrange a yearly physical examination: none yet this year.',
    },
    clause: {
      ref: '六',
      zh: '每年安排定期体检',
      en: 'A regular physical examination every year.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.4-medical',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '医疗费由派出单位报销', en: 'Medical costs reimbursed by the unit' },
    message: {
      zh: '驻村期间医疗费由派出单位按规定报销。',
      en: 'Medical costs during the stay are reimbursed by the unit according to the rules.',
    },
    clause: {
      ref: '六（四）',
      zh: '干部驻村期间的医疗费，由派出单位按规定报销。',
      en: 'Medical costs are reimbursed by the unit.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-medical',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '按规定报销医疗费', en: 'Medical costs reimbursed' },
    message: { zh: '医疗费按规定报销。', en: 'Medical costs are reimbursed according to the rules.' },
    clause: {
      ref: '六',
      zh: '按规定报销医疗费。',
      en: 'Medical costs are reimbursed by the rules.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.4-injury',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '因公负伤救治、因公牺牲优抚', en: 'Injury and death on duty' },
    message: {
      zh: '因公负伤的做好救治康复，因公牺牲的做好亲属优抚。',
      en: 'Treat and rehabilitate cadres injured on duty; care for the families of those who die on duty.',
    },
    clause: {
      ref: '六（四）',
      zh: '对因公负伤的做好救治康复工作，对因公牺牲的做好亲属优抚工作。',
      en: 'Treatment and rehabilitation for injury on duty; care for the family after death on duty.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-funds',
    version: 'P21',
    kind: 'calculation',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '保证必要工作经费', en: 'Working funds' },
    message: {
      zh: '必要工作经费由地方财政统筹安排。',
      en: 'Necessary working funds are arranged by local finance.',
    },
    clause: {
      ref: '六',
      zh: '保证必要工作经费，具体由地方财政统筹安排。',
      en: 'Necessary working funds are guaranteed by local finance.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-burden',
    version: 'P21',
    kind: 'info',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '力戒形式主义，减轻基层负担', en: 'No formalism; lighten the grassroots’ burden' },
    message: {
      zh: '数据只录一次，报表由系统生成，不重复填报。',
      en: 'Enter data once; reports are generated from it, never filled in again.',
    },
    clause: {
      ref: '六',
      zh: '力戒形式主义、官僚主义，切实减轻基层负担。',
      en: 'Guard against formalism and bureaucratism; genuinely reduce the grassroots’ burden.',
      verbatim: true,
    },
  },
  {
    id: 'P17.6.3-publicise',
    version: 'P17',
    kind: 'records',
    severity: null,
    section: 8,
    document: P17,
    title: { zh: '宣传先进事迹', en: 'Publicise outstanding cases' },
    message: {
      zh: '记录并宣传驻村帮扶先进事迹和经验。',
      en: 'Record and publicise outstanding cases and experience.',
    },
    clause: {
      ref: '六（三）',
      zh: '要注重发现驻村帮扶先进事迹、有效做法和成功经验，加大宣传力度，树立鲜明导向',
      en: 'Find and publicise outstanding deeds, good practice and experience.',
      verbatim: true,
    },
  },
  {
    id: 'P21.6-publicise',
    version: 'P21',
    kind: 'records',
    severity: null,
    section: 8,
    document: P21,
    title: { zh: '宣传表彰先进典型', en: 'Publicise and commend outstanding cases' },
    message: {
      zh: '记录并宣传表彰第一书记和工作队员先进典型。',
      en: 'Record, publicise and commend outstanding first secretaries and members.',
    },
    clause: {
      ref: '六',
      zh: '注意总结工作中好经验好做法，宣传表彰第一书记和工作队员先进典型',
      en: 'Sum up good practice and publicise and commend outstanding first secretaries and members.',
      verbatim: true,
    },
  },

  // ── Other binding rules (RULES.md "Other binding rules the system must respect") ─────────────────
  {
    id: 'X19-burden',
    version: 'X',
    kind: 'info',
    severity: null,
    section: 'other',
    document: '2019-burden-notice',
    title: { zh: '留痕不等于实绩', en: 'Traces are not the measure of work' },
    message: {
      zh: '通过应用上传的截图或视频不能代替对实际工作的评价；记录和笔记不是衡量工作的标准。',
      en: 'Screenshots or videos uploaded through apps never replace the evaluation of real work; records are not the measure of work done.',
    },
    clause: {
      ref: '—',
      zh: '要点（非原文）：不得以工作留痕代替工作实绩，不以台账资料多少评价工作。',
      en: 'Summary: records and uploaded traces do not substitute for real work in evaluation.',
      verbatim: false,
    },
  },
  {
    id: 'X23-fingertip',
    version: 'X',
    kind: 'info',
    severity: null,
    section: 'other',
    document: '2023-fingertip-opinions',
    title: { zh: '防治“指尖上的形式主义”', en: 'No formalism at the fingertips' },
    message: {
      zh: '不把签到打卡、积分排名、在线时长设为强制功能；不要求不必要的截图、视频。',
      en: 'No compulsory check-in, points ranking or online-time features; no unnecessary screenshots or videos.',
    },
    clause: {
      ref: '—',
      zh: '要点（非原文）：政务应用程序原则上不将签到打卡、积分排名、在线时长等作为强制性功能，不搞不必要的截图、视频上传。',
      en: 'Summary: government apps in principle have no compulsory check-in, ranking or online-time features.',
      verbatim: false,
    },
  },
  {
    id: 'X24-rules',
    version: 'X',
    kind: 'info',
    severity: null,
    section: 'other',
    document: '2024-burden-rules',
    title: { zh: '整治形式主义为基层减负', en: 'Rectifying formalism, lightening the burden' },
    message: {
      zh: '填表报数不延伸到县级以下；拍照留痕、点赞、投票、学习时长不作为评价标准。',
      en: 'Form-filling and data reporting do not reach below county level; photos as traces, likes, votes and study time are not evaluation criteria.',
    },
    clause: {
      ref: '—',
      zh: '要点（非原文）：一个中央部门面向基层最多一个应用；填表报数不延伸到县级以下；不以拍照留痕等作为评价标准。',
      en: 'Summary: one grassroots app per central department; no form-filling below county level; no photo traces as criteria.',
      verbatim: false,
    },
  },
  {
    id: 'X26-apps',
    version: 'X',
    kind: 'info',
    severity: null,
    section: 'other',
    document: '2026-gov-apps-measures',
    title: { zh: '政务应用程序规范化管理', en: 'Government apps: standardised management' },
    message: {
      zh: '本系统部署在县级及以上；不设强制签到、积分排名、在线时长统计；不强制下载、定期登录；不作为考核主要载体；提供投诉建议功能。',
      en: 'Hosted at county level or above; no compulsory check-in, ranking or online-time statistics; no forced installs or log-ins; not the main vehicle of assessment; a complaints-and-suggestions function.',
    },
    clause: {
      ref: '第二条、第六条',
      zh: '要点（非原文）：县级以下单位原则上不建设政务应用程序；不得强制签到打卡、积分排名、在线时长统计（安全应急场景除外），不得强制下载安装、定期登录，不以应用为考核主要载体。',
      en: 'Summary: no apps below county level; no compulsory check-in, ranking or online-time statistics except for security and emergencies; no forced installs or log-ins.',
      verbatim: false,
    },
  },
  {
    id: 'PIPL-28',
    version: 'X',
    kind: 'info',
    severity: null,
    section: 'other',
    document: 'pipl',
    title: { zh: '敏感个人信息', en: 'Sensitive personal information' },
    message: {
      zh: '行踪轨迹、人脸、体检和医疗记录、身份证号属于敏感个人信息：仅为特定目的在必要时收集，加密、脱敏、查看留痕，不超期保存。',
      en: 'Location tracks, faces, health records and ID numbers are sensitive: collect only for a specific, necessary purpose; encrypt, mask, audit every reveal, keep no longer than needed.',
    },
    clause: {
      ref: '第二十八条、第二十九条',
      zh: '要点（非原文）：生物识别、医疗健康、行踪轨迹等为敏感个人信息，只有在具有特定目的和充分必要性并采取严格保护措施的情形下方可处理。',
      en: 'Summary: biometrics, health data and location tracks are sensitive personal information, processed only for a specific purpose, where necessary, under strict protection.',
      verbatim: false,
    },
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof catalogue)[number]['id'];

const byId: ReadonlyMap<string, Rule> = new Map(catalogue.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export const getRule = (id: string): Rule | undefined => byId.get(id);

/** The rule with a known id (typed, so a misspelt id does not compile). */
export const rule = (id: RuleId): Rule => byId.get(id) as Rule;

export const isRuleId = (id: string): id is RuleId => byId.has(id);

export interface RuleQuery {
  version?: RuleVersion;
  kind?: RuleKind;
  section?: RuleSection;
  /** Case-insensitive text to find in the id, title, message or clause (either language). */
  q?: string;
}

const haystack = (r: Rule) =>
  [r.id, r.title.zh, r.title.en, r.message.zh, r.message.en, r.clause.zh, r.clause.en]
    .join('\n')
    .toLowerCase();

/** Rules matching every given filter, in catalogue order. */
export function listRules(query: RuleQuery = {}): Rule[] {
  const q = query.q?.trim().toLowerCase();
  return catalogue.filter(
    (r: Rule) =>
      (query.version === undefined || r.version === query.version) &&
      (query.kind === undefined || r.kind === query.kind) &&
      (query.section === undefined || r.section === query.section) &&
      (!q || haystack(r).includes(q)),
  );
}
