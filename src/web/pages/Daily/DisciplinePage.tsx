import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type DisciplineBody, disciplineDecisions } from '../../../shared/contracts/daily';
import {
  type DisciplineView,
  disciplineRecorders,
  useDisciplineRecord,
  useDisciplineRecords,
  useDisciplineStatement,
  useRecordDiscipline,
  useStationed,
} from '../../api/daily';
import { hasRole, useSession } from '../../app/auth';
import { showServerErrors } from '../../app/formErrors';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';

const decisionLabels: Record<(typeof disciplineDecisions)[number], { zh: string; en: string }> = {
  reminder: { zh: '提醒', en: 'reminder' },
  criticism: { zh: '批评教育', en: 'criticism' },
  recall_proposed: { zh: '提出召回', en: 'recall proposed' },
  other: { zh: '其他', en: 'other' },
};

/** Discipline records (P17.4.2-discipline / P21.5-discipline): finding, rule, decision, the cadre's statement. */
export default function DisciplinePage() {
  const { l } = useT();
  const session = useSession();
  const [page, setPage] = useState(1);
  const list = useDisciplineRecords({ page, pageSize: 20 });
  const [open, setOpen] = useState(false);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {l({ zh: '纪律记录', en: 'Discipline records' })} <Tag>P21.5-discipline</Tag>
      </Typography.Title>
      {hasRole(session, ...disciplineRecorders) && (
        <div>
          <Button type="primary" onClick={() => setOpen(true)}>
            {l({ zh: '记录纪律情况', en: 'Record a finding' })}
          </Button>
        </div>
      )}
      <Card>
        <Table<DisciplineView>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            {
              title: l({ zh: '日期', en: 'Date' }),
              dataIndex: 'on',
              render: (v, r) => <Link to={`/discipline/${r.id}`}>{v}</Link>,
            },
            {
              title: l({ zh: '驻村干部', en: 'Cadre' }),
              render: (_, r) => `${r.cadreName}（${r.villageName}）`,
            },
            { title: l({ zh: '查实的问题', en: 'Finding' }), dataIndex: 'finding' },
            {
              title: l({ zh: '规则', en: 'Rule' }),
              dataIndex: 'ruleId',
              render: (v) => (v ? <Tag>{v}</Tag> : '—'),
            },
            {
              title: l({ zh: '处理', en: 'Decision' }),
              dataIndex: 'decision',
              render: (v: DisciplineView['decision']) => l(decisionLabels[v]),
            },
            {
              title: l({ zh: '本人说明', en: 'Statement' }),
              render: (_, r) =>
                r.statement ? l({ zh: '已说明', en: 'given' }) : l({ zh: '未说明', en: 'none yet' }),
            },
          ]}
        />
      </Card>
      {open && <RecordDiscipline onClose={() => setOpen(false)} />}
    </Flex>
  );
}

export function DisciplineDetailPage() {
  const { l } = useT();
  const { id = '' } = useParams();
  const { data, isLoading } = useDisciplineRecord(id);
  const statement = useDisciplineStatement();
  const [text, setText] = useState('');
  const r = data?.record;
  return (
    <Card loading={isLoading} title={l({ zh: '纪律记录', en: 'Discipline record' })}>
      {r && (
        <Flex vertical gap={16}>
          <Descriptions
            column={1}
            items={[
              {
                key: 'cadre',
                label: l({ zh: '驻村干部', en: 'Cadre' }),
                children: `${r.cadreName}（${r.villageName}）`,
              },
              { key: 'on', label: l({ zh: '日期', en: 'Date' }), children: r.on },
              { key: 'finding', label: l({ zh: '查实的问题', en: 'Finding' }), children: r.finding },
              { key: 'rule', label: l({ zh: '违反的规定', en: 'Rule' }), children: r.ruleId ?? '—' },
              {
                key: 'decision',
                label: l({ zh: '处理', en: 'Decision' }),
                children: l(decisionLabels[r.decision]),
              },
              { key: 'by', label: l({ zh: '记录人', en: 'Recorded by' }), children: r.recordedByName },
              {
                key: 'statement',
                label: l({ zh: '本人说明', en: 'Statement' }),
                children: r.statement ?? l({ zh: '尚未说明', en: 'none yet' }),
              },
            ]}
          />
          {r.allowedSteps.includes('statement') && (
            <Flex vertical gap={8}>
              <Input.TextArea
                rows={4}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-label={l({ zh: '本人说明', en: 'Your statement' })}
              />
              {statement.error && <Alert type="error" message={(statement.error as Error).message} />}
              <div>
                <Button
                  type="primary"
                  loading={statement.isPending}
                  onClick={() => statement.mutate({ id: r.id, statement: text })}
                >
                  {l({ zh: '提交本人说明', en: 'Give my statement' })}
                </Button>
              </div>
            </Flex>
          )}
        </Flex>
      )}
    </Card>
  );
}

function RecordDiscipline({ onClose }: { onClose: () => void }) {
  const { l } = useT();
  const session = useSession();
  const [form] = Form.useForm<DisciplineBody>();
  const record = useRecordDiscipline();
  const stationed = useStationed(session.scope.regions[0]);
  const [error, setError] = useState<string | null>(null);
  const options = [
    ...new Map((stationed.data?.items ?? []).map((a) => [a.cadreId, `${a.cadreName}（${a.villageName}）`])),
  ].map(([value, label]) => ({ value, label }));
  return (
    <Modal
      open
      title={l({ zh: '记录纪律情况', en: 'Record a discipline finding' })}
      onCancel={onClose}
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
      <Form form={form} layout="vertical" initialValues={{ decision: 'reminder' }}>
        <Form.Item name="cadreId" label={l({ zh: '驻村干部', en: 'Cadre' })} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={options} />
        </Form.Item>
        <Form.Item name="on" label={l({ zh: '日期', en: 'Date' })} rules={[{ required: true }]}>
          <IsoDatePicker />
        </Form.Item>
        <Form.Item name="finding" label={l({ zh: '查实的问题', en: 'Finding' })} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="ruleId" label={l({ zh: '违反的规定（规则编号）', en: 'Rule broken (rule id)' })}>
          <Input placeholder="P21.5-discipline" />
        </Form.Item>
        <Form.Item name="decision" label={l({ zh: '处理', en: 'Decision' })} rules={[{ required: true }]}>
          <Select options={disciplineDecisions.map((d) => ({ value: d, label: l(decisionLabels[d]) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
