import { z } from 'zod';
import { teamRoles } from './assignments';
import { regionCode } from './common';
import { isoDate } from './villages';

/** GET /api/terms/ending?region=PREFIX&withinDays=90 (fixed contract, issue 5). */
export const termsEndingQuery = z.object({
  region: regionCode.optional(),
  withinDays: z.coerce.number().int().min(0).max(1000).default(90),
  date: isoDate.optional(),
});
export type TermsEndingQuery = z.infer<typeof termsEndingQuery>;

export const termEndingItem = z.object({
  assignmentId: z.string(),
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
  /** The last day on post: the actual end once recorded, else the planned end. */
  lastDay: z.string(),
  daysLeft: z.number().int(),
  successorInPlace: z.boolean(),
  successor: z
    .object({ assignmentId: z.string(), cadreId: z.string(), cadreName: z.string(), startOn: z.string() })
    .nullable(),
});

export const termsEndingView = z.object({
  date: z.string(),
  until: z.string(),
  withinDays: z.number().int(),
  region: z.string().nullable(),
  total: z.number().int(),
  withoutSuccessor: z.number().int(),
  items: z.array(termEndingItem),
  counties: z.array(
    z.object({
      countyCode: z.string(),
      countyName: z.string(),
      total: z.number().int(),
      withoutSuccessor: z.number().int(),
      items: z.array(termEndingItem),
    }),
  ),
});
