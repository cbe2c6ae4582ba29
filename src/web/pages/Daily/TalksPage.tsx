import { Alert, Button, Card, Flex, Form, Input, List, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TalkBody } from '../../../shared/contracts/daily';
import {
  type TalkView,
  talkRecorders,
  useRecordTalk,
  useStationed,
  useTalks,
  useTalksDue,
} from '../../api/daily';
import { hasRole, useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';

/**
 * Heart-to-heart talks (谈心谈话, P21.6-talk / P17.6.4-talk): who talked with whom, when, on what. The notes
 * show only to the talker's office and the organisation department; the others see that notes exist.
 */
export default function TalksPage() {
  const { l } = useT();
  const session = useSession();
  const [params] = useSearchParams();
  const [page, setPage] = useState(1);
  const cadreId = params.get('cadreId') ?? undefined;
  const list = useTalks({ ...(cadreId ? { cadreId } : {}), page, pageSize: 20 });
  const mayRecord = hasRole(session, ...talkRecorders);
  const due = useTalksDue(mayRecord);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {l({ zh: '谈心谈话', en: 'Heart-to-heart talks' })} <Tag>P21.6-talk</Tag>
      </Typography.Title>
      {mayRecord && due.data && (
        <Card
          size="small"
          title={l({
            zh: `超过 ${due.data.intervalMonths} 个月未谈话的驻村干部（${due.data.items.length}）`,
            en: `Cadres without a talk for ${due.data.intervalMonths} months (${due.data.items.length})`,
          })}
          data-testid="talks-due"
        >
          <List
            size="small"
            dataSource={due.data.items.slice(0, 30)}
            locale={{ emptyText: l({ zh: '都已按期谈话', en: 'Everyone had a talk in time' }) }}
            renderItem={(c) => (
              <List.Item
                actions={[
                  <Button key="talk" size="small" onClick={() => setOpen(c.cadreId)}>
                    {l({ zh: '记录谈话', en: 'Record a talk' })}
                  </Button>,
                ]}
              >
                {c.name}（{c.villageName}）{' '}
                <Typography.Text type="secondary">
                  {c.lastTalkOn
                    ? l({ zh: `上次 ${c.lastTalkOn}`, en: `last ${c.lastTalkOn}` })
                    : l({ zh: '尚未谈话', en: 'none yet' })}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
      {mayRecord && (
        <div>
          <Button type="primary" onClick={() => setOpen('')}>
            {l({ zh: '记录谈心谈话', en: 'Record a talk' })}
          </Button>
        </div>
      )}
      <Card>
        <Table<TalkView>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: l({ zh: '日期', en: 'Date' }), dataIndex: 'heldOn' },
            {
              title: l({ zh: '驻村干部', en: 'Cadre' }),
              render: (_, r) => `${r.cadreName}（${r.villageName}）`,
            },
            { title: l({ zh: '谈话人', en: 'Talker' }), dataIndex: 'talkerName' },
            {
              title: l({ zh: '主题', en: 'Topics' }),
              render: (_, r) => r.topics.map((x) => <Tag key={x}>{x}</Tag>),
            },
            {
              title: l({ zh: '谈话记录', en: 'Notes' }),
              render: (_, r) =>
                r.notes ??
                (r.notesHidden ? (
                  <Typography.Text type="secondary">
                    {l({
                      zh: '仅谈话人所在单位和组织部门可见',
                      en: "Only the talker's office and the organisation department",
                    })}
                  </Typography.Text>
                ) : (
                  '—'
                )),
            },
          ]}
        />
      </Card>
      {open !== null && <RecordTalk cadreId={open || undefined} onClose={() => setOpen(null)} />}
    </Flex>
  );
}

function RecordTalk({ cadreId, onClose }: { cadreId: string | undefined; onClose: () => void }) {
  const { l } = useT();
  const session = useSession();
  const [form] = Form.useForm<TalkBody & { topics: string[] }>();
  const record = useRecordTalk();
  const stationed = useStationed(session.scope.regions[0]);
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...new Map((stationed.data?.items ?? []).map((a) => [a.cadreId, `${a.cadreName}（${a.villageName}）`])),
  ].map(([value, label]) => ({ value, label }));
  return (
    <Modal
      open
      title={l({ zh: '记录谈心谈话', en: 'Record a heart-to-heart talk' })}
      onCancel={onClose}
      okText={l({ zh: '保存', en: 'Save' })}
      confirmLoading={record.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        record.mutate(v, {
          onSuccess: onClose,
          onError: (e) => {
            if (!showServerErrors(form, e)) setError(isApiError(e) ? e.message : String(e));
          },
        });
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ cadreId }}>
        <Form.Item name="cadreId" label={l({ zh: '谈话对象', en: 'Cadre' })} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} loading={stationed.isLoading} />
        </Form.Item>
        <Form.Item name="heldOn" label={l({ zh: '谈话日期', en: 'Held on' })} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="topics" label={l({ zh: '谈话主题', en: 'Topics' })} rules={[{ required: true }]}>
          <Select mode="tags" />
        </Form.Item>
        <Form.Item
          name="notes"
          label={l({
            zh: '谈话记录（仅谈话人所在单位和组织部门可见）',
            en: "Notes (the talker's office and the organisation department only)",
          })}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
