import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  type CalendarNotice,
  type PackageCalendarData,
  unknownYearsBetween,
  validateNotice,
  weekdayOf,
  workingDaysBetween,
} from './calendar';

// The data of the `chinese-days` package as the server loads it; these tests pin it against the State
// Council notices (国务院办公厅关于2025年部分节假日安排的通知 国办发明电〔2024〕12号; 关于2026年部分节假日
// 安排的通知), so a package update that changes a listed year fails here.
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as PackageCalendarData;
const national = buildCalendar({ package: data });

const range = (from: string, to: string) => {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('the work calendar against the State Council notices (issue 10 item 2)', () => {
  it('2026: 元旦 1-1..1-3, 春节 2-15..2-23, 清明 4-4..4-6, 劳动节 5-1..5-5, 端午 6-19..6-21, 中秋 9-25..9-27, 国庆 10-1..10-7', () => {
    const holidays = [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ];
    for (const d of holidays) expect(national.kindOf(d), d).toBe('holiday');
    const listed = range('2026-01-01', '2026-12-31').filter((d) => national.kindOf(d) === 'holiday');
    expect(listed).toEqual(holidays);
    expect(national.nameOf('2026-02-17')).toBe('春节');
    expect(national.kindOf('2026-02-14')).toBe('working');
    expect(national.kindOf('2026-02-24')).toBe('working');
  });

  it('2026 adjusted working days (调休上班): 1-4 (Sun), 2-14 and 2-28 (Sat), 5-9 (Sat), 9-20 (Sun), 10-10 (Sat) — and no other weekend day', () => {
    const adjusted = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
    for (const d of adjusted) {
      expect([0, 6], d).toContain(weekdayOf(d));
      expect(national.kindOf(d), d).toBe('working');
      expect(national.isAdjustedWorkday(d), d).toBe(true);
    }
    const weekendsWorked = range('2026-01-01', '2026-12-31').filter(
      (d) => [0, 6].includes(weekdayOf(d)) && national.kindOf(d) === 'working',
    );
    expect(weekendsWorked).toEqual(adjusted);
  });

  it('2025: 春节 1-28..2-4 with 1-26 and 2-8 worked, 劳动节 5-1..5-5 with 4-27 worked, 国庆中秋 10-1..10-8 with 9-28 and 10-11 worked', () => {
    for (const d of range('2025-01-28', '2025-02-04')) expect(national.kindOf(d), d).toBe('holiday');
    for (const d of range('2025-05-01', '2025-05-05')) expect(national.kindOf(d), d).toBe('holiday');
    for (const d of range('2025-10-01', '2025-10-08')) expect(national.kindOf(d), d).toBe('holiday');
    for (const d of ['2025-01-01', '2025-04-04', '2025-05-31', '2025-06-02'])
      expect(national.kindOf(d), d).toBe('holiday');
    const weekendsWorked = range('2025-01-01', '2025-12-31').filter(
      (d) => [0, 6].includes(weekdayOf(d)) && national.kindOf(d) === 'working',
    );
    expect(weekendsWorked).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(range('2025-01-01', '2025-12-31').filter((d) => national.kindOf(d) === 'holiday')).toHaveLength(
      28,
    );
  });

  it('working days both ends included: February 2026 has 16 (20 weekdays, 6 of them 春节, 2 Saturdays worked); a single working day is 1', () => {
    expect(workingDaysBetween(national, '2026-02-01', '2026-02-28')).toBe(16);
    expect(workingDaysBetween(national, '2026-02-13', '2026-02-13')).toBe(1);
    expect(workingDaysBetween(national, '2026-02-15', '2026-02-15')).toBe(0);
    expect(workingDaysBetween(national, '2026-02-02', '2026-02-01')).toBe(0);
    // A leave from Thursday 4-2 to Tuesday 4-7 over 清明 (4-4..4-6): 4-2, 4-3 and 4-7, 3 working days.
    expect(workingDaysBetween(national, '2026-04-02', '2026-04-07')).toBe(3);
  });

  it('a year the package does not list (2027) is unknown, never silently a normal year', () => {
    expect(national.knows(2025)).toBe(true);
    expect(national.knows(2026)).toBe(true);
    expect(national.knows(2027)).toBe(false);
    expect(national.sourceOf(2027)).toBeUndefined();
    // Without the notice the fallback calls 2027-01-01 (a Friday) a working day — and says the year is unknown.
    expect(national.kindOf('2027-01-01')).toBe('working');
    expect(unknownYearsBetween(national, '2026-12-01', '2027-01-31')).toEqual([2027]);
    expect(unknownYearsBetween(national, '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

const notice2027: CalendarNotice = {
  year: 2027,
  holidays: [
    ...['2027-01-01', '2027-01-02', '2027-01-03'].map((date) => ({ date, name: '元旦' })),
    ...range('2027-02-06', '2027-02-14').map((date) => ({ date, name: '春节' })),
    ...range('2027-04-03', '2027-04-05').map((date) => ({ date, name: '清明节' })),
  ],
  workdays: [{ date: '2027-02-20', name: '春节' }],
};

describe('loaded notices and local days (issue 10 item 2)', () => {
  it('a loaded notice makes its year known and decides its days', () => {
    const cal = buildCalendar({ package: data, notices: [notice2027] });
    expect(cal.knows(2027)).toBe(true);
    expect(cal.sourceOf(2027)).toBe('notice');
    expect(cal.kindOf('2027-01-01')).toBe('holiday');
    expect(cal.kindOf('2027-02-20')).toBe('working');
    expect(cal.nameOf('2027-02-08')).toBe('春节');
    expect(cal.sourceOf(2026)).toBe('package');
  });

  it('a notice for a year the package lists replaces the package entries of that year only', () => {
    const cal = buildCalendar({
      package: data,
      notices: [{ year: 2026, holidays: [{ date: '2026-01-01', name: '元旦' }], workdays: [] }],
    });
    expect(cal.kindOf('2026-02-16')).toBe('working');
    expect(cal.kindOf('2025-01-28')).toBe('holiday');
  });

  it('a local day of the province, city or county applies to its region; the most specific wins', () => {
    const cal = buildCalendar({
      package: data,
      localDays: [
        { regionCode: '52', date: '2026-03-20', kind: 'holiday', name: '三月三' },
        { regionCode: '520121', date: '2026-03-20', kind: 'working', name: '县调整' },
        { regionCode: '52', date: '2026-07-14', kind: 'holiday', name: '火把节' },
      ],
    });
    expect(cal.kindOf('2026-07-14')).toBe('holiday');
    expect(cal.nameOf('2026-07-14')).toBe('火把节');
    expect(cal.kindOf('2026-03-20')).toBe('working');
    expect(cal.localOf('2026-03-20')?.regionCode).toBe('520121');
  });

  it('validates a notice: dates in the year, no duplicates, adjusted working days on weekends, 元旦 a holiday', () => {
    expect(validateNotice(notice2027)).toEqual([]);
    const bad = validateNotice({
      year: 2027,
      holidays: [
        ...notice2027.holidays.slice(1),
        { date: '2026-12-31', name: '元旦' },
        { date: '2027-02-30', name: '春节' },
      ],
      workdays: [
        { date: '2027-02-10', name: '春节' },
        { date: '2027-04-05', name: '清明节' },
      ],
    });
    const text = bad.map((p) => p.en).join(' | ');
    expect(text).toMatch(/2026-12-31 is not in 2027/);
    expect(text).toMatch(/2027-02-30 is not a valid date/);
    expect(text).toMatch(/2027-02-10 is not a Saturday or Sunday/);
    expect(text).toMatch(/2027-04-05 is listed twice/);
    expect(text).toMatch(/2027-01-01 \(New Year's Day\) must be a holiday/);
    expect(
      validateNotice({ year: 2027, holidays: notice2027.holidays.slice(0, 5), workdays: [] })[0]?.en,
    ).toMatch(/fewer than the statutory days/);
  });
});
