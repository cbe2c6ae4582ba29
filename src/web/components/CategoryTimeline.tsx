import { Empty } from 'antd';
import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, graphic, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { type VillageCategory, villageCategories, villageCategoryLabels } from '../../shared/dictionaries';
import { formatDate } from '../app/format';
import { useT } from '../app/i18n';
import { villageCategoryColors } from './VillageCategoryTags';

use([CustomChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

type Option = ComposeOption<
  CustomSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

export interface TimelinePeriod {
  category: VillageCategory;
  from: string;
  to: string | null;
}

// The tag colours of VillageCategoryTags (antd's preset palettes, shade 6), so a bar matches its tag.
const hex: Record<string, string> = {
  red: '#f5222d',
  volcano: '#fa541c',
  orange: '#fa8c16',
  gold: '#faad14',
  green: '#52c41a',
  cyan: '#13c2c2',
  geekblue: '#2f54eb',
  purple: '#722ed1',
  default: '#8c8c8c',
};
const colorOf = (c: VillageCategory) => hex[villageCategoryColors[c]] ?? hex.default!;

/** Calendar dates are Asia/Shanghai days: midnight there. */
const instant = (date: string) => new Date(`${date}T00:00:00+08:00`).getTime();
const DAY = 86_400_000;

/**
 * A village's category history as a timeline: one row per category, a bar from `from` to `to` (an open
 * period runs on to the right edge), today and the date asked about marked by lines.
 */
export function CategoryTimeline({
  periods,
  today,
  date,
  height,
}: {
  periods: readonly TimelinePeriod[];
  /** YYYY-MM-DD in Asia/Shanghai. */
  today: string;
  /** The date the page asks "what was this village" about, when it is not today. */
  date?: string;
  height?: number;
}) {
  const { l, lang } = useT();
  const container = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => villageCategories.filter((c) => periods.some((p) => p.category === c)),
    [periods],
  );

  const summary = useMemo(() => {
    const until = (to: string | null) =>
      to ? formatDate(`${to}T12:00:00+08:00`, lang) : l({ zh: '至今', en: 'now' });
    return periods
      .map(
        (p) =>
          `${l(villageCategoryLabels[p.category])} ${formatDate(`${p.from}T12:00:00+08:00`, lang)}${lang === 'zh' ? '至' : '–'}${until(p.to)}`,
      )
      .join(lang === 'zh' ? '；' : '; ');
  }, [periods, l, lang]);

  useEffect(() => {
    const el = container.current;
    if (!el || rows.length === 0) return;
    const chart = init(el, undefined, { renderer: 'svg' });

    const todayAt = instant(today);
    const dateAt = date && date !== today ? instant(date) : undefined;
    const starts = periods.map((p) => instant(p.from));
    const ends = periods.map((p) => (p.to ? instant(p.to) + DAY : todayAt));
    const first = Math.min(...starts, todayAt, dateAt ?? todayAt);
    const last = Math.max(...ends, todayAt, dateAt ?? todayAt);
    // Whole years on both sides, with room after today for open periods to show they go on.
    const min = new Date(new Date(first).getFullYear(), 0, 1).getTime();
    const max = new Date(new Date(last).getFullYear() + 1, 11, 31).getTime();

    const data = periods.map((p, i) => ({
      value: [rows.indexOf(p.category), starts[i]!, p.to ? instant(p.to) + DAY : max, p.to ? 0 : 1],
      itemStyle: { color: colorOf(p.category) },
      period: p,
    }));
    const dayText = (d: string) => formatDate(`${d}T12:00:00+08:00`, lang);

    // The y axis runs top-down (inverse), so a line's 'start' is its top end, where its label has room.
    const marks: NonNullable<MarkLineComponentOption['data']> = [
      {
        xAxis: todayAt,
        name: l({ zh: '今天', en: 'Today' }),
        lineStyle: { color: '#c8161d', type: 'dashed', width: 1.5 },
        label: { formatter: l({ zh: '今天', en: 'Today' }), color: '#c8161d', position: 'start' },
      },
      ...(dateAt !== undefined
        ? [
            {
              xAxis: dateAt,
              name: l({ zh: '查询日期', en: 'Date asked' }),
              lineStyle: { color: '#1456b8', type: 'solid' as const, width: 1.5 },
              label: { formatter: dayText(date!), color: '#1456b8', position: 'start' as const },
            },
          ]
        : []),
    ];

    const option: Option = {
      animation: false,
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = (Array.isArray(params) ? params[0] : params) as { data?: { period?: TimelinePeriod } };
          const p = item?.data?.period;
          if (!p) return '';
          return `<b>${l(villageCategoryLabels[p.category])}</b><br/>${dayText(p.from)} ${lang === 'zh' ? '至' : 'to'} ${p.to ? dayText(p.to) : l({ zh: '至今（未终止）', en: 'now (open)' })}`;
        },
      },
      xAxis: {
        type: 'time',
        min,
        max,
        splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
        axisLabel: {
          hideOverlap: true,
          color: '#595959',
          formatter:
            lang === 'zh'
              ? { year: '{yyyy}年', month: '{M}月', day: '{d}日' }
              : { year: '{yyyy}', month: '{MMM}', day: '{d}' },
        },
      },
      yAxis: {
        type: 'category',
        data: rows.map((c) => l(villageCategoryLabels[c])),
        inverse: true,
        axisTick: { show: false },
        axisLabel: { color: '#262626', fontSize: 13 },
      },
      series: [
        {
          type: 'custom',
          name: l({ zh: '村类别', en: 'Categories' }),
          encode: { x: [1, 2], y: 0 },
          data,
          renderItem: (params, api) => {
            const row = api.value(0) as number;
            const start = api.coord([api.value(1), row]);
            const end = api.coord([api.value(2), row]);
            const open = api.value(3) === 1;
            const rowHeight = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 36;
            const barHeight = Math.min(22, rowHeight * 0.6);
            const coordSys = params.coordSys as unknown as {
              x: number;
              y: number;
              width: number;
              height: number;
            };
            const shape = graphic.clipRectByRect(
              { x: start[0]!, y: start[1]! - barHeight / 2, width: end[0]! - start[0]!, height: barHeight },
              coordSys,
            );
            if (!shape) return null;
            const color = api.visual('color') as string;
            return {
              type: 'rect',
              shape: { ...shape, r: 3 },
              style: open
                ? {
                    fill: new graphic.LinearGradient(0, 0, 1, 0, [
                      { offset: 0, color },
                      { offset: 0.85, color },
                      { offset: 1, color: `${color}33` },
                    ]),
                  }
                : { fill: color },
            };
          },
          // The y axis runs top-down (inverse), so a line's 'start' is its top end, where the label fits.
          markLine: { symbol: ['none', 'none'], silent: true, data: marks },
        },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [periods, rows, today, date, l, lang]);

  if (rows.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={l({ zh: '尚未登记村类别', en: 'No categories recorded yet' })}
      />
    );
  }
  return (
    <div
      ref={container}
      role="img"
      aria-label={`${l({ zh: '村类别时间线：', en: 'Category timeline: ' })}${summary}`}
      style={{ width: '100%', height: height ?? rows.length * 40 + 60 }}
    />
  );
}
