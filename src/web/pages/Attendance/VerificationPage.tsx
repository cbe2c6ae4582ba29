import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  type AbsenceOutcome,
  monthOf,
  useAttendanceSummary,
  useDecideExplanation,
  useRecordVerification,
  useVerifications,
  type VerificationFinding,
  type VerificationMethod,
  type VerificationView,
} from '../../api/attendance';
import { useSession } from '../../app/auth';
import { enCount } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { findingLabels, methodLabels } from './labels';

interface Values {
  region?: string;
  on: string;
  assignmentId?: string;
  method: VerificationMethod;
  finding: VerificationFinding;
  note?: string;
}

const outcomeLabels: Record<AbsenceOutcome, { zh: string; en: string; color: string }> = {
  none: { zh: '在岗', en: 'Present', color: 'green' },
  consistent: { zh: '与已有记录一致', en: 'Consistent with a record', color: 'blue' },
  rest_day_note: { zh: '休息日，仅作记录', en: 'Rest day: a note only', color: 'default' },
  awaiting_explanation: { zh: '缺勤，待本人说明', en: 'Absent: awaiting explanation', color: 'red' },
  explained: { zh: '已说明，待乡镇审核', en: 'Explained: for the township', color: 'orange' },
  excused: { zh: '说明已采纳，不计缺勤', en: 'Excused', color: 'green' },
  not_excused: { zh: '说明未采纳，计为缺勤', en: 'Not excused', color: 'red' },
};

/** What a verification's answer means, in words: "与已批准请假一致" and the like (issue 10 item 7). */
function consistencyText(v: VerificationView): { zh: string; en: string } {
  if (v.finding === 'present') return { zh: '核查在岗，已记录', en: 'Present: recorded' };
  if (v.consistentWith === 'leave') return { zh: '与已批准请假一致', en: 'Consistent with approved leave' };
  if (v.consistentWith === 'official_trip')
    return { zh: '与已报备的出差/培训一致', en: 'Consistent with a reported trip or training' };
  if (v.outcome === 'rest_day_note')
    return { zh: '当日为休息日，仅作记录', en: 'A rest day: recorded as a note' };
  return {
    zh: '当日无请假或出差记录，计为缺勤；已通知本人和领导小组，本人可提交说明',
    en: 'No leave or trip that day: the day is absent; the cadre and the leading group are told, and the cadre may explain',
  };
}

/**
 * 在岗核查: the township, the county, the leading group and inspectors record a visit, a call or a video call
 * and what they found (P17.4.2-attend). An absence matching approved leave or a reported trip is consistent.
 */
export default function VerificationPage() {
  const session = useSession();
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const region = Form.useWatch('region', form);
  const on = Form.useWatch('on', form);
  const onPost = useAttendanceSummary(region, monthOf(on ?? todayInShanghai()));
  const record = useRecordVerification();
  const [answer, setAnswer] = useState<VerificationView | null>(null);

  const onFinish = (v: Values) =>
    record.mutate(
      {
        assignmentId: v.assignmentId!,
        on: v.on,
        method: v.method,
        finding: v.finding,
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        clientId: crypto.randomUUID(),
      },
      {
        onSuccess: (r) => {
          setAnswer(r);
          message.success(l({ zh: '核查已记录', en: 'Verification recorded' }));
        },
        onError: (e) => {
          if (!isApiError(e)) return;
          form.setFields(
            e.fields
              .filter((f) => ['assignmentId', 'on', 'method', 'finding', 'note'].includes(f.field))
              .map((f) => ({ name: f.field as keyof Values, errors: [f.message] })),
          );
        },
      },
    );

  return (
    <Flex vertical gap={16}>
      <Card title={<CardHeading>{l({ zh: '在岗核查', en: 'Verification' })}</CardHeading>}>
        <Typography.Paragraph type="secondary">
          <RuleTag ruleId="P17.4.2-attend" compact />{' '}
          {l({
            zh: '由人核查：实地走访、电话或视频。核查不在岗时，若当日有已批准的请假或已报备的出差培训，记为一致；休息日仅作记录；其他工作日计为缺勤，本人可提交说明。',
            en: 'Checked by people: a visit, a call or a video call. An absence on a day of approved leave or a reported trip is consistent; on a rest day it is a note; on another working day the day is absent and the cadre may explain.',
          })}
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 560 }}
          onFinish={onFinish}
          onValuesChange={() => setAnswer(null)}
          initialValues={{
            region: defaultRegion(session),
            on: todayInShanghai(),
            method: 'visit',
            finding: 'present',
          }}
        >
          <Form.Item name="region" label={l({ zh: '区域', en: 'Region' })}>
            <ScopedRegionSelect
              session={session}
              placeholder={l({ zh: '输入名称搜索', en: 'Type to search' })}
            />
          </Form.Item>
          <Form.Item
            name="on"
            label={l({ zh: '核查日期', en: 'Date checked' })}
            rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose a date' }) }]}
          >
            <IsoDatePicker allowClear={false} maxDate={todayInShanghai()} />
          </Form.Item>
          <Form.Item
            name="assignmentId"
            label={l({ zh: '驻村干部', en: 'Cadre' })}
            rules={[{ required: true, message: l({ zh: '请选择驻村干部', en: 'Choose a cadre' }) }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={onPost.isFetching}
              placeholder={l({ zh: '输入姓名或村名', en: 'Type a name or a village' })}
              options={(onPost.data?.rows ?? []).map((r) => ({
                value: r.assignmentId,
                label: `${r.name} · ${r.villageName}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="method" label={l({ zh: '核查方式', en: 'Method' })}>
            <Radio.Group
              options={(['visit', 'phone', 'video'] as const).map((m) => ({
                value: m,
                label: l(methodLabels[m]),
              }))}
            />
          </Form.Item>
          <Form.Item name="finding" label={l({ zh: '核查结果', en: 'Finding' })}>
            <Radio.Group
              options={(['present', 'absent'] as const).map((f) => ({
                value: f,
                label: l(findingLabels[f]),
              }))}
            />
          </Form.Item>
          <Form.Item name="note" label={l({ zh: '备注（选填）', en: 'Note (optional)' })}>
            <Input.TextArea rows={2} maxLength={1000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {l({ zh: '记录核查', en: 'Record' })}
          </Button>
        </Form>
        {record.isError && (
          <Alert type="error" showIcon role="alert" title={record.error.message} style={{ marginTop: 12 }} />
        )}
        {answer && (
          <Result
            status={answer.outcome === 'awaiting_explanation' ? 'warning' : 'success'}
            title={l(consistencyText(answer))}
            subTitle={`${answer.cadreName} · ${answer.villageName} · ${dayText(answer.on, lang)} · ${l(methodLabels[answer.method])}`}
          />
        )}
      </Card>
      <RecentVerifications region={region} />
    </Flex>
  );
}

/** The region's recorded verifications, newest first; an explanation is accepted or not here (audited). */
function RecentVerifications({ region }: { region: string | undefined }) {
  const { l, lang } = useT();
  const [page, setPage] = useState(1);
  const list = useVerifications({ region, page, pageSize: 10 }, { enabled: Boolean(region) });
  const [deciding, setDeciding] = useState<{ v: VerificationView; accept: boolean } | null>(null);
  const columns: TableColumnsType<VerificationView> = [
    { title: l({ zh: '日期', en: 'Date' }), key: 'on', width: 130, render: (_, v) => dayText(v.on, lang) },
    { title: l({ zh: '驻村干部', en: 'Cadre' }), dataIndex: 'cadreName', width: 100 },
    { title: l({ zh: '村（社区）', en: 'Village' }), dataIndex: 'villageName', width: 120 },
    {
      title: l({ zh: '方式', en: 'Method' }),
      key: 'method',
      width: 90,
      render: (_, v) => l(methodLabels[v.method]),
    },
    {
      title: l({ zh: '结果', en: 'Outcome' }),
      key: 'outcome',
      width: 220,
      render: (_, v) => (
        <Flex vertical gap={2} align="start">
          <Tag color={outcomeLabels[v.outcome].color} style={{ marginInlineEnd: 0 }}>
            {l(outcomeLabels[v.outcome])}
          </Tag>
          {v.explanation && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '说明：', en: 'Explanation: ' })}
              {v.explanation}
            </Typography.Text>
          )}
          {v.decisionReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l({ zh: '审核意见：', en: 'Decision: ' })}
              {v.decisionReason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: l({ zh: '记录人', en: 'By' }), dataIndex: 'recordedByName', width: 120 },
    {
      title: l({ zh: '操作', en: 'Actions' }),
      key: 'actions',
      width: 160,
      render: (_, v) => (
        <Flex gap={8}>
          {v.allowedSteps.includes('excuse') && (
            <Button size="small" type="primary" onClick={() => setDeciding({ v, accept: true })}>
              {l({ zh: '采纳说明', en: 'Excuse' })}
            </Button>
          )}
          {v.allowedSteps.includes('refuse_excuse') && (
            <Button size="small" danger onClick={() => setDeciding({ v, accept: false })}>
              {l({ zh: '不采纳', en: 'Do not excuse' })}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  if (!region) return null;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {l({ zh: '核查记录', en: 'Verifications' })}
        </Typography.Title>
      }
    >
      {list.isError && <Alert type="error" showIcon role="alert" title={list.error.message} />}
      <Table<VerificationView>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        size="small"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: l({ zh: '没有核查记录', en: 'No verifications' }) }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          showTotal: (total) => l({ zh: `共 ${total} 条`, en: enCount(total, 'record') }),
          onChange: setPage,
        }}
      />
      {deciding && <DecideExplanationModal {...deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

function DecideExplanationModal({
  v,
  accept,
  onClose,
}: {
  v: VerificationView;
  accept: boolean;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const decide = useDecideExplanation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={
        accept
          ? l({ zh: '采纳缺勤说明', en: 'Excuse the absence' })
          : l({ zh: '不采纳缺勤说明', en: 'Do not excuse the absence' })
      }
      okText={accept ? l({ zh: '采纳', en: 'Excuse' }) : l({ zh: '不采纳', en: 'Do not excuse' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ danger: !accept, loading: decide.isPending, disabled: !reason.trim() }}
      onCancel={onClose}
      onOk={() =>
        decide.mutate(
          { id: v.id, accept, reason: reason.trim() },
          {
            onSuccess: () => {
              message.success(l({ zh: '已记录', en: 'Recorded' }));
              onClose();
            },
          },
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>
        {v.cadreName} · {v.villageName} · {dayText(v.on, lang)}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {l({ zh: '说明：', en: 'Explanation: ' })}
        {v.explanation}
      </Typography.Paragraph>
      <label htmlFor="decision-reason">{l({ zh: '理由', en: 'Reason' })}</label>
      <Input.TextArea
        id="decision-reason"
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {decide.isError && (
        <Alert type="error" showIcon role="alert" title={decide.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
