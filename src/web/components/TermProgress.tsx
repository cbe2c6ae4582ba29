import { Flex, Tooltip, Typography } from 'antd';
import { enCount, formatNumber } from '../app/format';
import { useT } from '../app/i18n';
import { dayText } from './CalendarDay';

export interface TermProgressValue {
  elapsedDays: number;
  totalDays: number;
  ratio: number;
  /** Days from the date asked about to the last day on post; negative once it has passed. */
  daysLeft: number;
}

/** Days left at which a term counts as ending soon (the terms-ending view's default window). */
export const ENDING_SOON_DAYS = 90;

const colors = {
  running: '#1456b8',
  endingSoon: '#d46b08',
  ended: '#8c8c8c',
  today: '#c8161d',
  track: '#f0f0f0',
};

/**
 * A term as a bar from its start to its last day (the actual end once recorded, else the planned end): the
 * part served so far filled, today marked by a red tick, the dates and the days left beneath.
 */
export function TermProgress({
  startOn,
  plannedEndOn,
  endOn,
  progress,
  label,
}: {
  startOn: string;
  plannedEndOn: string;
  endOn: string | null;
  progress: TermProgressValue;
  /** Whose term, for screen readers: 王强的任期. */
  label: string;
}) {
  const { l, lang } = useT();
  const { elapsedDays, totalDays, ratio, daysLeft } = progress;
  const notStarted = elapsedDays === 0;
  const over = daysLeft < 0;
  const lastDay = endOn ?? plannedEndOn;
  const percent = Math.round(Math.min(Math.max(ratio, 0), 1) * 1000) / 10;
  const color =
    over || endOn ? colors.ended : daysLeft <= ENDING_SOON_DAYS ? colors.endingSoon : colors.running;
  const n = (v: number) => formatNumber(v, lang);

  const state = notStarted
    ? l({
        zh: `${n(daysLeft - totalDays + 1)} 天后到岗`,
        en: `Starts in ${enCount(daysLeft - totalDays + 1, 'day')}`,
      })
    : over
      ? l({ zh: `已于${dayText(lastDay, lang)}离任`, en: `Left on ${dayText(lastDay, lang)}` })
      : daysLeft === 0
        ? l({ zh: '今天是最后一天', en: 'Last day today' })
        : l({ zh: `还有 ${n(daysLeft)} 天`, en: `${enCount(daysLeft, 'day')} left` });
  const valueText = l({
    zh: `${label}：${dayText(startOn, lang)}至${dayText(lastDay, lang)}，已驻村 ${n(elapsedDays)} 天，共 ${n(totalDays)} 天，${state}`,
    en: `${label}: ${dayText(startOn, lang)} to ${dayText(lastDay, lang)}, ${n(elapsedDays)} of ${enCount(totalDays, 'day')} served, ${state}`,
  });

  return (
    <Flex vertical gap={3} style={{ minWidth: 220 }}>
      <Tooltip title={valueText}>
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={totalDays}
          aria-valuenow={elapsedDays}
          aria-valuetext={valueText}
          style={{ position: 'relative', height: 8, borderRadius: 4, background: colors.track }}
        >
          <div
            style={{
              position: 'absolute',
              insetBlock: 0,
              insetInlineStart: 0,
              width: `${percent}%`,
              borderRadius: 4,
              background: color,
            }}
          />
          {!notStarted && !over && (
            <div
              aria-hidden
              style={{
                position: 'absolute',
                top: -3,
                bottom: -3,
                insetInlineStart: `calc(${percent}% - 1px)`,
                width: 2,
                background: colors.today,
              }}
            />
          )}
        </div>
      </Tooltip>
      <Flex justify="space-between" gap={8} style={{ fontSize: 12, lineHeight: '16px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {dayText(startOn, lang)} – {dayText(lastDay, lang)}
          {endOn && endOn !== plannedEndOn && (
            <>
              {' '}
              {l({
                zh: `（原定${dayText(plannedEndOn, lang)}）`,
                en: ` (planned ${dayText(plannedEndOn, lang)})`,
              })}
            </>
          )}
        </Typography.Text>
        <Typography.Text
          style={{ fontSize: 12, whiteSpace: 'nowrap', color: over || notStarted ? undefined : color }}
          type={over || notStarted ? 'secondary' : undefined}
        >
          {state}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
