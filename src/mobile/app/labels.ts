// Names of the attendance and task values, in both languages (GLOSSARY.md).
import { leaveKindLabels } from '../../shared/attendance-labels';
import type { LeaveKind } from '../../shared/contracts/attendance';

export { leaveKindLabels, leaveStatusLabels, tripKindLabels } from '../../shared/attendance-labels';

type Text = { zh: string; en: string };

/** Every kind, in the contract's order (kept here: the contract module would bring zod into the bundle). */
export const leaveKinds = Object.keys(leaveKindLabels) as LeaveKind[];
/** The three asked most: the first tap of "leave in three taps". */
export const commonLeaveKinds: LeaveKind[] = ['personal', 'sick', 'annual', 'family_visit'];

export const teamRoleLabels: Record<string, Text> = {
  first_secretary: { zh: '第一书记', en: 'First secretary' },
  leader: { zh: '工作队队长', en: 'Team leader' },
  member: { zh: '工作队员', en: 'Team member' },
};

export const approverLabels: Record<'township' | 'county', Text> = {
  township: { zh: '乡镇党委审批', en: 'the township party committee approves' },
  county: {
    zh: '乡镇党委提出意见，县委组织部审批',
    en: 'the township gives its opinion, the county approves',
  },
};
