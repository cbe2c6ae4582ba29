import { FilePdfOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type ReportView,
  reportSourceLabels,
  reportStatusLabels,
  useCorrectReport,
  useHearReport,
  useReport,
  useReviewReport,
  useSaveReport,
  useSubmitReport,
} from '../../api/halfYearReports';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { todayInShanghai } from '../../components/CalendarDay';
import { CardHeading } from '../../components/CardHeading';
import { IsoDatePicker } from '../../components/IsoDatePicker';

const statusColors = { draft: 'default', submitted: 'processing', reviewed: 'success' } as const;

function periodText(period: string, zh: boolean) {
  const [y, h] = period.split('H');
  return zh ? `${y}年${h === '1' ? '上' : '下'}半年` : `${h === '1' ? 'First' : 'Second'} half of ${y}`;
}

/**
 * 半年工作报告: the report the system drafted from the records (P21.6-burden), each section with the records it
 * came from; the cadre corrects it, writes thinking, problems and plans, and submits. The leading group reviews
 * it (locked after; a correction is a new version with a reason) and the dispatching unit records its hearing.
 */
export default function ReportEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { l, lang } = useT();
  const { message, modal } = App.useApp();
  const query = useReport(id);
  const save = useSaveReport(id ?? '');
  const submit = useSubmitReport(id ?? '');
  const review = useReviewReport(id ?? '');
  const hear = useHearReport(id ?? '');
  const correct = useCorrectReport(id ?? '');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<null | 'review' | 'hear' | 'correct'>(null);
  const [form] = Form.useForm();
  const report = query.data?.report;
  useEffect(() => {
    if (report) setTexts(Object.fromEntries(report.sections.map((s) => [s.key, s.text])));
  }, [report]);

  if (query.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (query.isError || !report)
    return (
      <Card>
        <Result
          status="404"
          title={l({ zh: '找不到这份报告', en: 'No such report' })}
          extra={<Link to="/reports">{l({ zh: '返回半年工作报告', en: 'Back to the reports' })}</Link>}
        />
      </Card>
    );
  const r: ReportView = report;
  const editable = r.allowedSteps.includes('edit') || r.allowedSteps.includes('correct');
  const changed = r.sections
    .filter((s) => (texts[s.key] ?? s.text) !== s.text)
    .map((s) => ({ key: s.key, text: texts[s.key] ?? '' }));
  const fail = (e: Error) => message.error(isApiError(e) ? e.message : String(e));
  const onSave = () =>
    save.mutate(
      { sections: changed },
      { onSuccess: () => message.success(l({ zh: '已保存', en: 'Saved' })), onError: fail },
    );
  const onSubmit = () =>
    modal.confirm({
      title: l({ zh: '提交给领导小组审阅？', en: 'Submit to the leading group?' }),
      onOk: async () => {
        if (changed.length) await save.mutateAsync({ sections: changed });
        await submit.mutateAsync(undefined).catch(fail);
      },
    });

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <CardHeading>
            {l({ zh: '半年工作报告', en: 'Half-year report' })} · {r.cadreName} ·{' '}
            {periodText(r.period, lang === 'zh')}
          </CardHeading>
        }
        extra={
          <Space wrap>
            <Button
              href={`/api/half-year-reports/${r.id}/report.pdf`}
              target="_blank"
              rel="noreferrer"
              icon={<FilePdfOutlined />}
              data-testid="report-pdf"
            >
              {l({ zh: '打印（A4 PDF）', en: 'Print (A4 PDF)' })}
            </Button>
            {r.allowedSteps.includes('edit') && (
              <Button onClick={onSave} disabled={changed.length === 0} loading={save.isPending}>
                {l({ zh: '保存', en: 'Save' })}
              </Button>
            )}
            {r.allowedSteps.includes('submit') && (
              <Button type="primary" onClick={onSubmit} loading={submit.isPending}>
                {l({ zh: '提交', en: 'Submit' })}
              </Button>
            )}
            {r.allowedSteps.includes('correct') && (
              <Button onClick={() => setDialog('correct')} disabled={changed.length === 0}>
                {l({ zh: '提交更正', en: 'Submit a correction' })}
              </Button>
            )}
            {r.allowedSteps.includes('review') && (
              <Button type="primary" onClick={() => setDialog('review')}>
                {l({ zh: '审阅', en: 'Review' })}
              </Button>
            )}
            {r.allowedSteps.includes('hear') && (
              <Button onClick={() => setDialog('hear')}>
                {l({ zh: '记录听取', en: 'Record the hearing' })}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'v', label: l({ zh: '村', en: 'Village' }), children: r.villageName },
            { key: 'u', label: l({ zh: '派出单位', en: 'Unit' }), children: r.unitName },
            {
              key: 's',
              label: l({ zh: '状态', en: 'Status' }),
              children: (
                <Space>
                  <Tag color={statusColors[r.status]}>{l(reportStatusLabels[r.status])}</Tag>
                  {r.version > 1 && <Tag>{l({ zh: `第 ${r.version} 版`, en: `version ${r.version}` })}</Tag>}
                  {r.late && r.status !== 'draft' && (
                    <Tag color="orange">{l({ zh: '逾期提交', en: 'Late' })}</Tag>
                  )}
                </Space>
              ),
            },
            {
              key: 'p',
              label: l({ zh: '由记录生成', en: 'Filled from records' }),
              children: l({
                zh: `${r.prefill.filled} / ${r.prefill.total} 部分（${Math.round((r.prefill.filled / r.prefill.total) * 100)}%）`,
                en: `${r.prefill.filled} of ${r.prefill.total} sections (${Math.round((r.prefill.filled / r.prefill.total) * 100)}%)`,
              }),
            },
            { key: 'd', label: l({ zh: '报送期限', en: 'Due' }), children: r.dueOn },
            {
              key: 'h',
              label: l({ zh: '单位听取', en: 'Unit hearing' }),
              children: r.hearing
                ? `${r.hearing.heardOn} ${r.hearing.hearerName}：${r.hearing.opinion}`
                : '—',
            },
          ]}
        />
        {r.reviewOpinion && (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            message={l({
              zh: `领导小组审阅意见（${r.reviewerName ?? ''}）`,
              en: `Leading group’s opinion (${r.reviewerName ?? ''})`,
            })}
            description={r.reviewOpinion}
          />
        )}
        {r.status === 'reviewed' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {l({
              zh: '已审阅的报告已锁定；如需更正，修改后“提交更正”并说明理由，形成新版本。',
              en: 'A reviewed report is locked; to correct it, change it and submit a correction with its reason (a new version).',
            })}
          </Typography.Paragraph>
        )}
      </Card>
      {r.sections.map((s) => (
        <Card
          key={s.key}
          size="small"
          title={s.title}
          extra={
            <Space size={4} wrap>
              {s.filledFrom.map((f) => (
                <Tag key={f} color="blue">
                  {l(reportSourceLabels[f as keyof typeof reportSourceLabels] ?? { zh: f, en: f })}
                </Tag>
              ))}
              {s.cadreWrites && <Tag color="gold">{l({ zh: '本人填写', en: 'Written by the cadre' })}</Tag>}
            </Space>
          }
        >
          {editable ? (
            <Input.TextArea
              aria-label={s.title}
              autoSize={{ minRows: 2, maxRows: 12 }}
              maxLength={5000}
              value={texts[s.key] ?? s.text}
              placeholder={
                s.cadreWrites
                  ? l({ zh: '请填写', en: 'Write this part' })
                  : l({ zh: '本半年没有相关记录', en: 'Nothing recorded' })
              }
              onChange={(e) => setTexts((t) => ({ ...t, [s.key]: e.target.value }))}
            />
          ) : (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {s.text || '—'}
            </Typography.Paragraph>
          )}
        </Card>
      ))}
      {r.versions.length > 0 && (
        <Card size="small" title={l({ zh: '更正记录', en: 'Corrections' })}>
          {r.versions.map((v) => (
            <Typography.Paragraph key={v.version} style={{ marginBottom: 4 }}>
              {l({
                zh: `第 ${v.version} 版于 ${v.correctedAt.slice(0, 10)} 更正：${v.reason}`,
                en: `Version ${v.version} corrected on ${v.correctedAt.slice(0, 10)}: ${v.reason}`,
              })}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      <Modal
        open={dialog !== null}
        title={
          dialog === 'review'
            ? l({ zh: '审阅意见', en: 'Review' })
            : dialog === 'hear'
              ? l({ zh: '派出单位听取汇报', en: 'The unit’s hearing' })
              : l({ zh: '提交更正', en: 'Submit a correction' })
        }
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        confirmLoading={review.isPending || hear.isPending || correct.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ heardOn: todayInShanghai(), opinion: '', reason: '' }}
          onFinish={(v: { opinion: string; heardOn: string; reason: string }) => {
            const done = { onSuccess: () => setDialog(null), onError: fail };
            if (dialog === 'review') review.mutate(v.opinion, done);
            else if (dialog === 'hear') hear.mutate({ heardOn: v.heardOn, opinion: v.opinion }, done);
            else correct.mutate({ reason: v.reason, sections: changed }, done);
          }}
        >
          {dialog === 'hear' && (
            <Form.Item
              name="heardOn"
              label={l({ zh: '听取日期', en: 'Heard on' })}
              rules={[{ required: true }]}
            >
              <IsoDatePicker />
            </Form.Item>
          )}
          {dialog === 'correct' ? (
            <Form.Item
              name="reason"
              label={l({ zh: '更正理由', en: 'Reason' })}
              rules={[{ required: true, min: 4 }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
          ) : (
            <Form.Item
              name="opinion"
              label={l({ zh: '意见', en: 'Opinion' })}
              rules={[{ required: true, min: 2 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
