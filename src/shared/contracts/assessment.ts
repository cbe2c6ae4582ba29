import { z } from 'zod';
import { bilingual } from '../errors';
import { regionCode, uuid } from './common';

// Assessment (issue 13). The fixed contract: POST /api/assessment-batches, GET …/proposals, POST …/survey-codes,
// GET/POST /api/survey/:code, POST …/decisions, POST /api/cadres/:id/outcomes — names kept exactly.

export const assessmentGrades = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export const assessmentComponents = [
  'attendance',
  'performance',
  'summary',
  'villagers',
  'villageCadres',
] as const;
export const outcomeKindValues = [
  'commendation',
  'reserve_listing',
  'promotion_reference',
  'criticism',
  'recall_proposal',
  'serious_handling',
  'unit_accountability',
  'other',
] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bilingual('日期格式应为 YYYY-MM-DD', 'a date YYYY-MM-DD'));
const text = (min: number, max: number, zh: string, en: string) =>
  z.string().trim().min(min, bilingual(zh, en)).max(max);

export const openBatchBody = z.object({
  kind: z.enum(['annual', 'term_end']),
  region: regionCode.refine(
    (c) => c.length === 6,
    bilingual('应为县级行政区划代码（6位）', 'a county code (6 digits)'),
  ),
  year: z.number().int().min(2017).max(2100),
  /** A term-end batch of one dispatching unit (P21.5-termend); its cadres stationed in the county. */
  unitId: uuid.optional(),
});
export type OpenBatchBody = z.infer<typeof openBatchBody>;

const localised = z.object({ zh: z.string(), en: z.string() });
const limit = z.object({ ruleId: z.string(), message: z.string() });

export const subjectView = z.object({
  cadreId: z.string(),
  eligible: z.boolean(),
  reason: z.string().optional(),
  ruleId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  monthsOnPost: z.number().int(),
  grade: z.enum(assessmentGrades).nullable(),
  gradeLabel: z.string().nullable(),
});
export type SubjectView = z.infer<typeof subjectView>;

export const schemeView = z.object({
  weights: z.object({
    attendance: z.number(),
    performance: z.number(),
    summary: z.number(),
    villagers: z.number(),
    villageCadres: z.number(),
  }),
  labels: z.enum(['competent', 'qualified']),
  gradeLabels: z.record(z.string(), z.string()),
  excellentSharePercent: z.number(),
  ladder: z.object({ noExcellent: z.number(), atMostBasic: z.number(), incompetent: z.number() }),
  minMonthsOnPost: z.number(),
});

export const batchView = z.object({
  id: z.string(),
  kind: z.enum(['annual', 'term_end']),
  region: z.string(),
  regionName: z.string(),
  unitId: z.string().nullable(),
  year: z.number().int(),
  status: z.enum(['open', 'published']),
  scheme: schemeView,
  schemeOn: z.string(),
  openedAt: z.string(),
  publishedAt: z.string().nullable(),
  subjects: z.array(subjectView),
  allowedSteps: z.array(z.string()),
});
export type BatchView = z.infer<typeof batchView>;

export const batchListQuery = z.object({
  year: z.coerce.number().int().min(2017).max(2100).optional(),
  region: regionCode.optional(),
});
export const batchListItem = batchView.omit({ subjects: true }).extend({
  eligible: z.number().int(),
  decided: z.number().int(),
});
export const batchList = z.object({ items: z.array(batchListItem) });

export const componentDetail = z.object({
  score: z.number().nullable(),
  computed: z.number().nullable(),
  how: z.string(),
  records: z.array(z.string()),
  adjustment: z
    .object({ score: z.number(), reason: z.string(), byName: z.string(), at: z.string() })
    .nullable(),
});

export const proposalView = z.object({
  cadreId: z.string(),
  components: z.object({
    attendance: z.number().nullable(),
    performance: z.number().nullable(),
    summary: z.number().nullable(),
    villagers: z.number().nullable(),
    villageCadres: z.number().nullable(),
  }),
  total: z.number().nullable(),
  proposedGrade: z.enum(assessmentGrades).nullable(),
  limits: z.array(limit),
  // extensions
  cadreName: z.string(),
  unitName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  complete: z.boolean(),
  absences: z.number().int(),
  details: z.record(z.string(), componentDetail),
  proposedGradeLabel: z.string().nullable(),
  grade: z.enum(assessmentGrades).nullable(),
  gradeLabel: z.string().nullable(),
  gradeReason: z.string().nullable(),
});
export type ProposalView = z.infer<typeof proposalView>;
export const proposalList = z.array(proposalView);

export const adjustBody = z.object({
  cadreId: uuid,
  component: z.enum(assessmentComponents),
  score: z.number().min(0).max(100),
  reason: text(4, 500, '请填写调整理由（至少4个字）', 'give the reason (at least 4 characters)'),
});

export const decisionBody = z.object({
  cadreId: uuid,
  grade: z.enum(assessmentGrades),
  reason: z.string().trim().max(500).optional(),
});
export const decisionView = z.object({
  cadreId: z.string(),
  grade: z.enum(assessmentGrades),
  gradeLabel: z.string(),
  reason: z.string().nullable(),
  decidedAt: z.string(),
  decidedByName: z.string(),
});

export const surveyCodesBody = z.object({
  villageCode: z.string().regex(/^\d{12}$/, bilingual('应为12位村级代码', 'a 12-digit village code')),
  audience: z.enum(['villagers', 'village_cadres']),
  count: z.number().int().min(1).max(500),
  /** The last day the codes are accepted (default: 30 days from today, never after the year's end + 90 days). */
  expiresOn: isoDate.optional(),
});
export const surveyCodeView = z.object({
  code: z.string(),
  display: z.string(),
  path: z.string(),
  expiresOn: z.string(),
});
export const surveyCodesResult = z.object({ codes: z.array(surveyCodeView) });
export const surveyCodesPdfQuery = z.object({
  villageCode: z.string().regex(/^\d{12}$/),
  audience: z.enum(['villagers', 'village_cadres']),
});

export const surveyParams = z.object({ code: z.string().min(1).max(20) });
export const surveyQuestionsView = z.object({
  audience: z.enum(['villagers', 'village_cadres']),
  villageName: z.string(),
  year: z.number().int(),
  questions: z.array(z.object({ text: z.string() })),
  scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
  expiresOn: z.string(),
});
export const surveyAnswerBody = z.object({
  answers: z
    .array(z.number().int().min(1).max(5))
    .length(5, bilingual('请回答全部5个问题，每题1至5分', 'answer all 5 questions, 1 to 5 each')),
});

export const progressView = z.object({
  batchId: z.string(),
  status: z.enum(['open', 'published']),
  subjects: z.number().int(),
  eligible: z.number().int(),
  componentsComplete: z.number().int(),
  gradesProposed: z.number().int(),
  gradesDecided: z.number().int(),
  excellentQuota: z.number().int(),
  excellentDecided: z.number().int(),
  villages: z.array(
    z.object({
      villageCode: z.string(),
      villageName: z.string(),
      audience: z.enum(['villagers', 'village_cadres']),
      codesIssued: z.number().int(),
      answered: z.number().int(),
      distribution: z.array(z.number().int()),
      score: z.number().nullable(),
      confidenceNote: z.string().nullable(),
    }),
  ),
});

export const distributionQuery = z.object({
  year: z.coerce.number().int().min(2017).max(2100),
  region: regionCode,
});
export const distributionView = z.object({
  year: z.number().int(),
  region: z.string(),
  labels: z.record(z.string(), z.string()),
  byCounty: z.array(
    z.object({ code: z.string(), name: z.string(), counts: z.record(z.string(), z.number()) }),
  ),
  byUnit: z.array(
    z.object({ unitId: z.string(), name: z.string(), counts: z.record(z.string(), z.number()) }),
  ),
});

export const outcomeBody = z.object({
  kind: z.enum(outcomeKindValues),
  on: isoDate,
  basis: text(4, 2000, '请填写依据（至少4个字）', 'give the basis (at least 4 characters)'),
  ruleId: z.string().trim().max(40).optional(),
  /** Who decided (e.g. 县委组织部, 派出单位党委); the recording office by default. */
  decisionMaker: z.string().trim().min(2).max(100).optional(),
  batchId: uuid.optional(),
});
export const outcomeView = z.object({
  id: z.string(),
  cadreId: z.string(),
  kind: z.enum(outcomeKindValues),
  kindLabel: z.string(),
  on: z.string(),
  decisionMaker: z.string(),
  basis: z.string(),
  ruleId: z.string(),
  unitId: z.string(),
  recallProposalId: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export const historyView = z.object({
  cadreId: z.string(),
  assessments: z.array(
    z.object({
      batchId: z.string(),
      kind: z.enum(['annual', 'term_end']),
      year: z.number().int(),
      status: z.enum(['open', 'published']),
      grade: z.enum(assessmentGrades).nullable(),
      gradeLabel: z.string().nullable(),
      decidedAt: z.string().nullable(),
      villageName: z.string(),
    }),
  ),
  outcomes: z.array(outcomeView),
});
export const localisedText = localised;
