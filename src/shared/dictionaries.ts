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

// ---- Registry: villages, units, cadres (GLOSSARY.md) ----

export const villageCategories = [
  'liftedFromPoverty',
  'registeredPoor',
  'deepPoverty',
  'relocationSite',
  'revitalisationDemo',
  'weakPartyOrg',
  'weakEconomy',
  'socialConflict',
  'lightConsolidation',
] as const;
export type VillageCategory = (typeof villageCategories)[number];

export const villageCategoryLabels: Record<VillageCategory, LocalisedText> = {
  liftedFromPoverty: { zh: '脱贫村', en: 'Lifted from poverty' },
  registeredPoor: { zh: '建档立卡贫困村', en: 'Registered poor village' },
  deepPoverty: { zh: '深度贫困村', en: 'Deep-poverty village' },
  relocationSite: { zh: '易地扶贫搬迁安置村（社区）', en: 'Relocation resettlement site' },
  revitalisationDemo: { zh: '乡村振兴任务重的村（示范）', en: 'Rural revitalisation demonstration village' },
  weakPartyOrg: { zh: '党组织软弱涣散村', en: 'Weak and lax party organisation' },
  weakEconomy: { zh: '产业基础薄弱、集体经济脆弱', en: 'Weak industry and collective economy' },
  socialConflict: { zh: '矛盾纠纷突出、社会发育滞后', en: 'Sharp disputes, lagging social development' },
  lightConsolidation: { zh: '巩固任务较轻', en: 'Light consolidation task' },
};

export const countyFlags = ['keyAssistedCounty'] as const;
export type CountyFlag = (typeof countyFlags)[number];

export const countyFlagLabels: Record<CountyFlag, LocalisedText> = {
  keyAssistedCounty: { zh: '乡村振兴重点帮扶县', en: 'Key assisted county for rural revitalisation' },
};

export const unitKinds = [
  'central_organ',
  'provincial_organ',
  'city_organ',
  'county_organ',
  'central_soe',
  'local_soe',
  'public_institution',
  'university',
  'financial_enterprise',
  'people_org',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels: Record<UnitKind, LocalisedText> = {
  central_organ: { zh: '中央和国家机关', en: 'Central organ' },
  provincial_organ: { zh: '省直机关', en: 'Provincial organ' },
  city_organ: { zh: '市直机关', en: 'City organ' },
  county_organ: { zh: '县直机关', en: 'County organ' },
  central_soe: { zh: '中央企业', en: 'Central state-owned enterprise' },
  local_soe: { zh: '地方国有企业', en: 'Local state-owned enterprise' },
  public_institution: { zh: '事业单位', en: 'Public institution' },
  university: { zh: '高校', en: 'University' },
  financial_enterprise: { zh: '金融企业', en: 'Financial enterprise' },
  people_org: { zh: '人民团体', en: "People's organisation" },
};

export const unitLevels = ['central', 'province', 'city', 'county'] as const;
export type UnitLevel = (typeof unitLevels)[number];

export const unitLevelLabels: Record<UnitLevel, LocalisedText> = {
  central: { zh: '中央', en: 'Central' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

export const pairingKinds = ['designated', 'paired', 'east_west'] as const;
export type PairingKind = (typeof pairingKinds)[number];

export const pairingKindLabels: Record<PairingKind, LocalisedText> = {
  designated: { zh: '中央单位定点帮扶', en: 'Central designated assistance' },
  paired: { zh: '对口支援', en: 'Paired assistance' },
  east_west: { zh: '东西部协作', en: 'East–west cooperation' },
};

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];

export const genderLabels: Record<Gender, LocalisedText> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

export const partyStatuses = ['full', 'probationary', 'none'] as const;
export type PartyStatus = (typeof partyStatuses)[number];

export const partyStatusLabels: Record<PartyStatus, LocalisedText> = {
  full: { zh: '中共正式党员', en: 'Full CPC member' },
  probationary: { zh: '中共预备党员', en: 'Probationary CPC member' },
  none: { zh: '非党员', en: 'Not a party member' },
};

export const strengths = ['party_mass', 'economic', 'social'] as const;
export type Strength = (typeof strengths)[number];

export const strengthLabels: Record<Strength, LocalisedText> = {
  party_mass: { zh: '党群工作', en: 'Party and mass work' },
  economic: { zh: '经济工作', en: 'Economic work' },
  social: { zh: '社会工作', en: 'Social work' },
};

export const ranks = ['bureau', 'division', 'section', 'staff'] as const;
export type Rank = (typeof ranks)[number];

export const rankLabels: Record<Rank, LocalisedText> = {
  bureau: { zh: '厅局级', en: 'Bureau level' },
  division: { zh: '处级', en: 'Division level' },
  section: { zh: '科级', en: 'Section level' },
  staff: { zh: '科员及以下', en: 'Staff (below section level)' },
};
