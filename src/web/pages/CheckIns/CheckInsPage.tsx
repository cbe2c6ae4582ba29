import { Alert, Card, DatePicker, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { monthOf, useEffectiveSettings } from '../../api/attendance';
import {
  type CheckInFilters,
  type CheckInFlag,
  type CheckInView,
  checkInFlagLabels,
  checkInFlags,
  useCheckIns,
} from '../../api/checkIns';
import { useSession } from '../../app/auth';
import { formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';

/** The API filters by region and dates; a flag is looked for among this many records of the month at most. */
const FLAG_SEARCH_LIMIT = 500;

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * 签到记录: the optional evidence check-ins of the villages in a township's or county's region (PIPL-28: no one
 * above the county reads them). A list of records as they came — no ranking, no count per cadre, nothing a
 * cadre is measured by (X23-fingertip, X26-apps art. 6) — deleted after the retention period of the settings.
 */
export default function CheckInsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const today = todayInShanghai();
  const region = params.get('region') ?? defaultRegion(session);
  const month = params.get('month') ?? monthOf(today);
  const flag = (params.get('flag') as CheckInFlag | 'none' | null) ?? undefined;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const set = (changes: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  // With a flag chosen, the month's records are read at once and the flag looked for among them.
  const filters: CheckInFilters = {
    region,
    from: `${month}-01`,
    to: lastDayOf(month),
    page: flag ? 1 : page,
    pageSize: flag ? FLAG_SEARCH_LIMIT : pageSize,
  };
  const checkIns = useCheckIns(filters);
  const settings = useEffectiveSettings(region, today);
  const retentionDays = settings.data?.parameters.find((p) => p.key === 'checkInRetentionDays')?.value;
  const all = checkIns.data?.items ?? [];
  const shown = flag
    ? all.filter((c) => (flag === 'none' ? c.flags.length === 0 : c.flags.includes(flag)))
    : all;
  const m = (n: number) => formatNumber(Math.round(n), lang);

  const columns: TableColumnsType<CheckInView> = [
    { title: l({ zh: '村（社区）', en: 'Village' }), dataIndex: 'villageName', width: 130 },
    { title: l({ zh: '驻村干部', en: 'Cadre' }), dataIndex: 'cadreName', width: 100 },
    {
      title: l({ zh: '签到时间', en: 'Time' }),
      key: 'time',
      width: 200,
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span>{formatDateTime(c.serverTime, lang)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: '手机时间 ', en: 'Device ' })}
            {formatDateTime(c.deviceTime, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '位置', en: 'Position' }),
      key: 'position',
      width: 220,
      render: (_, c) =>
        c.lat === null || c.lng === null ? (
          <Typography.Text type="secondary">{l({ zh: '无定位', en: 'No position' })}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            <span>
              {c.lat.toFixed(5)}, {c.lng.toFixed(5)}
              {c.accuracy !== null && l({ zh: `（±${m(c.accuracy)} 米）`, en: ` (±${m(c.accuracy)} m)` })}
            </span>
            {c.distanceMetres !== null && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l({
                  zh: `距村约 ${m(c.distanceMetres)} 米，范围 ${m(c.radiusMetres)} 米`,
                  en: `About ${m(c.distanceMetres)} m from the village; radius ${m(c.radiusMetres)} m`,
                })}
              </Typography.Text>
            )}
          </Flex>
        ),
    },
    {
      title: l({ zh: '提示', en: 'Notes' }),
      key: 'flags',
      width: 220,
      render: (_, c) =>
        c.flags.length === 0 ? (
          <Tag color="green">{l({ zh: '未发现异常', en: 'Nothing unusual' })}</Tag>
        ) : (
          <Flex wrap gap={4}>
            {c.flags.map((f) => (
              <Tag key={f} color="orange" style={{ marginInlineEnd: 0 }}>
                {l(checkInFlagLabels[f])}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Card title={<CardHeading>{l({ zh: '签到记录', en: 'Check-ins' })}</CardHeading>}>
      <Typography.Paragraph type="secondary">
        {l({
          zh: '签到是驻村干部自愿提供的佐证，不是考勤依据：不签到不影响考勤，签到不计入考勤，不排名，也不按人统计。',
          en: 'Check-ins are optional evidence the cadres give of their own accord, not the basis of attendance: not checking in changes nothing; check-ins are not counted, not ranked and not totalled per cadre.',
        })}{' '}
        <RuleTag ruleId="X26-apps" compact />
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {typeof retentionDays === 'number'
          ? l({
              zh: `位置属于敏感个人信息，仅乡镇党委和县委组织部可以查看；签到记录保存 ${retentionDays} 天后自动删除。`,
              en: `A position is sensitive personal information, read only by the township and the county organisation department; check-ins are deleted after ${retentionDays} days.`,
            })
          : l({
              zh: '位置属于敏感个人信息，仅乡镇党委和县委组织部可以查看；签到记录保存期满后自动删除。',
              en: 'A position is sensitive personal information, read only by the township and the county organisation department; check-ins are deleted after the retention period.',
            })}{' '}
        <RuleTag ruleId="PIPL-28" compact />
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        {session.scope.regions.length > 0 && (
          <ScopedRegionSelect
            aria-label={l({ zh: '区域', en: 'Region' })}
            session={session}
            value={region}
            onChange={(code) => set({ region: code })}
            placeholder={l({ zh: '选择区域（输入名称搜索）', en: 'Choose a region (type to search)' })}
            style={{ minWidth: 240 }}
          />
        )}
        <DatePicker
          picker="month"
          aria-label={l({ zh: '月份', en: 'Month' })}
          allowClear={false}
          value={dayjs(`${month}-01`)}
          format={lang === 'zh' ? 'YYYY年M月' : 'MMM YYYY'}
          onChange={(d) => d && set({ month: d.format('YYYY-MM') })}
        />
        <Select<CheckInFlag | 'none' | 'all'>
          aria-label={l({ zh: '提示', en: 'Notes' })}
          style={{ width: 220 }}
          value={flag ?? 'all'}
          onChange={(v) => set({ flag: v === 'all' ? undefined : v })}
          options={[
            { value: 'all' as const, label: l({ zh: '全部签到', en: 'All check-ins' }) },
            { value: 'none' as const, label: l({ zh: '未发现异常', en: 'Nothing unusual' }) },
            ...checkInFlags.map((f) => ({ value: f, label: l(checkInFlagLabels[f]) })),
          ]}
        />
      </Flex>
      {!session.scope.regions.some((r) => r.length >= 6) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: '签到记录只由村所在的乡镇和县查看，省、市一级不查看（PIPL-28）。',
            en: 'Check-ins are read only by the township and the county of the village, not at city or province level (PIPL-28).',
          })}
        />
      )}
      {checkIns.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={checkIns.error.message}
          style={{ marginBottom: 16 }}
        />
      )}
      {flag && (checkIns.data?.total ?? 0) > FLAG_SEARCH_LIMIT && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={l({
            zh: `本月签到较多，只在前 ${FLAG_SEARCH_LIMIT} 条中查找；请选择更小的区域。`,
            en: `Many check-ins this month: only the first ${FLAG_SEARCH_LIMIT} were searched; choose a smaller region.`,
          })}
        />
      )}
      <Table<CheckInView>
        rowKey="id"
        columns={columns}
        dataSource={shown}
        loading={checkIns.isFetching}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l({ zh: '没有签到记录', en: 'No check-ins' }) }}
        pagination={
          flag
            ? { pageSize, hideOnSinglePage: true, showSizeChanger: false }
            : {
                current: page,
                pageSize,
                total: checkIns.data?.total ?? 0,
                hideOnSinglePage: true,
                onChange: (p, size) => set({ page: String(p), pageSize: String(size) }),
              }
        }
      />
    </Card>
  );
}
