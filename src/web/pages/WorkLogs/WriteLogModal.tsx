import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  type DutyKey,
  HOUSEHOLDS_VISITED_MAX,
  uploadWorkLogPhoto,
  useCreateWorkLog,
  useDuties,
  useVillageTasks,
  WORK_LOG_PHOTO_MAX_BYTES,
  type WorkLogKind,
  workLogKindLabels,
  workLogKinds,
} from '../../api/workLogs';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { IsoDatePicker } from '../../components/IsoDatePicker';

interface Values {
  on: string | null;
  kind: WorkLogKind;
  duty: DutyKey;
  taskId?: string;
  text: string;
  householdsVisited?: number | null;
}

/**
 * 写工作日志: a short entry when something happened — the date (today by default, never in the future), the
 * kind, one of the duties in force that day (P21.4), optionally a task and households visited, optionally
 * one photo (its location metadata is removed on the server). The form keeps one clientId, so a resend
 * after a lost answer is the same log.
 */
export function WriteLogModal({ villageCode, onClose }: { villageCode: string; onClose: () => void }) {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const on = Form.useWatch('on', form) ?? todayInShanghai();
  const duties = useDuties(on);
  const tasks = useVillageTasks(villageCode, { status: 'open' });
  const create = useCreateWorkLog();
  const [clientId] = useState(() => crypto.randomUUID());
  const [photo, setPhoto] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = (v: Values) =>
    create.mutate(
      {
        clientId,
        on: v.on ?? todayInShanghai(),
        kind: v.kind,
        duty: v.duty,
        taskId: v.taskId ?? null,
        text: v.text.trim(),
        householdsVisited: v.householdsVisited ?? null,
      },
      {
        onSuccess: async ({ workLog }) => {
          if (photo) {
            try {
              await uploadWorkLogPhoto(workLog.id, photo, photo.name, lang);
            } catch (e) {
              message.warning(
                l({
                  zh: `日志已保存，照片未上传：${e instanceof Error ? e.message : e}`,
                  en: `The log is saved; the photo was not: ${e instanceof Error ? e.message : e}`,
                }),
              );
            }
          }
          message.success(l({ zh: '日志已保存', en: 'Log saved' }));
          onClose();
        },
        onError: (e) => {
          if (!showServerErrors(form, e)) setError(isApiError(e) ? e.message : String(e));
        },
      },
    );

  return (
    <Modal
      open
      title={l({ zh: '写工作日志', en: 'Write a work log' })}
      okText={l({ zh: '保存', en: 'Save' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {l({
          zh: '有事时记一笔即可，不要求每天写，不计分（X19-burden）。',
          en: 'Write when something happened; no daily quota, no score (X19-burden).',
        })}
      </Typography.Paragraph>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ on: todayInShanghai(), kind: 'household_visit', text: '' }}
      >
        <Form.Item name="on" label={l({ zh: '日期', en: 'Date' })} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="kind" label={l({ zh: '类型', en: 'Kind' })} rules={[{ required: true }]}>
          <Select options={workLogKinds.map((k) => ({ value: k, label: l(workLogKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item
          name="duty"
          label={l({
            zh: `职责（${duties.data?.ruleId ?? 'P21.4'}）`,
            en: `Duty (${duties.data?.ruleId ?? 'P21.4'})`,
          })}
          rules={[{ required: true, message: l({ zh: '请选择职责', en: 'Choose a duty' }) }]}
        >
          <Select options={(duties.data?.duties ?? []).map((d) => ({ value: d.key, label: l(d) }))} />
        </Form.Item>
        <Form.Item name="taskId" label={l({ zh: '关联任务（可选）', en: 'Task (optional)' })}>
          <Select
            allowClear
            options={(tasks.data?.items ?? []).map((t) => ({ value: t.id, label: t.title }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={l({ zh: '发生了什么', en: 'What happened' })}
          rules={[
            {
              required: true,
              whitespace: true,
              message: l({ zh: '请写下发生了什么', en: 'Write what happened' }),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="householdsVisited"
          label={l({ zh: '走访户数（可选）', en: 'Households visited (optional)' })}
        >
          <InputNumber min={0} max={HOUSEHOLDS_VISITED_MAX} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={l({ zh: '照片（可选，一张）', en: 'Photo (optional, one)' })}>
          <Upload
            accept="image/jpeg,image/png"
            maxCount={1}
            beforeUpload={(file) => {
              if (file.size > WORK_LOG_PHOTO_MAX_BYTES) {
                message.error(l({ zh: '照片不能超过 3 MB', en: 'The photo cannot exceed 3 MB' }));
                return Upload.LIST_IGNORE;
              }
              setPhoto(file);
              return false;
            }}
            onRemove={() => setPhoto(null)}
          >
            <Button icon={<UploadOutlined />}>{l({ zh: '选择照片', en: 'Choose a photo' })}</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l({
              zh: '照片中的位置等信息会在保存时删除（PIPL-28）。',
              en: 'Location and other metadata are removed when the photo is saved (PIPL-28).',
            })}
          </Typography.Text>
        </Form.Item>
      </Form>
    </Modal>
  );
}
