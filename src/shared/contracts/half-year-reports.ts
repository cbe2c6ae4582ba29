// Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear): drafted by the system from the records,
// corrected and completed by the cadre, reviewed by the leading group (then locked: corrections are new
// versions with a reason), heard by the dispatching unit. Completeness is DHIS2-style — due, submitted, late,
// reviewed, heard and who is missing — never a ranking.
import { z } from 'zod';
import { bilingual, type LocalisedText } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { isoDate } from './villages';

export const halfYearPeriod = z
  .string()
  .regex(/^\d{4}H[12]$/, bilingual('半年应写作 2026H1 或 2026H2', 'a half year written 2026H1 or 2026H2'));

export const reportStatusLabels: Record<'draft' | 'submitted' | 'reviewed', LocalisedText> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  reviewed: { zh: '已审阅', en: 'Reviewed' },
};
export const reportStatuses = ['draft', 'submitted', 'reviewed'] as const;

export const reportSources = [
  'attendance',
  'leave',
  'work_logs',
  'village_tasks',
  'leader_meetings',
  'trainings',
] as const;
export const reportSourceLabels: Record<(typeof reportSources)[number], LocalisedText> = {
  attendance: { zh: '考勤', en: 'Attendance' },
  leave: { zh: '请假', en: 'Leave' },
  work_logs: { zh: '工作日志', en: 'Work logs' },
  village_tasks: { zh: '任务清单', en: 'Task list' },
  leader_meetings: { zh: '队长会议', en: 'Leader meetings' },
  trainings: { zh: '出差培训', en: 'Trips and training' },
};

/** POST /api/half-year-reports (fixed contract). */
export const createReportBody = z.object({ assignmentId: uuid, period: halfYearPeriod });
export type CreateReportBody = z.infer<typeof createReportBody>;

const sectionText = z
  .string()
  .max(5000, bilingual('每部分不超过 5000 字', 'at most 5,000 characters a section'));
const sectionEdit = z.object({ key: z.string().min(1).max(40), text: sectionText });

/** PUT /api/half-year-reports/:id (fixed contract). */
export const updateReportBody = z.object({ sections: z.array(sectionEdit).min(1).max(20) });
export type UpdateReportBody = z.infer<typeof updateReportBody>;

const opinion = z
  .string()
  .trim()
  .min(2, bilingual('请写下意见', 'write the opinion'))
  .max(2000, bilingual('不超过 2000 字', 'at most 2,000 characters'));
export const reviewBody = z.object({ opinion });
export const hearingBody = z.object({ heardOn: isoDate, opinion });
export const correctionBody = z.object({
  reason: z
    .string()
    .trim()
    .min(
      4,
      bilingual('请说明更正理由（至少 4 个字）', 'give the reason for the correction (4 characters or more)'),
    )
    .max(1000),
  sections: z.array(sectionEdit).min(1).max(20),
});
export type CorrectionBody = z.infer<typeof correctionBody>;

export const sectionView = z.object({
  key: z.string(),
  title: z.string(),
  text: z.string(),
  filledFrom: z.array(z.string()),
  cadreWrites: z.boolean(),
});

export const reportSteps = ['edit', 'submit', 'review', 'hear', 'correct'] as const;

export const reportView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  period: z.string(),
  status: z.enum(reportStatuses),
  version: z.number().int(),
  sections: z.array(sectionView),
  prefill: z.object({ filled: z.number().int(), total: z.number().int() }),
  dueOn: z.string(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  hearing: z.object({ heardOn: z.string(), opinion: z.string(), hearerName: z.string() }).nullable(),
  allowedSteps: z.array(z.enum(reportSteps)),
  versions: z.array(
    z.object({
      version: z.number().int(),
      reason: z.string(),
      correctedAt: z.string(),
      reviewOpinion: z.string().nullable(),
    }),
  ),
});
export type ReportView = z.infer<typeof reportView>;
export const reportAnswer = z.object({ report: reportView });

export const reportListQuery = pageQuery.extend({
  period: halfYearPeriod.optional(),
  region: regionCode.optional(),
  status: z.enum(reportStatuses).optional(),
  cadreId: uuid.optional(),
});
export type ReportListQuery = z.infer<typeof reportListQuery>;
export const reportList = listOf(reportView.omit({ sections: true, versions: true }));

/** GET /api/half-year-reports/completeness (fixed contract; `unitId` and the reports' ids added). */
export const completenessQuery = z.object({
  region: regionCode,
  period: halfYearPeriod,
  unitId: uuid.optional(),
});
export type CompletenessQuery = z.infer<typeof completenessQuery>;
export const completenessAnswer = z.object({
  region: z.string(),
  period: z.string(),
  dueOn: z.string(),
  due: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
  reviewed: z.number().int(),
  heard: z.number().int(),
  missing: z.array(
    z.object({
      cadreId: z.string(),
      name: z.string(),
      villageCode: z.string(),
      villageName: z.string(),
      assignmentId: z.string(),
      reportId: z.string().nullable(),
      status: z.enum(['none', 'draft']),
    }),
  ),
});
export type CompletenessAnswer = z.infer<typeof completenessAnswer>;
