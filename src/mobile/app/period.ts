// Half years on the phone (issue 12 item 1; P17.4.2-report): `2026H1` is 1 January – 30 June, `2026H2`
// 1 July – 31 December; a report is due 15 days after its half year ends and is owed for a half year with at
// least 30 days on post. Kept here, small, so the first screen does not carry the domain module (and zod).

const DAY = 86_400_000;
const REPORT_DUE_DAYS = 15;
const MIN_DAYS_ON_POST = 30;

export const periodOf = (day: string) => `${day.slice(0, 4)}H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;

export function previousPeriod(period: string): string {
  const y = Number(period.slice(0, 4));
  return period.endsWith('H2') ? `${y}H1` : `${y - 1}H2`;
}

export function periodSpan(period: string): { from: string; to: string } {
  const y = period.slice(0, 4);
  return period.endsWith('H1')
    ? { from: `${y}-01-01`, to: `${y}-06-30` }
    : { from: `${y}-07-01`, to: `${y}-12-31` };
}

export const reportDueOn = (period: string) =>
  new Date(Date.parse(`${periodSpan(period).to}T00:00:00Z`) + REPORT_DUE_DAYS * DAY)
    .toISOString()
    .slice(0, 10);

/** Days on post in the half year up to `until` (inclusive), for an assignment that started on `startOn`. */
export function daysOnPost(startOn: string, period: string, until: string): number {
  const { from, to } = periodSpan(period);
  const a = startOn > from ? startOn : from;
  const b = until < to ? until : to;
  return a > b ? 0 : Math.round((Date.parse(b) - Date.parse(a)) / DAY) + 1;
}

/** The half year just ended is owed when the assignment was on post at least 30 days of it. */
export const owesReport = (startOn: string, period: string, today: string) =>
  periodSpan(period).to < today && daysOnPost(startOn, period, today) >= MIN_DAYS_ON_POST;

/** "2026年上半年" / "First half of 2026". */
export function periodText(period: string, lang: 'zh' | 'en'): string {
  const y = period.slice(0, 4);
  const first = period.endsWith('H1');
  return lang === 'en' ? `${first ? 'First' : 'Second'} half of ${y}` : `${y}年${first ? '上' : '下'}半年`;
}
