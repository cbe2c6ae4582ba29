import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import type { TermEndingItem } from '../../api/terms';
import { useT } from '../../app/i18n';
import { fontFamily } from '../../app/theme';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** Every month from the first to the last, YYYY-MM, so an empty month shows as an empty column. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Terms ending per month of their last day, stacked: a successor in place, and none yet. */
export function EndingsByMonthChart({
  items,
  from,
  until,
}: {
  items: readonly TermEndingItem[];
  /** YYYY-MM-DD: the window the months span. */
  from: string;
  until: string;
}) {
  const { l, lang } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const months = useMemo(() => monthsBetween(from.slice(0, 7), until.slice(0, 7)), [from, until]);
  const counts = useMemo(() => {
    const withSuccessor = months.map(() => 0);
    const without = months.map(() => 0);
    for (const i of items) {
      const k = months.indexOf(i.lastDay.slice(0, 7));
      if (k < 0) continue;
      if (i.successorInPlace) withSuccessor[k]! += 1;
      else without[k]! += 1;
    }
    return { withSuccessor, without };
  }, [items, months]);

  const label = useMemo(
    () =>
      `${l({ zh: '按月到期的任期：', en: 'Terms ending by month: ' })}${months
        .map((m, k) =>
          l({
            zh: `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月 ${counts.withSuccessor[k]! + counts.without[k]!} 人（无接任者 ${counts.without[k]}）`,
            en: `${m}: ${counts.withSuccessor[k]! + counts.without[k]!} (${counts.without[k]} without a successor)`,
          }),
        )
        .join(lang === 'zh' ? '；' : '; ')}`,
    [months, counts, l, lang],
  );

  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, undefined, { renderer: 'canvas' });
    const withName = l({ zh: '已有接任者', en: 'Successor in place' });
    const withoutName = l({ zh: '尚无接任者', en: 'No successor yet' });
    const option: Option = {
      textStyle: { fontFamily },
      color: ['#389e0d', '#c8161d'],
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: [withName, withoutName] },
      xAxis: {
        type: 'category',
        data: months.map((m) =>
          lang === 'zh'
            ? `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`
            : `${m.slice(5)}/${m.slice(0, 4)}`,
        ),
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: withName, stack: 'ending', barMaxWidth: 40, data: counts.withSuccessor },
        {
          type: 'bar',
          name: withoutName,
          stack: 'ending',
          barMaxWidth: 40,
          data: counts.without,
        },
      ],
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [months, counts, l, lang]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 240 }} />;
}
