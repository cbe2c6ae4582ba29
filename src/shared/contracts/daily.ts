// The term's working life (issue 12 items 2–6): quarterly team-leader meetings (P17.4.2-meeting), heart-to-heart
// talks (P21.6-talk / P17.6.4-talk), discipline records (P17.4.2-discipline / P21.5-discipline), the three
// handover lists (P21.5-rotate) and everyone's to-dos and notifications. Nobody types what the system knows
// (P21.6-burden); nothing is ranked or counted as a score (X24-rules).
import { z } from 'zod';
import { bilingual } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { localisedMessage } from './policy';
import { isoDate } from './villages';

const text = (max: number, zh: string, en: string) =>
  z
    .string(bilingual(`请填写${zh}`, `give ${en}`))
    .trim()
    .min(1, bilingual(`请填写${zh}`, `give ${en}`))
    .max(max, bilingual(`${zh}不能超过 ${max} 个字`, `${en} is at most ${max} characters`));

// ── Quarterly team-leader meetings (P17.4.2-meeting) ────────────────────────────────────────────────────

export const meetingStatuses = ['scheduled', 'held'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const decisionItem = z.object({
  text: text(500, '议定事项', 'the decision'),
  owner: text(100, '责任人', 'the owner'),
  ownerCadreId: uuid.optional(),
  dueOn: isoDate.optional(),
});
export type DecisionItem = z.infer<typeof decisionItem>;

const countyCode = z
  .string()
  .regex(/^\d{6}$/, bilingual('县级行政区划代码应为 6 位数字', 'a county code of 6 digits'));

export const meetingBody = z.object({
  countyCode,
  heldOn: isoDate,
  place: text(200, '会议地点', 'the place'),
  attendeeCadreIds: z
    .array(uuid, bilingual('请选择参会的队长', 'choose the team leaders who attended'))
    .min(1, bilingual('请至少选择一名参会队长', 'choose at least one team leader who attended'))
    .max(500),
  minutes: text(20_000, '会议纪要', 'the minutes'),
  decisions: z.array(decisionItem).max(100).optional(),
});
export type MeetingBody = z.infer<typeof meetingBody>;

export const scheduleMeetingBody = z.object({
  countyCode,
  plannedOn: isoDate,
  place: z.string().trim().max(200).optional(),
});
export type ScheduleMeetingBody = z.infer<typeof scheduleMeetingBody>;

/** Recording a scheduled meeting as held: the same fields as a held meeting, the county is the meeting's. */
export const recordMeetingBody = meetingBody.omit({ countyCode: true });
export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;

export const meetingAttendee = z.object({ cadreId: z.string(), name: z.string() });

export const meetingView = z.object({
  id: z.string(),
  countyCode: z.string(),
  countyName: z.string(),
  status: z.enum(meetingStatuses),
  plannedOn: z.string().nullable(),
  heldOn: z.string().nullable(),
  quarter: z.string().nullable(),
  place: z.string().nullable(),
  attendees: z.array(meetingAttendee),
  minutes: z.string().nullable(),
  decisions: z.array(decisionItem),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingListQuery = pageQuery.extend({
  region: regionCode.optional(),
  status: z.enum(meetingStatuses).optional(),
});
export const meetingList = listOf(meetingView);

export const overdueQuery = z.object({ region: regionCode.optional(), date: isoDate.optional() });
export const overdueResult = z.object({
  ruleId: z.literal('P17.4.2-meeting'),
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  counties: z.array(
    z.object({ countyCode: z.string(), name: z.string(), lastHeldOn: z.string().nullable() }),
  ),
});
export type OverdueResult = z.infer<typeof overdueResult>;

// ── Heart-to-heart talks (P21.6-talk / P17.6.4-talk) ────────────────────────────────────────────────────

/** The office a talker records for: the county, the township or the dispatching unit (P21.6-talk). */
export const talkerOffices = ['org_admin', 'leading_group', 'township', 'unit_hr', 'unit_committee'] as const;
export type TalkerOffice = (typeof talkerOffices)[number];

export const talkBody = z.object({
  cadreId: uuid,
  heldOn: isoDate,
  topics: z.union([
    text(500, '谈话主题', 'the topics'),
    z
      .array(text(200, '谈话主题', 'a topic'))
      .min(1, bilingual('请至少填写一个谈话主题', 'give at least one topic'))
      .max(20),
  ]),
  notes: z.string().trim().max(20_000).optional(),
});
export type TalkBody = z.infer<typeof talkBody>;

export const talkView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  heldOn: z.string(),
  topics: z.array(z.string()),
  /** Null when the reader is not the talker's office or the organisation department (P21.6-talk). */
  notes: z.string().nullable(),
  notesHidden: z.boolean(),
  talkerName: z.string(),
  talkerOffice: z.enum(talkerOffices),
  createdAt: z.string(),
});
export type TalkView = z.infer<typeof talkView>;

export const talkListQuery = pageQuery.extend({
  cadreId: uuid.optional(),
  region: regionCode.optional(),
});
export const talkList = listOf(talkView);

export const talksDueQuery = z.object({ date: isoDate.optional() });
export const talksDue = z.object({
  ruleId: z.literal('P21.6-talk'),
  intervalMonths: z.number().int(),
  since: z.string(),
  items: z.array(
    z.object({
      cadreId: z.string(),
      name: z.string(),
      villageCode: z.string(),
      villageName: z.string(),
      lastTalkOn: z.string().nullable(),
    }),
  ),
});

// ── Discipline records (P17.4.2-discipline / P21.5-discipline) ──────────────────────────────────────────

export const disciplineDecisions = ['reminder', 'criticism', 'recall_proposed', 'other'] as const;
export type DisciplineDecision = (typeof disciplineDecisions)[number];

export const disciplineBody = z.object({
  cadreId: uuid,
  on: isoDate,
  finding: text(5_000, '查实的问题', 'the finding'),
  ruleId: z.string().trim().max(40).optional(),
  decision: z.enum(
    disciplineDecisions,
    bilingual(
      '处理应为 reminder（提醒）、criticism（批评教育）、recall_proposed（提出召回）或 other（其他）',
      'decision must be reminder, criticism, recall_proposed or other',
    ),
  ),
  /** For `recall_proposed`: the reasons sent to the dispatching unit (defaults to the finding). */
  recallReasons: z.string().trim().max(2_000).optional(),
});
export type DisciplineBody = z.infer<typeof disciplineBody>;

export const statementBody = z.object({ statement: text(5_000, '本人说明', 'the statement') });

export const disciplineView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  assignmentId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  on: z.string(),
  finding: z.string(),
  ruleId: z.string().nullable(),
  decision: z.enum(disciplineDecisions),
  recallProposalId: z.string().nullable(),
  statement: z.string().nullable(),
  statementAt: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
  allowedSteps: z.array(z.enum(['statement'])),
});
export type DisciplineView = z.infer<typeof disciplineView>;

export const disciplineListQuery = pageQuery.extend({
  cadreId: uuid.optional(),
  region: regionCode.optional(),
});
export const disciplineList = listOf(disciplineView);

// ── The three handover lists (压茬交接, P21.5-rotate) ────────────────────────────────────────────────────

export const handoverBody = z.object({
  villageSituation: text(20_000, '村情清单', 'the village situation'),
  workInProgress: text(20_000, '在办事项清单', 'the work in progress'),
  assetsAndFiles: text(20_000, '资产和档案清单', 'the assets and files'),
});
export type HandoverBody = z.infer<typeof handoverBody>;

export const handoverStatuses = [
  'prepared',
  'successor_confirmed',
  'township_confirmed',
  'confirmed',
] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];
export const handoverSteps = ['edit', 'confirm_successor', 'confirm_township', 'move_tasks'] as const;

export const handoverView = z.object({
  id: z.string(),
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  successorAssignmentId: z.string().nullable(),
  successorName: z.string().nullable(),
  status: z.enum(handoverStatuses),
  villageSituation: z.string(),
  workInProgress: z.string(),
  assetsAndFiles: z.string(),
  preparedByName: z.string(),
  preparedAt: z.string(),
  successorConfirmedByName: z.string().nullable(),
  successorConfirmedAt: z.string().nullable(),
  townshipConfirmedByName: z.string().nullable(),
  townshipConfirmedAt: z.string().nullable(),
  tasksMovedAt: z.string().nullable(),
  allowedSteps: z.array(z.enum(handoverSteps)),
});
export type HandoverView = z.infer<typeof handoverView>;

/** The assignment's lists, or null with whether the actor may prepare them now. */
export const handoverOfAssignment = z.object({
  handover: handoverView.nullable(),
  successor: z.object({ assignmentId: z.string(), name: z.string(), startOn: z.string() }).nullable(),
  mayPrepare: z.boolean(),
  /** Open tasks' text to start the work-in-progress list from (nobody types what the system knows). */
  draftWorkInProgress: z.string().nullable(),
});

// ── To-dos and notifications (issue 12 item 6) ──────────────────────────────────────────────────────────

export const todoKinds = [
  'leave_to_approve',
  'return_overdue',
  'trip_to_approve',
  'explanation_to_decide',
  'absence_to_explain',
  'attendance_alert',
  'meeting_overdue',
  'meeting_scheduled',
  'handover_to_prepare',
  'handover_to_confirm',
  'term_ending',
  'talk_due',
  'discipline_statement',
  'report_to_write',
  'report_to_review',
  'report_to_hear',
] as const;

export const todoItem = z.object({
  /** A kind of `todoKinds`; providers added later may bring their own (the list is open). */
  kind: z.string(),
  /** In the request's language (the server localises {zh, en}). */
  title: localisedMessage,
  href: z.string(),
  due: z.string().optional(),
  ruleId: z.string().optional(),
});
export type TodoItem = z.infer<typeof todoItem>;
export const todoList = z.object({ items: z.array(todoItem) });

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  href: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const notificationList = z.object({
  items: z.array(notificationView),
  unread: z.number().int(),
});
export const notificationQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
