import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../shared/permissions';
import { ownCadre } from '../../api/attendance';
import {
  type ReportListItem,
  recentPeriods,
  reportStatusLabels,
  useCompleteness,
  useCreateReport,
  useReports,
} from '../../api/halfYearReports';
import { downloadFile } from '../../api/imports/transfer';
import { useSession } from '../../app/auth';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { DownloadButton } from '../../components/DownloadButton';

const statusColors = { draft: 'default', submitted: 'processing', reviewed: 'success' } as const;
const periodText = (p: string, zh: boolean) => {
  const [y, h] = p.split('H');
  return zh ? `${y}年${h === '1' ? '上' : '下'}半年` : `${y} H${h}`;
};

/** The cadre's own reports: draft the half year's report from the records with one click. */
function MyReports() {
  const session = useSession();
  const own = ownCadre(session);
  const { l, lang } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reports = useReports({ page: 1, pageSize: 50 });
  const create = useCreateReport();
  const periods = recentPeriods(todayInShanghai()).slice(0, 2);
  const have = new Set((reports.data?.items ?? []).map((r) => `${r.assignmentId}:${r.period}`));
  return (
    <Card title={<CardHeading>{l({ zh: '我的半年工作报告', en: 'My half-year reports' })}</CardHeading>}>
      <Typography.Paragraph type="secondary">
        {l({
          zh: '报告由系统根据考勤、工作日志、任务清单、会议和培训记录起草，您只需核对修改，并填写思想情况和存在问题、下步打算（P21.6-burden）。',
          en: 'The system drafts the report from attendance, logs, the task list, meetings and training; you check it and write your thinking, problems and plans (P21.6-burden).',
        })}
      </Typography.Paragraph>
      {own.assignment && (
        <Space style={{ marginBottom: 12 }}>
          {periods
            .filter((p) => !have.has(`${own.assignment!.id}:${p}`))
            .map((p) => (
              <Button
                key={p}
                type="primary"
                loading={create.isPending}
                onClick={() =>
                  create.mutate(
                    { assignmentId: own.assignment!.id, period: p },
                    {
                      onSuccess: ({ report }) => navigate(`/reports/${report.id}`),
                      onError: (e) => message.error(isApiError(e) ? e.message : String(e)),
                    },
                  )
                }
              >
                {l({ zh: `起草${periodText(p, true)}报告`, en: `Draft the ${periodText(p, false)} report` })}
              </Button>
            ))}
        </Space>
      )}
      <ReportTable items={reports.data?.items ?? []} loading={reports.isFetching} lang={lang} />
    </Card>
  );
}

function ReportTable({
  items,
  loading,
  lang,
}: {
  items: ReportListItem[];
  loading: boolean;
  lang: 'zh' | 'en';
}) {
  const { l } = useT();
  return (
    <Table<ReportListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: <Empty description={l({ zh: '没有报告', en: 'No reports' })} /> }}
      columns={[
        {
          title: l({ zh: '半年', en: 'Half year' }),
          dataIndex: 'period',
          width: 130,
          render: (p: string) => periodText(p, lang === 'zh'),
        },
        { title: l({ zh: '干部', en: 'Cadre' }), dataIndex: 'cadreName', width: 90 },
        { title: l({ zh: '村', en: 'Village' }), dataIndex: 'villageName', width: 110 },
        {
          title: l({ zh: '状态', en: 'Status' }),
          key: 'status',
          render: (_: unknown, r: ReportListItem) => (
            <Space size={4} wrap>
              <Tag color={statusColors[r.status]}>{l(reportStatusLabels[r.status])}</Tag>
              {r.late && r.status !== 'draft' && <Tag color="orange">{l({ zh: '逾期', en: 'Late' })}</Tag>}
              {r.hearing && <Tag color="cyan">{l({ zh: '单位已听取', en: 'Heard' })}</Tag>}
              {r.version > 1 && <Tag>{l({ zh: `第 ${r.version} 版`, en: `v${r.version}` })}</Tag>}
            </Space>
          ),
        },
        {
          title: l({ zh: '由记录生成', en: 'From records' }),
          key: 'prefill',
          width: 110,
          render: (_: unknown, r: ReportListItem) => `${r.prefill.filled}/${r.prefill.total}`,
        },
        {
          title: '',
          key: 'open',
          width: 80,
          render: (_: unknown, r: ReportListItem) => (
            <Link to={`/reports/${r.id}`}>{l({ zh: '打开', en: 'Open' })}</Link>
          ),
        },
      ]}
    />
  );
}

/** 报告完成情况 (DHIS2-style completeness): due, submitted, late, reviewed, heard, and who is missing — no ranking. */
function Completeness() {
  const session = useSession();
  const { l, lang } = useT();
  const periods = recentPeriods(todayInShanghai()).slice(1);
  const [period, setPeriod] = useState(periods[0]!);
  const region = session.scopeNames[0]?.code ?? (session.roles.includes('sys_admin') ? '52' : '520121');
  const c = useCompleteness(region, period);
  const reports = useReports({
    period,
    region: session.scope.regions.length ? region : undefined,
    page: 1,
    pageSize: 200,
  });
  return (
    <>
      <Card
        title={
          <CardHeading>{l({ zh: '半年工作报告完成情况', en: 'Half-year report completeness' })}</CardHeading>
        }
        extra={
          <Space wrap>
            <Segmented
              value={period}
              onChange={(v) => setPeriod(String(v))}
              options={periods.map((p) => ({ value: p, label: periodText(p, lang === 'zh') }))}
            />
            <DownloadButton
              data-testid="completeness-xlsx"
              download={(onProgress) =>
                downloadFile('/api/half-year-reports/completeness.xlsx', '半年工作报告完成情况.xlsx', {
                  query: { region, period },
                  lang,
                  onProgress,
                })
              }
            >
              {l({ zh: '导出完成情况', en: 'Export completeness' })}
            </DownloadButton>
          </Space>
        }
        data-testid="completeness"
      >
        {c.isError && <Alert type="error" message={c.error.message} />}
        {c.data && (
          <>
            <Typography.Paragraph type="secondary">
              {l({
                zh: `${session.scopeNames[0]?.name ?? region}，报送期限 ${c.data.dueOn}（P17.4.2-report）。完成情况只看是否报送，不排名次。`,
                en: `${session.scopeNames[0]?.name ?? region}, due ${c.data.dueOn} (P17.4.2-report). Completeness, not a ranking.`,
              })}
            </Typography.Paragraph>
            <Flex gap={32} wrap style={{ marginBottom: 16 }}>
              <Statistic title={l({ zh: '应报', en: 'Due' })} value={c.data.due} />
              <Statistic title={l({ zh: '已报', en: 'Submitted' })} value={c.data.submitted} />
              <Statistic title={l({ zh: '逾期报送', en: 'Late' })} value={c.data.late} />
              <Statistic title={l({ zh: '已审阅', en: 'Reviewed' })} value={c.data.reviewed} />
              <Statistic title={l({ zh: '单位已听取', en: 'Heard' })} value={c.data.heard} />
            </Flex>
            <Table
              rowKey="assignmentId"
              size="small"
              pagination={false}
              dataSource={c.data.missing}
              locale={{ emptyText: l({ zh: '没有未报送的报告', en: 'Nobody is missing' }) }}
              title={() => l({ zh: '尚未报送', en: 'Not yet submitted' })}
              columns={[
                { title: l({ zh: '干部', en: 'Cadre' }), dataIndex: 'name', width: 100 },
                { title: l({ zh: '村', en: 'Village' }), dataIndex: 'villageName' },
                {
                  title: l({ zh: '情况', en: 'State' }),
                  dataIndex: 'status',
                  render: (s: string) =>
                    s === 'draft'
                      ? l({ zh: '草稿未提交', en: 'Draft not submitted' })
                      : l({ zh: '尚未起草', en: 'Not drafted' }),
                },
              ]}
            />
          </>
        )}
      </Card>
      <Card
        title={l({ zh: '报告', en: 'Reports' })}
        extra={
          <DownloadButton
            data-testid="reports-xlsx"
            download={(onProgress) =>
              downloadFile('/api/half-year-reports.xlsx', '半年工作报告.xlsx', {
                query: { period, ...(session.scope.regions.length ? { region } : {}) },
                lang,
                onProgress,
              })
            }
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
        }
      >
        <ReportTable items={reports.data?.items ?? []} loading={reports.isFetching} lang={lang} />
      </Card>
    </>
  );
}

export default function ReportsPage() {
  const session = useSession();
  return (
    <Flex vertical gap={16}>
      {can(session, 'reports.write') ? <MyReports /> : <Completeness />}
    </Flex>
  );
}
