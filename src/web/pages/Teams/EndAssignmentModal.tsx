import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import {
  type AssignmentView,
  type EndReason,
  manualEndReasons,
  useEndAssignment,
} from '../../api/assignments';
import { findingsOf } from '../../api/policy';
import { useT } from '../../app/i18n';
import { dayText, todayInShanghai } from '../../components/CalendarDay';
import { FindingList } from '../../components/FindingList';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { useOverrideReasons } from '../Nominations/OverrideReasons';
import { endReasonLabels, teamRoleLabels } from './labels';
import { PlainFindings } from './PlainFindings';

interface Values {
  endOn: string;
  reason: EndReason;
  note?: string;
}

const reasonHelp: Record<(typeof manualEndReasons)[number], { zh: string; en: string }> = {
  completed: { zh: '任期届满离任', en: 'The term ran its course' },
  rotated: { zh: '到期轮换，接任者已压茬到岗', en: 'Rotation: the successor is on post for the handover' },
  other: { zh: '其他原因提前离任，须写明理由', en: 'Another reason to leave early: say why' },
};

/**
 * Ends a term with a reason from the allowed list (P21.5-term). An early end that is neither rotation nor
 * recall warns and needs a reason; a recall goes through its own procedure (P17.5.3-recall).
 */
export function EndAssignmentModal({
  assignment,
  onClose,
}: {
  assignment: Pick<AssignmentView, 'id' | 'cadreName' | 'teamRole' | 'startOn' | 'plannedEndOn'> | null;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message, notification } = App.useApp();
  const [form] = Form.useForm<Values>();
  const end = useEndAssignment();
  const overrides = useOverrideReasons();
  const refusal = findingsOf(end.error);

  const { reset: resetMutation } = end;
  const { reset: resetOverrides } = overrides;
  useEffect(() => {
    if (assignment) {
      resetMutation();
      resetOverrides();
    }
  }, [assignment, resetMutation, resetOverrides]);

  if (!assignment) return null;
  const today = todayInShanghai();
  const onFinish = (values: Values) => {
    const note = values.note?.trim();
    end.mutate(
      {
        id: assignment.id,
        body: {
          endOn: values.endOn,
          reason: values.reason,
          ...(note ? { note } : {}),
          ...(refusal.length ? { overrides: overrides.overridesFor(refusal) } : {}),
        },
      },
      {
        onSuccess: ({ violations }) => {
          message.success(
            l({
              zh: `${assignment.cadreName}的任期已结束于${dayText(values.endOn, lang)}`,
              en: `${assignment.cadreName}'s term ended on ${dayText(values.endOn, lang)}`,
            }),
          );
          const hints = violations.filter((v) => !v.overrideReason);
          if (hints.length > 0) {
            notification.warning({
              title: l({ zh: '请注意', en: 'Please note' }),
              description: <PlainFindings findings={hints} />,
              duration: 0,
            });
          }
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={l({
        zh: `结束任期：${assignment.cadreName}（${l(teamRoleLabels[assignment.teamRole])}）`,
        en: `End the term of ${assignment.cadreName} (${l(teamRoleLabels[assignment.teamRole])})`,
      })}
      okText={l({ zh: '结束任期', en: 'End the term' })}
      okButtonProps={{ danger: true, loading: end.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: `任期 ${dayText(assignment.startOn, lang)} 至 ${dayText(assignment.plannedEndOn, lang)}。召回须由驻村工作领导小组提出召回意见、派出单位确认，请使用“提出召回”。`,
          en: `Term ${dayText(assignment.startOn, lang)} to ${dayText(assignment.plannedEndOn, lang)}. A recall is proposed by the leading group and confirmed by the unit: use “Propose recall”.`,
        })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={end.isPending}
        initialValues={{
          // The earlier of today and the planned end (ISO dates sort as text).
          endOn: [assignment.plannedEndOn, today].sort()[0],
          reason: 'completed',
        }}
      >
        <Form.Item
          name="endOn"
          label={l({ zh: '最后在岗日期', en: 'Last day on post' })}
          rules={[{ required: true, message: l({ zh: '请选择日期', en: 'Choose a date' }) }]}
        >
          <IsoDatePicker allowClear={false} minDate={assignment.startOn} onPostDays />
        </Form.Item>
        <Form.Item
          name="reason"
          label={l({ zh: '结束原因', en: 'Reason' })}
          rules={[{ required: true, message: l({ zh: '请选择结束原因', en: 'Choose a reason' }) }]}
        >
          <Radio.Group
            options={manualEndReasons.map((r) => ({
              value: r,
              label: (
                <span>
                  {l(endReasonLabels[r])}
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                    {l(reasonHelp[r])}
                  </Typography.Text>
                </span>
              ),
            }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={l({ zh: '说明', en: 'Note' })}
          dependencies={['reason']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, v: string | undefined) => {
                if (getFieldValue('reason') === 'other' && !v?.trim())
                  throw new Error(l({ zh: '其他原因须写明理由', en: 'Say why for another reason' }));
              },
            }),
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {refusal.length > 0 && <FindingList findings={refusal} extra={overrides.input} />}
      {end.isError && (
        <Alert type="error" showIcon role="alert" title={end.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
