import type { CheckName, NominationStatus, NominationView, StepName } from '../../api/nominations';

type Text = { zh: string; en: string };

// The words of the selection procedure (GLOSSARY.md, RULES.md §3).
export const statusLabels: Record<NominationStatus, Text> = {
  proposed: { zh: '已提出人选', en: 'Proposed' },
  checked: { zh: '已审核', en: 'Checked' },
  filed: { zh: '已备案', en: 'Filed' },
  decided: { zh: '已研究确定', en: 'Decided' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const statusColors: Record<NominationStatus, string> = {
  proposed: 'processing',
  checked: 'cyan',
  filed: 'geekblue',
  decided: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const roleLabels: Record<NominationView['role'], Text> = {
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  member: { zh: '工作队员', en: 'Team member' },
};

export const sourceLabels: Record<NominationView['source'], Text> = {
  recommendation: { zh: '组织推荐', en: 'Organisational recommendation' },
  application: { zh: '个人报名', en: 'Individual application' },
};

export const checkLabels: Record<CheckName, Text> = {
  political: { zh: '政治关', en: 'Political' },
  conduct: { zh: '品行关', en: 'Conduct' },
  ability: { zh: '能力关', en: 'Ability' },
  workStyle: { zh: '作风关', en: 'Work style' },
  integrity: { zh: '廉洁关', en: 'Integrity' },
};

/** Step names as the history records them ('check'), and as the buttons call them ('checks'). */
/** The five checks in the order the text names them (P21.3-checks). */
export const checkNames = Object.keys(checkLabels) as CheckName[];

const buttonStepLabels = {
  propose: { zh: '提出人选', en: 'Proposed' },
  check: { zh: '五关审核', en: 'Five checks' },
  checks: { zh: '五关审核', en: 'Five checks' },
  file: { zh: '备案', en: 'Filed' },
  decide: { zh: '研究确定', en: 'Decided' },
  reject: { zh: '不予选派', en: 'Rejected' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
} satisfies Record<StepName | 'check', Text>;

export const stepLabels: Record<string, Text> = {
  ...buttonStepLabels,
  // Matching placed the decided candidate in another need of the county (P21.3-compose, issue 9).
  move: { zh: '调整到另一选派需求', en: 'Moved to another need' },
};

export const coFilingLabels: Record<string, Text> = {
  ruralOffice: { zh: '农办', en: 'rural-work office' },
  agriDept: { zh: '农业农村部门', en: 'agriculture and rural affairs department' },
  revitalisationDept: { zh: '乡村振兴部门', en: 'rural revitalisation department' },
};
