// Villagers' evaluation and the village cadres' review without accounts (P21.5-voices; issue 13 item 3).
// Five questions about the team, answered 1–5. A code is 8 characters of an alphabet without look-alikes
// (no 0/O, 1/I/L), shown in two groups of four; 30⁸ ≈ 6.6 × 10¹¹ codes, so guessing one is hopeless at the
// rate limit.

export const surveyAudiences = ['villagers', 'village_cadres'] as const;
export type SurveyAudience = (typeof surveyAudiences)[number];

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

/** A typed code as stored: upper case, without spaces and dashes. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');
export const isCodeShape = (code: string): boolean =>
  code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
/** For print: ABCD-EFGH. */
export const displayCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export interface SurveyQuestion {
  zh: string;
  en: string;
}

/** The five questions (the same for both audiences, asked about the work team, never about one person). */
export const surveyQuestions: Record<SurveyAudience, readonly SurveyQuestion[]> = {
  villagers: [
    {
      zh: '驻村工作队常住村里、经常走访农户吗？',
      en: 'Does the team live in the village and visit households?',
    },
    {
      zh: '工作队帮助村里发展产业、增加收入的成效如何？',
      en: 'How well has the team helped the village earn more?',
    },
    { zh: '工作队为群众办实事、解难题的情况如何？', en: 'How well does the team solve people’s problems?' },
    {
      zh: '工作队作风是否务实、清廉，密切联系群众？',
      en: 'Is the team practical, clean and close to the people?',
    },
    { zh: '您对驻村工作队的总体评价？', en: 'Overall, how do you rate the team?' },
  ],
  village_cadres: [
    {
      zh: '工作队帮助建强村党组织的情况如何？',
      en: 'How well does the team strengthen the village party branch?',
    },
    { zh: '工作队推进强村富民的成效如何？', en: 'How well does the team advance the village’s prosperity?' },
    { zh: '工作队提升治理水平的情况如何？', en: 'How well does the team improve governance?' },
    {
      zh: '工作队与村“两委”配合、遵守纪律的情况如何？',
      en: 'How well does the team work with the committees and keep discipline?',
    },
    { zh: '您对驻村工作队的总体评价？', en: 'Overall, how do you rate the team?' },
  ],
};

export const answerLabels = [
  { zh: '很差', en: 'very poor' },
  { zh: '较差', en: 'poor' },
  { zh: '一般', en: 'fair' },
  { zh: '较好', en: 'good' },
  { zh: '很好', en: 'very good' },
] as const;
