import type { Lang } from '../../shared/errors';

// Dates are shown as calendar dates in Asia/Shanghai (STYLE.md): 2026年3月1日 in Chinese.
const TIME_ZONE = 'Asia/Shanghai';
const localeOf = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, withTime: boolean) {
  const key = `${lang}|${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: lang === 'zh' ? 'numeric' : 'short',
      day: 'numeric',
      ...(withTime
        ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' as const }
        : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/** 2026年3月1日 / 1 Mar 2026 */
export function formatDate(iso: string | Date, lang: Lang): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  if (lang === 'en') return formatter(lang, false).format(date);
  const parts = Object.fromEntries(
    formatter(lang, false)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${parts.month}月${parts.day}日`;
}

/** 2026年3月1日 08:05:09 / 1 Mar 2026, 08:05:09 */
export function formatDateTime(iso: string | Date, lang: Lang): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return String(iso);
  const parts = Object.fromEntries(
    formatter(lang, true)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const time = `${parts.hour}:${parts.minute}:${parts.second}`;
  return lang === 'zh'
    ? `${parts.year}年${parts.month}月${parts.day}日 ${time}`
    : `${parts.day} ${parts.month} ${parts.year}, ${time}`;
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Numbers with thousands separators. */
export function formatNumber(n: number, lang: Lang): string {
  numberFormats[lang] ??= new Intl.NumberFormat(localeOf(lang));
  return numberFormats[lang].format(n);
}

/** "1 member", "2 members", "1,200 rows": an English count with the noun in the right number. */
export function enCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n, 'en')} ${n === 1 ? singular : plural}`;
}
