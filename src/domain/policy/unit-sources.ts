// Which dispatching units may send cadres (P17.2.3-source, P21.3-source), kind by kind, with the words of
// the text that admit each. Decided here because the two texts list sources differently:
//   P17 二（三）: 县级以上各级机关、国有企业、事业单位要选派……人员参加驻村帮扶工作。
//   P21 三: 主要从省市县机关优秀干部、年轻干部，国有企业、事业单位优秀人员和以往因年龄原因从领导岗位上调整下来、
//           尚未退休的干部中选派……中央和国家机关各部委、人民团体、中管金融企业、国有重要骨干企业和高等学校
//           (those with assistance tasks each send at least one first secretary).
// Universities: the 2017 text does not name them; public universities are public institutions (事业单位)
// and so are admitted under P17; the 2021 text names them (高等学校). Financial enterprises: admitted as
// state-owned enterprises under P17 and named (中管金融企业) under P21 — the registry's kind means a
// state-owned financial enterprise; a private one is not a dispatching unit. People's organisations:
// under P17 their organs (群团机关, staffed under the Civil Servant Law by reference) are organs (机关) at
// their level; under P21 they are named (人民团体). Every level of the registry (central, province, city,
// county) is "county level and above". A kind or level outside these lists is refused.
import type { LocalisedText } from '../../shared/errors';
import type { PolicyVersion } from './versions';

// The registry's unit kinds and levels (GLOSSARY); one list, shared with the API and the web app.
export { type UnitKind, type UnitLevel, unitKinds, unitLevels } from '../../shared/dictionaries';

import { type UnitKind, unitKinds, unitLevels } from '../../shared/dictionaries';

export type SourceCategory =
  | 'organ'
  | 'soe'
  | 'public_institution'
  | 'university'
  | 'financial'
  | 'people_org';

export interface SourceBasis {
  category: SourceCategory;
  /** The words of the text that admit this kind. */
  basis: LocalisedText;
}

const organ17: SourceBasis = {
  category: 'organ',
  basis: { zh: '县级以上各级机关', en: 'organs at county level and above' },
};
const soe17: SourceBasis = { category: 'soe', basis: { zh: '国有企业', en: 'state-owned enterprises' } };
const pi17: SourceBasis = {
  category: 'public_institution',
  basis: { zh: '事业单位', en: 'public institutions' },
};

export const admittedSources: Record<PolicyVersion, Record<UnitKind, SourceBasis>> = {
  P17: {
    central_organ: organ17,
    provincial_organ: organ17,
    city_organ: organ17,
    county_organ: organ17,
    central_soe: soe17,
    local_soe: soe17,
    public_institution: pi17,
    university: {
      category: 'public_institution',
      basis: { zh: '事业单位（公办高等学校）', en: 'public institutions (public universities)' },
    },
    financial_enterprise: {
      category: 'soe',
      basis: {
        zh: '国有企业（国有金融企业）',
        en: 'state-owned enterprises (state-owned financial enterprises)',
      },
    },
    people_org: {
      category: 'organ',
      basis: {
        zh: '县级以上各级机关（人民团体机关）',
        en: 'organs at county level and above (people’s organisations)',
      },
    },
  },
  P21: {
    central_organ: {
      category: 'organ',
      basis: { zh: '中央和国家机关各部委', en: 'central and state organs' },
    },
    provincial_organ: {
      category: 'organ',
      basis: { zh: '省市县机关', en: 'provincial, city and county organs' },
    },
    city_organ: { category: 'organ', basis: { zh: '省市县机关', en: 'provincial, city and county organs' } },
    county_organ: {
      category: 'organ',
      basis: { zh: '省市县机关', en: 'provincial, city and county organs' },
    },
    central_soe: {
      category: 'soe',
      basis: { zh: '国有企业、国有重要骨干企业', en: 'state-owned and key state-owned enterprises' },
    },
    local_soe: { category: 'soe', basis: { zh: '国有企业', en: 'state-owned enterprises' } },
    public_institution: {
      category: 'public_institution',
      basis: { zh: '事业单位', en: 'public institutions' },
    },
    university: { category: 'university', basis: { zh: '高等学校', en: 'universities' } },
    financial_enterprise: {
      category: 'financial',
      basis: {
        zh: '中管金融企业、国有企业',
        en: 'centrally managed financial enterprises, state-owned enterprises',
      },
    },
    people_org: { category: 'people_org', basis: { zh: '人民团体', en: 'people’s organisations' } },
  },
};

/** How the text admits a unit as a source, or null if it does not. */
export function sourceBasis(version: PolicyVersion, kind: string, level: string): SourceBasis | null {
  if (!(unitLevels as readonly string[]).includes(level)) return null;
  return (unitKinds as readonly string[]).includes(kind) ? admittedSources[version][kind as UnitKind] : null;
}
