import {
  Alert,
  App,
  Button,
  Card,
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
  type TripFilters,
  type TripKind,
  type TripStatus,
  type TripView,
  tripKinds,
  tripStatuses,
  useTripStep,
  useTrips,
} from '../../api/attendance';
import { useSession } from '../../app/auth';
import { enCount } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { tripKindLabels, tripStatusColors, tripStatusLabels } from './labels';

type Deciding = { trip: TripView; accept: boolean };

/**
 * 出差培训: the official trips and training reported in the user's region (issue 10 item 6), with their status;
 * where the settings ask for approval (tripNeedsApproval) the township approves or rejects from the buttons the
 * server's allowedSteps give. Only reported trips count in the ledger (P17.4.2-attend).
 */
export default function TripListPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params, setParams] = useSearchParams();
  const filters: TripFilters = {
    region: params.get('region') ?? defaultRegion(session),
    status: (params.get('status') as TripStatus | null) ?? undefined,
    kind: (params.get('kind') as TripKind | null) ?? undefined,
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
  const trips = useTrips(filters);
  const [deciding, setDeciding] = useState<Deciding | null>(null);

  const columns: TableColumnsType<TripView> = [
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
    { title: l({ zh: '村（社区）', en: 'Village' }), dataIndex: 'villageName', width: 120 },
    {
      title: l({ zh: '类别', en: 'Kind' }),
      key: 'kind',
      width: 90,
      render: (_, r) => l(tripKindLabels[r.kind]),
    },
    {
      title: l({ zh: '时间、地点、事由', en: 'Dates, destination, purpose' }),
      key: 'dates',
      width: 260,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>
            {dayText(r.startOn, lang)} – {dayText(r.endOn, lang)}
          </span>
          <span>{r.destination}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.purpose}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '计入在村', en: 'Counts in village' }),
      key: 'counts',
      width: 90,
      render: (_, r) => (r.countsInVillage ? l({ zh: '计入', en: 'Yes' }) : l({ zh: '不计入', en: 'No' })),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={2} align="start">
          <Tag color={tripStatusColors[r.status]} style={{ marginInlineEnd: 0 }}>
            {l(tripStatusLabels[r.status])}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({ zh: `${r.reportedByName} 报备`, en: `Reported by ${r.reportedByName}` })}
          </Typography.Text>
          {r.decidedByName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({
                zh: `${r.decidedByName}${r.status === 'rejected' ? '不予批准' : '批准'}`,
                en: `${r.status === 'rejected' ? 'Rejected' : 'Approved'} by ${r.decidedByName}`,
              })}
              {r.decisionNote ? `：${r.decisionNote}` : ''}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      width: 150,
      fixed: 'end',
      render: (_, r) => (
        <Flex gap={8} wrap>
          {r.allowedSteps.includes('approve') && (
            <Button type="primary" size="small" onClick={() => setDeciding({ trip: r, accept: true })}>
              {l({ zh: '批准', en: 'Approve' })}
            </Button>
          )}
          {r.allowedSteps.includes('reject') && (
            <Button danger size="small" onClick={() => setDeciding({ trip: r, accept: false })}>
              {l({ zh: '不批准', en: 'Reject' })}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Card title={<CardHeading>{l({ zh: '出差培训', en: 'Trips and training' })}</CardHeading>}>
      <Typography.Paragraph type="secondary">
        <RuleTag ruleId="P17.4.2-attend" />{' '}
        {l({
          zh: '驻村干部因公出差、参加培训向乡镇报备（时间、地点、事由）。本地设置要求审批时，由村所在乡镇党委批准后才计入考勤；未批准的不改变考勤。',
          en: 'Cadres report official trips and training to the township (dates, destination, purpose). Where local settings require approval, the township party committee of the village approves before the days count; a rejected report changes no day.',
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Select<TripStatus | 'all'>
          aria-label={l({ zh: '状态', en: 'Status' })}
          style={{ width: 160 }}
          value={filters.status ?? 'all'}
          onChange={(v) => set({ status: v === 'all' ? undefined : v })}
          options={[
            { value: 'all' as const, label: l({ zh: '全部状态', en: 'All statuses' }) },
            ...tripStatuses.map((s) => ({ value: s, label: l(tripStatusLabels[s]) })),
          ]}
        />
        <Select<TripKind | 'all'>
          aria-label={l({ zh: '类别', en: 'Kind' })}
          style={{ width: 140 }}
          value={filters.kind ?? 'all'}
          onChange={(v) => set({ kind: v === 'all' ? undefined : v })}
          options={[
            { value: 'all' as const, label: l({ zh: '全部类别', en: 'All kinds' }) },
            ...tripKinds.map((k) => ({ value: k, label: l(tripKindLabels[k]) })),
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
      </Flex>
      {trips.isError && (
        <Alert type="error" showIcon role="alert" title={trips.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<TripView>
        rowKey="id"
        columns={columns}
        dataSource={trips.data?.items ?? []}
        loading={trips.isFetching}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l({ zh: '没有出差或培训记录', en: 'No trips or training' }) }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: trips.data?.total ?? 0,
          showTotal: (total) => l({ zh: `共 ${total} 条`, en: enCount(total, 'record') }),
          onChange: (page, pageSize) => set({ page: String(page), pageSize: String(pageSize) }),
        }}
      />
      {deciding && <DecideModal {...deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

/** Approve with an optional note, or reject with a reason (issue 10 item 6). */
function DecideModal({ trip, accept, onClose }: Deciding & { onClose: () => void }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const step = useTripStep();
  const [form] = Form.useForm<{ text?: string }>();
  const onFinish = ({ text }: { text?: string }) => {
    const value = text?.trim();
    step.mutate(
      accept
        ? { id: trip.id, step: 'approve', body: value ? { note: value } : {} }
        : { id: trip.id, step: 'reject', body: { reason: value ?? '' } },
      {
        onSuccess: (r) => {
          message.success(
            r.status === 'reported'
              ? l({ zh: '已批准，计入考勤', en: 'Approved; the days now count' })
              : l({ zh: '已不予批准', en: 'Rejected' }),
          );
          onClose();
        },
      },
    );
  };
  const what = l(tripKindLabels[trip.kind]);
  return (
    <Modal
      open
      title={
        accept
          ? l({
              zh: `批准${trip.cadreName}的${what}`,
              en: `Approve ${trip.cadreName}’s ${what.toLowerCase()}`,
            })
          : l({
              zh: `不批准${trip.cadreName}的${what}`,
              en: `Reject ${trip.cadreName}’s ${what.toLowerCase()}`,
            })
      }
      okText={accept ? l({ zh: '批准', en: 'Approve' }) : l({ zh: '不批准', en: 'Reject' })}
      okButtonProps={{ danger: !accept, loading: step.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {trip.villageName} · {dayText(trip.startOn, lang)} – {dayText(trip.endOn, lang)} · {trip.destination}
        {l({ zh: '。事由：', en: '. Purpose: ' })}
        {trip.purpose}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="text"
          label={
            accept
              ? l({ zh: '审批意见（选填）', en: 'Note (optional)' })
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
