// Work logs (驻村日志/民情日记, issue 11 item 5): a short entry when something happened — a household visit,
// a problem solved for a villager, a meeting, a project step — filed under one of the duties in force on its
// date (P21.4; P17.3 before 2021-05-11). Written by the cadre's own account, by exception: never a daily
// quota, never a count shown as a score (X19-burden, X24-rules). Households visited are a count, not names:
// the villagers' identities stay out of the system (PIPL: no more personal data than the purpose needs).
import { z } from 'zod';
import { bilingual, type LocalisedText } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { dutyKeys } from './duties';
import { isoDate } from './villages';

export const workLogKinds = [
  'household_visit',
  'problem_solved',
  'meeting',
  'project',
  'study',
  'other',
] as const;
export type WorkLogKind = (typeof workLogKinds)[number];

export const workLogKindLabels: Record<WorkLogKind, LocalisedText> = {
  household_visit: { zh: '走访农户', en: 'Household visit' },
  problem_solved: { zh: '为群众办实事', en: 'Problem solved for villagers' },
  meeting: { zh: '会议', en: 'Meeting' },
  project: { zh: '项目推进', en: 'Project step' },
  study: { zh: '学习', en: 'Study' },
  other: { zh: '其他', en: 'Other' },
};

/** One optional photo per log, chosen by the cadre: JPEG or PNG, at most this size; metadata stripped. */
export const WORK_LOG_PHOTO_MAX_BYTES = 3 * 1024 * 1024;
export const workLogPhotoTypes = ['image/jpeg', 'image/png'] as const;

/** The most households one entry may name as visited (a day's visits, not a village census). */
export const HOUSEHOLDS_VISITED_MAX = 200;

/** POST /api/work-logs (fixed contract). `clientId` makes a resend from the phone's queue return the first record. */
export const createWorkLogBody = z.object({
  clientId: uuid,
  on: isoDate,
  kind: z.enum(workLogKinds),
  duty: z.enum(dutyKeys),
  taskId: uuid.nullable().optional(),
  text: z
    .string()
    .trim()
    .min(1, bilingual('请写下发生了什么', 'write what happened'))
    .max(2000, bilingual('不超过 2000 字', 'at most 2,000 characters')),
  householdsVisited: z
    .number()
    .int(bilingual('应为整数', 'a whole number'))
    .min(0, bilingual('不能为负数', 'cannot be negative'))
    .max(
      HOUSEHOLDS_VISITED_MAX,
      bilingual(`不超过 ${HOUSEHOLDS_VISITED_MAX} 户`, `at most ${HOUSEHOLDS_VISITED_MAX}`),
    )
    .nullable()
    .optional(),
});
export type CreateWorkLogBody = z.infer<typeof createWorkLogBody>;

export const workLogView = z.object({
  id: z.string(),
  clientId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  assignmentId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  on: z.string(),
  kind: z.enum(workLogKinds),
  duty: z.enum(dutyKeys),
  taskId: z.string().nullable(),
  taskTitle: z.string().nullable(),
  text: z.string(),
  householdsVisited: z.number().int().nullable(),
  /** Whether a photo is attached: `GET /api/work-logs/:id/photo`. */
  hasPhoto: z.boolean(),
  createdAt: z.string(),
});
export type WorkLogView = z.infer<typeof workLogView>;

export const workLogAnswer = z.object({ workLog: workLogView });

/** GET /api/work-logs (fixed contract; `kind`, `taskId` and paging added). */
export const workLogQuery = pageQuery.extend({
  cadreId: uuid.optional(),
  villageCode: regionCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  duty: z.enum(dutyKeys).optional(),
  kind: z.enum(workLogKinds).optional(),
  taskId: uuid.optional(),
});
export type WorkLogQuery = z.infer<typeof workLogQuery>;

export const workLogList = listOf(workLogView);
export type WorkLogList = z.infer<typeof workLogList>;
