import type {
  PairingKind,
  Rank,
  Strength,
  UnitKind,
  UnitLevel,
  VillageCategory,
} from '../../shared/dictionaries';

// Demo data for 开阳县 (520121): plausible, generated, and marked as demo. Unit names of real organs are
// generic; the ones whose relation to the county is invented say （演示）.

export const DEMO_COUNTY = '520121';

export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  regionCode: string;
  parent?: string;
  /** Relative share of the cadre pool. */
  weight: number;
}

export const demoUnits: DemoUnit[] = [
  {
    key: 'central',
    name: '中央和国家机关某部（演示）',
    kind: 'central_organ',
    level: 'central',
    regionCode: '11',
    weight: 4,
  },
  {
    key: 'centralSoe',
    name: '某中央能源企业集团有限公司（演示）',
    kind: 'central_soe',
    level: 'central',
    regionCode: '11',
    weight: 3,
  },
  {
    key: 'centralBank',
    name: '某国有大型商业银行贵州省分行（演示）',
    kind: 'financial_enterprise',
    level: 'province',
    regionCode: '52',
    weight: 3,
  },
  {
    key: 'eastCity',
    name: '某东部城市东西部协作办公室（演示）',
    kind: 'city_organ',
    level: 'city',
    regionCode: '4401',
    weight: 2,
  },
  {
    key: 'provAgri',
    name: '贵州省农业农村厅',
    kind: 'provincial_organ',
    level: 'province',
    regionCode: '52',
    weight: 5,
  },
  {
    key: 'provRural',
    name: '贵州省乡村振兴局',
    kind: 'provincial_organ',
    level: 'province',
    regionCode: '52',
    parent: 'provAgri',
    weight: 4,
  },
  {
    key: 'provTransport',
    name: '贵州省交通运输厅',
    kind: 'provincial_organ',
    level: 'province',
    regionCode: '52',
    weight: 3,
  },
  {
    key: 'provUniversity',
    name: '贵州大学',
    kind: 'university',
    level: 'province',
    regionCode: '5201',
    weight: 5,
  },
  {
    key: 'provHospital',
    name: '贵州省人民医院',
    kind: 'public_institution',
    level: 'province',
    regionCode: '5201',
    weight: 3,
  },
  {
    key: 'provSoe',
    name: '贵州某能源集团有限公司（演示）',
    kind: 'local_soe',
    level: 'province',
    regionCode: '52',
    weight: 3,
  },
  {
    key: 'provWomen',
    name: '贵州省妇女联合会',
    kind: 'people_org',
    level: 'province',
    regionCode: '52',
    weight: 2,
  },
  {
    key: 'cityOrg',
    name: '中共贵阳市委组织部',
    kind: 'city_organ',
    level: 'city',
    regionCode: '5201',
    weight: 2,
  },
  {
    key: 'cityAgri',
    name: '贵阳市农业农村局',
    kind: 'city_organ',
    level: 'city',
    regionCode: '5201',
    weight: 4,
  },
  {
    key: 'cityEnv',
    name: '贵阳市生态环境局',
    kind: 'city_organ',
    level: 'city',
    regionCode: '5201',
    weight: 3,
  },
  { key: 'cityCollege', name: '贵阳学院', kind: 'university', level: 'city', regionCode: '5201', weight: 3 },
  {
    key: 'citySoe',
    name: '贵阳市某产业投资集团有限公司（演示）',
    kind: 'local_soe',
    level: 'city',
    regionCode: '5201',
    weight: 3,
  },
  {
    key: 'cityHospital',
    name: '贵阳市第一人民医院',
    kind: 'public_institution',
    level: 'city',
    regionCode: '5201',
    weight: 2,
  },
  {
    key: 'countyOrg',
    name: '中共开阳县委组织部',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 4,
  },
  {
    key: 'countyAgri',
    name: '开阳县农业农村局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 12,
  },
  {
    key: 'countyFinance',
    name: '开阳县财政局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 6,
  },
  {
    key: 'countyEducation',
    name: '开阳县教育局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 8,
  },
  {
    key: 'countyHealth',
    name: '开阳县卫生健康局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 6,
  },
  {
    key: 'countyHospital',
    name: '开阳县人民医院',
    kind: 'public_institution',
    level: 'county',
    regionCode: DEMO_COUNTY,
    parent: 'countyHealth',
    weight: 5,
  },
  {
    key: 'countyTransport',
    name: '开阳县交通运输局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 5,
  },
  {
    key: 'countyResources',
    name: '开阳县自然资源局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 5,
  },
  {
    key: 'countyWater',
    name: '开阳县水务局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 5,
  },
  {
    key: 'countyMarket',
    name: '开阳县市场监督管理局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 4,
  },
  {
    key: 'countyCivil',
    name: '开阳县民政局',
    kind: 'county_organ',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 4,
  },
  {
    key: 'countySoe',
    name: '开阳县某磷化工有限公司（演示）',
    kind: 'local_soe',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 4,
  },
  {
    key: 'countyCredit',
    name: '开阳县农村信用合作联社',
    kind: 'financial_enterprise',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 3,
  },
  {
    key: 'countyYouth',
    name: '共青团开阳县委员会',
    kind: 'people_org',
    level: 'county',
    regionCode: DEMO_COUNTY,
    weight: 2,
  },
];

export const demoPairings: { unit: string; kind: PairingKind; target: string; from: string; to?: string }[] =
  [
    { unit: 'central', kind: 'designated', target: DEMO_COUNTY, from: '2015-06-01' },
    { unit: 'centralSoe', kind: 'designated', target: DEMO_COUNTY, from: '2016-01-01', to: '2020-12-31' },
    { unit: 'eastCity', kind: 'east_west', target: DEMO_COUNTY, from: '2021-01-01' },
    { unit: 'provUniversity', kind: 'paired', target: '520121101200', from: '2021-06-01' },
  ];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林'.split('');
export const GIVEN_MALE = [
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '平',
  '建华',
  '志强',
  '国庆',
  '海涛',
  '文博',
  '俊杰',
];
export const GIVEN_FEMALE = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '秀英',
  '桂英',
  '晓燕',
  '丽娟',
  '雪梅',
  '思雨',
  '欣怡',
  '婷',
];

/** Places of household registration for the demo ID numbers (counties of Guizhou). */
export const BIRTH_REGIONS = ['520121', '520122', '520123', '520181', '520102', '520103', '520111', '520112'];

export const RANKS: (Rank | null)[] = [
  'division',
  'section',
  'section',
  'section',
  'staff',
  'staff',
  'staff',
  null,
];
export const STRENGTH_SETS: Strength[][] = [
  ['party_mass'],
  ['economic'],
  ['social'],
  ['party_mass', 'economic'],
  ['economic', 'social'],
  ['party_mass', 'social'],
];

/** A village's category history, chosen from its position in a seeded sequence. */
export function categoriesFor(
  rand: () => number,
  isCommunity: boolean,
): { category: VillageCategory; from: string; to: string | null }[] {
  const out: { category: VillageCategory; from: string; to: string | null }[] = [];
  const r = rand();
  if (!isCommunity && r < 0.35) {
    out.push({ category: 'registeredPoor', from: '2017-01-01', to: '2020-12-31' });
    if (rand() < 0.2) out.push({ category: 'deepPoverty', from: '2017-01-01', to: '2020-12-31' });
    out.push({ category: 'liftedFromPoverty', from: '2021-01-01', to: null });
    // A light consolidation task is a trait of a lifted village (P21.2-reduce), never of another one.
    if (rand() < 0.25) out.push({ category: 'lightConsolidation', from: '2021-06-01', to: null });
  }
  if (isCommunity && rand() < 0.4) out.push({ category: 'relocationSite', from: '2018-06-01', to: null });
  const w = rand();
  if (w < 0.06) out.push({ category: 'weakPartyOrg', from: '2019-03-01', to: '2021-02-28' });
  else if (w < 0.1) out.push({ category: 'weakPartyOrg', from: '2024-03-01', to: null });
  if (!isCommunity && rand() < 0.15) out.push({ category: 'weakEconomy', from: '2021-01-01', to: null });
  if (rand() < 0.05) out.push({ category: 'socialConflict', from: '2022-01-01', to: null });
  if (!isCommunity && rand() < 0.05)
    out.push({ category: 'revitalisationDemo', from: '2022-01-01', to: null });
  return out;
}

/** A small deterministic generator (mulberry32), so the demo county is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
