import type { LocalisedText } from './errors';

// Enumerations with their Chinese and English labels (GLOSSARY.md), used by server and web.
export const roles = [
  'sys_admin',
  'org_admin',
  'leading_group',
  'township',
  'unit_hr',
  'unit_committee',
  'cadre',
  'village_committee',
  'inspector',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, LocalisedText> = {
  sys_admin: { zh: '系统管理员', en: 'System administrator' },
  org_admin: { zh: '组织部门管理员', en: 'Organisation department administrator' },
  leading_group: { zh: '驻村工作领导小组', en: 'County leading group' },
  township: { zh: '乡镇（街道）党（工）委', en: 'Township party committee' },
  unit_hr: { zh: '派出单位组织人事部门', en: 'Dispatching unit personnel department' },
  unit_committee: { zh: '派出单位党委（党组）', en: 'Dispatching unit party committee' },
  cadre: { zh: '驻村干部', en: 'Stationed cadre' },
  village_committee: { zh: '村“两委”', en: 'Village committees' },
  inspector: { zh: '督查人员（只读）', en: 'Inspector (read-only)' },
};

export const regionLevels = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];

export const regionLevelLabels: Record<RegionLevel, LocalisedText> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '地级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡级', en: 'Township' },
  village: { zh: '村级', en: 'Village' },
};

/** Code length of each level: 2 / 4 / 6 / 9 / 12 digits. */
export const regionCodeLength: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

export const levelFromNumber = (n: number): RegionLevel => regionLevels[n - 1] ?? 'village';
export const levelToNumber = (level: RegionLevel): number => regionLevels.indexOf(level) + 1;

/** The national scope: every region of the country. */
export const NATIONAL = '*';
