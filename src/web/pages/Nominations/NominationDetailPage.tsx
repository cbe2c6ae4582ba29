import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Strength, strengthLabels } from '../../../shared/dictionaries';
import { useNeed } from '../../api/needs';
import { type CheckName, type NominationView, stepsOf, useNomination } from '../../api/nominations';
import { textOf } from '../../api/policy';
import { enCount, formatDate, formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { FindingList } from '../../components/FindingList';
import { RuleTag } from '../../components/RuleTag';
import { needStatusLabels } from '../Needs/labels';
import { CandidateFacts } from './CandidateFacts';
import { ChecksForm } from './ChecksForm';
import {
  checkLabels,
  checkNames,
  roleLabels,
  sourceLabels,
  statusColors,
  statusLabels,
  stepLabels,
} from './labels';
import { StepHistory } from './StepHistory';
import { type ModalStep, StepModal } from './StepModal';

type RecordedChecks = Partial<
  Record<CheckName, { result: 'pass' | 'fail'; reviewer: string; at: string }>
> & {
  note?: string | null;
};

/** One candidate's procedure: facts, the need, the rules' findings, the five checks, the next steps, the history. */
export default function NominationDetailPage() {
  const { id } = useParams();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const nomination = useNomination(id);
  const [modal, setModal] = useState<ModalStep | null>(null);

  if (nomination.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (nomination.isError) {
    return (
      <Result
        status="404"
        title={l({ zh: '未找到该人选', en: 'Nomination not found' })}
        subTitle={nomination.error.message}
        extra={
          <Button onClick={() => navigate('/nominations')}>
            {l({ zh: '返回人选列表', en: 'Back to the list' })}
          </Button>
        }
      />
    );
  }
  const n = nomination.data;
  const steps = stepsOf(n);
  const buttons = steps.filter((s): s is ModalStep => s !== 'checks' && s !== 'propose');

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={12} wrap>
            <Link to="/nominations" aria-label={l({ zh: '返回人选列表', en: 'Back to the list' })}>
              <ArrowLeftOutlined />
            </Link>
            <CardHeading>
              {l({ zh: '选派人选：', en: 'Nomination: ' })}
              {n.cadreName}
            </CardHeading>
            <Tag color={statusColors[n.status]} style={{ marginInlineEnd: 0 }}>
              {l(statusLabels[n.status])}
            </Tag>
          </Flex>
        }
        extra={
          buttons.length > 0 ? (
            <Space wrap>
              {buttons.map((s) => (
                <Button
                  key={s}
                  type={s === 'file' || s === 'decide' ? 'primary' : 'default'}
                  danger={s === 'reject'}
                  onClick={() => setModal(s)}
                >
                  {l(stepLabels[s]!)}
                </Button>
              ))}
            </Space>
          ) : undefined
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'village',
              label: l({ zh: '选派村', en: 'Village' }),
              children: `${n.villageName}（${n.villageCode}）`,
            },
            { key: 'role', label: l({ zh: '岗位', en: 'Post' }), children: l(roleLabels[n.role]) },
            { key: 'source', label: l({ zh: '来源', en: 'Source' }), children: l(sourceLabels[n.source]) },
            {
              key: 'date',
              label: l({ zh: '人选日期', en: 'Nomination date' }),
              children: (
                <span>
                  {formatDate(`${n.date}T12:00:00+08:00`, lang)}{' '}
                  <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
                    {l({ zh: `适用 ${n.policyVersion}`, en: `Under ${n.policyVersion}` })}
                  </Tag>
                </span>
              ),
            },
            { key: 'unit', label: l({ zh: '派出单位', en: 'Unit' }), children: n.unitName },
            {
              key: 'updated',
              label: l({ zh: '最近办理', en: 'Last step' }),
              children: formatDateTime(n.updatedAt, lang),
            },
            ...(n.closedReason
              ? [
                  {
                    key: 'closed',
                    label: l({ zh: '办结理由', en: 'Closing reason' }),
                    children: n.closedReason,
                    span: 3,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={l({ zh: '人选情况', en: 'Candidate' })} size="small">
              <CandidateFacts cadreId={n.cadreId} date={n.date} />
            </Card>
            <Card
              title={l({ zh: '规则审查', en: 'Rule findings' })}
              size="small"
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l({
                    zh: `按人选日期、${n.policyVersion} 的规定，每一步重新核对`,
                    en: `Under ${n.policyVersion} on the nomination date, re-checked at each step`,
                  })}
                </Typography.Text>
              }
            >
              <FindingList
                findings={n.violations}
                empty={
                  <Typography.Text type="success">
                    {l({ zh: '未发现不符合规定的情形', en: 'No rule is breached' })}
                  </Typography.Text>
                }
              />
            </Card>
            <Card
              title={l({ zh: '五关审核', en: 'The five checks' })}
              size="small"
              extra={<RuleTag ruleId="P21.3-checks" />}
            >
              {steps.includes('checks') ? (
                <ChecksForm nominationId={n.id} />
              ) : (
                <RecordedChecksView checks={n.checks as RecordedChecks | null} status={n.status} />
              )}
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <NeedCard nomination={n} />
            <Card title={l({ zh: '办理记录', en: 'History' })} size="small">
              {n.steps && n.steps.length > 0 ? (
                <StepHistory steps={n.steps} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
          </Flex>
        </Col>
      </Row>
      <StepModal nominationId={n.id} step={modal} onClose={() => setModal(null)} />
    </Flex>
  );
}

function RecordedChecksView({
  checks,
  status,
}: {
  checks: RecordedChecks | null;
  status: NominationView['status'];
}) {
  const { l, lang } = useT();
  const recorded = checks && checkNames.some((c) => checks[c]);
  if (!recorded) {
    return (
      <Typography.Text type="secondary">
        {status === 'proposed'
          ? l({
              zh: '尚未审核：由派出单位组织人事部门或组织部门记录。',
              en: 'Not yet checked: recorded by the unit’s personnel department or the organisation department.',
            })
          : l({ zh: '未记录五关审核。', en: 'No checks recorded.' })}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={8}>
      <Descriptions
        size="small"
        column={1}
        items={checkNames.map((c) => {
          const r = checks[c];
          return {
            key: c,
            label: l(checkLabels[c]),
            children: r ? (
              <Flex gap={8} align="center" wrap>
                <Tag color={r.result === 'pass' ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                  {r.result === 'pass' ? l({ zh: '通过', en: 'Pass' }) : l({ zh: '不通过', en: 'Fail' })}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.reviewer} · {formatDateTime(r.at, lang)}
                </Typography.Text>
              </Flex>
            ) : (
              '—'
            ),
          };
        })}
      />
      {checks.note && (
        <Typography.Text>
          {l({ zh: '审核意见：', en: 'Note: ' })}
          {checks.note}
        </Typography.Text>
      )}
    </Flex>
  );
}

function NeedCard({ nomination: n }: { nomination: NominationView }) {
  const { l, lang } = useT();
  const need = useNeed(n.needId);
  return (
    <Card
      title={l({ zh: '选派需求', en: 'Village need' })}
      size="small"
      extra={<RuleTag ruleId="P21.1-order" />}
    >
      {need.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : need.isError ? (
        <Alert
          type="info"
          showIcon
          title={l({
            zh: `${n.villageName}的选派需求不在您的管辖范围内，仅显示村名。`,
            en: `The need of ${n.villageName} is outside your scope; only the village is shown.`,
          })}
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'village',
              label: l({ zh: '村（社区）', en: 'Village' }),
              children: `${need.data.villageName}（${need.data.villageCode}）`,
            },
            {
              key: 'need',
              label: l({ zh: '需求', en: 'Need' }),
              children: need.data.firstSecretary
                ? l({
                    zh: `第一书记 1 名，队员 ${need.data.members} 名`,
                    en: `First secretary and ${enCount(need.data.members, 'member')}`,
                  })
                : l({ zh: `队员 ${need.data.members} 名`, en: `${enCount(need.data.members, 'member')}` }),
            },
            {
              key: 'strengths',
              label: l({ zh: '宜擅长', en: 'Strengths' }),
              children:
                need.data.strengths.length > 0
                  ? need.data.strengths
                      .map((s) => l(strengthLabels[s as Strength] ?? { zh: s, en: s }))
                      .join(lang === 'zh' ? '、' : ', ')
                  : l({ zh: '不限', en: 'Any' }),
            },
            {
              key: 'basis',
              label: l({ zh: '依据', en: 'Rules' }),
              children:
                need.data.basis.length === 0 ? (
                  '—'
                ) : (
                  <Flex wrap gap={4}>
                    {need.data.basis.map((b) => (
                      <RuleTag key={`${b.ruleId}:${textOf(b.message, l)}`} ruleId={b.ruleId} />
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'status',
              label: l({ zh: '状态', en: 'Status' }),
              children: `${l(needStatusLabels[need.data.status])} · ${l({ zh: `人选 ${need.data.candidates} 名`, en: `${need.data.candidates} candidate(s)` })}`,
            },
            {
              key: 'recorded',
              label: l({ zh: '记录', en: 'Recorded' }),
              children: `${need.data.createdByName} · ${formatDateTime(need.data.createdAt, lang)}`,
            },
          ]}
        />
      )}
    </Card>
  );
}
