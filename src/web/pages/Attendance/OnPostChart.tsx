import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { DayStatus, StatusCounts } from '../../api/attendance';
import { useT } from '../../app/i18n';
import { fontFamily } from '../../app/theme';
import { dayStatusColors, dayStatusLabels } from './labels';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export const boardStatuses = [
  'in_village',
  'in_village_rest_day',
  'official_trip',
  'training',
  'leave',
  'absent',
  'rest',
] as const satisfies readonly DayStatus[];

/** Cadres on post today by status, one bar each, in each status's colour (counts, never names or ranks). */
export function OnPostChart({ counts, label }: { counts: StatusCounts; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { l } = useT();
  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, undefined, { renderer: 'canvas' });
    const option: Option = {
      textStyle: { fontFamily },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: boardStatuses.map((s) => l(dayStatusLabels[s])),
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          label: { show: true, position: 'right' },
          data: boardStatuses.map((s) => ({
            value: counts[s],
            itemStyle: { color: dayStatusColors[s].fg },
          })),
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
  }, [counts, l]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 260 }} />;
}
