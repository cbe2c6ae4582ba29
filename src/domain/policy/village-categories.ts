// Village categories (GLOSSARY "Village categories") and the cadre strengths each problem calls for
// (P17.2.1-match, P21.3-match): party-and-mass work for a weak party organisation, economic work for weak
// industry or collective economy, social work for sharp disputes or lagging social development.
export { type Strength, strengths, type VillageCategory, villageCategories } from '../../shared/dictionaries';

import type { Strength, VillageCategory } from '../../shared/dictionaries';
import { strengthLabels as sharedStrengthLabels, strengths } from '../../shared/dictionaries';

export const strengthForProblem: Readonly<Record<Strength, VillageCategory>> = {
  party_mass: 'weakPartyOrg',
  economic: 'weakEconomy',
  social: 'socialConflict',
};

/** The strengths a village's problems call for, in the fixed order party_mass, economic, social. */
export const neededStrengths = (activeCategories: readonly string[]): Strength[] =>
  strengths.filter((s) => activeCategories.includes(strengthForProblem[s]));

export { strengthLabels } from '../../shared/dictionaries';

/** Strength names in one language, joined for a sentence. */
export const strengthList = (list: readonly Strength[], lang: 'zh' | 'en'): string =>
  list.map((s) => sharedStrengthLabels[s][lang]).join(lang === 'zh' ? '、' : ', ');
