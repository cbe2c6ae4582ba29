import { z } from 'zod';
import { assignmentView } from './assignments';
import { uuid } from './common';
import { overridesInput, violationView } from './policy';
import { isoDate } from './villages';

export const slotKinds = ['first_secretary', 'member'] as const;

/** POST /api/counties/:code/matching (fixed contract, issue 5). */
export const matchingBody = z
  .object({
    date: isoDate.optional(),
    /** Also consider candidates still in the procedure (proposed, checked, filed). */
    includeProposed: z.boolean().optional(),
  })
  .optional();
export type MatchingBody = z.infer<typeof matchingBody>;

const reasonView = z.object({ ruleId: z.string(), points: z.number().int(), message: z.string() });

export const placementView = z.object({
  needId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  slot: z.enum(slotKinds),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  nominationId: z.string(),
  nominationStatus: z.string(),
  /** The need the unit proposed the candidate for. */
  proposedNeedId: z.string(),
  /** Placed in another need than the one proposed: accepting moves the nomination (audited). */
  moved: z.boolean(),
  score: z.number().int(),
  reasons: z.array(reasonView),
});

export const unfilledView = z.object({
  needId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  slot: z.enum(slotKinds),
  reason: z.string(),
});

export const matchingView = z.object({
  countyCode: z.string(),
  date: z.string(),
  policyVersion: z.enum(['P17', 'P21']),
  placements: z.array(placementView),
  unfilled: z.array(unfilledView),
  totalScore: z.number().int(),
  needs: z.number().int(),
  candidates: z.number().int(),
});

export const acceptBody = z.object({
  date: isoDate.optional(),
  placements: z
    .array(
      z.object({
        needId: uuid,
        cadreId: uuid,
        slot: z.enum(slotKinds),
        /** The first day on post; the matching date (today) when not given. */
        startOn: isoDate.optional(),
        /** The last day on post; a full two-year term when not given. */
        plannedEndOn: isoDate.optional(),
        overrides: overridesInput,
      }),
    )
    .min(1)
    .max(500),
});
export type AcceptBody = z.infer<typeof acceptBody>;

export const acceptView = z.object({
  results: z.array(
    z.object({
      needId: z.string(),
      cadreId: z.string(),
      slot: z.enum(slotKinds),
      ok: z.boolean(),
      moved: z.boolean(),
      assignment: assignmentView.optional(),
      violations: z.array(violationView),
      error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
    }),
  ),
  created: z.number().int(),
  refused: z.number().int(),
});
