import { Alert, Button, Card, Empty, Flex, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { NATIONAL } from '../../../shared/dictionaries';
import type { StatusCounts, TodayBoard } from '../../api/attendance';
import { useOnPostToday } from '../../api/attendance';
import { useSession } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { DataDate } from '../../components/DataDate';
import { RuleTag } from '../../components/RuleTag';
import { defaultCounty, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { dayStatusLabels } from './labels';
import { boardStatuses, OnPostChart } from './OnPostChart';

type Row = TodayBoard['breakdown'][number];

/** The region one level up (village 12 → township 9 → county 6 → city 4 → province 2). */
const parentOf = (code: string) =>
  code.length > 9
    ? code.slice(0, 9)
    : code.length > 6
      ? code.slice(0, 6)
      : code.length > 4
        ? code.slice(0, 4)
        : code.slice(0, 2);

/**
 * 今日在岗: who of the region's cadres on post is where today, by status (P17.4.2-attend / P21.5-attend), with
 * the same counts for each township — click one to see its villages. The region is in the address.
 */
export default function OnPostTodayPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? defaultCounty(session);
  const setRegion = (code: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (code) next.set('region', code);
        else next.delete('region');
        return next;
      },
      { replace: false },
    );
  const today = useOnPostToday(region);
  const data = today.data;
  const canGoUp =
    data &&
    region &&
    region.length > 6 &&
    session.scope.regions.some((s) => parentOf(region).startsWith(s) || s === NATIONAL);

  const columns: TableColumnsType<Row> = [
    {
      title: l({ zh: '区域', en: 'Region' }),
      key: 'region',
      fixed: 'start',
      width: 140,
      render: (_, r) =>
        r.regionCode.length < 12 ? (
          <Link
            to={`?region=${r.regionCode}`}
            aria-label={l({ zh: `查看${r.regionName}`, en: `Open ${r.regionName}` })}
          >
            {r.regionName}
          </Link>
        ) : (
          r.regionName
        ),
    },
    {
      title: l({ zh: '在岗干部', en: 'On post' }),
      dataIndex: 'onPost',
      align: 'right',
      width: 90,
    },
    ...boardStatuses.map((s) => ({
      title: l(dayStatusLabels[s]),
      key: s,
      align: 'right' as const,
      width: 90,
      render: (_: unknown, r: Row) => formatNumber(r[s], lang),
    })),
  ];

  return (
    <Card title={<CardHeading>{l({ zh: '今日在岗', en: 'On post today' })}</CardHeading>}>
      <Typography.Paragraph type="secondary">
        <RuleTag ruleId="P17.4.2-attend" compact />{' '}
        {l({
          zh: '按例外记录统计：没有请假、出差培训或核查缺勤记录的工作日，推定在村。不排名，不公布个人。',
          en: 'Counted by exception: a working day without leave, a trip, training or a verified absence is presumed in the village. No ranking, no names.',
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        {session.scope.regions.length > 0 && (
          <ScopedRegionSelect
            aria-label={l({ zh: '区域', en: 'Region' })}
            session={session}
            value={region}
            onChange={(code) => setRegion(code)}
            placeholder={l({ zh: '选择区域（输入名称搜索）', en: 'Choose a region (type to search)' })}
            style={{ minWidth: 240 }}
          />
        )}
        {canGoUp && (
          <Button onClick={() => setRegion(parentOf(region!))}>
            {l({ zh: '返回上一级', en: 'Up one level' })}
          </Button>
        )}
        {data && <DataDate date={data.date} />}
      </Flex>
      {!region && <Empty description={l({ zh: '请选择一个区域', en: 'Choose a region' })} />}
      {today.isError && <Alert type="error" showIcon role="alert" title={today.error.message} />}
      {data?.unknownCalendarYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={l({
            zh: '该年度的节假日安排尚未载入工作日历，今日是否为工作日为暂定。',
            en: 'The work calendar does not know this year yet: whether today is a working day is provisional.',
          })}
        />
      )}
      {data && (
        <Flex vertical gap={16}>
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {data.regionName}
            {data.dayKind !== 'working' && l({ zh: '（今日为休息日）', en: ' (a rest day today)' })}
          </Typography.Title>
          <Flex wrap gap={24}>
            <Statistic title={l({ zh: '在岗干部', en: 'Cadres on post' })} value={data.counts.onPost} />
            <Statistic title={l({ zh: '在村', en: 'In the village' })} value={inVillage(data.counts)} />
            <Statistic title={l({ zh: '请假', en: 'Leave' })} value={data.counts.leave} />
            <Statistic
              title={l({ zh: '出差培训', en: 'Trips & training' })}
              value={data.counts.official_trip + data.counts.training}
            />
            <Statistic title={l({ zh: '缺勤', en: 'Absent' })} value={data.counts.absent} />
          </Flex>
          <OnPostChart
            counts={data.counts}
            label={l({ zh: `${data.regionName}今日在岗情况`, en: `${data.regionName} on post today` })}
          />
          <Table<Row>
            rowKey="regionCode"
            columns={columns}
            dataSource={data.breakdown}
            size="middle"
            scroll={{ x: 'max-content' }}
            pagination={false}
            locale={{ emptyText: l({ zh: '没有下级区域的数据', en: 'No figures below this region' }) }}
          />
        </Flex>
      )}
    </Card>
  );
}

const inVillage = (c: StatusCounts) => c.in_village + c.in_village_rest_day;
