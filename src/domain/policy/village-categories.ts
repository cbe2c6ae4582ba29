// Village categories (GLOSSARY "Village categories") and the cadre strengths each problem calls for
// (P17.2.1-match, P21.3-match): party-and-mass work for a weak party organisation, economic work for weak
// industry or collective economy, social work for sharp disputes or lagging social development.
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

export const strengths = ['party_mass', 'economic', 'social'] as const;
export type Strength = (typeof strengths)[number];

export const strengthForProblem: Readonly<Record<Strength, VillageCategory>> = {
  party_mass: 'weakPartyOrg',
  economic: 'weakEconomy',
  social: 'socialConflict',
};

/** The strengths a village's problems call for, in the fixed order party_mass, economic, social. */
export const neededStrengths = (activeCategories: readonly string[]): Strength[] =>
  strengths.filter((s) => activeCategories.includes(strengthForProblem[s]));

export const strengthLabels: Readonly<Record<Strength, { zh: string; en: string }>> = {
  party_mass: { zh: '党群工作', en: 'party-and-mass work' },
  economic: { zh: '经济工作', en: 'economic work' },
  social: { zh: '社会工作', en: 'social work' },
};

/** Strength names in one language, joined for a sentence. */
export const strengthList = (list: readonly Strength[], lang: 'zh' | 'en'): string =>
  list.map((s) => strengthLabels[s][lang]).join(lang === 'zh' ? '、' : ', ');
