import { z } from 'zod';
import { bilingual, type LocalisedText } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { isoDate } from './villages';

// Optional evidence check-in (issue 10 item 8). Off unless a province or county switches it on
// (`checkInEnabled`); never required, never counted in the ledger, never ranked (X23-fingertip, X26-apps
// art. 6). A position is sensitive personal information (PIPL-28): a purpose notice first, visible to the
// township and county of the village only, deleted after `checkInRetentionDays`.

export const checkInFlags = [
  'no_fix',
  'low_accuracy',
  'outside_radius',
  'impossible_speed',
  'clock_skew',
] as const;
export type CheckInFlag = (typeof checkInFlags)[number];

export const checkInFlagLabels: Record<CheckInFlag, LocalisedText> = {
  no_fix: { zh: '未取得定位', en: 'No position fix' },
  low_accuracy: { zh: '定位精度不足', en: 'Low position accuracy' },
  outside_radius: { zh: '不在村庄范围内', en: 'Outside the village radius' },
  impossible_speed: { zh: '与上次签到相比移动过快', en: 'Moved implausibly fast since the last check-in' },
  clock_skew: { zh: '手机时间与服务器时间不符', en: 'Device clock differs from the server clock' },
};

/** The purpose notice the cadre acknowledges before the first check-in (PIPL-28). Bump the version to ask again. */
export const CHECK_IN_NOTICE_VERSION = '2026-12-1';
export const checkInNoticeText: LocalisedText = {
  zh: '签到是可选的佐证，不是每日义务：不签到不影响考勤，考勤以请假、出差和核查记录为准，签到不计入考勤，也不做排名（X23-fingertip、X26-apps 第六条）。签到时仅记录这一次的位置（经纬度和精度）、手机时间和服务器时间，不记录行动轨迹。位置属于敏感个人信息（个人信息保护法第二十八条，PIPL-28）：仅用于核实您在岗，仅所驻村的乡镇党委和县委组织部可以查看，保存期满（默认 90 天）后自动删除。',
  en: 'A check-in is optional evidence, not a daily duty: not checking in changes nothing in your attendance, which is kept from leave, trips and verifications; check-ins are not counted and never ranked (X23-fingertip, X26-apps art. 6). A check-in records only that one position (coordinates and accuracy), the device time and the server time — no track. A position is sensitive personal information (PIPL art. 28, PIPL-28): used only to confirm you are on post, seen only by the township party committee and the county organisation department of your village, and deleted after the retention period (90 days by default).',
};

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** POST /api/check-ins (fixed contract). No position (null) is allowed and flagged `no_fix`. */
export const createCheckInBody = z.object({
  clientId: uuid,
  deviceTime: z.iso.datetime({
    offset: true,
    message: bilingual('应为带时区的 ISO 时间', 'an ISO date-time with offset'),
  }),
  lat: latitude.nullable(),
  lng: longitude.nullable(),
  accuracy: z.number().min(0).max(1_000_000).nullable(),
});
export type CreateCheckInBody = z.infer<typeof createCheckInBody>;

export const checkInView = z.object({
  id: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  assignmentId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  serverTime: z.string(),
  deviceTime: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  accuracy: z.number().nullable(),
  /** Metres from the village's location; null without a fix or a village location. */
  distanceMetres: z.number().nullable(),
  radiusMetres: z.number().int(),
  flags: z.array(z.enum(checkInFlags)),
});
export type CheckInView = z.infer<typeof checkInView>;

export const checkInAnswer = z.object({ checkIn: checkInView });

export const noticeView = z.object({
  version: z.string(),
  text: z.string(),
  acknowledgedAt: z.string().nullable(),
  /** Whether check-ins are switched on for the cadre's current village today. */
  enabled: z.boolean(),
  retentionDays: z.number().int(),
});
export type NoticeView = z.infer<typeof noticeView>;

export const acknowledgeNoticeBody = z.object({ version: z.string().min(1).max(40) });

export const checkInQuery = pageQuery.extend({
  assignmentId: uuid.optional(),
  region: regionCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type CheckInQuery = z.infer<typeof checkInQuery>;

export const checkInList = listOf(checkInView);
