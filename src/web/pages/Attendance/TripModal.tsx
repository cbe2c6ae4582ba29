import { Alert, Form, Input, Modal, Result, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { type TripView, useReportTrip } from '../../api/attendance';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { DateRangeFields } from './DateRangeFields';

interface Values {
  kind: 'trip' | 'training';
  startOn: string | null;
  endOn: string | null;
  destination: string;
  purpose: string;
}

/**
 * 报备公务出差/培训: reported, shown to the township; no approval step unless the settings in force on the first
 * day ask for one (tripNeedsApproval) — the answer then says it waits for the township party committee.
 */
export function TripModal({ assignmentId, onClose }: { assignmentId: string; onClose: () => void }) {
  const { l } = useT();
  const [form] = Form.useForm<Values>();
  const report = useReportTrip();
  const [done, setDone] = useState<TripView | null>(null);
  const onFinish = (v: Values) =>
    report.mutate(
      {
        assignmentId,
        kind: v.kind,
        startOn: v.startOn!,
        endOn: v.endOn!,
        destination: v.destination.trim(),
        purpose: v.purpose.trim(),
        clientId: crypto.randomUUID(),
      },
      {
        onSuccess: setDone,
        onError: (e) => {
          if (!isApiError(e)) return;
          form.setFields(
            e.fields
              .filter((f) => ['startOn', 'endOn', 'destination', 'purpose'].includes(f.field))
              .map((f) => ({ name: f.field as keyof Values, errors: [f.message] })),
          );
        },
      },
    );
  if (done) {
    const pending = done.status === 'pending';
    return (
      <Modal
        open
        title={l({ zh: '报备出差/培训', en: 'Report a trip or training' })}
        okText={l({ zh: '知道了', en: 'OK' })}
        cancelButtonProps={{ style: { display: 'none' } }}
        onOk={onClose}
        onCancel={onClose}
        destroyOnHidden
      >
        <Result
          status={pending ? 'info' : 'success'}
          title={
            pending
              ? l({ zh: '已提交，待乡镇党委审批', en: 'Submitted: awaiting the township’s approval' })
              : l({ zh: '已报备，乡镇可见', en: 'Reported; the township can see it' })
          }
          subTitle={
            pending
              ? l({
                  zh: '本地设置要求出差、培训经乡镇党委审批；批准后才计入考勤，审批前这些日子按在村推定（P17.4.2-attend）。',
                  en: 'Local settings require the township party committee to approve trips and training; the days count only once approved and are presumed in the village until then (P17.4.2-attend).',
                })
              : l({
                  zh: '无需审批，已计入考勤（P17.4.2-attend）。',
                  en: 'No approval needed: the days are in the ledger now (P17.4.2-attend).',
                })
          }
        />
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={l({ zh: '报备出差/培训', en: 'Report a trip or training' })}
      okText={l({ zh: '报备', en: 'Report' })}
      cancelText={l({ zh: '取消', en: 'Cancel' })}
      okButtonProps={{ loading: report.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {l({
          zh: '因公外出或参加培训的日子不算缺勤；是否计入在村天数按本省设置。',
          en: 'Days away on duty or at training are not absences; whether they count as days in the village follows the province’s settings.',
        })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'trip', startOn: null, endOn: null, destination: '', purpose: '' }}
      >
        <Form.Item name="kind" label={l({ zh: '类别', en: 'Kind' })}>
          <Segmented
            options={[
              { value: 'trip', label: l({ zh: '公务出差', en: 'Official trip' }) },
              { value: 'training', label: l({ zh: '培训', en: 'Training' }) },
            ]}
          />
        </Form.Item>
        <DateRangeFields />
        <Form.Item
          name="destination"
          label={l({ zh: '地点', en: 'Destination' })}
          rules={[
            {
              required: true,
              whitespace: true,
              message: l({ zh: '请填写地点', en: 'Give the destination' }),
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={l({ zh: '事由', en: 'Purpose' })}
          rules={[
            { required: true, whitespace: true, message: l({ zh: '请填写事由', en: 'Give the purpose' }) },
          ]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      {report.isError && <Alert type="error" showIcon role="alert" title={report.error.message} />}
    </Modal>
  );
}
