import { z } from 'zod';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { overridesInput, violationView } from './policy';
import { isoDate } from './villages';

export const nominationStatuses = [
  'proposed',
  'checked',
  'filed',
  'decided',
  'rejected',
  'withdrawn',
] as const;
const checkResult = z.enum(['pass', 'fail']);
export const checkNames = ['political', 'conduct', 'ability', 'workStyle', 'integrity'] as const;

export const createNominationBody = z.object({
  cadreId: uuid,
  needId: uuid,
  role: z.enum(['first_secretary', 'member']),
  source: z.enum(['application', 'recommendation']),
  date: isoDate.optional(),
  overrides: overridesInput,
});
export type CreateNominationBody = z.infer<typeof createNominationBody>;

export const checksBody = z.object({
  checks: z.object({
    political: checkResult,
    conduct: checkResult,
    ability: checkResult,
    workStyle: checkResult,
    integrity: checkResult,
  }),
  note: z.string().trim().max(1000).optional(),
  overrides: overridesInput,
});

export const stepBody = z
  .object({ note: z.string().trim().max(1000).optional(), overrides: overridesInput })
  .optional();
export const reasonBody = z.object({ reason: z.string().trim().min(1).max(1000) });

const stepView = z.object({
  step: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorName: z.string(),
  actorRoles: z.array(z.string()),
  at: z.string(),
  note: z.string().nullable(),
  detail: z.unknown(),
});

export const nominationView = z.object({
  id: z.string(),
  status: z.enum(nominationStatuses),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  needId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  role: z.enum(['first_secretary', 'member']),
  source: z.enum(['application', 'recommendation']),
  date: z.string(),
  policyVersion: z.string(),
  violations: z.array(violationView),
  checks: z.unknown(),
  closedReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  steps: z.array(stepView).optional(),
});

export const nominationListQuery = pageQuery.extend({
  region: regionCode.optional(),
  status: z.enum(nominationStatuses).optional(),
  needId: uuid.optional(),
  cadreId: uuid.optional(),
  unitId: uuid.optional(),
});

export const nominationList = listOf(nominationView);
