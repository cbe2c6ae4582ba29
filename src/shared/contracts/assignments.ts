import { z } from 'zod';
import { bilingual } from '../errors';
import { listOf, onBehalfOf, pageQuery, regionCode, uuid } from './common';
import { needStatuses } from './needs';
import { overridesInput, violationView } from './policy';
import { isoDate } from './villages';

export const teamRoles = ['first_secretary', 'leader', 'member'] as const;
export type TeamRole = (typeof teamRoles)[number];
export const endReasons = ['completed', 'rotated', 'recalled', 'other'] as const;
export type EndReason = (typeof endReasons)[number];

const endAfterStart = bilingual('计划结束日期应晚于开始日期', 'the planned end must be after the start');

/** POST /api/assignments: a decided nomination becomes an assignment (fixed contract, issue 5). */
export const createAssignmentBody = z
  .object({
    nominationId: uuid,
    teamRole: z.enum(teamRoles),
    startOn: isoDate,
    plannedEndOn: isoDate,
    overrides: overridesInput,
  })
  .refine((b) => b.plannedEndOn > b.startOn, { message: endAfterStart, path: ['plannedEndOn'] });
export type CreateAssignmentBody = z.infer<typeof createAssignmentBody>;

export const endAssignmentBody = z.object({
  endOn: isoDate,
  reason: z.enum(endReasons),
  /** Why; it also serves as the override reason of an early-end warning. */
  note: z.string().trim().max(1000).optional(),
  overrides: overridesInput,
});
export type EndAssignmentBody = z.infer<typeof endAssignmentBody>;

/** P21.5-partyrel / P21.5-fulltime: the checklist dates recorded on the assignment (null clears). */
export const patchAssignmentBody = z
  .object({
    partyRelationTransferredOn: isoDate.nullable().optional(),
    fullTimeAcknowledgedOn: isoDate.nullable().optional(),
  })
  .refine((b) => b.partyRelationTransferredOn !== undefined || b.fullTimeAcknowledgedOn !== undefined, {
    message: bilingual('请至少填写一项', 'give at least one field'),
  });
export type PatchAssignmentBody = z.infer<typeof patchAssignmentBody>;

export const termProgressView = z.object({
  elapsedDays: z.number().int(),
  totalDays: z.number().int(),
  ratio: z.number(),
  daysLeft: z.number().int(),
});

export const assignmentView = z.object({
  id: z.string(),
  teamId: z.string(),
  batch: z.number().int(),
  nominationId: z.string(),
  needId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  countyCode: z.string(),
  teamRole: z.enum(teamRoles),
  startOn: z.string(),
  plannedEndOn: z.string(),
  endOn: z.string().nullable(),
  endReason: z.enum(endReasons).nullable(),
  endNote: z.string().nullable(),
  /** The policy version of the start date: the term, leader, size and handover rules follow it. */
  policyVersion: z.enum(['P17', 'P21']),
  /** On post today. */
  active: z.boolean(),
  progress: termProgressView,
  /** Findings recorded when the assignment was made and ended: overridden warnings carry their reason. */
  violations: z.array(violationView),
  overrides: z.array(z.object({ ruleId: z.string(), reason: z.string() })),
  partyRelationTransferredOn: z.string().nullable(),
  fullTimeAcknowledgedOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const assignmentResult = z.object({ assignment: assignmentView, violations: z.array(violationView) });

export const assignmentListQuery = pageQuery.extend({
  region: regionCode.optional(),
  village: z
    .string()
    .regex(/^\d{12}$/, bilingual('村级行政区划代码应为 12 位数字', 'a village code has 12 digits'))
    .optional(),
  cadre: uuid.optional(),
  unit: uuid.optional(),
  teamRole: z.enum(teamRoles).optional(),
  active: z.stringbool().optional(),
});
export type AssignmentListQuery = z.infer<typeof assignmentListQuery>;

export const assignmentList = listOf(assignmentView);

// ── Recall (召回调整, P17.5.3-recall) ──────────────────────────────────────────────────────────────

export const recallStatuses = ['proposed', 'confirmed', 'withdrawn'] as const;
export type RecallStatus = (typeof recallStatuses)[number];

export const recallProposalBody = z.object({
  reasons: z.union([
    z.string().trim().min(2).max(2000),
    z.array(z.string().trim().min(1).max(500)).min(1).max(20),
  ]),
});
export type RecallProposalBody = z.infer<typeof recallProposalBody>;

export const confirmRecallBody = z
  .object({
    /** The last day on post; today when not given. */
    endOn: isoDate.optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .optional();
export type ConfirmRecallBody = z.infer<typeof confirmRecallBody>;

export const recallProposalView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  status: z.enum(recallStatuses),
  reasons: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  countyCode: z.string(),
  teamRole: z.enum(teamRoles),
  proposedByName: z.string(),
  proposedAt: z.string(),
  confirmedAt: z.string().nullable(),
  endOn: z.string().nullable(),
  /** The steps the current user may take now: confirm, withdraw (issue 9). */
  allowedSteps: z.array(z.string()),
});
/** POST /api/recall-proposals/:id/withdraw (issue 9): the reason is optional, recorded when given. */
export const withdrawRecallBody = z.object({ reason: z.string().trim().max(1000).optional() }).optional();

/** POST /api/recall-proposals/:id/admin-correction: a unit's confirmation entered by the administrator. */
export const recallCorrectionBody = z.object({
  step: z.literal('confirm'),
  onBehalfOf,
  reason: z.string().trim().min(4).max(1000),
  endOn: isoDate.optional(),
  note: z.string().trim().max(1000).optional(),
});

export type RecallProposalView = z.infer<typeof recallProposalView>;

export const recallListQuery = pageQuery.extend({
  status: z.enum(recallStatuses).optional(),
  region: regionCode.optional(),
});
export const recallList = listOf(recallProposalView);

export const confirmRecallResult = z.object({
  proposal: recallProposalView,
  assignment: assignmentView,
  need: z.object({ id: z.string(), status: z.enum(needStatuses) }),
});
