import { z } from 'zod';
import { listOf, onBehalfOf, pageQuery, regionCode, uuid } from './common';

export { type OnBehalfOf, onBehalfOf } from './common';

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
export type NominationStatus = (typeof nominationStatuses)[number];
/** A nomination is for the first secretary or a member (the team leader is chosen among the members). */
export const nominationRoles = ['first_secretary', 'member'] as const;
export type NominationRole = (typeof nominationRoles)[number];
/** P21.3-apply: by the cadre's own application or by the unit's recommendation. */
export const nominationSources = ['application', 'recommendation'] as const;
export type NominationSource = (typeof nominationSources)[number];
const checkResult = z.enum(['pass', 'fail']);
export const checkNames = ['political', 'conduct', 'ability', 'workStyle', 'integrity'] as const;

export const createNominationBody = z.object({
  cadreId: uuid,
  needId: uuid,
  role: z.enum(nominationRoles),
  source: z.enum(nominationSources),
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

/** POST /api/nominations/:id/admin-correction: a step entered by the system administrator for an office. */
export const nominationCorrectionBody = z.object({
  step: z.enum(['check', 'file', 'decide', 'reject', 'withdraw']),
  onBehalfOf,
  reason: z.string().trim().min(4).max(1000),
  checks: checksBody.shape.checks.optional(),
  note: z.string().trim().max(1000).optional(),
});
export type NominationCorrectionBody = z.infer<typeof nominationCorrectionBody>;

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
  role: z.enum(nominationRoles),
  source: z.enum(nominationSources),
  date: z.string(),
  policyVersion: z.string(),
  violations: z.array(violationView),
  checks: z.unknown(),
  closedReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  steps: z.array(stepView).optional(),
  /** The steps the current user may take now (the transition table decides; the web shows these buttons). */
  allowedSteps: z.array(z.string()),
});

export const nominationListQuery = pageQuery.extend({
  region: regionCode.optional(),
  status: z.enum(nominationStatuses).optional(),
  needId: uuid.optional(),
  cadreId: uuid.optional(),
  unitId: uuid.optional(),
});

export const nominationList = listOf(nominationView);
