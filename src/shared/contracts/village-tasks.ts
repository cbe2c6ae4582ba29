// The village's task list (细化任务清单, issue 11 item 6; P21.4-list): the team keeps its tasks under the
// duties (P21.4), with progress updates. The list belongs to the village: it carries over to the next team.
// Members of the village's current team and the county organisation department write; the township and the
// county read.
import { z } from 'zod';
import { bilingual, type LocalisedText } from '../errors';
import { uuid } from './common';
import { dutyKeys } from './duties';
import { isoDate } from './villages';

export const taskStatuses = ['open', 'done', 'dropped'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusLabels: Record<TaskStatus, LocalisedText> = {
  open: { zh: '进行中', en: 'Open' },
  done: { zh: '已完成', en: 'Done' },
  dropped: { zh: '已终止', en: 'Dropped' },
};

const title = z
  .string()
  .trim()
  .min(2, bilingual('任务名称至少 2 个字', 'a title of at least 2 characters'))
  .max(200, bilingual('不超过 200 字', 'at most 200 characters'));
const target = z.string().trim().max(1000, bilingual('不超过 1000 字', 'at most 1,000 characters'));

/** POST /api/villages/:code/tasks (fixed contract). */
export const createTaskBody = z.object({
  duty: z.enum(dutyKeys),
  title,
  target: target.nullable().optional(),
  ownerCadreId: uuid.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
});
export type CreateTaskBody = z.infer<typeof createTaskBody>;

/** PATCH /api/tasks/:id: any of the fields. */
export const updateTaskBody = createTaskBody.partial();
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

/** POST /api/tasks/:id/close: done or dropped, with a note. */
export const closeTaskBody = z.object({
  outcome: z.enum(['done', 'dropped']),
  note: z.string().trim().max(1000, bilingual('不超过 1000 字', 'at most 1,000 characters')).optional(),
});
export type CloseTaskBody = z.infer<typeof closeTaskBody>;

/** POST /api/tasks/:id/progress (fixed contract; idempotent by clientId). */
export const createProgressBody = z.object({
  clientId: uuid,
  percent: z
    .number()
    .int(bilingual('应为整数', 'a whole number'))
    .min(0, bilingual('进度在 0 到 100 之间', 'between 0 and 100'))
    .max(100, bilingual('进度在 0 到 100 之间', 'between 0 and 100')),
  note: z
    .string()
    .trim()
    .min(1, bilingual('请写一句进展说明', 'write a line on the progress'))
    .max(1000, bilingual('不超过 1000 字', 'at most 1,000 characters')),
});
export type CreateProgressBody = z.infer<typeof createProgressBody>;

export const progressView = z.object({
  id: z.string(),
  clientId: z.string(),
  taskId: z.string(),
  percent: z.number().int(),
  note: z.string(),
  on: z.string(),
  byName: z.string(),
  createdAt: z.string(),
});
export type ProgressView = z.infer<typeof progressView>;

export const taskView = z.object({
  id: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  duty: z.enum(dutyKeys),
  title: z.string(),
  target: z.string().nullable(),
  ownerCadreId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(taskStatuses),
  closedOn: z.string().nullable(),
  closeNote: z.string().nullable(),
  createdOn: z.string(),
  /** The latest progress update, if any. */
  latestProgress: progressView.nullable(),
  /** Whether the reader may edit the task and add progress (a member of the current team, or the county). */
  mayWrite: z.boolean(),
});
export type TaskView = z.infer<typeof taskView>;

export const taskAnswer = z.object({ task: taskView });
export const taskDetail = z.object({ task: taskView, progress: z.array(progressView) });
export const progressAnswer = z.object({ progress: progressView });

export const taskListQuery = z.object({
  status: z.enum(taskStatuses).optional(),
  duty: z.enum(dutyKeys).optional(),
});
export const taskList = z.object({
  items: z.array(taskView),
  total: z.number().int(),
  /** Whether the reader may add tasks to this village. */
  mayWrite: z.boolean(),
  /** The village's team today: the owners a task may name. */
  team: z.array(z.object({ cadreId: z.string(), name: z.string(), teamRole: z.string() })),
});
export type TaskList = z.infer<typeof taskList>;
export const villageCodeParams = z.object({
  code: z.string().regex(/^\d{12}$/, bilingual('村代码应为 12 位数字', 'a 12-digit village code')),
});
