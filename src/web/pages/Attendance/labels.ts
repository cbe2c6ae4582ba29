import type {
  DayStatus,
  LeaveApprover,
  LeaveStatus,
  TripStatus,
  VerificationFinding,
  VerificationMethod,
} from '../../api/attendance';

export { leaveKindLabels, leaveStatusLabels, tripKindLabels } from '../../../shared/attendance-labels';

type Text = { zh: string; en: string };

export const dayStatusLabels: Record<DayStatus, Text> = {
  in_village: { zh: '在村', en: 'In the village' },
  in_village_rest_day: { zh: '休息日在村', en: 'Stayed on a rest day' },
  rest: { zh: '休息', en: 'Rest day' },
  leave: { zh: '请假', en: 'Leave' },
  official_trip: { zh: '公务出差', en: 'Official trip' },
  training: { zh: '培训', en: 'Training' },
  absent: { zh: '缺勤', en: 'Absent' },
  not_on_post: { zh: '不在任期内', en: 'Not on post' },
};

/** Calm colours: a day is information, not a score (X23-fingertip). Absence alone is red. */
export const dayStatusColors: Record<DayStatus, { bg: string; fg: string; tag: string }> = {
  in_village: { bg: '#e6f4ff', fg: '#0958d9', tag: 'blue' },
  in_village_rest_day: { bg: '#d6e4ff', fg: '#1d39c4', tag: 'geekblue' },
  rest: { bg: '#f5f5f5', fg: '#8c8c8c', tag: 'default' },
  leave: { bg: '#fff7e6', fg: '#d46b08', tag: 'orange' },
  official_trip: { bg: '#f9f0ff', fg: '#531dab', tag: 'purple' },
  training: { bg: '#e6fffb', fg: '#08979c', tag: 'cyan' },
  absent: { bg: '#fff1f0', fg: '#cf1322', tag: 'red' },
  not_on_post: { bg: '#fafafa', fg: '#bfbfbf', tag: 'default' },
};

export const leaveStatusColors: Record<LeaveStatus, string> = {
  pending: 'gold',
  pending_county: 'orange',
  approved: 'green',
  rejected: 'red',
  cancelled: 'default',
  returned: 'blue',
};

export const tripStatusLabels: Record<TripStatus, Text> = {
  pending: { zh: '待乡镇审批', en: 'Awaiting the township' },
  reported: { zh: '已报备', en: 'Reported' },
  rejected: { zh: '未批准', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const tripStatusColors: Record<TripStatus, string> = {
  pending: 'gold',
  reported: 'green',
  rejected: 'red',
  withdrawn: 'default',
};

export const approverLabels: Record<LeaveApprover, Text> = {
  township: { zh: '乡镇党委审批', en: 'Township party committee' },
  county: {
    zh: '乡镇提出意见，县委组织部审批',
    en: 'Township opinion, then the county organisation department',
  },
};

export const approverShort: Record<LeaveApprover, Text> = {
  township: { zh: '乡镇', en: 'Township' },
  county: { zh: '县级', en: 'County' },
};

export const methodLabels: Record<VerificationMethod, Text> = {
  visit: { zh: '实地走访', en: 'Visit' },
  phone: { zh: '电话抽查', en: 'Phone call' },
  video: { zh: '视频连线', en: 'Video call' },
};

export const findingLabels: Record<VerificationFinding, Text> = {
  present: { zh: '在岗', en: 'Present' },
  absent: { zh: '不在岗', en: 'Absent' },
};

/** Where a day's status came from, in words ("推定在村", "请假（已批准）" …). */
export function sourceText(source: string, status: DayStatus): Text {
  const kind = source.split(':')[0];
  switch (kind) {
    case 'presumed':
      return { zh: '推定在村（无例外记录）', en: 'Presumed in the village (no exception recorded)' };
    case 'calendar':
      return { zh: '休息日、节假日（工作日历）', en: 'Rest day or holiday (work calendar)' };
    case 'leave':
      return status === 'absent'
        ? { zh: '请假到期未销假', en: 'Leave ended without a return report' }
        : { zh: '请假（已批准）', en: 'Leave (approved)' };
    case 'trip':
    case 'official_trip':
      return status === 'training'
        ? { zh: '培训（已报备）', en: 'Training (reported)' }
        : { zh: '公务出差（已报备）', en: 'Official trip (reported)' };
    case 'training':
      return { zh: '培训（已报备）', en: 'Training (reported)' };
    case 'verification':
      return status === 'absent'
        ? { zh: '核查发现不在岗', en: 'A verification found the cadre absent' }
        : { zh: '核查记录', en: 'Verification record' };
    case 'rest_day_stay':
      return { zh: '本人登记休息日在村', en: 'Recorded by the cadre: stayed on a rest day' };
    case 'overdue_return':
      return { zh: '请假到期未销假', en: 'Leave ended without a return report' };
    case 'excused':
      return { zh: '缺勤说明已被乡镇采纳', en: 'Explanation accepted by the township' };
    case 'not_on_post':
    case 'assignment':
      return { zh: '不在本任期内', en: 'Outside the assignment' };
    default:
      return { zh: source, en: source };
  }
}

/** The record a day's source names (`leave:<id>` → `<id>`), if any. */
export const sourceRecordId = (source: string) => {
  const i = source.indexOf(':');
  return i < 0 ? null : source.slice(i + 1);
};
