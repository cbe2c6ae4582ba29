import { z } from 'zod';
import { bilingual } from '../errors';
import { regionCode, uuid } from './common';
import { isoDate } from './villages';

// The work calendar (issue 10 item 2). A year the calendar does not know (neither the `chinese-days` package
// nor a loaded State Council notice lists it) is answered with `known: false`: its days are plain weekdays
// and weekends, and every figure of that year must say the calendar is not published yet.

export const dayKind = z.enum(['working', 'rest', 'holiday']);

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const calendarQuery = z.object({ region: regionCode.optional() });

export const calendarDayView = z.object({
  date: z.string(),
  kind: dayKind,
  /** The holiday's name, an adjusted working day's holiday, or the local day's name. */
  name: z.string().nullable(),
  /** 调休上班: a Saturday or Sunday that is a working day. */
  adjusted: z.boolean(),
  /** A day the province, city or county added for its region. */
  local: z.boolean(),
});

export const noticeView = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  holidays: z.number().int(),
  workdays: z.number().int(),
  loadedByName: z.string(),
  loadedAt: z.string(),
});
export type NoticeView = z.infer<typeof noticeView>;

/** GET /api/calendar/:year?region=CODE */
export const yearResult = z.object({
  year: z.number().int(),
  region: z.string().nullable(),
  known: z.boolean(),
  /** 'package': chinese-days; 'notice': loaded by an administrator; null: unknown. */
  source: z.enum(['package', 'notice']).nullable(),
  packageVersion: z.string(),
  notice: noticeView.nullable(),
  workingDays: z.number().int(),
  days: z.array(calendarDayView),
});
export type YearResult = z.infer<typeof yearResult>;

/** GET /api/calendar/working-days?region=CODE&from=&to= — both ends included. */
export const workingDaysQuery = z.object({ region: regionCode, from: isoDate, to: isoDate });
export const workingDaysResult = z.object({
  from: z.string(),
  to: z.string(),
  workingDays: z.number().int(),
  /** Years of the range the calendar does not know: the count may be wrong for them. */
  unknownYears: z.array(z.number().int()),
});

const namedDay = z.object({
  date: isoDate,
  name: z.string().trim().min(1).max(40),
});
/** POST /api/calendar/notices — a year's State Council notice as a small data file (validated). */
export const noticeBody = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z
    .string()
    .trim()
    .min(4, bilingual('请填写通知标题或文号', 'give the notice title or number'))
    .max(200),
  holidays: z.array(namedDay).max(60),
  workdays: z.array(namedDay).max(30),
});
export type NoticeBody = z.infer<typeof noticeBody>;
export const noticeResult = z.object({ notice: noticeView });
export const noticeList = z.object({ items: z.array(noticeView) });

export const localDayView = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  date: z.string(),
  kind: z.enum(['holiday', 'working']),
  name: z.string(),
  note: z.string().nullable(),
  addedByName: z.string(),
  addedAt: z.string(),
});
export type LocalDayView = z.infer<typeof localDayView>;

/** POST /api/calendar/local-days — a province (city, county) adds a day for its region. */
export const localDayBody = z.object({
  regionCode,
  date: isoDate,
  kind: z.enum(['holiday', 'working']),
  name: z.string().trim().min(1).max(40),
  note: z.string().trim().max(500).optional(),
});
export type LocalDayBody = z.infer<typeof localDayBody>;
export const localDayResult = z.object({ localDay: localDayView });
export const localDaysQuery = z.object({
  region: regionCode,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const localDayList = z.object({ items: z.array(localDayView) });
export const localDayParams = z.object({ id: uuid });
