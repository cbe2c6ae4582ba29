import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  type DutyKey,
  dutyLabels,
  type TaskView,
  taskStatusLabels,
  useAddProgress,
  useCloseTask,
  useCreateTask,
  useDuties,
  useVillageTasks,
} from '../../api/workLogs';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';

const statusColors = { open: 'processing', done: 'success', dropped: 'default' } as const;

interface TaskValues {
  duty: DutyKey;
  title: string;
  target?: string;
  ownerCadreId?: string;
  dueOn?: string | null;
}

function NewTaskModal({
  code,
  team,
  onClose,
}: {
  code: string;
  team: { cadreId: string; name: string }[];
  onClose: () => void;
}) {
  const { l } = useT();
  const [form] = Form.useForm<TaskValues>();
  const duties = useDuties();
  const create = useCreateTask(code);
  const [error, setError] = useState<string | null>(null);
  const submit = (v: TaskValues) =>
    create.mutate(
      {
        duty: v.duty,
        title: v.title.trim(),
        target: v.target?.trim() || null,
        ownerCadreId: v.ownerCadreId ?? null,
        dueOn: v.dueOn ?? null,
      },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (!showServerErrors(form, e)) setError(isApiError(e) ? e.message : String(e));
        },
      },
    );
  return (
    <Modal
      open
      title={l({ zh: '新增任务', en: 'New task' })}
      okText={l({ zh: '保存', en: 'Save' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ title: '', target: '' }}>
        <Form.Item name="duty" label={l({ zh: '职责', en: 'Duty' })} rules={[{ required: true }]}>
          <Select
            options={(duties.data?.duties ?? []).map((d) => ({ value: d.key, label: l(d) }))}
            placeholder={l({ zh: '选择四项职责之一（P21.4）', en: 'One of the four duties (P21.4)' })}
          />
        </Form.Item>
        <Form.Item name="title" label={l({ zh: '任务', en: 'Task' })} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="target" label={l({ zh: '目标', en: 'Target' })}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="ownerCadreId" label={l({ zh: '负责人', en: 'Owner' })}>
          <Select allowClear options={team.map((m) => ({ value: m.cadreId, label: m.name }))} />
        </Form.Item>
        <Form.Item name="dueOn" label={l({ zh: '完成时限', en: 'Due' })}>
          <IsoDatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ProgressModal({ task, onClose }: { task: TaskView; onClose: () => void }) {
  const { l } = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ percent: number; note: string }>();
  const add = useAddProgress();
  const close = useCloseTask();
  // One clientId per opened form: a resend after a lost answer gives the same record (issue 11).
  const [clientId] = useState(() => crypto.randomUUID());
  return (
    <Modal
      open
      title={l({ zh: `更新进度：${task.title}`, en: `Progress: ${task.title}` })}
      okText={l({ zh: '保存进度', en: 'Save progress' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <Space>
          <Button
            onClick={() =>
              close.mutate(
                { id: task.id, outcome: 'done', note: form.getFieldValue('note') || undefined },
                { onSuccess: onClose, onError: (e) => message.error(e.message) },
              )
            }
          >
            {l({ zh: '标记完成', en: 'Mark done' })}
          </Button>
          <CancelBtn />
          <OkBtn />
        </Space>
      )}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ percent: task.latestProgress?.percent ?? 0, note: '' }}
        onFinish={(v) =>
          add.mutate(
            { id: task.id, clientId, percent: v.percent, note: v.note.trim() },
            { onSuccess: onClose, onError: (e) => showServerErrors(form, e) || message.error(e.message) },
          )
        }
      >
        <Form.Item
          name="percent"
          label={l({ zh: '进度（%）', en: 'Progress (%)' })}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={100} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="note" label={l({ zh: '进展说明', en: 'Note' })} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 细化任务清单 (P21.4-list): the village's tasks under the four duties with their latest progress. The village's
 * current team and the county write; the township and the county read. The list belongs to the village: the
 * next team finds it here.
 */
export function TaskListCard({ code }: { code: string }) {
  const { l } = useT();
  const list = useVillageTasks(code);
  const [adding, setAdding] = useState(false);
  const [updating, setUpdating] = useState<TaskView | null>(null);
  if (list.isError) return null;
  const data = list.data;
  return (
    <Card
      title={
        <Space>
          {l({ zh: '细化任务清单', en: 'Task list' })}
          <RuleTag ruleId="P21.4-list" compact />
        </Space>
      }
      extra={
        data?.mayWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {l({ zh: '新增任务', en: 'New task' })}
          </Button>
        )
      }
      data-testid="village-tasks"
    >
      <Table<TaskView>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: l({ zh: '尚无任务', en: 'No tasks yet' }) }}
        columns={[
          {
            title: l({ zh: '职责', en: 'Duty' }),
            dataIndex: 'duty',
            width: 130,
            render: (d: DutyKey) => l(dutyLabels[d]),
          },
          {
            title: l({ zh: '任务 / 目标', en: 'Task / target' }),
            key: 'title',
            render: (_: unknown, t: TaskView) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{t.title}</Typography.Text>
                {t.target && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.target}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: l({ zh: '负责人', en: 'Owner' }), dataIndex: 'ownerName', width: 80 },
          { title: l({ zh: '时限', en: 'Due' }), dataIndex: 'dueOn', width: 104 },
          {
            title: l({ zh: '最新进展', en: 'Latest progress' }),
            key: 'progress',
            width: 260,
            render: (_: unknown, t: TaskView) =>
              t.latestProgress ? (
                <Space direction="vertical" size={0} style={{ width: '100%' }}>
                  <Progress percent={t.latestProgress.percent} size="small" />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.latestProgress.on} {t.latestProgress.note}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: l({ zh: '状态', en: 'Status' }),
            key: 'status',
            width: 110,
            render: (_: unknown, t: TaskView) =>
              t.mayWrite ? (
                <Button size="small" onClick={() => setUpdating(t)}>
                  {l({ zh: '更新进度', en: 'Update' })}
                </Button>
              ) : (
                <Tag color={statusColors[t.status]}>{l(taskStatusLabels[t.status])}</Tag>
              ),
          },
        ]}
      />
      {adding && data && <NewTaskModal code={code} team={data.team} onClose={() => setAdding(false)} />}
      {updating && <ProgressModal task={updating} onClose={() => setUpdating(null)} />}
    </Card>
  );
}
