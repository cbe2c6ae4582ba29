// Names of the attendance and task values, in both languages (GLOSSARY.md).
import type { LeaveKind, LeaveStatus, TripKind } from '../../shared/contracts/attendance';

type Text = { zh: string; en: string };

export const leaveKindLabels: Record<LeaveKind, Text> = {
  personal: { zh: '事假', en: 'Personal' },
  sick: { zh: '病假', en: 'Sick' },
  annual: { zh: '年休假', en: 'Annual' },
  marriage: { zh: '婚假', en: 'Marriage' },
  bereavement: { zh: '丧假', en: 'Bereavement' },
  maternity: { zh: '产假', en: 'Maternity' },
  paternity: { zh: '陪产假', en: 'Paternity' },
  family_visit: { zh: '探亲假', en: 'Family visit' },
  other: { zh: '其他', en: 'Other' },
};
/** Every kind, in the contract's order (kept here: the contract module would bring zod into the bundle). */
export const leaveKinds = Object.keys(leaveKindLabels) as LeaveKind[];
/** The three asked most: the first tap of "leave in three taps". */
export const commonLeaveKinds: LeaveKind[] = ['personal', 'sick', 'annual', 'family_visit'];

export const leaveStatusLabels: Record<LeaveStatus, Text> = {
  pending: { zh: '待乡镇审批', en: 'Awaiting the township' },
  pending_county: { zh: '待县委组织部审批', en: 'Awaiting the county' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '未批准', en: 'Rejected' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
  returned: { zh: '已销假', en: 'Returned' },
};

export const tripKindLabels: Record<TripKind, Text> = {
  trip: { zh: '公务出差', en: 'Official trip' },
  training: { zh: '培训', en: 'Training' },
};

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
