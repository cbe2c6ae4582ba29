import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useExplainAbsence } from '../../api/attendance';
import { useT } from '../../app/i18n';
import { dayText } from '../../components/CalendarDay';

/** The cadre's explanation of an absence a verification found; the township accepts it or not (audited). */
export function ExplainAbsenceModal({
  verificationId,
  on,
  onClose,
}: {
  verificationId: string;
  on: string;
  onClose: () => void;
}) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const explain = useExplainAbsence();
  const [text, setText] = useState('');
  return (
    <Modal
      open
      title={l({ zh: '缺勤说明', en: 'Explain the absence' })}
      okText={l({ zh: '提交说明', en: 'Send' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: explain.isPending, disabled: !text.trim() }}
      onCancel={onClose}
      onOk={() =>
        explain.mutate(
          { id: verificationId, explanation: text.trim() },
          {
            onSuccess: () => {
              message.success(l({ zh: '说明已提交，待乡镇审核', en: 'Sent to the township' }));
              onClose();
            },
          },
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph>
        {l({
          zh: `${dayText(on, lang)}核查时未见在岗。如有正当原因，请说明；乡镇党委审核后可认定为不计缺勤。`,
          en: `On ${dayText(on, lang)} a check found you away. If there was a good reason, say so; the township may then excuse the day.`,
        })}
      </Typography.Paragraph>
      <label htmlFor="absence-explanation">{l({ zh: '说明', en: 'Explanation' })}</label>
      <Input.TextArea
        id="absence-explanation"
        rows={3}
        maxLength={2000}
        showCount
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {explain.isError && (
        <Alert type="error" showIcon role="alert" title={explain.error.message} style={{ marginTop: 12 }} />
      )}
    </Modal>
  );
}
