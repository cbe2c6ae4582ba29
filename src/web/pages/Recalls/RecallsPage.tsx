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
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../../shared/permissions';
import {
  type RecallFilters,
  type RecallProposalView,
  type RecallStatus,
  useConfirmRecall,
  useRecallProposals,
  useWithdrawRecall,
} from '../../api/recalls';
import { useSession } from '../../app/auth';
import { enCount, formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { teamRoleColors, teamRoleLabels } from '../Teams/labels';
import { recallStatusColors, recallStatusLabels } from './labels';

const statuses: RecallStatus[] = ['proposed', 'confirmed', 'withdrawn'];

/**
 * 召回调整 (P17.5.3-recall): the leading group's proposals with their status. The cadre's dispatching unit
 * confirms here; the leading group proposes from a village's team history.
 */
export default function RecallsPage() {
  const session = useSession();
  const { l, lang } = useT();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<RecallFilters>(() => ({
    region: defaultRegion(session),
    status: (params.get('status') as RecallStatus | null) ?? 'proposed',
    page: 1,
    pageSize: 20,
  }));
  const proposals = useRecallProposals(filters);
  // Buttons come from each proposal's allowedSteps (the API's transition table, issue 9).
  const actor = can(session, 'recalls.confirm') || can(session, 'recalls.withdraw');
  const composer = can(session, 'recalls.propose');
  const [confirming, setConfirming] = useState<RecallProposalView | null>(null);
  const withdraw = useWithdrawRecall();
  const { message, modal } = App.useApp();
  const askWithdraw = (p: RecallProposalView) =>
    modal.confirm({
      title: l({
        zh: `撤回对${p.cadreName}的召回意见？`,
        en: `Withdraw the recall proposal for ${p.cadreName}?`,
      }),
      content: l({
        zh: '派出单位尚未确认，撤回后该任期照常继续，撤回记入日志。',
        en: 'The unit has not confirmed it; the term goes on and the withdrawal is audited.',
      }),
      okText: l({ zh: '撤回', en: 'Withdraw' }),
      onOk: () =>
        withdraw.mutateAsync({ id: p.id }).then(
          () => message.success(l({ zh: '召回意见已撤回', en: 'Recall proposal withdrawn' })),
          (e: Error) => message.error(e.message),
        ),
    });

  const columns: TableColumnsType<RecallProposalView> = [
    {
      title: l({ zh: '村（社区）', en: 'Village' }),
      key: 'village',
      width: 120,
      render: (_, p) => <Link to={`/teams/village/${p.villageCode}`}>{p.villageName}</Link>,
    },
    {
      title: l({ zh: '驻村干部', en: 'Cadre' }),
      key: 'cadre',
      width: 200,
      render: (_, p) => (
        <Flex vertical gap={2} align="start">
          <Link to={`/cadres/${p.cadreId}`}>{p.cadreName}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.unitName}
          </Typography.Text>
          <Tag color={teamRoleColors[p.teamRole]} style={{ marginInlineEnd: 0 }}>
            {l(teamRoleLabels[p.teamRole])}
          </Tag>
        </Flex>
      ),
    },
    {
      title: l({ zh: '召回理由', en: 'Reasons' }),
      dataIndex: 'reasons',
      width: 320,
      render: (reasons: string) => (
        <Flex vertical gap={2}>
          {reasons.split('\n').map((r) => (
            <span key={r}>{r}</span>
          ))}
        </Flex>
      ),
    },
    {
      title: l({ zh: '提出', en: 'Proposed' }),
      key: 'proposed',
      width: 200,
      render: (_, p) => (
        <Flex vertical>
          <span>{p.proposedByName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(p.proposedAt, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: l({ zh: '状态', en: 'Status' }),
      key: 'status',
      width: 170,
      render: (_, p) => (
        <Flex vertical gap={2} align="start">
          <Tag color={recallStatusColors[p.status]} style={{ marginInlineEnd: 0 }}>
            {l(recallStatusLabels[p.status])}
          </Tag>
          {p.endOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: `${dayText(p.endOn, lang)}离任`, en: `Left on ${dayText(p.endOn, lang)}` })}
            </Typography.Text>
          )}
          {p.confirmedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '确认于', en: 'Confirmed ' })}
              {formatDateTime(p.confirmedAt, lang)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(actor
      ? [
          {
            title: l({ zh: '操作', en: 'Actions' }),
            key: 'actions',
            width: 110,
            fixed: 'end' as const,
            render: (_: unknown, p: RecallProposalView) => (
              <Flex gap={8}>
                {p.allowedSteps.includes('confirm') && (
                  <Button type="primary" danger size="small" onClick={() => setConfirming(p)}>
                    {l({ zh: '确认召回', en: 'Confirm' })}
                  </Button>
                )}
                {p.allowedSteps.includes('withdraw') && (
                  <Button size="small" onClick={() => askWithdraw(p)}>
                    {l({ zh: '撤回', en: 'Withdraw' })}
                  </Button>
                )}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={l({ zh: '召回调整', en: 'Recalls' })}>
      <Typography.Paragraph type="secondary">
        <RuleTag ruleId="P17.5.3-recall" />{' '}
        {l({
          zh: '对不胜任驻村工作的干部，由驻村工作领导小组提出召回意见，派出单位确认后召回；任期以“召回调整”结束，该村的选派需求重新开放，全程留痕。',
          en: 'For a cadre not fit for the work, the leading group proposes a recall and the dispatching unit confirms it; the term ends as recalled and the village’s need reopens, every step audited.',
        })}
        {composer &&
          l({
            zh: '提出召回：在驻村工作队中打开该村的驻村历史，对在岗干部点击“提出召回”。',
            en: ' To propose: open the village’s team history from the team board and press “Propose recall” on the cadre.',
          })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented<RecallStatus | 'all'>
          aria-label={l({ zh: '召回状态', en: 'Recall status' })}
          value={filters.status ?? 'all'}
          onChange={(v) => setFilters((f) => ({ ...f, status: v === 'all' ? undefined : v, page: 1 }))}
          options={[
            ...statuses.map((s) => ({ value: s, label: l(recallStatusLabels[s]) })),
            { value: 'all' as const, label: l({ zh: '全部', en: 'All' }) },
          ]}
        />
        {session.scope.regions.length > 0 && (
          <ScopedRegionSelect
            aria-label={l({ zh: '区域', en: 'Region' })}
            session={session}
            value={filters.region}
            allowClear
            onChange={(region) => setFilters((f) => ({ ...f, region, page: 1 }))}
            placeholder={l({ zh: '全部区域（输入名称搜索）', en: 'All regions (type to search)' })}
          />
        )}
      </Flex>
      {proposals.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={proposals.error.message}
          style={{ marginBottom: 16 }}
        />
      )}
      <Table<RecallProposalView>
        rowKey="id"
        columns={columns}
        dataSource={proposals.data?.items ?? []}
        loading={proposals.isFetching}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l({ zh: '没有召回意见', en: 'No recall proposals' }) }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: proposals.data?.total ?? 0,
          showTotal: (total) => l({ zh: `共 ${total} 条`, en: `${enCount(total, 'proposal')}` }),
          onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
        }}
      />
      {confirming && <ConfirmRecallModal proposal={confirming} onClose={() => setConfirming(null)} />}
    </Card>
  );
}

function ConfirmRecallModal({ proposal, onClose }: { proposal: RecallProposalView; onClose: () => void }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endOn: string; note?: string }>();
  const confirm = useConfirmRecall();
  const onFinish = ({ endOn, note }: { endOn: string; note?: string }) =>
    confirm.mutate(
      { id: proposal.id, body: { endOn, ...(note?.trim() ? { note: note.trim() } : {}) } },
      {
        onSuccess: (r) => {
          message.success(
            l({
              zh: `已确认召回${proposal.cadreName}，任期于${dayText(r.assignment.endOn ?? endOn, lang)}结束，${proposal.villageName}的选派需求已重新开放`,
              en: `Recall of ${proposal.cadreName} confirmed: the term ended on ${dayText(r.assignment.endOn ?? endOn, lang)}; ${proposal.villageName}'s need is open again`,
            }),
          );
          onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={l({ zh: `确认召回：${proposal.cadreName}`, en: `Confirm the recall of ${proposal.cadreName}` })}
      okText={l({ zh: '确认召回', en: 'Confirm the recall' })}
      okButtonProps={{ danger: true, loading: confirm.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: `${proposal.villageName} · ${proposal.unitName}。确认后任期以“召回调整”结束，该村选派需求重新开放，请尽快安排接任人选。`,
          en: `${proposal.villageName} · ${proposal.unitName}. The term then ends as recalled and the village's need reopens: arrange a replacement soon.`,
        })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {l({ zh: '召回理由：', en: 'Reasons: ' })}
        {proposal.reasons.split('\n').join(lang === 'zh' ? '；' : '; ')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ endOn: todayInShanghai() }}>
        <Form.Item
          name="endOn"
          label={l({ zh: '最后在岗日期', en: 'Last day on post' })}
          rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose a date' }) }]}
        >
          <IsoDatePicker allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={l({ zh: '说明（选填）', en: 'Note (optional)' })}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {confirm.isError && <Alert type="error" showIcon role="alert" title={confirm.error.message} />}
    </Modal>
  );
}
