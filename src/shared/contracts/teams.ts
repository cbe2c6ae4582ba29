import { z } from 'zod';
import { bilingual } from '../errors';
import { assignmentView, teamRoles, termProgressView } from './assignments';
import { isoDate } from './villages';

export const villageCodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{12}$/, bilingual('村级行政区划代码应为 12 位数字', 'a village code has 12 digits')),
});
export const countyCodeParams = z.object({
  code: z.string().regex(/^\d{6}$/, bilingual('县级行政区划代码应为 6 位数字', 'a county code has 6 digits')),
});
export const onDateQuery = z.object({ date: isoDate.optional() });

export const gapView = z.object({ from: z.string(), to: z.string(), days: z.number().int() });

export const teamView = z.object({
  id: z.string(),
  batch: z.number().int(),
  startedOn: z.string(),
  /** The last day anyone of the team is on post (actual or planned). */
  lastDay: z.string().nullable(),
  policyVersion: z.enum(['P17', 'P21']),
  /** Someone of the team is on post on the date. */
  current: z.boolean(),
  assignments: z.array(assignmentView),
});

/** GET /api/villages/:code/teams: every team and assignment in time order, with the gaps. */
export const villageTeamsView = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  countyCode: z.string(),
  date: z.string(),
  teams: z.array(teamView),
  /** Day ranges without a first secretary, from the first one's start. */
  gaps: z.array(gapView),
  firstSecretaryNow: z
    .object({ assignmentId: z.string(), cadreId: z.string(), cadreName: z.string() })
    .nullable(),
});

const finding = z.object({
  ruleId: z.string(),
  severity: z.enum(['block', 'warn', 'info']),
  message: z.string(),
});

export const boardMember = z.object({
  assignmentId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitName: z.string(),
  teamRole: z.enum(teamRoles),
  startOn: z.string(),
  plannedEndOn: z.string(),
  endOn: z.string().nullable(),
  progress: termProgressView,
  partyRelationTransferredOn: z.string().nullable(),
  fullTimeAcknowledgedOn: z.string().nullable(),
});

export const boardNeed = z.object({
  id: z.string(),
  firstSecretary: z.boolean(),
  members: z.number().int(),
  remaining: z.object({ firstSecretary: z.number().int(), members: z.number().int() }),
  candidates: z.number().int(),
});

export const boardVillage = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  team: z.object({ id: z.string(), batch: z.number().int(), startedOn: z.string() }).nullable(),
  members: z.array(boardMember),
  openNeeds: z.array(boardNeed),
  warnings: z.array(finding),
});

/** GET /api/counties/:code/team-board: each village with an open need or a team. */
export const teamBoardView = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  date: z.string(),
  villages: z.array(boardVillage),
  total: z.number().int(),
});
