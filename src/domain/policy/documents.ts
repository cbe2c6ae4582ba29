import type { LocalisedText } from '../../shared/errors';

// The documents the catalogue cites. The two central texts are kept verbatim in ./sources/ so that every
// quoted clause can be checked against them (catalogue.test.ts).
export const policyDocumentIds = [
  '2017-guiding-opinions',
  '2021-opinions',
  '2019-burden-notice',
  '2023-fingertip-opinions',
  '2024-burden-rules',
  '2026-gov-apps-measures',
  'pipl',
] as const;
export type PolicyDocumentId = (typeof policyDocumentIds)[number];

export interface PolicyDocument {
  id: PolicyDocumentId;
  title: LocalisedText;
  issuer: LocalisedText;
  published: string;
  /** File under ./sources/ with the full Chinese text, where the repository holds it. */
  source: string | null;
}

export const policyDocuments: Record<PolicyDocumentId, PolicyDocument> = {
  '2017-guiding-opinions': {
    id: '2017-guiding-opinions',
    title: {
      zh: '《关于加强贫困村驻村工作队选派管理工作的指导意见》',
      en: 'Guiding Opinions on Strengthening the Selection and Management of Work Teams Stationed in Poor Villages',
    },
    issuer: {
      zh: '中共中央办公厅　国务院办公厅',
      en: 'General Offices of the CPC Central Committee and the State Council',
    },
    published: '2017-12-24',
    source: '2017-guiding-opinions.zh.txt',
  },
  '2021-opinions': {
    id: '2021-opinions',
    title: {
      zh: '《关于向重点乡村持续选派驻村第一书记和工作队的意见》',
      en: 'Opinions on Continuing to Send First Secretaries and Work Teams to Key Villages',
    },
    issuer: { zh: '中共中央办公厅', en: 'General Office of the CPC Central Committee' },
    published: '2021-05-11',
    source: '2021-opinions.zh.txt',
  },
  '2019-burden-notice': {
    id: '2019-burden-notice',
    title: {
      zh: '《关于解决形式主义突出问题为基层减负的通知》',
      en: 'Notice on Solving Prominent Problems of Formalism and Reducing the Burden on the Grassroots',
    },
    issuer: { zh: '中共中央办公厅', en: 'General Office of the CPC Central Committee' },
    published: '2019',
    source: null,
  },
  '2023-fingertip-opinions': {
    id: '2023-fingertip-opinions',
    title: {
      zh: '关于防治“指尖上的形式主义”的意见（2023年）',
      en: 'Opinions on preventing formalism at the fingertips (2023)',
    },
    issuer: { zh: '中央网络安全和信息化委员会', en: 'Central Cyberspace Affairs Commission' },
    published: '2023',
    source: null,
  },
  '2024-burden-rules': {
    id: '2024-burden-rules',
    title: {
      zh: '《整治形式主义为基层减负若干规定》',
      en: 'Provisions on Rectifying Formalism and Reducing the Burden on the Grassroots',
    },
    issuer: {
      zh: '中共中央办公厅　国务院办公厅',
      en: 'General Offices of the CPC Central Committee and the State Council',
    },
    published: '2024',
    source: null,
  },
  '2026-gov-apps-measures': {
    id: '2026-gov-apps-measures',
    title: {
      zh: '《政务移动互联网应用程序规范化管理办法》（国办函〔2026〕12号）',
      en: 'Measures for the Standardised Management of Government Mobile Internet Applications',
    },
    issuer: { zh: '国务院办公厅', en: 'General Office of the State Council' },
    published: '2026-01-25',
    source: null,
  },
  pipl: {
    id: 'pipl',
    title: {
      zh: '《中华人民共和国个人信息保护法》；GB/T 35273',
      en: 'Personal Information Protection Law of the PRC; GB/T 35273',
    },
    issuer: { zh: '全国人民代表大会常务委员会', en: 'Standing Committee of the National People’s Congress' },
    published: '2021-08-20',
    source: null,
  },
};
