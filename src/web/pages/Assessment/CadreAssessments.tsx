import { App, Button, Card, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { can } from '../../../shared/permissions';
import { type OutcomeView, useCadreAssessments, useRecordOutcome } from '../../api/assessment';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { RuleTag } from '../../components/RuleTag';
import { gradeColors, kindNames, outcomeKinds } from './labels';

/** A cadre's file: assessment results by year and the outcomes recorded on them (P17.5.2 / P21.5-use). */
export function CadreAssessments({ cadreId }: { cadreId: string }) {
  const session = useSession();
  const { l } = useT();
  const { message } = App.useApp();
  const q = useCadreAssessments(cadreId);
  const record = useRecordOutcome(cadreId);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ kind: string; on: string; basis: string; decisionMaker?: string }>();
  if (!can(session, 'assessment.read') || q.error) return null;
  return (
    <Card
      title={l({ zh: '考核结果与运用', en: 'Assessments and outcomes' })}
      loading={q.isLoading}
      extra={
        can(session, 'outcomes.record') && (
          <Button size="small" onClick={() => setOpen(true)}>
            {l({ zh: '记录结果运用', en: 'Record an outcome' })}
          </Button>
        )
      }
    >
      <Table
        rowKey="batchId"
        size="small"
        pagination={false}
        dataSource={q.data?.assessments ?? []}
        columns={[
          { title: l({ zh: '年度', en: 'Year' }), dataIndex: 'year' },
          { title: l({ zh: '类别', en: 'Kind' }), render: (_, r) => l(kindNames[r.kind]) },
          { title: l({ zh: '村', en: 'Village' }), dataIndex: 'villageName' },
          {
            title: l({ zh: '等次', en: 'Grade' }),
            render: (_, r) =>
              r.grade ? (
                <Tag color={gradeColors[r.grade]}>{r.gradeLabel}</Tag>
              ) : (
                l({ zh: '未公布', en: 'Not published' })
              ),
          },
          {
            title: '',
            render: (_, r) =>
              session.cadreId ? null : (
                <Link to={`/assessment/${r.batchId}`}>{l({ zh: '批次', en: 'Batch' })}</Link>
              ),
          },
        ]}
      />
      {(q.data?.outcomes.length ?? 0) > 0 && (
        <Table<OutcomeView>
          style={{ marginTop: 12 }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.data?.outcomes ?? []}
          columns={[
            { title: l({ zh: '日期', en: 'Date' }), dataIndex: 'on' },
            { title: l({ zh: '结果运用', en: 'Outcome' }), dataIndex: 'kindLabel' },
            { title: l({ zh: '决定机关', en: 'Decided by' }), dataIndex: 'decisionMaker' },
            { title: l({ zh: '依据', en: 'Basis' }), dataIndex: 'basis' },
            { title: l({ zh: '规则', en: 'Rule' }), render: (_, r) => <RuleTag ruleId={r.ruleId} compact /> },
          ]}
        />
      )}
      <Modal
        open={open}
        title={l({ zh: '记录结果运用', en: 'Record an outcome' })}
        confirmLoading={record.isPending}
        onCancel={() => setOpen(false)}
        onOk={() =>
          form.validateFields().then((v) =>
            record.mutateAsync(v).then(
              () => {
                setOpen(false);
                form.resetFields();
                message.success(l({ zh: '已记录，反馈派出单位', en: 'Recorded; fed back to the unit' }));
              },
              (e: Error) => message.error(e.message),
            ),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'commendation' }}>
          <Form.Item name="kind" label={l({ zh: '类别', en: 'Kind' })}>
            <Select options={outcomeKinds.map((k) => ({ value: k.value, label: l(k) }))} />
          </Form.Item>
          <Form.Item name="on" label={l({ zh: '决定日期', en: 'Date' })} rules={[{ required: true }]}>
            <IsoDatePicker />
          </Form.Item>
          <Form.Item
            name="decisionMaker"
            label={l({ zh: '决定机关（默认为本机关）', en: 'Decided by (default: your office)' })}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="basis" label={l({ zh: '依据', en: 'Basis' })} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
