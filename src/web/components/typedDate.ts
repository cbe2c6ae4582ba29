import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

// What a date field accepts when typed: the format it shows, and the forms people type (2024-06-30,
// 2024/6/30, 20240630, 2024.6.30). A typed date is taken or visibly refused, never silently dropped.

export const displayFormat = (lang: 'zh' | 'en') => (lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY');

export const typedFormats = (lang: 'zh' | 'en') => [
  displayFormat(lang),
  'YYYY-MM-DD',
  'YYYY-M-D',
  'YYYY/M/D',
  'YYYY.M.D',
  'YYYYMMDD',
];

/** The ISO date of what was typed, or null when it is no date in any accepted form (2025-02-30 is none). */
export function parseTypedDate(text: string, lang: 'zh' | 'en'): string | null {
  const s = text.trim();
  if (!s) return null;
  for (const f of typedFormats(lang)) {
    const d = dayjs(s, f, lang === 'en' ? 'en' : 'zh-cn', true);
    if (d.isValid()) return d.format('YYYY-MM-DD');
  }
  return null;
}
