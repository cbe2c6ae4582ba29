import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  type LeaveFilters,
  type LeaveRequestView,
  type LeaveStatus,
  leaveStatuses,
  useLeaveRequests,
  useLeaveStep,
} from '../../api/attendance';
import { useSession } from '../../app/auth';
import { enCount } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { TypedDatePicker } from '../../components/TypedDatePicker';
import { AlertsCard } from './AlertsCard';
import { approverShort, leaveKindLabels, leaveStatusColors, leaveStatusLabels } from './labels';

type Deciding = { leave: LeaveRequestView; accept: boolean };

/**
 * 请销假: the leave of the cadres in the user's region — filters, the approval level of each request, the
 * buttons its allowedSteps give (P17.4.2-leave / P21.5-leave), overdue returns highlighted.
 */
export default function LeaveListPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const filters: LeaveFilters = {
    region: params.get('region') ?? defaultRegion(session),
    status: (params.get('status') as LeaveStatus | null) ?? undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
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
  const leave = useLeaveRequests(filters);
  const [deciding, setDeciding] = useState<Deciding | null>(null);

  const columns: TableColumnsType<LeaveRequestView> = [
    {
      title: l({ zh: '驻村干部', en: 'Cadre' }),
      key: 'cadre',
      width: 120,
      render: (_, r) => (
        <Link to={`/attendance-calendar?cadreId=${r.cadreId}&month=${r.startOn.slice(0, 7)}`}>
          {r.cadreName}
        </Link>
      ),
    },
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      dataIndex: 'villageName',
      width: 120,
    },
    {
      title: l({ zh: '类别', en: 'Kind' }),
      key: 'kind',
      width: 80,
      render: (_, r) => l(leaveKindLabels[r.kind]),
    },
    {
      title: l({ zh: '请假时间', en: 'Dates' }),
      key: 'dates',
      width: 220,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>
            {dayText(r.startOn, lang)} – {dayText(r.endOn, lang)}
          </span>
          {r.returnedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: `${dayText(r.returnedOn, lang)}销假`, en: `Back ${dayText(r.returnedOn, lang)}` })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.reason}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '工作日', en: 'Working days' }),
      dataIndex: 'workingDays',
      width: 80,
      align: 'right',
    },
    {
      title: l({ zh: '审批层级', en: 'Approver' }),
      key: 'approver',
      width: 90,
      render: (_, r) => (
        <Tag color={r.approver === 'county' ? 'purple' : 'blue'}>{l(approverShort[r.approver])}</Tag>
      ),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={2} align="start">
          <Flex gap={4} wrap>
            <Tag color={leaveStatusColors[r.status]} style={{ marginInlineEnd: 0 }}>
              {l(leaveStatusLabels[r.status])}
            </Tag>
            {r.overdue && (
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {l({
                  zh: `逾期未销假 ${r.overdueWorkingDays} 天`,
                  en: `Return overdue ${r.overdueWorkingDays} d`,
                })}
              </Tag>
            )}
          </Flex>
          {r.townshipOpinion && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '乡镇意见：', en: 'Township: ' })}
              {r.townshipOpinion}
            </Typography.Text>
          )}
          {r.decisionNote && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '审批意见：', en: 'Decision: ' })}
              {r.decisionNote}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      width: 170,
      fixed: 'end',
      render: (_, r) => (
        <Flex gap={8} wrap>
          {r.allowedSteps.includes('approve') && (
            <Button type="primary" size="small" onClick={() => setDeciding({ leave: r, accept: true })}>
              {r.status === 'pending' && r.approver === 'county'
                ? l({ zh: '同意并报县', en: 'Agree, to county' })
                : l({ zh: '批准', en: 'Approve' })}
            </Button>
          )}
          {r.allowedSteps.includes('reject') && (
            <Button danger size="small" onClick={() => setDeciding({ leave: r, accept: false })}>
              {l({ zh: '不批准', en: 'Reject' })}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <AlertsCard region={filters.region} />
      <Card title={<CardHeading>{l({ zh: '请销假', en: 'Leave' })}</CardHeading>}>
        <Typography.Paragraph type="secondary">
          <RuleTag ruleId="P17.4.2-leave" />{' '}
          {l({
            zh: '请假按工作日计算：未超过规定天数的由村所在乡镇党委审批；超过的由乡镇提出意见，报县委组织部审批。请假结束须销假，逾期未销假的工作日计为缺勤。',
            en: 'Leave counts working days: up to the threshold the township party committee approves; beyond it the township gives its opinion and the county organisation department approves. Leave ends with a return report; working days after an unreported end count as absent.',
          })}
        </Typography.Paragraph>
        <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
          <Select<LeaveStatus | 'all'>
            aria-label={l({ zh: '状态', en: 'Status' })}
            style={{ width: 170 }}
            value={filters.status ?? 'all'}
            onChange={(v) => set({ status: v === 'all' ? undefined : v })}
            options={[
              { value: 'all' as const, label: l({ zh: '全部状态', en: 'All statuses' }) },
              ...leaveStatuses.map((s) => ({ value: s, label: l(leaveStatusLabels[s]) })),
            ]}
          />
          {session.scope.regions.length > 0 && (
            <ScopedRegionSelect
              aria-label={l({ zh: '区域', en: 'Region' })}
              session={session}
              value={filters.region}
              allowClear
              onChange={(region) => set({ region })}
              placeholder={l({ zh: '全部区域（输入名称搜索）', en: 'All regions (type to search)' })}
            />
          )}
          <Checkbox
            checked={Boolean(filters.overdue)}
            onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
          >
            {l({ zh: '只看逾期未销假', en: 'Overdue returns only' })}
          </Checkbox>
          <TypedDatePicker
            aria-label={l({ zh: '起始日期', en: 'From' })}
            placeholder={l({ zh: '起始日期', en: 'From' })}
            value={filters.from ?? null}
            onChange={(v) => set({ from: v ?? undefined })}
          />
          <TypedDatePicker
            aria-label={l({ zh: '截止日期', en: 'To' })}
            placeholder={l({ zh: '截止日期', en: 'To' })}
            value={filters.to ?? null}
            onChange={(v) => set({ to: v ?? undefined })}
          />
        </Flex>
        {leave.isError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={leave.error.message}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<LeaveRequestView>
          rowKey="id"
          columns={columns}
          dataSource={leave.data?.items ?? []}
          loading={leave.isFetching}
          size="middle"
          scroll={{ x: 'max-content' }}
          onRow={(r) => (r.overdue ? { style: { background: '#fff1f0' } } : {})}
          locale={{ emptyText: l({ zh: '没有请假记录', en: 'No leave' }) }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: leave.data?.total ?? 0,
            showTotal: (total) => l({ zh: `共 ${total} 条`, en: enCount(total, 'request') }),
            onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }),
          }}
        />
        {deciding && <DecideModal {...deciding} onClose={() => setDeciding(null)} />}
      </Card>
    </Flex>
  );
}

/** Approve with an optional note (the township's opinion on a county-level leave), or reject with a reason. */
function DecideModal({ leave, accept, onClose }: Deciding & { onClose: () => void }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const step = useLeaveStep();
  const [form] = Form.useForm<{ text?: string }>();
  const toCounty = accept && leave.status === 'pending' && leave.approver === 'county';
  const onFinish = ({ text }: { text?: string }) => {
    const value = text?.trim();
    step.mutate(
      accept
        ? { id: leave.id, step: 'approve', body: value ? { note: value } : {} }
        : { id: leave.id, step: 'reject', body: { reason: value ?? '' } },
      {
        onSuccess: (r) => {
          message.success(
            r.status === 'pending_county'
              ? l({ zh: '已提出意见，报县委组织部审批', en: 'Opinion given; sent to the county' })
              : r.status === 'approved'
                ? l({ zh: '已批准', en: 'Approved' })
                : l({ zh: '已不予批准', en: 'Rejected' }),
          );
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={
        accept
          ? toCounty
            ? l({
                zh: `乡镇意见：${leave.cadreName}的请假`,
                en: `Township opinion: ${leave.cadreName}’s leave`,
              })
            : l({ zh: `批准${leave.cadreName}的请假`, en: `Approve ${leave.cadreName}’s leave` })
          : l({ zh: `不批准${leave.cadreName}的请假`, en: `Reject ${leave.cadreName}’s leave` })
      }
      okText={
        accept
          ? toCounty
            ? l({ zh: '同意并报县审批', en: 'Agree and send to the county' })
            : l({ zh: '批准', en: 'Approve' })
          : l({ zh: '不批准', en: 'Reject' })
      }
      okButtonProps={{ danger: !accept, loading: step.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {leave.villageName} · {l(leaveKindLabels[leave.kind])} · {dayText(leave.startOn, lang)} –{' '}
        {dayText(leave.endOn, lang)}
        {l({ zh: `，${leave.workingDays} 个工作日。`, en: `, ${leave.workingDays} working days.` })}
        {l({ zh: '事由：', en: ' Reason: ' })}
        {leave.reason}
      </Typography.Paragraph>
      {leave.cumulativeLeaveDays !== undefined && (
        <Typography.Paragraph type="secondary">
          {l({
            zh: `本年度已请假 ${leave.cumulativeLeaveDays} 个工作日。`,
            en: `Leave this year so far: ${leave.cumulativeLeaveDays} working days.`,
          })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={
            accept
              ? toCounty
                ? l({ zh: '乡镇意见（选填）', en: 'Township opinion (optional)' })
                : l({ zh: '审批意见（选填）', en: 'Note (optional)' })
              : l({ zh: '不批准的理由', en: 'Reason for rejecting' })
          }
          rules={
            accept
              ? []
              : [{ required: true, whitespace: true, message: l({ zh: '请填写理由', en: 'Give a reason' }) }]
          }
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {step.isError && <Alert type="error" showIcon role="alert" title={step.error.message} />}
    </Modal>
  );
}
