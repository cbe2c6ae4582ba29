import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { pairingKindLabels } from '../../../shared/dictionaries';
import { type PairingView, useReopenPairing } from '../../api/units';
import { showServerErrors } from '../../app/formErrors';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';

interface ReopenForm {
  reason: string;
  to: string | null;
}

/**
 * 撤销终止: a pairing ended by mistake holds again (open-ended, or until a later end given), recorded in the
 * audit log with the reason. The server refuses it when a later pairing with the same place has started.
 */
export function ReopenPairingModal({ pairing, onClose }: { pairing: PairingView; onClose: () => void }) {
  const { l, t, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReopenForm>();
  const reopen = useReopenPairing();
  const [error, setError] = useState<string | null>(null);
  const endedOn = pairing.to!;

  const onFinish = (v: ReopenForm) => {
    setError(null);
    reopen.mutate(
      { pairingId: pairing.id, body: { reason: v.reason, to: v.to ?? null } },
      {
        onSuccess: () => {
          message.success(
            l({ zh: '已撤销终止，帮扶关系恢复', en: 'The end is undone; the pairing holds again' }),
          );
          onClose();
        },
        onError: (e) => {
          if (!showServerErrors(form, e)) setError(e.message);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={l({ zh: '撤销终止', en: 'Undo the end' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={l({ zh: '撤销终止', en: 'Undo the end' })}
      cancelText={t('common.cancel')}
      confirmLoading={reopen.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {l({
          zh: `${pairing.targetName}的${l(pairingKindLabels[pairing.kind])}关系记为 ${dayText(endedOn, lang)} 终止。如属误录，撤销后恢复帮扶，并在审计日志中记录原因。`,
          en: `The ${l(pairingKindLabels[pairing.kind])} pairing with ${pairing.targetName} is recorded as ended on ${dayText(endedOn, lang)}. If that was a mistake, undoing it restores the pairing and records the reason in the audit log.`,
        })}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form<ReopenForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ reason: '', to: null }}
      >
        <Form.Item
          label={l({ zh: '原因', en: 'Reason' })}
          name="reason"
          rules={[
            {
              validator: async (_, v: string | undefined) => {
                if ((v ?? '').trim().length < 4)
                  throw new Error(
                    l({ zh: '请说明为什么撤销终止（至少 4 个字）', en: 'Say why (at least 4 characters)' }),
                  );
              },
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <Form.Item
          label={l({ zh: '新的终止日期', en: 'New end' })}
          name="to"
          extra={l({ zh: '留空表示至今仍在帮扶', en: 'Empty while it lasts' })}
          rules={[
            {
              validator: async (_, to: string | null) => {
                if (to && to <= endedOn)
                  throw new Error(
                    l({
                      zh: `应晚于原终止日期 ${dayText(endedOn, lang)}`,
                      en: `Must come after the recorded end, ${dayText(endedOn, lang)}`,
                    }),
                  );
              },
            },
          ]}
        >
          <IsoDatePicker placeholder={l({ zh: '至今', en: 'Open' })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
