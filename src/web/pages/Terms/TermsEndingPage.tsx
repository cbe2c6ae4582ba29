import {
  Alert,
  Card,
  Checkbox,
  Empty,
  Flex,
  Segmented,
  Skeleton,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { downloadFile } from '../../api/imports/transfer';
import { teamBoardViewers } from '../../api/teams';
import { endingWindows, type TermEndingItem, useTermsEnding } from '../../api/terms';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { DataDate } from '../../components/DataDate';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { teamRoleColors, teamRoleLabels } from '../Teams/labels';
import { EndingsByMonthChart } from './EndingsByMonthChart';

const daysColor = (days: number) => (days <= 30 ? 'red' : days <= 60 ? 'orange' : 'blue');

/** 任期到期 (journey 4): terms ending soon, by county, whether a successor is in place, to plan the handover. */
export default function TermsEndingPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const region = params.has('region') ? params.get('region') || undefined : defaultRegion(session);
  const withinDays = Number(params.get('within') ?? 90);
  const onlyMissing = params.get('missing') === '1';
  const terms = useTermsEnding({ region, withinDays });
  const boardViewer = hasRole(session, ...teamBoardViewers);
  const data = terms.data;

  const setParam = (name: 'region' | 'within' | 'missing', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value !== undefined) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  const counties = useMemo(
    () =>
      (data?.counties ?? [])
        .map((c) => ({ ...c, items: onlyMissing ? c.items.filter((i) => !i.successorInPlace) : c.items }))
        .filter((c) => c.items.length > 0),
    [data, onlyMissing],
  );

  const day = (d: string) => dayText(d, lang);
  const columns: TableColumnsType<TermEndingItem> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 120,
      render: (_, i) => <Link to={`/teams/village/${i.villageCode}`}>{i.villageName}</Link>,
    },
    {
      title: l({ zh: '姓名', en: 'Name' }),
      key: 'cadre',
      width: 200,
      render: (_, i) => (
        <Flex vertical>
          <Link to={`/cadres/${i.cadreId}`}>{i.cadreName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.unitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '角色', en: 'Role' }),
      key: 'role',
      width: 100,
      render: (_, i) => <Tag color={teamRoleColors[i.teamRole]}>{l(teamRoleLabels[i.teamRole])}</Tag>,
    },
    {
      title: l({ zh: '任期', en: 'Term' }),
      key: 'term',
      width: 250,
      render: (_, i) => (
        <span>
          {day(i.startOn)} – {day(i.lastDay)}
          {i.endOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              {l({ zh: '（已定离任）', en: '(end recorded)' })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: l({ zh: '剩余天数', en: 'Days left' }),
      dataIndex: 'daysLeft',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.daysLeft - b.daysLeft,
      render: (days: number) => (
        <Tag color={daysColor(days)} style={{ marginInlineEnd: 0 }}>
          {l({ zh: `${formatNumber(days, lang)} 天`, en: `${enCount(days, 'day')}` })}
        </Tag>
      ),
    },
    {
      title: l({ zh: '接任者', en: 'Successor' }),
      key: 'successor',
      width: 240,
      render: (_, i) =>
        i.successor ? (
          <Flex vertical>
            <Typography.Text type="success">{i.successor.cadreName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: `${day(i.successor.startOn)}到岗`, en: `From ${day(i.successor.startOn)}` })}
            </Typography.Text>
          </Flex>
        ) : (
          <Flex gap={6} align="center" wrap>
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              {l({ zh: '尚未安排', en: 'None yet' })}
            </Tag>
            {i.teamRole === 'first_secretary' && <RuleTag ruleId="P21.5-rotate" />}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card title={l({ zh: '任期到期', en: 'Terms ending' })}>
        <Flex wrap gap={16} align="center">
          {session.scope.regions.length > 0 && (
            <Flex align="center" gap={8}>
              <Typography.Text>{l({ zh: '区域', en: 'Region' })}</Typography.Text>
              <ScopedRegionSelect
                aria-label={l({ zh: '区域', en: 'Region' })}
                session={session}
                value={region}
                allowClear
                onChange={(v) => setParam('region', v ?? '')}
                placeholder={l({ zh: '全部区域（输入名称搜索）', en: 'All regions (type to search)' })}
              />
            </Flex>
          )}
          <Flex align="center" gap={8}>
            <Typography.Text>{l({ zh: '到期时间', en: 'Ending within' })}</Typography.Text>
            <Segmented<number>
              aria-label={l({ zh: '到期时间', en: 'Ending within' })}
              value={withinDays}
              onChange={(v) => setParam('within', v === 90 ? undefined : String(v))}
              options={endingWindows.map((d) => ({
                value: d,
                label: l({ zh: `${d} 天内`, en: `${enCount(d, 'day')}` }),
              }))}
            />
          </Flex>
          <Checkbox
            checked={onlyMissing}
            onChange={(e) => setParam('missing', e.target.checked ? '1' : undefined)}
          >
            {l({ zh: '只看尚无接任者', en: 'Only without a successor' })}
          </Checkbox>
          <DownloadButton
            download={(onProgress) =>
              downloadFile('/api/terms/ending.xlsx', '任期到期.xlsx', {
                query: { region, withinDays },
                lang,
                onProgress,
              })
            }
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
        </Flex>
        {data && (
          <Flex gap={48} wrap align="center" style={{ marginTop: 16 }}>
            <Statistic
              title={l({
                zh: `${data.withinDays} 天内到期`,
                en: `Ending within ${enCount(data.withinDays, 'day')}`,
              })}
              value={formatNumber(data.total, lang)}
              suffix={l({ zh: '人', en: '' })}
            />
            <Statistic
              title={l({ zh: '尚无接任者', en: 'Without a successor' })}
              value={formatNumber(data.withoutSuccessor, lang)}
              suffix={l({ zh: '人', en: '' })}
              styles={{ content: { color: data.withoutSuccessor > 0 ? '#c8161d' : undefined } }}
            />
            <Typography.Text type="secondary">
              {l({
                zh: `${day(data.date)}至${day(data.until)}`,
                en: `${day(data.date)} to ${day(data.until)}`,
              })}
            </Typography.Text>
            <DataDate date={data.date} />
          </Flex>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          <RuleTag ruleId="P21.5-rotate" />{' '}
          {l({
            zh: '到期轮换须压茬交接：接任者应在前任离任前到岗，共同在岗不少于规定的交接天数，村里不能有一天没有第一书记。',
            en: 'Rotation with overlapping handover: the successor arrives before the predecessor leaves and they overlap for the set number of days; the village is never a day without a first secretary.',
          })}
        </Typography.Paragraph>
      </Card>
      {terms.isError && <Alert type="error" showIcon role="alert" title={terms.error.message} />}
      {terms.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {data && (
        <Card title={l({ zh: '按月到期人数', en: 'Endings by month' })}>
          <EndingsByMonthChart items={data.items} from={data.date} until={data.until} />
        </Card>
      )}
      {data && counties.length === 0 && (
        <Card>
          <Empty
            description={l({
              zh: onlyMissing ? '到期的任期都已安排接任者' : `${data.withinDays} 天内没有到期的任期`,
              en: onlyMissing
                ? 'Every ending term has its successor'
                : `No term ends within ${data.withinDays} days`,
            })}
          />
        </Card>
      )}
      {counties.map((c) => (
        <Card
          key={c.countyCode}
          title={
            <Flex gap={12} align="baseline" wrap>
              <span>{c.countyName}</span>
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                {l({
                  zh: `${c.total} 人到期，${c.withoutSuccessor} 人尚无接任者`,
                  en: `${c.total} ending, ${c.withoutSuccessor} without a successor`,
                })}
              </Typography.Text>
            </Flex>
          }
          extra={
            // The team board is the county's page: a dispatching unit's staff cannot open it (403), so
            // they are not sent there; the village and cadre links of the rows are theirs to open.
            boardViewer && (
              <Link to={`/teams?county=${c.countyCode}`}>{l({ zh: '驻村工作队', en: 'Team board' })}</Link>
            )
          }
        >
          <Table<TermEndingItem>
            rowKey="assignmentId"
            columns={columns}
            dataSource={c.items}
            pagination={c.items.length > 50 ? { pageSize: 50 } : false}
            size="middle"
            scroll={{ x: 'max-content' }}
          />
        </Card>
      ))}
    </Flex>
  );
}
