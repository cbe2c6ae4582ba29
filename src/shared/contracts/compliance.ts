import { z } from 'zod';
import { pageQuery, regionCode } from './common';
import { localisedMessage } from './policy';
import { isoDate } from './villages';

export const complianceQuery = pageQuery.extend({
  region: regionCode.optional(),
  date: isoDate.optional(),
  pageSize: z.coerce.number().int().min(1).max(5000).default(500),
});

export const complianceItem = z.object({
  ruleId: z.string(),
  subject: z.object({
    kind: z.enum(['village', 'unit', 'need']),
    code: z.string().optional(),
    id: z.string().optional(),
    name: z.string(),
  }),
  since: z.string().optional(),
  message: localisedMessage,
  countyCode: z.string().nullable(),
  countyName: z.string().nullable(),
});

export const complianceView = z.object({
  date: z.string(),
  policyVersion: z.enum(['P17', 'P21']),
  items: z.array(complianceItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  byCounty: z.array(
    z.object({
      countyCode: z.string(),
      countyName: z.string(),
      total: z.number().int(),
      byRule: z.record(z.string(), z.number().int()),
    }),
  ),
});
