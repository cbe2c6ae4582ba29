import { formatDate } from '../app/format';
import { useT } from '../app/i18n';

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in China, YYYY-MM-DD (dates are Asia/Shanghai calendar dates, STYLE.md). */
export const todayInShanghai = () => shanghaiDay.format(new Date());

/** A YYYY-MM-DD calendar date in words: 2026年3月1日 / 1 Mar 2026 (noon, so no time zone moves the day). */
export const dayText = (date: string, lang: 'zh' | 'en') => formatDate(`${date}T12:00:00+08:00`, lang);

/** A calendar date as text, or the placeholder when there is none. */
export function CalendarDay({ date, empty = '—' }: { date: string | null | undefined; empty?: string }) {
  const { lang } = useT();
  return <>{date ? dayText(date, lang) : empty}</>;
}
