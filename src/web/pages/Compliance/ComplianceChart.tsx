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
import type { CountySummary } from '../../api/compliance';
import { useRuleCatalogue } from '../../api/policy';
import { useT } from '../../app/i18n';
import { fontFamily } from '../../app/theme';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Option = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

const palette = ['#1456b8', '#c8161d', '#d48806', '#389e0d', '#722ed1', '#08979c', '#eb2f96', '#595959'];

/** Problems per rule, one bar per rule, stacked by county (the legend names the counties when few). */
export function ComplianceChart({
  byCounty,
  rules,
  label,
}: {
  byCounty: CountySummary[];
  rules: string[];
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const height = Math.max(140, 48 + rules.length * 40);
  const { l } = useT();
  const catalogue = useRuleCatalogue();
  // Words first, the id beside them (issue 9: rule codes are not labels).
  const labels = useMemo(
    () =>
      rules.map((r) => {
        const rule = catalogue.data?.get(r);
        return rule ? `${l(rule.title)}\n${r}` : r;
      }),
    [rules, catalogue.data, l],
  );

  useEffect(() => {
    if (!ref.current) return;
    const chart = init(ref.current, undefined, { renderer: 'canvas' });
    const legend = byCounty.length > 1 && byCounty.length <= 8;
    const option: Option = {
      color: palette,
      textStyle: { fontFamily },
      grid: { left: 8, right: 40, top: legend ? 32 : 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: legend ? { top: 0, data: byCounty.map((c) => c.countyName) } : { show: false },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: labels,
        inverse: true,
        axisLabel: { width: 220, overflow: 'truncate', lineHeight: 16 },
      },
      series: byCounty.map((c) => ({
        type: 'bar',
        name: c.countyName,
        stack: 'total',
        barMaxWidth: 22,
        label: byCounty.length === 1 ? { show: true, position: 'right' } : { show: false },
        data: rules.map((r) => c.byRule[r] ?? 0),
      })),
    };
    chart.setOption(option);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [byCounty, rules, labels]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
