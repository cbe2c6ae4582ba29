import { z } from 'zod';
import { strengths } from '../dictionaries';
import { bilingual } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { localisedMessage, overridesInput } from './policy';
import { isoDate } from './villages';

/** A village need's states (先定村, P21.1-order): the one list for the contract, the schema's CHECK and the labels. */
export const needStatuses = ['open', 'filled', 'closed'] as const;
export type NeedStatus = (typeof needStatuses)[number];

const basisItem = z.object({ ruleId: z.string(), message: localisedMessage });

export const needView = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  countyCode: z.string(),
  firstSecretary: z.boolean(),
  members: z.number().int(),
  strengths: z.array(z.string()),
  reason: z.string().nullable(),
  basis: z.array(basisItem),
  status: z.enum(needStatuses),
  effectiveOn: z.string(),
  policyVersion: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  closedOn: z.string().nullable(),
  closedReason: z.string().nullable(),
  candidates: z.number().int(),
});

export const createNeedBody = z.object({
  villageCode: z
    .string()
    .regex(/^\d{12}$/, bilingual('村级行政区划代码应为 12 位数字', 'a village code has 12 digits')),
  firstSecretary: z.boolean(),
  members: z.number().int().min(0).max(50),
  strengths: z.array(z.enum(strengths)).max(3).optional(),
  reason: z.string().trim().max(500).optional(),
  date: isoDate.optional(),
  overrides: overridesInput,
});
export type CreateNeedBody = z.infer<typeof createNeedBody>;

export const proposalBody = z.object({ date: isoDate.optional() });

export const proposalLine = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  activeCategories: z.array(z.string()),
  firstSecretary: z.boolean(),
  members: z.number().int(),
  strengths: z.array(z.string()),
  reasons: z.array(basisItem),
  openNeedId: z.string().nullable(),
  /**
   * What is on post in the village on the date: a first secretary, how many members (and leaders) besides,
   * and the last day of the first of them to leave (null when nobody is on post).
   */
  onPost: z.object({
    firstSecretary: z.boolean(),
    members: z.number().int(),
    until: z.string().nullable(),
  }),
  /**
   * What the proposal asks for beyond the people on post: `firstSecretary` / `members` above less those who
   * serve beyond the rotation window (90 days) — the same count as matching and the team board.
   */
  shortfall: z.object({ firstSecretary: z.boolean(), members: z.number().int() }),
});

export const proposalView = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  date: z.string(),
  policyVersion: z.enum(['P17', 'P21']),
  keyAssistedCounty: z.boolean(),
  items: z.array(proposalLine),
});

export const confirmBody = z.object({
  date: isoDate.optional(),
  items: z
    .array(createNeedBody.omit({ date: true }))
    .min(1)
    .max(2000),
});

export const needListQuery = pageQuery.extend({
  region: regionCode.optional(),
  village: z.string().max(12).optional(),
  status: z.enum(needStatuses).optional(),
});

export const closeNeedBody = z.object({ reason: z.string().trim().min(2).max(500) });

export const needList = listOf(needView);
export const needParams = z.object({ id: uuid });
export const countyParams = z.object({
  code: z.string().regex(/^\d{6}$/, bilingual('县级行政区划代码应为 6 位数字', 'a county code has 6 digits')),
});
