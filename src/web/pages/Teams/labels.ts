import type { EndReason, TeamRole } from '../../api/assignments';

type Text = { zh: string; en: string };

// The words of teams and terms (GLOSSARY.md, RULES.md §4).
export const teamRoleLabels: Record<TeamRole, Text> = {
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  leader: { zh: '队长', en: 'Team leader' },
  member: { zh: '工作队员', en: 'Team member' },
};

/** Tag colours of the roles (antd presets; the timeline's bars use their shade 6). */
export const teamRoleColors: Record<TeamRole, string> = {
  first_secretary: 'blue',
  leader: 'purple',
  member: 'cyan',
};

export const slotLabels: Record<'first_secretary' | 'member', Text> = {
  first_secretary: teamRoleLabels.first_secretary,
  member: teamRoleLabels.member,
};

export const endReasonLabels: Record<EndReason, Text> = {
  completed: { zh: '任期届满', en: 'Term completed' },
  rotated: { zh: '到期轮换', en: 'Rotated' },
  recalled: { zh: '召回调整', en: 'Recalled' },
  other: { zh: '其他原因', en: 'Other reason' },
};

/** Batch N of a village's teams: 第3批 / Batch 3. */
export const batchLabel = (batch: number): Text => ({ zh: `第${batch}批`, en: `Batch ${batch}` });
