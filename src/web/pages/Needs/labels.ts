import type { NeedStatus } from '../../api/needs';

export const needStatusLabels: Record<NeedStatus, { zh: string; en: string }> = {
  open: { zh: '未完成', en: 'Open' },
  filled: { zh: '已满足', en: 'Filled' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const needStatusColors: Record<NeedStatus, string> = {
  open: 'processing',
  filled: 'success',
  closed: 'default',
};
