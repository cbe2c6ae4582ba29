import { Alert, Button, Card, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { MeetingBody } from '../../../shared/contracts/daily';
import {
  type MeetingView,
  meetingRecorders,
  useMeetings,
  useOverdueMeetings,
  useRecordMeeting,
  useScheduleMeeting,
  useStationed,
} from '../../api/daily';
import { hasRole, useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';

/** Quarterly team-leader meetings of the leading group (P17.4.2-meeting: 每季度至少召开一次队长会议). */
export default function MeetingsPage() {
  const { l } = useT();
  const session = useSession();
  const [page, setPage] = useState(1);
  const list = useMeetings({ page, pageSize: 20 });
  const overdue = useOverdueMeetings();
  const mayRecord = hasRole(session, ...meetingRecorders);
  const county = session.scope.regions.find((r) => r.length === 6);
  const [open, setOpen] = useState<'held' | 'scheduled' | null>(null);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {l({ zh: '驻村工作队队长会议', en: 'Team-leader meetings' })} <Tag>P17.4.2-meeting</Tag>
      </Typography.Title>
      {overdue.data && overdue.data.counties.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="meetings-overdue"
          message={l({
            zh: `${overdue.data.quarter}（${overdue.data.from} 至 ${overdue.data.to}）未召开队长会议：${overdue.data.counties.map((c) => c.name).join('、')}`,
            en: `No team-leader meeting in ${overdue.data.quarter}: ${overdue.data.counties.map((c) => c.name).join(', ')}`,
          })}
          description={l({
            zh: '驻村工作领导小组每季度至少召开一次队长会议（P17.4.2-meeting）。',
            en: 'The leading group holds a team-leader meeting at least once a quarter (P17.4.2-meeting).',
          })}
        />
      )}
      {overdue.data && overdue.data.counties.length === 0 && (
        <Alert
          type="success"
          showIcon
          message={l({
            zh: `${overdue.data.quarter} 各县均已召开队长会议`,
            en: `Every county held its meeting in ${overdue.data.quarter}`,
          })}
        />
      )}
      {mayRecord && county && (
        <Space>
          <Button type="primary" onClick={() => setOpen('held')}>
            {l({ zh: '记录已召开的会议', en: 'Record a meeting held' })}
          </Button>
          <Button onClick={() => setOpen('scheduled')}>
            {l({ zh: '安排会议', en: 'Schedule a meeting' })}
          </Button>
        </Space>
      )}
      <Card>
        <Table<MeetingView>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
          expandable={{
            expandedRowRender: (m) => (
              <Flex vertical gap={8}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {m.minutes}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {l({ zh: '参会：', en: 'Attended: ' })}
                  {m.attendees.map((a) => a.name).join('、')}
                </Typography.Text>
                {m.decisions.map((d) => (
                  <Typography.Text key={d.text}>
                    • {d.text} — {l({ zh: '责任人', en: 'owner' })}：{d.owner}
                    {d.dueOn ? `（${d.dueOn}）` : ''}
                  </Typography.Text>
                ))}
              </Flex>
            ),
            rowExpandable: (m) => m.status === 'held',
          }}
          columns={[
            { title: l({ zh: '县', en: 'County' }), dataIndex: 'countyName' },
            {
              title: l({ zh: '状态', en: 'Status' }),
              dataIndex: 'status',
              render: (s: string) =>
                s === 'held' ? (
                  <Tag color="green">{l({ zh: '已召开', en: 'held' })}</Tag>
                ) : (
                  <Tag color="blue">{l({ zh: '已安排', en: 'scheduled' })}</Tag>
                ),
            },
            {
              title: l({ zh: '日期', en: 'Date' }),
              render: (_, m) => m.heldOn ?? m.plannedOn,
            },
            { title: l({ zh: '季度', en: 'Quarter' }), dataIndex: 'quarter' },
            { title: l({ zh: '地点', en: 'Place' }), dataIndex: 'place' },
            { title: l({ zh: '参会人数', en: 'Attendees' }), render: (_, m) => m.attendees.length },
            { title: l({ zh: '议定事项', en: 'Decisions' }), render: (_, m) => m.decisions.length },
          ]}
        />
      </Card>
      {open === 'held' && county && <RecordMeeting county={county} onClose={() => setOpen(null)} />}
      {open === 'scheduled' && county && <ScheduleMeeting county={county} onClose={() => setOpen(null)} />}
    </Flex>
  );
}

function RecordMeeting({ county, onClose }: { county: string; onClose: () => void }) {
  const { l } = useT();
  const [form] = Form.useForm<MeetingBody>();
  const record = useRecordMeeting();
  const stationed = useStationed(county);
  const [error, setError] = useState<string | null>(null);
  const leaders = (stationed.data?.items ?? []).filter((a) => a.teamRole !== 'member');
  const submit = async () => {
    const values = await form.validateFields();
    record.mutate(
      { ...values, countyCode: county, decisions: (values.decisions ?? []).filter((d) => d?.text) },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (!showServerErrors(form, e)) setError(isApiError(e) ? e.message : String(e));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={l({ zh: '记录队长会议', en: 'Record a team-leader meeting' })}
      onCancel={onClose}
      onOk={submit}
      okText={l({ zh: '保存', en: 'Save' })}
      confirmLoading={record.isPending}
      width={640}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="heldOn" label={l({ zh: '召开日期', en: 'Held on' })} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="place" label={l({ zh: '地点', en: 'Place' })} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="attendeeCadreIds"
          label={l({ zh: '参会队长', en: 'Team leaders attending' })}
          rules={[{ required: true }]}
        >
          <Select
            mode="multiple"
            loading={stationed.isLoading}
            optionFilterProp="label"
            options={leaders.map((a) => ({ value: a.cadreId, label: `${a.cadreName}（${a.villageName}）` }))}
          />
        </Form.Item>
        <Form.Item name="minutes" label={l({ zh: '会议纪要', en: 'Minutes' })} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.List name="decisions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={[f.name, 'text']} rules={[{ required: true }]}>
                    <Input placeholder={l({ zh: '议定事项', en: 'Decision' })} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'owner']} rules={[{ required: true }]}>
                    <Input placeholder={l({ zh: '责任人', en: 'Owner' })} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']}>
                    <IsoDatePicker placeholder={l({ zh: '完成时限', en: 'Due' })} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>{l({ zh: '删除', en: 'Remove' })}</Button>
                </Space>
              ))}
              <Button onClick={() => add()}>{l({ zh: '添加议定事项', en: 'Add a decision' })}</Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

function ScheduleMeeting({ county, onClose }: { county: string; onClose: () => void }) {
  const { l } = useT();
  const [form] = Form.useForm<{ plannedOn: string; place?: string }>();
  const schedule = useScheduleMeeting();
  return (
    <Modal
      open
      title={l({ zh: '安排队长会议', en: 'Schedule a team-leader meeting' })}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        schedule.mutate({ countyCode: county, ...v }, { onSuccess: onClose });
      }}
      confirmLoading={schedule.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="plannedOn"
          label={l({ zh: '计划日期', en: 'Planned on' })}
          rules={[{ required: true }]}
        >
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="place" label={l({ zh: '地点', en: 'Place' })}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
