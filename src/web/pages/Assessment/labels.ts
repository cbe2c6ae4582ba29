import type { Component, Grade } from '../../api/assessment';

export const gradeColors: Record<Grade, string> = {
  excellent: 'green',
  competent: 'blue',
  basically_competent: 'orange',
  incompetent: 'red',
};
export const grades: Grade[] = ['excellent', 'competent', 'basically_competent', 'incompetent'];
export const componentNames: Record<Component, { zh: string; en: string }> = {
  attendance: { zh: '考勤', en: 'Attendance' },
  performance: { zh: '考绩', en: 'Performance' },
  summary: { zh: '工作总结', en: 'Work summary' },
  villagers: { zh: '村民测评', en: 'Villagers' },
  villageCadres: { zh: '村干部评议', en: 'Village cadres' },
};
export const components = Object.keys(componentNames) as Component[];
export const kindNames = {
  annual: { zh: '年度考核', en: 'Annual' },
  term_end: { zh: '期满考核', en: 'Term-end' },
} as const;
export const outcomeKinds: { value: string; zh: string; en: string }[] = [
  { value: 'commendation', zh: '表彰', en: 'Commendation' },
  { value: 'reserve_listing', zh: '列为后备干部', en: 'Reserve-cadre listing' },
  { value: 'promotion_reference', zh: '提拔使用参考', en: 'Promotion reference' },
  { value: 'criticism', zh: '批评教育', en: 'Criticism' },
  { value: 'recall_proposal', zh: '召回调整（提出召回意见）', en: 'Recall proposal' },
  { value: 'serious_handling', zh: '严肃处理', en: 'Serious handling' },
  { value: 'unit_accountability', zh: '派出单位负责同志问责', en: 'Unit accountability' },
  { value: 'other', zh: '其他', en: 'Other' },
];
