import { Flex, Typography } from 'antd';
import type { LedgerDay } from '../../api/attendance';
import { useT } from '../../app/i18n';
import { dayStatusColors, dayStatusLabels } from './labels';

const weekdays = {
  zh: ['一', '二', '三', '四', '五', '六', '日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Monday-first weekday of a YYYY-MM-DD date (0 = Monday). */
const weekdayOf = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;

/**
 * A month as a 7-column grid of buttons, each day coloured by its status with the status in words — fits a
 * 360 px phone (each cell ≥ 44 px tall, a tap target). Tapping a day selects it; the page says why.
 */
export function MonthCalendar({
  days,
  selected,
  onSelect,
  today,
}: {
  days: LedgerDay[];
  selected: string | null;
  onSelect: (date: string) => void;
  today: string;
}) {
  const { l, lang } = useT();
  const first = days[0];
  const lead = first ? weekdayOf(first.date) : 0;
  return (
    <section aria-label={l({ zh: '本月考勤日历', en: 'Attendance calendar of the month' })}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}>
        {weekdays[lang].map((w, i) => (
          <div
            aria-hidden
            key={w}
            style={{
              textAlign: 'center',
              fontSize: 12,
              color: i >= 5 ? '#8c8c8c' : '#595959',
              padding: '2px 0',
            }}
          >
            {w}
          </div>
        ))}
        {days.map((d) => {
          const colour = dayStatusColors[d.status];
          const isSelected = d.date === selected;
          const label = l(dayStatusLabels[d.status]);
          const dayNumber = Number(d.date.slice(8));
          return (
            <button
              type="button"
              key={d.date}
              aria-pressed={isSelected}
              aria-label={lang === 'zh' ? `${dayNumber}日 ${label}` : `${dayNumber} ${label}`}
              data-status={d.status}
              onClick={() => onSelect(d.date)}
              style={{
                // The month's first day sits under its weekday.
                gridColumnStart: d === first ? lead + 1 : undefined,
                // Days to come are presumed as planned, not yet lived: drawn lighter.
                opacity: d.future ? 0.6 : 1,
                minHeight: 52,
                border: isSelected ? `2px solid ${colour.fg}` : '1px solid #f0f0f0',
                outline: d.date === today ? '2px dashed #1456b8' : undefined,
                outlineOffset: -4,
                borderRadius: 6,
                background: colour.bg,
                color: colour.fg,
                padding: '4px 2px',
                cursor: 'pointer',
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                gap: 2,
                font: 'inherit',
                minWidth: 0,
              }}
            >
              <span style={{ fontWeight: 600, fontSize: 15, lineHeight: 1.1 }}>{dayNumber}</span>
              <span
                style={{
                  fontSize: 11,
                  lineHeight: 1.1,
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  maxWidth: '100%',
                }}
              >
                {shortLabel(d, lang)}
              </span>
            </button>
          );
        })}
      </div>
      <Flex wrap gap={8} style={{ marginTop: 8 }} aria-hidden>
        {(
          [
            'in_village',
            'in_village_rest_day',
            'rest',
            'leave',
            'official_trip',
            'training',
            'absent',
          ] as const
        ).map((s) => (
          <Flex key={s} align="center" gap={4}>
            <span
              style={{
                width: 12,
                height: 12,
                borderRadius: 3,
                background: dayStatusColors[s].bg,
                border: `1px solid ${dayStatusColors[s].fg}`,
                display: 'inline-block',
              }}
            />
            <Typography.Text style={{ fontSize: 12 }}>{l(dayStatusLabels[s])}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </section>
  );
}

const short: Record<LedgerDay['status'], { zh: string; en: string }> = {
  in_village: { zh: '在村', en: 'In' },
  in_village_rest_day: { zh: '休·在村', en: 'Stayed' },
  rest: { zh: '休', en: 'Rest' },
  leave: { zh: '假', en: 'Leave' },
  official_trip: { zh: '差', en: 'Trip' },
  training: { zh: '训', en: 'Train' },
  absent: { zh: '缺', en: 'Abs.' },
  not_on_post: { zh: '—', en: '—' },
};

function shortLabel(d: LedgerDay, lang: 'zh' | 'en') {
  return short[d.status][lang];
}
