// The work calendar (issue 10 item 2): which days are working days, rest days (weekends) and holidays, per
// year, from the State Council's yearly notice (国务院办公厅关于××年部分节假日安排的通知) as a maintained data
// package lists it (`chinese-days` on npm), from notices an administrator loads for a year the package does
// not know yet, and from local days a province adds (e.g. a 民族节日). Pure: the server loads the data and
// passes it in; nothing here reads a file or a clock.
//
// A year nobody listed is never silently wrong: `knows(year)` is false and `kindOf` falls back to plain
// weekdays and weekends, so every figure of that year must say "calendar of this year not published yet".
import { addDays, compareDates, type IsoDate, isIsoDate, toDayNumber } from '../time';

export type DayKind = 'working' | 'rest' | 'holiday';

export interface WorkCalendar {
  kindOf(date: string /* YYYY-MM-DD */): DayKind;
  /** Whether the national calendar of the year is known (package or a loaded notice). */
  knows(year: number): boolean;
  /** The holiday's or adjusted working day's name (春节, 国庆节 …), or a local day's. */
  nameOf?(date: string): string | undefined;
}

/** A day of a notice: a holiday, or an adjusted working day (调休上班) with the holiday it belongs to. */
export interface NamedDay {
  date: string;
  name: string;
}

/** One year's State Council notice, loaded by an administrator until the package lists the year. */
export interface CalendarNotice {
  year: number;
  holidays: NamedDay[];
  workdays: NamedDay[];
}

/** A day a province (city, county) adds for its own region: a local holiday or a local working day. */
export interface LocalDay {
  regionCode: string;
  date: string;
  kind: 'holiday' | 'working';
  name: string;
}

/** The package's data file (`chinese-days/dist/chinese-days.json`): date → "English,中文,n". */
export interface PackageCalendarData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export type YearSource = 'package' | 'notice';

export interface CalendarInput {
  package?: PackageCalendarData;
  /** Loaded notices; a notice for a year replaces the package's entries of that year (the administrator
   * loads it because the package is missing or wrong there). */
  notices?: readonly CalendarNotice[];
  /** Local days of the region the calendar is for (the caller picks those of its province, city, county). */
  localDays?: readonly LocalDay[];
}

export interface BuiltCalendar extends WorkCalendar {
  nameOf(date: string): string | undefined;
  /** Where the year's national calendar comes from; undefined when nobody listed it. */
  sourceOf(year: number): YearSource | undefined;
  /** Every year known, ascending. */
  years(): number[];
  /** Whether the day is an adjusted working day (调休上班) of the national calendar or a local working day. */
  isAdjustedWorkday(date: string): boolean;
  /** The local day of the region on that date, if any. */
  localOf(date: string): LocalDay | undefined;
}

/** Day of the week, 0 Sunday … 6 Saturday, without the host time zone (1970-01-01 was a Thursday). */
export function weekdayOf(date: string): number {
  return (((toDayNumber(date as IsoDate) + 4) % 7) + 7) % 7;
}
export const isWeekend = (date: string): boolean => {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
};

/** The Chinese name of a package entry ("Spring Festival,春节,4" → 春节). */
function packageName(value: string): string {
  const parts = value.split(',');
  return parts[1] ?? parts[0] ?? value;
}

export function buildCalendar(input: CalendarInput): BuiltCalendar {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  const source = new Map<number, YearSource>();
  const noticeYears = new Set((input.notices ?? []).map((n) => n.year));
  const year = (d: string) => Number(d.slice(0, 4));
  for (const [d, v] of Object.entries(input.package?.holidays ?? {})) {
    if (noticeYears.has(year(d))) continue;
    holidays.set(d, packageName(v));
    source.set(year(d), 'package');
  }
  for (const [d, v] of Object.entries(input.package?.workdays ?? {})) {
    if (noticeYears.has(year(d))) continue;
    workdays.set(d, packageName(v));
  }
  for (const n of input.notices ?? []) {
    source.set(n.year, 'notice');
    for (const h of n.holidays) holidays.set(h.date, h.name);
    for (const w of n.workdays) workdays.set(w.date, w.name);
  }
  // The most specific region's local day wins (a county's over its province's).
  const local = new Map<string, LocalDay>();
  for (const l of [...(input.localDays ?? [])].sort((a, b) => a.regionCode.length - b.regionCode.length)) {
    local.set(l.date, l);
  }
  return {
    kindOf(date) {
      const l = local.get(date);
      if (l) return l.kind === 'holiday' ? 'holiday' : 'working';
      if (holidays.has(date)) return 'holiday';
      if (workdays.has(date)) return 'working';
      return isWeekend(date) ? 'rest' : 'working';
    },
    knows: (y) => source.has(y),
    nameOf: (date) => local.get(date)?.name ?? holidays.get(date) ?? workdays.get(date),
    sourceOf: (y) => source.get(y),
    years: () => [...source.keys()].sort((a, b) => a - b),
    isAdjustedWorkday(date) {
      const l = local.get(date);
      if (l) return l.kind === 'working' && isWeekend(date);
      return workdays.has(date);
    },
    localOf: (date) => local.get(date),
  };
}

/** Working days from `from` to `to`, both ends included (src/domain/time/README.md); 0 when to < from. */
export function workingDaysBetween(cal: WorkCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = from as IsoDate; compareDates(d, to as IsoDate) <= 0; d = addDays(d, 1)) {
    if (cal.kindOf(d) === 'working') n++;
  }
  return n;
}

/** The years from `from` to `to` (both included) whose national calendar is not known — say so on figures. */
export function unknownYearsBetween(cal: WorkCalendar, from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!cal.knows(y)) out.push(y);
  return out;
}

/** A problem found in a notice, bilingual, with the offending date where there is one. */
export interface NoticeProblem {
  date?: string;
  zh: string;
  en: string;
}

/**
 * Checks a notice before it is loaded: dates are real dates inside the year, none twice, every day named;
 * adjusted working days (调休上班) fall on a Saturday or Sunday (that is what 调休 is); 1 January is a holiday
 * (元旦, 《全国年节及纪念日放假办法》 art. 2); at least 11 holidays (the statutory days before 2025; 13 since);
 * no more adjusted working days than holidays.
 */
export function validateNotice(n: CalendarNotice): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  if (!Number.isInteger(n.year) || n.year < 2000 || n.year > 2100) {
    return [{ zh: `年份 ${n.year} 不合理`, en: `Year ${n.year} is not plausible` }];
  }
  const seen = new Set<string>();
  const check = (d: NamedDay, what: { zh: string; en: string }) => {
    if (!isIsoDate(d.date)) {
      problems.push({
        date: d.date,
        zh: `${what.zh}日期 ${d.date} 不是有效日期`,
        en: `${what.en} ${d.date} is not a valid date`,
      });
      return false;
    }
    if (Number(d.date.slice(0, 4)) !== n.year) {
      problems.push({
        date: d.date,
        zh: `${what.zh} ${d.date} 不在 ${n.year} 年内`,
        en: `${what.en} ${d.date} is not in ${n.year}`,
      });
    }
    if (seen.has(d.date)) {
      problems.push({ date: d.date, zh: `${d.date} 重复列出`, en: `${d.date} is listed twice` });
    }
    seen.add(d.date);
    if (!d.name?.trim()) {
      problems.push({ date: d.date, zh: `${d.date} 缺少节日名称`, en: `${d.date} has no holiday name` });
    }
    return true;
  };
  for (const h of n.holidays) check(h, { zh: '放假', en: 'Holiday' });
  for (const w of n.workdays) {
    if (check(w, { zh: '调休上班', en: 'Adjusted working day' }) && !isWeekend(w.date)) {
      problems.push({
        date: w.date,
        zh: `调休上班日 ${w.date} 不是周六或周日`,
        en: `Adjusted working day ${w.date} is not a Saturday or Sunday`,
      });
    }
  }
  if (!n.holidays.some((h) => h.date === `${n.year}-01-01`)) {
    problems.push({
      zh: `${n.year}-01-01（元旦）应为放假日`,
      en: `${n.year}-01-01 (New Year's Day) must be a holiday`,
    });
  }
  if (n.holidays.length < 11) {
    problems.push({
      zh: `放假日只有 ${n.holidays.length} 天，少于法定节假日`,
      en: `Only ${n.holidays.length} holidays: fewer than the statutory days`,
    });
  }
  if (n.workdays.length > n.holidays.length) {
    problems.push({ zh: '调休上班日多于放假日', en: 'More adjusted working days than holidays' });
  }
  return problems;
}
