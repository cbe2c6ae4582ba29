// Provincial parameters (RULES.md "Provincial parameters"): numbers the central texts leave to local
// measures. These are the defaults; the settings module stores each jurisdiction's values with the date
// they took effect and passes them in. Numbers the central texts do fix (1 year of party standing,
// 2 years of work, 2-year terms, team sizes) are not parameters: they live beside their rules.
export interface PolicyParameters {
  /** 年轻干部: age in completed years up to and including which a cadre counts as young (40岁以下). */
  youngAgeLine: number;
  /** 压茬交接: days predecessor and successor are both on post at a rotation. */
  handoverOverlapDays: number;
  /** P21.2-scope 加大选派力度: members besides the first secretary for a lifted village in a key assisted county. */
  keyCountyMembers: number;
  /** P21.2-reduce 适当缩减: members besides the first secretary where the consolidation task is light. */
  reducedMembers: number;
  /** P17.2.2-priority 加大选派干部力度: extra members for a deep-poverty village. */
  priorityExtraMembers: number;
}

export const defaultParameters: Readonly<PolicyParameters> = Object.freeze({
  youngAgeLine: 40,
  handoverOverlapDays: 7,
  keyCountyMembers: 3,
  reducedMembers: 1,
  priorityExtraMembers: 1,
});
