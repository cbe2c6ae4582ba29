import { Card, Empty, Typography } from 'antd';
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
import { useEffect, useRef } from 'react';
import { useDistribution } from '../../api/assessment';
import { useT } from '../../app/i18n';
import { fontFamily } from '../../app/theme';
import { grades } from './labels';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);
type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;
const colors = ['#389e0d', '#1456b8', '#d48806', '#c8161d'];

/** Decided grades by county and by dispatching unit: counts per grade, never a list of people or a ranking. */
export function GradeDistribution({ region, year }: { region: string; year: number }) {
  const { l } = useT();
  const q = useDistribution(year, region);
  const ref = useRef<HTMLDivElement>(null);
  const rows = [
    ...(q.data?.byCounty ?? []).map((c) => ({ name: c.name, counts: c.counts })),
    ...(q.data?.byUnit ?? []).map((u) => ({ name: u.name, counts: u.counts })),
  ];
  useEffect(() => {
    if (!ref.current || !q.data || rows.length === 0) return;
    const chart = init(ref.current, undefined, { renderer: 'canvas' });
    const option: Option = {
      color: colors,
      textStyle: { fontFamily },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: grades.map((g) => q.data!.labels[g] ?? g) },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => r.name),
        inverse: true,
        axisLabel: { width: 200, overflow: 'truncate' },
      },
      series: grades.map((g) => ({
        type: 'bar',
        stack: 'total',
        name: q.data!.labels[g] ?? g,
        data: rows.map((r) => r.counts[g] ?? 0),
      })),
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  });
  return (
    <Card title={l({ zh: `${year}年考核等次分布`, en: `Grades decided in ${year}` })}>
      <Typography.Paragraph type="secondary">
        {l({
          zh: '按县和派出单位统计各等次人数，不排名、不公布个人名单。',
          en: 'Counts per grade by county and unit; no ranking, no list of people.',
        })}
      </Typography.Paragraph>
      {rows.length === 0 ? (
        <Empty description={l({ zh: '本年度尚无评定结果', en: 'No grades decided this year' })} />
      ) : (
        <div ref={ref} data-testid="grade-distribution" style={{ height: 60 + rows.length * 36 }} />
      )}
    </Card>
  );
}
