// The names of leave kinds, leave statuses and trip kinds in both languages (GLOSSARY.md), for the desktop
// and the phone alike. Plain data with type-only imports, so the phone's bundle stays free of zod.
import type { LeaveKind, LeaveStatus, TripKind } from './contracts/attendance';

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
