type Text = { zh: string; en: string };

// Display names of the documents the catalogue cites: the API answers only their ids (src/domain/policy/documents.ts).
export const documentTitles: Record<string, { title: Text; issuer: Text; published: string }> = {
  '2017-guiding-opinions': {
    title: {
      zh: '《关于加强贫困村驻村工作队选派管理工作的指导意见》',
      en: 'Guiding Opinions on Strengthening the Selection and Management of Work Teams Stationed in Poor Villages',
    },
    issuer: {
      zh: '中共中央办公厅　国务院办公厅',
      en: 'General Offices of the CPC Central Committee and the State Council',
    },
    published: '2017-12-24',
  },
  '2021-opinions': {
    title: {
      zh: '《关于向重点乡村持续选派驻村第一书记和工作队的意见》',
      en: 'Opinions on Continuing to Send First Secretaries and Work Teams to Key Villages',
    },
    issuer: { zh: '中共中央办公厅', en: 'General Office of the CPC Central Committee' },
    published: '2021-05-11',
  },
  '2019-burden-notice': {
    title: {
      zh: '《关于解决形式主义突出问题为基层减负的通知》',
      en: 'Notice on Solving Prominent Problems of Formalism and Reducing the Burden on the Grassroots',
    },
    issuer: { zh: '中共中央办公厅', en: 'General Office of the CPC Central Committee' },
    published: '2019',
  },
  '2023-fingertip-opinions': {
    title: {
      zh: '关于防治“指尖上的形式主义”的意见（2023年）',
      en: 'Opinions on preventing formalism at the fingertips (2023)',
    },
    issuer: { zh: '中央网络安全和信息化委员会', en: 'Central Cyberspace Affairs Commission' },
    published: '2023',
  },
  '2024-burden-rules': {
    title: {
      zh: '《整治形式主义为基层减负若干规定》',
      en: 'Provisions on Rectifying Formalism and Reducing the Burden on the Grassroots',
    },
    issuer: {
      zh: '中共中央办公厅　国务院办公厅',
      en: 'General Offices of the CPC Central Committee and the State Council',
    },
    published: '2024',
  },
  '2026-gov-apps-measures': {
    title: {
      zh: '《政务移动互联网应用程序规范化管理办法》（国办函〔2026〕12号）',
      en: 'Measures for the Standardised Management of Government Mobile Internet Applications',
    },
    issuer: { zh: '国务院办公厅', en: 'General Office of the State Council' },
    published: '2026-01-25',
  },
  pipl: {
    title: {
      zh: '《中华人民共和国个人信息保护法》；GB/T 35273',
      en: 'Personal Information Protection Law of the PRC; GB/T 35273',
    },
    issuer: { zh: '全国人民代表大会常务委员会', en: 'Standing Committee of the National People’s Congress' },
    published: '2021-08-20',
  },
};

export const documentTitle = (id: string): Text => documentTitles[id]?.title ?? { zh: id, en: id };

export const versionLabels: Record<string, Text> = {
  P17: { zh: 'P17 · 2017年指导意见', en: 'P17 · 2017 guiding opinions' },
  P21: { zh: 'P21 · 2021年意见', en: 'P21 · 2021 opinions' },
  X: { zh: '其他规定', en: 'Other rules' },
};

/** What kind of rule it is (RULES.md: block, warn, info, and the procedural kinds). */
export const kindLabels: Record<string, Text> = {
  block: { zh: '禁止性规定', en: 'Blocking rule' },
  coverage: { zh: '覆盖检查', en: 'Coverage check' },
  warn: { zh: '原则性规定（须说明理由）', en: 'Warning (override with a reason)' },
  info: { zh: '优先 / 提示', en: 'Priority / hint' },
  workflow: { zh: '程序', en: 'Procedure' },
  checklist: { zh: '审核清单', en: 'Checklist' },
  records: { zh: '记录', en: 'Records' },
  schedule: { zh: '定期事项', en: 'Schedule' },
  roles: { zh: '职责', en: 'Roles' },
  calculation: { zh: '计算', en: 'Calculation' },
  reading: { zh: '理解与适用', en: 'Reading of a rule' },
};

export const sectionLabels: Record<string, Text> = {
  '1': { zh: '一、选派范围（先定村）', en: '1. Which villages get a team' },
  '2': { zh: '二、人选条件', en: '2. Who may be sent' },
  '3': { zh: '三、选派程序', en: '3. How they are chosen' },
  '4': { zh: '四、队伍与任期', en: '4. Teams and terms' },
  '5': { zh: '五、主要任务', en: '5. Duties and tasks' },
  '6': { zh: '六、日常管理', en: '6. Daily management' },
  '7': { zh: '七、考核', en: '7. Assessment' },
  '8': { zh: '八、组织保障', en: '8. Organisation and support' },
  other: { zh: '其他相关规定', en: 'Other binding rules' },
};
