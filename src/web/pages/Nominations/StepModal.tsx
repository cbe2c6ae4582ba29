import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { type StepName, useNominationStep } from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import { enCount } from '../../app/format';
import { useT } from '../../app/i18n';
import { FindingList } from '../../components/FindingList';
import { stepLabels } from './labels';
import { MIN_REASON, useOverrideReasons } from './OverrideReasons';

export type ModalStep = Extract<StepName, 'file' | 'decide' | 'reject' | 'withdraw'>;

const explanations: Record<ModalStep, { zh: string; en: string }> = {
  file: {
    zh: '由组织部门会同农办、农业农村部门、乡村振兴部门备案（P21.3-file）；系统将按人选日期重新核对资格。',
    en: 'Filed by the organisation department together with the rural-work, agriculture and revitalisation departments (P21.3-file); eligibility is re-checked on the nomination date.',
  },
  decide: {
    zh: '由派出单位党委（党组）研究确定（P21.3-decide）；系统将按人选日期重新核对资格。',
    en: 'Decided by the dispatching unit’s party committee (P21.3-decide); eligibility is re-checked on the nomination date.',
  },
  reject: {
    zh: '不予选派后该人选办结，理由记入办理记录。',
    en: 'The nomination closes; the reason is kept in its history.',
  },
  withdraw: {
    zh: '由派出单位组织人事部门撤回人选，理由记入办理记录。',
    en: 'The unit’s personnel department withdraws the candidate; the reason is kept in its history.',
  },
};

/** A step taken with a note (file, decide) or a required reason (reject, withdraw); warnings need overrides. */
export function StepModal({
  nominationId,
  step,
  onClose,
}: {
  nominationId: string;
  step: ModalStep | null;
  onClose: () => void;
}) {
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const mutation = useNominationStep(nominationId);
  const overrides = useOverrideReasons();
  const refusal = findingsOf(mutation.error);
  const needsReason = step === 'reject' || step === 'withdraw';

  const { reset: resetMutation } = mutation;
  const { reset: resetOverrides } = overrides;
  useEffect(() => {
    if (step) {
      form.resetFields();
      resetMutation();
      resetOverrides();
    }
  }, [step, form, resetMutation, resetOverrides]);

  if (!step) return null;
  const label = l(stepLabels[step]!);
  const onFinish = ({ text }: { text?: string }) => {
    const value = text?.trim();
    const input = needsReason
      ? { step, reason: value ?? '' }
      : {
          step,
          ...(value ? { note: value } : {}),
          ...(refusal.length ? { overrides: overrides.overridesFor(refusal) } : {}),
        };
    mutation.mutate(input as Parameters<typeof mutation.mutate>[0], {
      onSuccess: () => {
        message.success(l({ zh: `已${label}`, en: `${label}: done` }));
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={label}
      okText={label}
      okButtonProps={{ danger: needsReason, loading: mutation.isPending }}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{l(explanations[step])}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} disabled={mutation.isPending}>
        <Form.Item
          name="text"
          label={
            needsReason ? l({ zh: '理由', en: 'Reason' }) : l({ zh: '说明（选填）', en: 'Note (optional)' })
          }
          rules={
            needsReason
              ? [
                  { required: true, whitespace: true, message: l({ zh: '请填写理由', en: 'Give a reason' }) },
                  {
                    validator: async (_, v: string | undefined) => {
                      if ([...(v ?? '').trim()].length < MIN_REASON)
                        throw new Error(
                          l({
                            zh: `至少${MIN_REASON}个字`,
                            en: `At least ${enCount(MIN_REASON, 'character')}`,
                          }),
                        );
                    },
                  },
                ]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {refusal.length > 0 && <FindingList findings={refusal} extra={overrides.input} />}
      {mutation.isError && (
        <Alert type="error" showIcon role="alert" title={mutation.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
