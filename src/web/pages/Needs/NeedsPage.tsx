import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type Strength, strengthLabels } from '../../../shared/dictionaries';
import { downloadFile } from '../../api/imports/transfer';
import {
  type NeedFilters,
  type NeedStatus,
  type NeedView,
  needPlanners,
  useCloseNeed,
  useNeeds,
} from '../../api/needs';
import { nominationProposers } from '../../api/nominations';
import { textOf } from '../../api/policy';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultCounty, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { needStatusColors, needStatusLabels } from './labels';

/** The recorded village needs: filter by county and status, see candidates, close one with a reason. */
export default function NeedsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<NeedFilters>(() => ({
    region: params.get('village') ? undefined : defaultCounty(session),
    village: params.get('village') ?? undefined,
    status: 'open',
    page: 1,
    pageSize: 20,
  }));
  const needs = useNeeds(filters);
  const close = useCloseNeed();
  const [closing, setClosing] = useState<NeedView | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const planner = hasRole(session, ...needPlanners);
  const proposer = hasRole(session, ...nominationProposers);

  const onClose = ({ reason }: { reason: string }) => {
    if (!closing) return;
    close.mutate(
      { id: closing.id, reason: reason.trim() },
      {
        onSuccess: (need) => {
          message.success(
            l({ zh: `已关闭${need.villageName}的选派需求`, en: `Closed the need of ${need.villageName}` }),
          );
          setClosing(null);
        },
        onError: (e) => form.setFields([{ name: 'reason', errors: [e.message] }]),
      },
    );
  };

  const columns: TableColumnsType<NeedView> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 140,
      render: (_, n) => (
        <Flex vertical>
          <Typography.Text strong>{n.villageName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.villageCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '需求', en: 'Need' }),
      key: 'need',
      width: 170,
      render: (_, n) => (
        <Flex vertical gap={2}>
          <span>
            {n.firstSecretary
              ? l({
                  zh: `第一书记 1 名，队员 ${n.members} 名`,
                  en: `First secretary and ${enCount(n.members, 'member')}`,
                })
              : l({ zh: `队员 ${n.members} 名`, en: `${enCount(n.members, 'member')}` })}
          </span>
          {n.strengths.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '宜擅长：', en: 'Strengths: ' })}
              {n.strengths
                .map((s) => l(strengthLabels[s as Strength] ?? { zh: s, en: s }))
                .join(lang === 'zh' ? '、' : ', ')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '依据', en: 'Rules' }),
      key: 'basis',
      width: 180,
      render: (_, n) =>
        n.basis.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex wrap gap={4}>
            {n.basis.map((b) => (
              <span key={`${b.ruleId}:${textOf(b.message, l)}`} title={textOf(b.message, l)}>
                <RuleTag ruleId={b.ruleId} />
              </span>
            ))}
          </Flex>
        ),
    },
    {
      title: l({ zh: '理由', en: 'Reason' }),
      key: 'reason',
      width: 140,
      render: (_, n) =>
        n.reason || n.closedReason ? (
          <Flex vertical gap={2}>
            {n.reason && <span>{n.reason}</span>}
            {n.closedReason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l({ zh: '关闭理由：', en: 'Closed: ' })}
                {n.closedReason}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 80,
      render: (_, n) => <Tag color={needStatusColors[n.status]}>{l(needStatusLabels[n.status])}</Tag>,
    },
    {
      title: l({ zh: '人选', en: 'Candidates' }),
      dataIndex: 'candidates',
      width: 60,
      align: 'right',
      render: (count: number, n) =>
        count > 0 ? <Link to={`/nominations?needId=${n.id}`}>{formatNumber(count, lang)}</Link> : '0',
    },
    {
      title: l({ zh: '记录', en: 'Recorded' }),
      key: 'recorded',
      width: 190,
      render: (_, n) => (
        <Flex vertical>
          <span>
            {n.createdByName} · {n.policyVersion}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(n.createdAt, lang)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: '生效：', en: 'From: ' })}
            {formatDate(`${n.effectiveOn}T12:00:00+08:00`, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      width: 140,
      fixed: 'end',
      render: (_, n) =>
        n.status === 'open' ? (
          <Space size={0} wrap>
            {proposer && (
              <Link to={`/nominations/new?needId=${n.id}`}>
                <Button type="link" size="small">
                  {l({ zh: '提出人选', en: 'Propose' })}
                </Button>
              </Link>
            )}
            {planner && (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => {
                  form.resetFields();
                  setClosing(n);
                }}
              >
                {l({ zh: '关闭', en: 'Close' })}
              </Button>
            )}
          </Space>
        ) : null,
    },
  ];

  const statusValue = filters.status ?? 'all';
  return (
    <Card
      title={<CardHeading>{l({ zh: '选派需求', en: 'Village needs' })}</CardHeading>}
      extra={
        <Space>
          <DownloadButton
            download={(onProgress) => {
              // The list's own filters, every page: the file holds what the list shows.
              const { page: _page, pageSize: _size, ...query } = filters;
              return downloadFile('/api/village-needs.xlsx', '村级选派需求.xlsx', {
                query,
                lang,
                onProgress,
              });
            }}
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
          {planner && (
            <Link to={`/needs/plan${filters.region?.length === 6 ? `?county=${filters.region}` : ''}`}>
              <Button type="primary">{l({ zh: '需求规划', en: 'Plan needs' })}</Button>
            </Link>
          )}
        </Space>
      }
    >
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented<NeedStatus | 'all'>
          aria-label={l({ zh: '需求状态', en: 'Need status' })}
          value={statusValue}
          onChange={(v) => setFilters((f) => ({ ...f, status: v === 'all' ? undefined : v, page: 1 }))}
          options={[
            { value: 'open', label: l(needStatusLabels.open) },
            { value: 'filled', label: l(needStatusLabels.filled) },
            { value: 'closed', label: l(needStatusLabels.closed) },
            { value: 'all', label: l({ zh: '全部', en: 'All' }) },
          ]}
        />
        <ScopedRegionSelect
          aria-label={l({ zh: '区域', en: 'Region' })}
          session={session}
          value={filters.region}
          allowClear
          onChange={(region) => setFilters((f) => ({ ...f, region, village: undefined, page: 1 }))}
          placeholder={l({ zh: '全部区域（输入名称搜索）', en: 'All regions (type to search)' })}
        />
        {filters.village && (
          <Tag closable onClose={() => setFilters((f) => ({ ...f, village: undefined, page: 1 }))}>
            {l({ zh: '村：', en: 'Village: ' })}
            {filters.village}
          </Tag>
        )}
      </Flex>
      {needs.isError && (
        <Alert type="error" showIcon role="alert" title={needs.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<NeedView>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={needs.data?.items}
        loading={needs.isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: needs.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => l({ zh: `共 ${formatNumber(n, lang)} 项`, en: `${enCount(n, 'need')}` }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      <Modal
        open={closing !== null}
        title={l({
          zh: `关闭${closing?.villageName ?? ''}的选派需求`,
          en: `Close the need of ${closing?.villageName ?? ''}`,
        })}
        okText={l({ zh: '关闭需求', en: 'Close need' })}
        okButtonProps={{ danger: true, loading: close.isPending }}
        cancelText={l({ zh: '取消', en: 'Cancel' })}
        onOk={() => form.submit()}
        onCancel={() => setClosing(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {l({
            zh: '关闭后该需求不再接受人选；理由记入需求和审计日志。',
            en: 'A closed need takes no more candidates; the reason is kept with the need and in the audit log.',
          })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={onClose} disabled={close.isPending}>
          <Form.Item
            name="reason"
            label={l({ zh: '关闭理由', en: 'Reason' })}
            rules={[
              { required: true, whitespace: true, message: l({ zh: '请填写关闭理由', en: 'Give a reason' }) },
              { min: 2, message: l({ zh: '至少 2 个字', en: 'At least 2 characters' }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
