import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  type Component,
  codeSheetUrl,
  formUrl,
  type Grade,
  type ProposalView,
  type SurveyCodeView,
  useAdjust,
  useBatch,
  useDecide,
  useIssueCodes,
  useProgress,
  useProposals,
  usePublish,
} from '../../api/assessment';
import { useT } from '../../app/i18n';
import { RuleTag } from '../../components/RuleTag';
import { componentNames, components, gradeColors, grades, kindNames } from './labels';

const score = (v: number | null) => (v === null ? '—' : v.toFixed(1));

/** One batch: progress, the villages' survey codes, the proposals with their sources, decisions, the form. */
export default function BatchPage() {
  const { id = '' } = useParams();
  const { l } = useT();
  const { message } = App.useApp();
  const batch = useBatch(id);
  const proposals = useProposals(id);
  const progress = useProgress(id);
  const decide = useDecide(id);
  const adjust = useAdjust(id);
  const publish = usePublish(id);
  const issue = useIssueCodes(id);
  const [deciding, setDeciding] = useState<ProposalView | null>(null);
  const [adjusting, setAdjusting] = useState<ProposalView | null>(null);
  const [issued, setIssued] = useState<SurveyCodeView[] | null>(null);
  const [decideForm] = Form.useForm<{ grade: Grade; reason?: string }>();
  const [adjustForm] = Form.useForm<{ component: Component; score: number; reason: string }>();
  const [codesForm] = Form.useForm<{
    villageCode: string;
    audience: 'villagers' | 'village_cadres';
    count: number;
  }>();
  const b = batch.data;
  if (batch.error) return <Alert type="error" message={(batch.error as Error).message} />;
  if (!b) return <Card loading />;
  const labels = b.scheme.gradeLabels as Record<Grade, string>;
  const steps = new Set(b.allowedSteps);
  const p = progress.data;
  const villages = [
    ...new Map(b.subjects.filter((s) => s.eligible).map((s) => [s.villageCode, s.villageName])).entries(),
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <span>
            {b.regionName} {b.year}
            {l({ zh: '年', en: ' ' })}
            {l(kindNames[b.kind])}{' '}
            {b.status === 'published' ? (
              <Tag color="green">{l({ zh: '已公布', en: 'Published' })}</Tag>
            ) : (
              <Tag color="blue">{l({ zh: '进行中', en: 'In progress' })}</Tag>
            )}
          </span>
        }
        extra={
          steps.has('publish') && (
            <Button
              type="primary"
              loading={publish.isPending}
              onClick={() =>
                publish.mutateAsync().then(
                  () =>
                    message.success(l({ zh: '考核结果已公布，反馈派出单位', en: 'Published to the units' })),
                  (e: Error) => message.error(e.message),
                )
              }
            >
              {l({ zh: '公布结果', en: 'Publish' })}
            </Button>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              label: l({ zh: '权重', en: 'Weights' }),
              children: components.map((c) => `${l(componentNames[c])} ${b.scheme.weights[c]}`).join(' · '),
            },
            {
              label: l({ zh: '优秀比例上限', en: 'Share of 优秀' }),
              children: `${b.scheme.excellentSharePercent}%`,
            },
            {
              label: l({ zh: '缺勤阶梯', en: 'Absence ladder' }),
              children: l({
                zh: `${b.scheme.ladder.noExcellent}次不得评${labels.excellent}；${b.scheme.ladder.atMostBasic}次最高${labels.basically_competent}；${b.scheme.ladder.incompetent}次${labels.incompetent}`,
                en: `${b.scheme.ladder.noExcellent}: no 优秀; ${b.scheme.ladder.atMostBasic}: at most basic; ${b.scheme.ladder.incompetent}: incompetent`,
              }),
            },
          ]}
        />
        {p && (
          <Flex gap={32} wrap style={{ marginTop: 12 }} data-testid="batch-progress">
            <Statistic title={l({ zh: '考核人数', en: 'Assessed' })} value={p.eligible} />
            <Statistic
              title={l({ zh: '各项得分齐全', en: 'Components complete' })}
              value={p.componentsComplete}
              suffix={`/ ${p.eligible}`}
            />
            <Statistic
              title={l({ zh: '已提出建议等次', en: 'Grades proposed' })}
              value={p.gradesProposed}
              suffix={`/ ${p.eligible}`}
            />
            <Statistic
              title={l({ zh: '已评定', en: 'Decided' })}
              value={p.gradesDecided}
              suffix={`/ ${p.eligible}`}
            />
            <Statistic
              title={l({ zh: '优秀名额', en: '优秀 quota' })}
              value={p.excellentDecided}
              suffix={`/ ${p.excellentQuota}`}
            />
          </Flex>
        )}
      </Card>

      <Card
        title={l({
          zh: '村民测评和村干部评议（无需账号，一码一答）',
          en: 'Villagers’ and village cadres’ voices (one answer per code)',
        })}
      >
        {steps.has('surveyCodes') && (
          <Form
            form={codesForm}
            layout="inline"
            initialValues={{ audience: 'villagers', count: 20 }}
            onFinish={(v) =>
              issue.mutateAsync(v).then(
                (r) => {
                  setIssued(r.codes);
                  message.success(
                    l({ zh: `已生成${r.codes.length}个测评码`, en: `${r.codes.length} codes issued` }),
                  );
                },
                (e: Error) => message.error(e.message),
              )
            }
            style={{ marginBottom: 12, rowGap: 8 }}
          >
            <Form.Item name="villageCode" label={l({ zh: '村', en: 'Village' })} rules={[{ required: true }]}>
              <Select
                style={{ width: 200 }}
                options={villages.map(([code, name]) => ({ value: code, label: name }))}
              />
            </Form.Item>
            <Form.Item name="audience" label={l({ zh: '对象', en: 'Audience' })}>
              <Select
                style={{ width: 130 }}
                options={[
                  { value: 'villagers', label: l({ zh: '村民', en: 'Villagers' }) },
                  { value: 'village_cadres', label: l({ zh: '村干部', en: 'Village cadres' }) },
                ]}
              />
            </Form.Item>
            <Form.Item name="count" label={l({ zh: '数量', en: 'Count' })}>
              <InputNumber min={1} max={500} />
            </Form.Item>
            <Button htmlType="submit" loading={issue.isPending}>
              {l({ zh: '生成测评码', en: 'Issue codes' })}
            </Button>
          </Form>
        )}
        {issued && (
          <Alert
            style={{ marginBottom: 12 }}
            type="success"
            message={l({
              zh: `新生成${issued.length}个测评码（有效期至${issued[0]?.expiresOn}）`,
              en: `${issued.length} new codes`,
            })}
            description={issued.map((c) => c.display).join('  ')}
          />
        )}
        <Table
          rowKey={(r) => `${r.villageCode}-${r.audience}`}
          size="small"
          pagination={false}
          dataSource={p?.villages ?? []}
          columns={[
            { title: l({ zh: '村', en: 'Village' }), dataIndex: 'villageName' },
            {
              title: l({ zh: '对象', en: 'Audience' }),
              render: (_, r) =>
                r.audience === 'villagers'
                  ? l({ zh: '村民', en: 'Villagers' })
                  : l({ zh: '村干部', en: 'Village cadres' }),
            },
            {
              title: l({ zh: '已答/发放', en: 'Answered / issued' }),
              render: (_, r) => (
                <Flex gap={8} align="center">
                  <span>
                    {r.answered} / {r.codesIssued}
                  </span>
                  <Progress
                    percent={Math.round((100 * r.answered) / Math.max(1, r.codesIssued))}
                    size="small"
                    style={{ width: 80 }}
                  />
                </Flex>
              ),
            },
            {
              title: l({ zh: '各分值人次（1→5）', en: 'Answers 1→5' }),
              render: (_, r) => r.distribution.join(' / '),
            },
            { title: l({ zh: '得分', en: 'Score' }), render: (_, r) => score(r.score) },
            {
              title: l({ zh: '说明', en: 'Note' }),
              render: (_, r) =>
                r.confidenceNote ? (
                  <Typography.Text type="warning">{r.confidenceNote}</Typography.Text>
                ) : null,
            },
            {
              title: '',
              render: (_, r) =>
                steps.has('surveyCodes') ? (
                  <a href={codeSheetUrl(b.id, r.villageCode, r.audience)} target="_blank" rel="noreferrer">
                    {l({ zh: '打印未用测评码', en: 'Print unused codes' })}
                  </a>
                ) : null,
            },
          ]}
        />
      </Card>

      <Card title={l({ zh: '得分与建议等次', en: 'Scores and proposed grades' })}>
        <Table<ProposalView>
          rowKey="cadreId"
          size="small"
          loading={proposals.isLoading}
          dataSource={proposals.data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: l({ zh: '姓名', en: 'Name' }),
              fixed: 'left',
              render: (_, r) => (
                <span>
                  {r.cadreName}
                  <br />
                  <Typography.Text type="secondary">{r.villageName}</Typography.Text>
                </span>
              ),
            },
            ...components.map((c) => ({
              title: `${l(componentNames[c])} ${b.scheme.weights[c]}`,
              align: 'right' as const,
              render: (_: unknown, r: ProposalView) => {
                const d = r.details[c];
                return (
                  <Tooltip
                    title={d?.adjustment ? `${d.adjustment.reason}（${d.adjustment.byName}）` : d?.how}
                  >
                    <span style={{ cursor: 'help' }}>
                      {score(r.components[c])}
                      {d?.adjustment ? ' *' : ''}
                    </span>
                  </Tooltip>
                );
              },
            })),
            { title: l({ zh: '总分', en: 'Total' }), align: 'right', render: (_, r) => score(r.total) },
            {
              title: l({ zh: '建议等次', en: 'Proposed' }),
              render: (_, r) => (
                <Flex vertical gap={4}>
                  {r.proposedGrade ? (
                    <Tag color={gradeColors[r.proposedGrade]}>{labels[r.proposedGrade]}</Tag>
                  ) : (
                    '—'
                  )}
                  {r.limits.map((x) => (
                    <Tooltip key={x.message} title={x.message}>
                      <span>
                        <RuleTag ruleId={x.ruleId} compact />
                      </span>
                    </Tooltip>
                  ))}
                </Flex>
              ),
            },
            {
              title: l({ zh: '评定等次', en: 'Decided' }),
              render: (_, r) => (r.grade ? <Tag color={gradeColors[r.grade]}>{labels[r.grade]}</Tag> : '—'),
            },
            {
              title: '',
              fixed: 'right',
              render: (_, r) => (
                <Flex gap={8} wrap>
                  {steps.has('decide') && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => {
                        decideForm.setFieldsValue({
                          grade: (r.grade ?? r.proposedGrade ?? 'competent') as Grade,
                          reason: '',
                        });
                        setDeciding(r);
                      }}
                    >
                      {l({ zh: '评定', en: 'Decide' })}
                    </Button>
                  )}
                  {steps.has('adjust') && (
                    <Button
                      size="small"
                      onClick={() => {
                        adjustForm.resetFields();
                        setAdjusting(r);
                      }}
                    >
                      {l({ zh: '录入得分', en: 'Score' })}
                    </Button>
                  )}
                  <a href={formUrl(b.id, r.cadreId)} target="_blank" rel="noreferrer">
                    {l({ zh: '登记表', en: 'Form' })}
                  </a>
                </Flex>
              ),
            },
          ]}
        />
        {b.subjects.some((s) => !s.eligible) && (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            message={l({ zh: '不参加本次考核', en: 'Not assessed in this batch' })}
            description={b.subjects
              .filter((s) => !s.eligible)
              .map((s) => `${s.cadreName}（${s.villageName}）：${s.reason ?? ''}`)
              .join('；')}
          />
        )}
      </Card>

      <Modal
        open={Boolean(deciding)}
        title={l({
          zh: `评定等次：${deciding?.cadreName ?? ''}`,
          en: `Decide: ${deciding?.cadreName ?? ''}`,
        })}
        okText={l({ zh: '确定', en: 'Decide' })}
        confirmLoading={decide.isPending}
        onCancel={() => setDeciding(null)}
        onOk={() =>
          decideForm.validateFields().then((v) =>
            decide
              .mutateAsync({
                cadreId: deciding!.cadreId,
                grade: v.grade,
                ...(v.reason ? { reason: v.reason } : {}),
              })
              .then(
                () => {
                  setDeciding(null);
                  message.success(l({ zh: '已评定', en: 'Decided' }));
                },
                (e: Error) => message.error(e.message, 8),
              ),
          )
        }
      >
        <Form form={decideForm} layout="vertical">
          <Form.Item name="grade" label={l({ zh: '等次', en: 'Grade' })} rules={[{ required: true }]}>
            <Select options={grades.map((g) => ({ value: g, label: labels[g] }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={l({
              zh: '评定意见（与建议等次不同时必填）',
              en: 'Reason (required when it differs from the proposal)',
            })}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={Boolean(adjusting)}
        title={l({
          zh: `录入得分：${adjusting?.cadreName ?? ''}`,
          en: `Score: ${adjusting?.cadreName ?? ''}`,
        })}
        okText={l({ zh: '保存', en: 'Save' })}
        confirmLoading={adjust.isPending}
        onCancel={() => setAdjusting(null)}
        onOk={() =>
          adjustForm.validateFields().then((v) =>
            adjust.mutateAsync({ cadreId: adjusting!.cadreId, ...v }).then(
              () => {
                setAdjusting(null);
                message.success(l({ zh: '已保存，记入日志', en: 'Saved and audited' }));
              },
              (e: Error) => message.error(e.message),
            ),
          )
        }
      >
        <Form form={adjustForm} layout="vertical" initialValues={{ component: 'summary' }}>
          <Form.Item name="component" label={l({ zh: '项目', en: 'Component' })}>
            <Select options={components.map((c) => ({ value: c, label: l(componentNames[c]) }))} />
          </Form.Item>
          <Form.Item
            name="score"
            label={l({ zh: '得分（0–100）', en: 'Score (0–100)' })}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={l({ zh: '理由（必填）', en: 'Reason (required)' })}
            rules={[
              {
                required: true,
                min: 4,
                message: l({ zh: '请填写理由（至少4个字）', en: 'At least 4 characters' }),
              },
            ]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
