import { Empty, Flex, Typography } from 'antd';
import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  MarkAreaComponent,
  type MarkAreaComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, graphic, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type CSSProperties, useEffect, useMemo, useRef } from 'react';
import type { EndReason, TeamRole } from '../../shared/contracts/assignments';
import type { LocalisedText } from '../../shared/errors';
import { enCount, formatNumber } from '../app/format';
import { useT } from '../app/i18n';
import { dayText } from './CalendarDay';

use([CustomChart, GridComponent, TooltipComponent, MarkLineComponent, MarkAreaComponent, SVGRenderer]);

type Option = ComposeOption<
  | CustomSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
>;

export interface TimelineTerm {
  id: string;
  cadreName: string;
  unitName: string;
  teamRole: TeamRole;
  startOn: string;
  plannedEndOn: string;
  endOn: string | null;
  endReason: EndReason | null;
}

export interface TimelineTeam {
  id: string;
  batch: number;
  terms: readonly TimelineTerm[];
}

export interface TimelineGap {
  from: string;
  to: string;
  days: number;
}

const roleOrder: TeamRole[] = ['first_secretary', 'leader', 'member'];

export const timelineRoleColors: Record<TeamRole, string> = {
  first_secretary: '#1456b8',
  leader: '#722ed1',
  member: '#13a8a8',
};
const GAP = '#c8161d';
const TODAY = '#c8161d';

/** Calendar dates are Asia/Shanghai days: midnight there. */
const instant = (date: string) => new Date(`${date}T00:00:00+08:00`).getTime();
const DAY = 86_400_000;

/**
 * A village's teams since the first as a timeline: a row per cadre, grouped by team (batch) on alternating
 * bands; a bar from the first day on post to the last (served solid, still to serve pale, the planned rest
 * of a term ended early as a dashed outline), coloured by role, so handover overlaps show where bars of two
 * batches overlap. Days without a first secretary are red bands across the chart; today is a dashed line.
 */
export function TeamTimeline({
  teams,
  gaps,
  today,
  roleLabels,
  endReasonLabels,
}: {
  teams: readonly TimelineTeam[];
  gaps: readonly TimelineGap[];
  /** YYYY-MM-DD in Asia/Shanghai. */
  today: string;
  roleLabels: Record<TeamRole, LocalisedText>;
  endReasonLabels: Record<EndReason, LocalisedText>;
}) {
  const { l, lang } = useT();
  const container = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () =>
      teams.flatMap((team, teamIndex) =>
        [...team.terms]
          .sort(
            (a, b) =>
              roleOrder.indexOf(a.teamRole) - roleOrder.indexOf(b.teamRole) ||
              a.startOn.localeCompare(b.startOn),
          )
          .map((term, i) => ({ term, team, teamIndex, firstOfTeam: i === 0 })),
      ),
    [teams],
  );

  const summary = useMemo(() => {
    const sep = lang === 'zh' ? '；' : '; ';
    const teamsText = teams
      .map((t) => {
        const fs = t.terms.find((a) => a.teamRole === 'first_secretary');
        return l({
          zh: `第${t.batch}批 ${t.terms.length} 人${fs ? `（第一书记${fs.cadreName}）` : ''}`,
          en: `batch ${t.batch}, ${t.terms.length} people${fs ? ` (first secretary ${fs.cadreName})` : ''}`,
        });
      })
      .join(sep);
    const gapsText = gaps.length
      ? l({
          zh: `，无第一书记 ${gaps.length} 段`,
          en: `, ${enCount(gaps.length, 'gap')} without a first secretary`,
        })
      : '';
    return `${teamsText}${gapsText}`;
  }, [teams, gaps, l, lang]);

  useEffect(() => {
    const el = container.current;
    if (!el || rows.length === 0) return;
    const chart = init(el, undefined, { renderer: 'svg' });
    const todayAt = instant(today);
    const lastOf = (t: TimelineTerm) => instant(t.endOn ?? t.plannedEndOn) + DAY;
    const first = Math.min(...rows.map((r) => instant(r.term.startOn)), todayAt);
    const last = Math.max(
      ...rows.map((r) => Math.max(lastOf(r.term), instant(r.term.plannedEndOn) + DAY)),
      todayAt,
    );
    const min = new Date(new Date(first).getFullYear(), 0, 1).getTime();
    const max = new Date(new Date(last).getFullYear() + 1, 0, 1).getTime();
    const ids = rows.map((r) => r.term.id);
    const labelOf = new Map(
      rows.map((r) => [
        r.term.id,
        `${r.firstOfTeam ? `{batch|${l({ zh: `第${r.team.batch}批`, en: `Batch ${r.team.batch}` })}} ` : ''}${r.term.cadreName}`,
      ]),
    );

    const bars = rows.map((r, i) => ({
      value: [i, instant(r.term.startOn), lastOf(r.term), instant(r.term.plannedEndOn) + DAY],
      itemStyle: { color: timelineRoleColors[r.term.teamRole] },
      term: r.term,
      batch: r.team.batch,
    }));
    // One band per team, alternating, over its rows.
    const bands: { value: number[] }[] = [];
    rows.forEach((r, i) => {
      const band = bands[r.teamIndex];
      if (band) band.value[1] = i;
      else bands[r.teamIndex] = { value: [i, i, r.teamIndex] };
    });

    const tooltip = (term: TimelineTerm, batch: number) => {
      const to = term.endOn ?? term.plannedEndOn;
      const planned =
        term.endOn && term.endOn !== term.plannedEndOn
          ? `<br/>${l({ zh: '原定至', en: 'Planned to' })} ${dayText(term.plannedEndOn, lang)}`
          : !term.endOn
            ? `<br/>${l({ zh: '计划至', en: 'Planned to' })} ${dayText(term.plannedEndOn, lang)}`
            : '';
      const reason = term.endReason ? `<br/>${l(endReasonLabels[term.endReason])}` : '';
      return `<b>${term.cadreName}</b> · ${l(roleLabels[term.teamRole])} · ${l({ zh: `第${batch}批`, en: `batch ${batch}` })}<br/>${term.unitName}<br/>${dayText(term.startOn, lang)} ${lang === 'zh' ? '至' : 'to'} ${term.endOn ? dayText(to, lang) : l({ zh: '今（在岗）', en: 'now (on post)' })}${planned}${reason}`;
    };

    const option: Option = {
      animation: false,
      grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          const item = (Array.isArray(params) ? params[0] : params) as {
            data?: { term?: TimelineTerm; batch?: number };
            componentType?: string;
            name?: string;
          };
          if (item?.componentType === 'markArea') return item.name ?? '';
          const term = item?.data?.term;
          return term ? tooltip(term, item.data!.batch!) : '';
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
        data: ids,
        inverse: true,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: {
          color: '#262626',
          fontSize: 13,
          formatter: (value: string) => labelOf.get(value) ?? value,
          rich: { batch: { color: '#8c8c8c', fontSize: 12, padding: [0, 6, 0, 0] } },
        },
      },
      series: [
        {
          type: 'custom',
          name: 'teams',
          silent: true,
          encode: { y: [0, 1] },
          data: bands,
          renderItem: (params, api) => {
            const coordSys = params.coordSys as unknown as { x: number; y: number; width: number };
            const rowHeight = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 28;
            const top = api.coord([min, api.value(0)])[1]! - rowHeight / 2;
            const bottom = api.coord([min, api.value(1)])[1]! + rowHeight / 2;
            const odd = (api.value(2) as number) % 2 === 1;
            return {
              type: 'group',
              children: [
                {
                  type: 'rect',
                  shape: { x: coordSys.x, y: top, width: coordSys.width, height: bottom - top },
                  style: { fill: odd ? '#ffffff' : '#f5f8fc' },
                },
                {
                  type: 'line',
                  shape: { x1: coordSys.x, y1: top, x2: coordSys.x + coordSys.width, y2: top },
                  style: { stroke: '#d9d9d9', lineWidth: 1 },
                },
              ],
            };
          },
          z: 0,
        },
        {
          type: 'custom',
          name: l({ zh: '驻村任期', en: 'Terms' }),
          encode: { x: [1, 2], y: 0 },
          data: bars,
          z: 2,
          renderItem: (params, api) => {
            const row = api.value(0) as number;
            const startAt = api.value(1) as number;
            const endAt = api.value(2) as number;
            const plannedAt = api.value(3) as number;
            const rowHeight = (api.size?.([0, 1]) as number[] | undefined)?.[1] ?? 28;
            const h = Math.min(16, rowHeight * 0.58);
            const y = api.coord([startAt, row])[1]! - h / 2;
            const x = (t: number) => api.coord([t, row])[0]!;
            const coordSys = params.coordSys as unknown as {
              x: number;
              y: number;
              width: number;
              height: number;
            };
            const color = api.visual('color') as string;
            const rect = (from: number, to: number) =>
              graphic.clipRectByRect(
                { x: x(from), y, width: Math.max(x(to) - x(from), 1), height: h },
                coordSys,
              );
            // Today is a day served: the solid part runs to the end of today, the pale part from tomorrow.
            const tomorrow = todayAt + DAY;
            const servedEnd = Math.min(endAt, tomorrow);
            const served = servedEnd > startAt ? rect(startAt, servedEnd) : undefined;
            const toServe = endAt > tomorrow ? rect(Math.max(startAt, tomorrow), endAt) : undefined;
            const restPlanned = plannedAt > endAt ? rect(endAt, plannedAt) : undefined;
            return {
              type: 'group',
              children: [
                ...(restPlanned
                  ? [
                      {
                        type: 'rect' as const,
                        shape: { ...restPlanned, r: 2 },
                        style: { fill: 'none', stroke: color, lineDash: [3, 3], lineWidth: 1 },
                      },
                    ]
                  : []),
                ...(served
                  ? [{ type: 'rect' as const, shape: { ...served, r: 2 }, style: { fill: color } }]
                  : []),
                ...(toServe
                  ? [
                      {
                        type: 'rect' as const,
                        shape: { ...toServe, r: 2 },
                        style: { fill: color, opacity: 0.35, stroke: color, lineWidth: 1 },
                      },
                    ]
                  : []),
              ],
            };
          },
          markArea: {
            silent: false,
            itemStyle: { color: 'rgba(200, 22, 29, 0.16)', borderColor: GAP, borderWidth: 1 },
            label: { show: false },
            data: gaps.map((g) => [
              {
                xAxis: instant(g.from),
                name: l({
                  zh: `${dayText(g.from, lang)}至${dayText(g.to, lang)}无第一书记在岗，共 ${formatNumber(g.days, lang)} 天`,
                  en: `No first secretary from ${dayText(g.from, lang)} to ${dayText(g.to, lang)}: ${enCount(g.days, 'day')}`,
                }),
              },
              { xAxis: instant(g.to) + DAY },
            ]),
          },
          markLine: {
            symbol: ['none', 'none'],
            silent: true,
            data: [
              {
                xAxis: todayAt,
                lineStyle: { color: TODAY, type: 'dashed', width: 1.5 },
                // The y axis runs top-down (inverse), so the line's 'start' is its top end, where the label fits.
                label: { formatter: l({ zh: '今天', en: 'Today' }), color: TODAY, position: 'start' },
              },
            ],
          },
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
  }, [rows, gaps, today, l, lang, roleLabels, endReasonLabels]);

  if (rows.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={l({ zh: '该村尚无驻村工作队记录', en: 'No teams recorded for this village yet' })}
      />
    );
  }
  const swatch = (style: CSSProperties) => (
    <span aria-hidden style={{ display: 'inline-block', width: 18, height: 10, borderRadius: 2, ...style }} />
  );
  return (
    <Flex vertical gap={8}>
      <div
        ref={container}
        role="img"
        aria-label={`${l({ zh: '驻村历史时间线：', en: 'Team history timeline: ' })}${summary}`}
        style={{ width: '100%', height: rows.length * 30 + 64 }}
      />
      <Flex wrap gap={16} style={{ fontSize: 12, paddingInline: 8 }}>
        {roleOrder.map((role) => (
          <Flex key={role} align="center" gap={6}>
            {swatch({ background: timelineRoleColors[role] })}
            <Typography.Text style={{ fontSize: 12 }}>{l(roleLabels[role])}</Typography.Text>
          </Flex>
        ))}
        <Flex align="center" gap={6}>
          {swatch({ background: timelineRoleColors.first_secretary, opacity: 0.35 })}
          <Typography.Text style={{ fontSize: 12 }}>
            {l({ zh: '计划任期（尚未到期）', en: 'Still to serve' })}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={6}>
          {swatch({ border: `1px dashed ${timelineRoleColors.first_secretary}` })}
          <Typography.Text style={{ fontSize: 12 }}>
            {l({ zh: '提前离任后的原定任期', en: 'Planned term after an early end' })}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={6}>
          {swatch({ background: 'rgba(200, 22, 29, 0.16)', border: `1px solid ${GAP}` })}
          <Typography.Text style={{ fontSize: 12 }}>
            {l({ zh: '无第一书记在岗', en: 'No first secretary on post' })}
          </Typography.Text>
        </Flex>
        <Flex align="center" gap={6}>
          {swatch({ borderTop: `2px dashed ${TODAY}`, height: 0 })}
          <Typography.Text style={{ fontSize: 12 }}>{l({ zh: '今天', en: 'Today' })}</Typography.Text>
        </Flex>
      </Flex>
    </Flex>
  );
}
