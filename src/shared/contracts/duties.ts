import { z } from 'zod';
import type { LocalisedText } from '../errors';
import { isoDate } from './villages';

// The duties a work log or a village task is filed under (issue 11 item 5): the four duties of the 2021 text
// (P21.4) for dates from 2021-05-11, the ten tasks of the 2017 text (P17.3) before it. Stable keys; the
// labels are for display only. Which set is in force on a date: `dutiesOn` in src/domain/policy/duties.ts.

export const p21Duties = ['party_organisation', 'prosperity', 'governance', 'service'] as const;
export const p17Duties = [
  'p17_policy',
  'p17_targeting',
  'p17_projects',
  'p17_policies_reach',
  'p17_collective_economy',
  'p17_supervision',
  'p17_motivation',
  'p17_rule_of_law',
  'p17_mandarin',
  'p17_organisation',
] as const;
export const dutyKeys = [...p21Duties, ...p17Duties] as const;
export type DutyKey = (typeof dutyKeys)[number];

export const dutyLabels: Record<DutyKey, LocalisedText> = {
  party_organisation: { zh: '建强村党组织', en: 'Strengthen the village party organisation' },
  prosperity: { zh: '推进强村富民', en: 'Strengthen the village and enrich the people' },
  governance: { zh: '提升治理水平', en: 'Improve governance' },
  service: { zh: '为民办事服务', en: 'Serve the people' },
  p17_policy: { zh: '宣传贯彻脱贫攻坚方针政策', en: 'Publicise poverty-alleviation policy' },
  p17_targeting: { zh: '精准识别、帮扶和退出', en: 'Precise identification, assistance and exit' },
  p17_projects: { zh: '推动落实脱贫项目', en: 'Carry out poverty-alleviation projects' },
  p17_policies_reach: { zh: '惠民政策落实到村到户', en: 'Policies reach villages and households' },
  p17_collective_economy: { zh: '发展壮大村集体经济', en: 'Grow the collective economy' },
  p17_supervision: { zh: '监督扶贫资金项目和公示公告', en: 'Supervise funds, projects and public notices' },
  p17_motivation: { zh: '扶志扶智，激发内生动力', en: 'Motivation and education' },
  p17_rule_of_law: { zh: '法治建设、移风易俗和村规民约', en: 'Rule of law, customs and village rules' },
  p17_mandarin: { zh: '推广普及国家通用语言', en: 'Promote Mandarin' },
  p17_organisation: { zh: '加强基层组织建设', en: 'Strengthen grassroots organisations' },
};

/** The rule each duty set comes from. */
export const dutyRuleOf = (key: DutyKey): 'P21.4' | 'P17.3' =>
  (p21Duties as readonly string[]).includes(key) ? 'P21.4' : 'P17.3';

export const dutyView = z.object({
  key: z.enum(dutyKeys),
  zh: z.string(),
  en: z.string(),
  ruleId: z.enum(['P21.4', 'P17.3']),
});
export type DutyView = z.infer<typeof dutyView>;

/** GET /api/duties?date=YYYY-MM-DD (fixed contract): the duties in force on the date (today without one). */
export const dutiesQuery = z.object({ date: isoDate.optional() });
export const dutiesAnswer = z.object({
  date: z.string(),
  policyVersion: z.enum(['P17', 'P21']),
  ruleId: z.enum(['P21.4', 'P17.3']),
  duties: z.array(dutyView),
});
export type DutiesAnswer = z.infer<typeof dutiesAnswer>;
