import { useQueries } from '@tanstack/react-query';
import { Alert, App, Descriptions, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import {
  attendanceKeys,
  fetchLedger,
  type LeaveKind,
  leaveKinds,
  monthsSpanned,
  type OwnAssignment,
  useAskLeave,
  useEffectiveSettings,
} from '../../api/attendance';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { RuleTag } from '../../components/RuleTag';
import { DateRangeFields } from './DateRangeFields';
import { approverLabels, leaveKindLabels } from './labels';

interface Values {
  kind: LeaveKind;
  startOn: string | null;
  endOn: string | null;
  reason: string;
}

/**
 * 请假: kind, dates and reason; before sending it shows the working days of the work calendar and who will
 * approve — the township party committee up to the province's threshold, else the township's opinion and
 * then the county organisation department (P17.4.2-leave / P21.5-leave).
 */
export function LeaveRequestModal({
  assignment,
  cadreId,
  onClose,
}: {
  assignment: OwnAssignment;
  cadreId: string;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const ask = useAskLeave();
  const startOn = Form.useWatch('startOn', form) ?? null;
  const endOn = Form.useWatch('endOn', form) ?? null;
  const range = startOn && endOn && endOn >= startOn ? { startOn, endOn } : null;
  const months = range ? monthsSpanned(range.startOn, range.endOn) : [];
  const ledgers = useQueries({
    queries: months.map((month) => ({
      queryKey: attendanceKeys.ledger(cadreId, month),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchLedger(cadreId, month, signal),
      retry: false,
    })),
  });
  const settings = useEffectiveSettings(assignment.villageCode, range?.startOn ?? todayInShanghai());
  const threshold = settings.data?.parameters.find((p) => p.key === 'leaveTownshipMaxDays')?.value;
  const loading = ledgers.some((q) => q.isPending);
  const workingDays = useMemo(() => {
    if (!range || loading || ledgers.some((q) => !q.data)) return null;
    return ledgers
      .flatMap((q) => q.data!.days)
      .filter((d) => d.date >= range.startOn && d.date <= range.endOn && d.dayKind === 'working').length;
  }, [range, loading, ledgers]);
  const approver =
    workingDays === null || typeof threshold !== 'number'
      ? null
      : workingDays <= threshold
        ? 'township'
        : 'county';

  const onFinish = (v: Values) =>
    ask.mutate(
      {
        assignmentId: assignment.id,
        kind: v.kind,
        startOn: v.startOn!,
        endOn: v.endOn!,
        reason: v.reason.trim(),
        clientId: crypto.randomUUID(),
      },
      {
        onSuccess: (r) => {
          message.success(
            l({
              zh: `请假已提交，共 ${r.workingDays} 个工作日，${r.approver === 'township' ? '待乡镇党委审批' : '待乡镇提出意见后报县委组织部审批'}`,
              en: `Leave requested: ${r.workingDays} working days, ${r.approver === 'township' ? 'for the township to approve' : 'for the township’s opinion, then the county'}`,
            }),
          );
          onClose();
        },
        onError: (e) => {
          if (!isApiError(e)) return;
          form.setFields(
            e.fields
              .filter((f) => ['kind', 'startOn', 'endOn', 'reason'].includes(f.field))
              .map((f) => ({ name: f.field as keyof Values, errors: [f.message] })),
          );
        },
      },
    );

  return (
    <Modal
      open
      title={l({ zh: '请假', en: 'Ask for leave' })}
      okText={l({ zh: '提交请假', en: 'Send the request' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: ask.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'personal', startOn: null, endOn: null, reason: '' }}
      >
        <Form.Item
          name="kind"
          label={l({ zh: '请假类别', en: 'Kind of leave' })}
          rules={[{ required: true, message: l({ zh: '请选择类别', en: 'Choose a kind' }) }]}
        >
          <Select<LeaveKind> options={leaveKinds.map((k) => ({ value: k, label: l(leaveKindLabels[k]) }))} />
        </Form.Item>
        <DateRangeFields />
        <Form.Item
          name="reason"
          label={l({ zh: '请假事由', en: 'Reason' })}
          rules={[
            { required: true, whitespace: true, message: l({ zh: '请填写事由', en: 'Give a reason' }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <section
        aria-label={l({ zh: '审批预览', en: 'Before sending' })}
        aria-live="polite"
        style={{ background: '#fafafa', padding: 12, borderRadius: 8 }}
      >
        {!range ? (
          <Typography.Text type="secondary">
            {l({
              zh: '选好日期后，这里显示工作日天数和审批层级。',
              en: 'Once the dates are chosen, the working days and who approves show here.',
            })}
          </Typography.Text>
        ) : workingDays === null ? (
          ledgers.some((q) => q.isError) ? (
            <Typography.Text type="secondary">
              {l({
                zh: '暂时无法计算工作日，提交后以系统答复为准。',
                en: 'The working days cannot be counted now; the answer to the request will say.',
              })}
            </Typography.Text>
          ) : (
            <Spin size="small" />
          )
        ) : (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={l({ zh: '请假时间', en: 'Dates' })}>
              {dayText(range.startOn, lang)} – {dayText(range.endOn, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={l({ zh: '工作日', en: 'Working days' })}>
              <span data-testid="leave-working-days">
                {l({ zh: `${workingDays} 个工作日`, en: `${workingDays} working days` })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={l({ zh: '审批', en: 'Approved by' })}>
              {approver ? (
                <span>
                  {l(approverLabels[approver])}
                  {l({
                    zh: `（${threshold} 个工作日以内由乡镇审批）`,
                    en: ` (up to ${threshold} working days the township approves)`,
                  })}
                </span>
              ) : (
                l({ zh: '提交后由系统确定', en: 'Set when it is sent' })
              )}{' '}
              <RuleTag ruleId="P17.4.2-leave" compact />
            </Descriptions.Item>
          </Descriptions>
        )}
      </section>
      {ask.isError && (
        <Alert type="error" showIcon role="alert" title={ask.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
