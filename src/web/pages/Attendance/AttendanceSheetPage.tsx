import { Alert, Card, DatePicker, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  downloadAttendanceSheet,
  monthOf,
  type SummaryRow,
  useAttendanceSummary,
} from '../../api/attendance';
import { useSession } from '../../app/auth';
import { enCount, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { teamRoleLabels } from '../Teams/labels';

const sums = [
  'workingDays',
  'daysInVillage',
  'leaveDays',
  'tripDays',
  'trainingDays',
  'absentDays',
  'restDays',
] as const;

/**
 * 考勤汇总表: one row per cadre on post in the region during the month, with totals, and the sheet the office
 * files as Excel (one column per day, signature lines). Attendance by exception (X23-fingertip).
 */
export default function AttendanceSheetPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? defaultRegion(session);
  const month = params.get('month') ?? monthOf(todayInShanghai());
  // Rows a page at a time from the server (a province has tens of thousands); the totals cover them all.
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const set = (name: 'region' | 'month', value: string | undefined) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  const summary = useAttendanceSummary(region, month, paging);
  const data = summary.data;

  const columns: TableColumnsType<SummaryRow> = [
    {
      title: l({ zh: '姓名', en: 'Name' }),
      key: 'name',
      fixed: 'start',
      width: 100,
      render: (_, r) => <Link to={`/attendance-calendar?cadreId=${r.cadreId}&month=${month}`}>{r.name}</Link>,
    },
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      dataIndex: 'villageName',
      width: 120,
    },
    {
      title: l({ zh: '职务', en: 'Role' }),
      key: 'role',
      width: 90,
      render: (_, r) => {
        const label = (teamRoleLabels as Record<string, { zh: string; en: string }>)[r.teamRole];
        return label ? l(label) : r.teamRole;
      },
    },
    ...sums.map((key) => ({
      title: l(sumLabels[key]),
      dataIndex: key,
      align: 'right' as const,
      width: 80,
      render: (v: number) => formatNumber(v, lang),
    })),
    {
      title: l({ zh: '最低在村天数', en: 'Minimum' }),
      key: 'minimum',
      width: 130,
      render: (_, r) =>
        r.minimumDays === null ? (
          l({ zh: '按年度计', en: 'Counted per year' })
        ) : (
          <Flex gap={4} align="center">
            <span>{r.minimumDays}</span>
            <Tag color={r.meetsMinimum ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {r.meetsMinimum ? l({ zh: '达到', en: 'Met' }) : l({ zh: '未达到', en: 'Not met' })}
            </Tag>
          </Flex>
        ),
    },
  ];

  return (
    <Card
      title={<CardHeading>{l({ zh: '考勤汇总表', en: 'Monthly attendance sheet' })}</CardHeading>}
      extra={
        region && (
          <DownloadButton download={(onProgress) => downloadAttendanceSheet(region, month, lang, onProgress)}>
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          <span>
            {l({
              zh: '考勤按例外记录：除有请假、出差培训或核查缺勤记录外，工作日推定在村，无需打卡。',
              en: 'Attendance by exception: working days are presumed in the village unless leave, a trip, training or a verified absence is recorded. No punch-in.',
            })}{' '}
            <RuleTag ruleId="X23-fingertip" compact />
          </span>
        }
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        {session.scope.regions.length > 0 && (
          <ScopedRegionSelect
            aria-label={l({ zh: '区域', en: 'Region' })}
            session={session}
            value={region}
            onChange={(code) => set('region', code)}
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
          onChange={(d) => d && set('month', d.format('YYYY-MM'))}
        />
      </Flex>
      {!region && <Empty description={l({ zh: '请选择一个区域', en: 'Choose a region' })} />}
      {summary.isError && <Alert type="error" showIcon role="alert" title={summary.error.message} />}
      {data?.unknownCalendarYear && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={l({
            zh: '该年度的节假日安排尚未载入工作日历，表中数字为暂定。',
            en: 'The work calendar does not know this year yet: the figures are provisional.',
          })}
        />
      )}
      {data && (
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
          {l({
            zh: `${data.regionName} ${Number(month.slice(0, 4))}年${Number(month.slice(5))}月驻村干部考勤汇总`,
            en: `${data.regionName}: attendance of stationed cadres, ${month}`,
          })}
        </Typography.Title>
      )}
      {region && (
        <Table<SummaryRow>
          rowKey="assignmentId"
          columns={columns}
          dataSource={data?.rows ?? []}
          loading={summary.isFetching}
          size="small"
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            onChange: (page, pageSize) =>
              setPaging((p) => ({ page: pageSize === p.pageSize ? page : 1, pageSize })),
            showSizeChanger: true,
            hideOnSinglePage: true,
            showTotal: (total) => l({ zh: `共 ${total} 人`, en: enCount(total, 'cadre') }),
          }}
          locale={{ emptyText: l({ zh: '本月没有在岗的驻村干部', en: 'No cadres on post this month' }) }}
          summary={() =>
            data ? (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <strong>
                      {l({
                        zh: `合计（${data.totals.cadres} 人，达到最低天数 ${data.totals.meetingMinimum} 人）`,
                        en: `Totals (${enCount(data.totals.cadres, 'cadre')}, ${data.totals.meetingMinimum} meeting the minimum)`,
                      })}
                    </strong>
                  </Table.Summary.Cell>
                  {sums.map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 3} align="right">
                      <strong>{formatNumber(data.totals[key], lang)}</strong>
                    </Table.Summary.Cell>
                  ))}
                  <Table.Summary.Cell index={sums.length + 3} />
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      )}
    </Card>
  );
}

const sumLabels: Record<(typeof sums)[number], { zh: string; en: string }> = {
  workingDays: { zh: '工作日', en: 'Working days' },
  daysInVillage: { zh: '在村', en: 'In village' },
  leaveDays: { zh: '请假', en: 'Leave' },
  tripDays: { zh: '出差', en: 'Trips' },
  trainingDays: { zh: '培训', en: 'Training' },
  absentDays: { zh: '缺勤', en: 'Absent' },
  restDays: { zh: '休息', en: 'Rest' },
};
