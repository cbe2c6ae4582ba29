import type { RecallStatus } from '../../api/recalls';

type Text = { zh: string; en: string };

export const recallStatusLabels: Record<RecallStatus, Text> = {
  proposed: { zh: '待派出单位确认', en: 'Awaiting the unit' },
  confirmed: { zh: '已确认召回', en: 'Confirmed' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const recallStatusColors: Record<RecallStatus, string> = {
  proposed: 'orange',
  confirmed: 'red',
  withdrawn: 'default',
};
