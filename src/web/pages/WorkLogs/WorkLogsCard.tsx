import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import {
  type DutyKey,
  downloadWorkLogs,
  dutyKeys,
  dutyLabels,
  useWorkLogs,
  type WorkLogFilters,
  type WorkLogKind,
  type WorkLogView,
  workLogKindLabels,
  workLogKinds,
  workLogPhotoUrl,
} from '../../api/workLogs';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { DownloadButton } from '../../components/DownloadButton';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';

const kindColors: Record<WorkLogKind, string> = {
  household_visit: 'green',
  problem_solved: 'gold',
  meeting: 'blue',
  project: 'purple',
  study: 'cyan',
  other: 'default',
};

/**
 * 驻村工作日志: the logs of a village or of a cadre, newest first, filtered by duty, kind and period, with the
 * Excel export of the same filter. Written by exception: no count per cadre, no score (X19-burden, X24-rules).
 */
export function WorkLogsCard({
  villageCode,
  cadreId,
  title,
  extra,
  heading = false,
}: {
  villageCode?: string;
  cadreId?: string;
  title?: ReactNode;
  extra?: ReactNode;
  /** The card's title is the page's heading (h1). */
  heading?: boolean;
}) {
  const { l, lang } = useT();
  const [duty, setDuty] = useState<DutyKey | undefined>();
  const [kind, setKind] = useState<WorkLogKind | undefined>();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const filters: WorkLogFilters = {
    villageCode,
    cadreId,
    duty,
    kind,
    from: from ?? undefined,
    to: to ?? undefined,
    page,
    pageSize: 10,
  };
  const logs = useWorkLogs(filters);
  const label = title ?? l({ zh: '驻村工作日志', en: 'Work logs' });
  const { page: _p, pageSize: _s, ...exportFilters } = filters;

  return (
    <Card
      title={heading ? <CardHeading>{label}</CardHeading> : label}
      extra={
        <Space>
          {extra}
          <DownloadButton download={(onProgress) => downloadWorkLogs(exportFilters, lang, onProgress)}>
            {l({ zh: '导出 Excel', en: 'Export Excel' })}
          </DownloadButton>
        </Space>
      }
      data-testid="work-logs"
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<DutyKey>
          allowClear
          aria-label={l({ zh: '职责', en: 'Duty' })}
          placeholder={l({ zh: '全部职责', en: 'All duties' })}
          style={{ minWidth: 180 }}
          value={duty}
          onChange={(v) => {
            setDuty(v);
            setPage(1);
          }}
          options={dutyKeys.map((k) => ({ value: k, label: l(dutyLabels[k]) }))}
        />
        <Select<WorkLogKind>
          allowClear
          aria-label={l({ zh: '类型', en: 'Kind' })}
          placeholder={l({ zh: '全部类型', en: 'All kinds' })}
          style={{ minWidth: 130 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={workLogKinds.map((k) => ({ value: k, label: l(workLogKindLabels[k]) }))}
        />
        <IsoDatePicker
          aria-label={l({ zh: '起始日期', en: 'From' })}
          placeholder={l({ zh: '起始日期', en: 'From' })}
          value={from}
          onChange={(v) => {
            setFrom(v);
            setPage(1);
          }}
          style={{ width: 150 }}
        />
        <IsoDatePicker
          aria-label={l({ zh: '截止日期', en: 'To' })}
          placeholder={l({ zh: '截止日期', en: 'To' })}
          value={to}
          onChange={(v) => {
            setTo(v);
            setPage(1);
          }}
          style={{ width: 150 }}
        />
      </Flex>
      <Table<WorkLogView>
        rowKey="id"
        size="small"
        loading={logs.isFetching}
        dataSource={logs.data?.items ?? []}
        locale={{ emptyText: l({ zh: '这段时间没有日志', en: 'No logs in this period' }) }}
        pagination={{
          current: page,
          pageSize: 10,
          total: logs.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => l({ zh: `共 ${n} 条`, en: `${n} entries` }),
        }}
        columns={[
          { title: l({ zh: '日期', en: 'Date' }), dataIndex: 'on', width: 108 },
          ...(cadreId
            ? [{ title: l({ zh: '村', en: 'Village' }), dataIndex: 'villageName', width: 110 }]
            : [{ title: l({ zh: '干部', en: 'Cadre' }), dataIndex: 'cadreName', width: 90 }]),
          {
            title: l({ zh: '类型 / 职责', en: 'Kind / duty' }),
            key: 'kind',
            width: 200,
            render: (_: unknown, r: WorkLogView) => (
              <Space direction="vertical" size={2}>
                <Tag color={kindColors[r.kind]}>{l(workLogKindLabels[r.kind])}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l(dutyLabels[r.duty])}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: l({ zh: '内容', en: 'What happened' }),
            key: 'text',
            render: (_: unknown, r: WorkLogView) => (
              <Space direction="vertical" size={2}>
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
                  {r.text}
                </Typography.Paragraph>
                <Space size={8} wrap>
                  {r.taskTitle && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {l({ zh: `任务：${r.taskTitle}`, en: `Task: ${r.taskTitle}` })}
                    </Typography.Text>
                  )}
                  {r.householdsVisited !== null && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {l({ zh: `走访 ${r.householdsVisited} 户`, en: `${r.householdsVisited} households` })}
                    </Typography.Text>
                  )}
                  {r.hasPhoto && (
                    <a href={workLogPhotoUrl(r.id)} target="_blank" rel="noreferrer">
                      <PaperClipOutlined /> {l({ zh: '照片', en: 'Photo' })}
                    </a>
                  )}
                </Space>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {l({
          zh: '日志按事记录，不设每日数量，不计分、不排名。',
          en: 'Logs are written when something happens: no daily quota, no score, no ranking.',
        })}{' '}
        <RuleTag ruleId="X19-burden" compact />
      </Typography.Text>
    </Card>
  );
}
