import { Flex, Typography } from 'antd';
import type { CalendarDay } from '../../api/calendar';
import { useT } from '../../app/i18n';

type Text = { zh: string; en: string };
export type DayLook = 'working' | 'rest' | 'holiday' | 'adjusted';

export const dayLooks: Record<DayLook, { label: Text; mark: Text | null; bg: string; fg: string }> = {
  working: { label: { zh: '工作日', en: 'Working day' }, mark: null, bg: '#ffffff', fg: '#262626' },
  rest: { label: { zh: '休息日', en: 'Rest day' }, mark: null, bg: '#f0f0f0', fg: '#8c8c8c' },
  holiday: {
    label: { zh: '法定节假日', en: 'Public holiday' },
    mark: { zh: '休', en: 'H' },
    bg: '#fff1f0',
    fg: '#cf1322',
  },
  adjusted: {
    label: { zh: '调休上班', en: 'Adjusted working day' },
    mark: { zh: '班', en: 'W' },
    bg: '#fff7e6',
    fg: '#d46b08',
  },
};
const LOCAL_OUTLINE = '#722ed1';

export const lookOf = (d: CalendarDay): DayLook =>
  d.kind === 'holiday' ? 'holiday' : d.kind === 'rest' ? 'rest' : d.adjusted ? 'adjusted' : 'working';

const weekdays = {
  zh: ['一', '二', '三', '四', '五', '六', '日'],
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Monday-first weekday of a YYYY-MM-DD date (0 = Monday). */
const weekdayOf = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;

/** A day in words for its cell: "2027年1月1日 元旦 法定节假日（地方）". */
function dayLabel(d: CalendarDay, lang: 'zh' | 'en') {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
  // A local day is the region's own, never a public holiday of the State Council's notice.
  const look = d.local
    ? d.kind === 'working'
      ? { zh: '地方上班日', en: 'Local working day' }[lang]
      : { zh: '地方假日', en: 'Local day off' }[lang]
    : dayLooks[lookOf(d)].label[lang];
  return lang === 'zh'
    ? `${y}年${m}月${day}日 ${d.name ? `${d.name} ` : ''}${look}`
    : `${day} ${monthNames[m - 1]} ${y} ${d.name ? `${d.name} ` : ''}${look}`;
}

/** The colour key of the year calendar. */
export function CalendarLegend({ withLocal }: { withLocal: boolean }) {
  const { l } = useT();
  return (
    <Flex wrap gap={12} role="list" aria-label={l({ zh: '图例', en: 'Legend' })}>
      {(Object.keys(dayLooks) as DayLook[]).map((k) => (
        <Flex key={k} align="center" gap={4} role="listitem">
          <Swatch bg={dayLooks[k].bg} fg={dayLooks[k].fg} />
          <Typography.Text style={{ fontSize: 13 }}>
            {l(dayLooks[k].label)}
            {dayLooks[k].mark && `（${l(dayLooks[k].mark!)}）`}
          </Typography.Text>
        </Flex>
      ))}
      {withLocal && (
        <Flex align="center" gap={4} role="listitem">
          <Swatch bg="#ffffff" fg={LOCAL_OUTLINE} dashed />
          <Typography.Text style={{ fontSize: 13 }}>
            {l({ zh: '地方设置的日子', en: 'Set by the province, city or county' })}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

function Swatch({ bg, fg, dashed = false }: { bg: string; fg: string; dashed?: boolean }) {
  return (
    <span
      aria-hidden
      style={{
        width: 14,
        height: 14,
        borderRadius: 3,
        background: bg,
        border: `${dashed ? 2 : 1}px ${dashed ? 'dashed' : 'solid'} ${fg}`,
        display: 'inline-block',
      }}
    />
  );
}

/** Twelve month grids of a year, Monday first, each day coloured by its kind; a table per month. */
export function YearCalendar({ year, days }: { year: number; days: CalendarDay[] }) {
  const { l, lang } = useT();
  const months = Array.from({ length: 12 }, (_, i) =>
    days.filter((d) => Number(d.date.slice(5, 7)) === i + 1),
  );
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
        gap: 16,
      }}
    >
      {months.map((monthDays, i) => {
        const lead = monthDays[0] ? weekdayOf(monthDays[0].date) : 0;
        // Blank cells before the 1st and after the last day, each keyed by its place.
        const cells: { key: string; day: CalendarDay | null }[] = [
          ...Array.from({ length: lead }, (_, n) => ({ key: `lead-${n}`, day: null })),
          ...monthDays.map((d) => ({ key: d.date, day: d })),
        ];
        for (let n = 0; cells.length % 7; n++) cells.push({ key: `trail-${n}`, day: null });
        const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
        const caption = l({ zh: `${year}年${i + 1}月`, en: `${monthNames[i]} ${year}` });
        return (
          <table
            key={caption}
            style={{ borderCollapse: 'separate', borderSpacing: 2, width: '100%', tableLayout: 'fixed' }}
          >
            <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 2px 4px' }}>
              {lang === 'zh' ? `${i + 1}月` : monthNames[i]}
              <span
                style={{
                  position: 'absolute',
                  width: 1,
                  height: 1,
                  overflow: 'hidden',
                  clip: 'rect(0 0 0 0)',
                }}
              >
                {` ${year}`}
              </span>
            </caption>
            <thead>
              <tr>
                {weekdays[lang].map((w, wi) => (
                  <th
                    key={w}
                    scope="col"
                    style={{ fontSize: 12, fontWeight: 400, color: wi >= 5 ? '#8c8c8c' : '#595959' }}
                  >
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]!.key}>
                  {week.map(({ key, day: d }) => {
                    if (!d) return <td key={key} />;
                    const look = dayLooks[lookOf(d)];
                    const label = dayLabel(d, lang);
                    return (
                      <td
                        key={d.date}
                        aria-label={label}
                        title={label}
                        data-kind={lookOf(d)}
                        style={{
                          position: 'relative',
                          height: 30,
                          textAlign: 'center',
                          fontSize: 13,
                          borderRadius: 4,
                          background: look.bg,
                          color: look.fg,
                          border: d.local ? `2px dashed ${LOCAL_OUTLINE}` : '1px solid #f0f0f0',
                          fontWeight: d.kind === 'holiday' || d.adjusted ? 600 : 400,
                        }}
                      >
                        {Number(d.date.slice(8))}
                        {look.mark && (
                          <span
                            aria-hidden
                            style={{ position: 'absolute', top: 0, right: 2, fontSize: 9, lineHeight: 1.2 }}
                          >
                            {l(look.mark)}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/**
 * The year's public holidays as runs of consecutive days with one name (春节 2月15日–2月23日, 9 天); local days
 * are the region's own and listed apart.
 */
export function holidayRuns(days: CalendarDay[]): { name: string; from: string; to: string; days: number }[] {
  const runs: { name: string; from: string; to: string; days: number }[] = [];
  let prev: CalendarDay | undefined;
  for (const d of days) {
    if (d.kind === 'holiday' && !d.local) {
      const last = runs.at(-1);
      const name = d.name ?? '';
      if (last && prev?.kind === 'holiday' && !prev.local && (prev.name ?? '') === name) {
        last.to = d.date;
        last.days++;
      } else runs.push({ name, from: d.date, to: d.date, days: 1 });
    }
    prev = d;
  }
  return runs;
}
