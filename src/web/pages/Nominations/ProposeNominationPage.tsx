import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Radio, Row, Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { partyStatusLabels } from '../../../shared/dictionaries';
import { type NeedView, useNeed, useNeeds } from '../../api/needs';
import {
  type CadreView,
  type NominationView,
  useCadreOptions,
  useEligibility,
  useProposeNomination,
} from '../../api/nominations';
import { findingsOf } from '../../api/policy';
import { enCount, formatDate } from '../../app/format';
import { isApiError } from '../../app/http';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { FindingList } from '../../components/FindingList';
import { SelectionDatePicker } from '../../components/SelectionDatePicker';
import { CandidateFacts } from './CandidateFacts';
import { roleLabels, sourceLabels } from './labels';
import { useOverrideReasons } from './OverrideReasons';

interface ProposeValues {
  cadreId?: string;
  needId?: string;
  role: NominationView['role'];
  source: NominationView['source'];
  date?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function useDebounced(value: string, ms = 250) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value.trim()), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The unit's personnel department proposes a candidate for a recorded need (P21.3-propose, P21.1-order). */
export default function ProposeNominationPage() {
  const { l, lang } = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ProposeValues>();
  const values = Form.useWatch([], form) as ProposeValues | undefined;
  const propose = useProposeNomination();
  const overrides = useOverrideReasons();
  const [error, setError] = useState<{ text: string; nominationId?: string } | null>(null);

  const [cadreTyped, setCadreTyped] = useState('');
  const cadreQ = useDebounced(cadreTyped);
  const cadres = useCadreOptions(cadreQ, values?.date);
  const [chosenCadre, setChosenCadre] = useState<CadreView | null>(null);

  const openNeeds = useNeeds({ status: 'open', page: 1, pageSize: 500 });
  const [needTyped, setNeedTyped] = useState('');
  const linkedNeed = useNeed(params.get('needId') ?? undefined);
  const needs = useMemo(() => {
    const list = [...(openNeeds.data?.items ?? [])];
    if (linkedNeed.data && !list.some((n) => n.id === linkedNeed.data.id)) list.unshift(linkedNeed.data);
    return list;
  }, [openNeeds.data, linkedNeed.data]);
  const need: NeedView | undefined = needs.find((n) => n.id === values?.needId);

  const eligibility = useEligibility({
    cadreId: values?.cadreId,
    needId: values?.needId,
    role: values?.role,
    date: values?.date,
  });
  const serverFindings = findingsOf(propose.error);
  const findings = serverFindings.length > 0 ? serverFindings : (eligibility.data?.violations ?? []);
  const ready = Boolean(values?.cadreId && values?.needId && values?.role);
  const blocked = findings.some((f) => f.severity === 'block');
  const complete = overrides.complete(findings);

  useEffect(() => {
    if (need && !need.firstSecretary && form.getFieldValue('role') === 'first_secretary') {
      form.setFieldValue('role', 'member');
    }
  }, [need, form]);

  const needLabel = (n: NeedView) =>
    `${n.villageName}（${n.villageCode}）· ${
      n.firstSecretary
        ? l({ zh: `第一书记+${n.members}名队员`, en: `first secretary + ${n.members}` })
        : l({ zh: `${n.members}名队员`, en: `${enCount(n.members, 'member')}` })
    }`;
  const needOptions = [
    ...needs.map((n) => ({ value: n.id, label: needLabel(n) })),
    ...(UUID.test(needTyped.trim()) && !needs.some((n) => n.id === needTyped.trim())
      ? [
          {
            value: needTyped.trim(),
            label: l({ zh: `需求编号 ${needTyped.trim()}`, en: `Need ${needTyped.trim()}` }),
          },
        ]
      : []),
  ];

  const cadreOptions = [
    ...(chosenCadre && !cadres.data?.items.some((c) => c.id === chosenCadre.id) ? [chosenCadre] : []),
    ...(cadres.data?.items ?? []),
  ].map((c) => ({ value: c.id, label: `${c.name} · ${c.unitName}`, cadre: c }));

  const onFinish = (v: ProposeValues) => {
    setError(null);
    // Enter in a field submits too: wait for the preview of what is on screen, and for every reason it asks.
    if (eligibility.isFetching || blocked || !complete) return;
    propose.mutate(
      {
        cadreId: v.cadreId!,
        needId: v.needId!,
        role: v.role,
        source: v.source,
        ...(v.date ? { date: v.date } : {}),
        ...(findings.some((f) => f.severity === 'warn')
          ? { overrides: overrides.overridesFor(findings) }
          : {}),
      },
      {
        onSuccess: (n) => {
          message.success(l({ zh: `已提出人选：${n.cadreName}`, en: `Proposed: ${n.cadreName}` }));
          navigate(`/nominations/${n.id}`);
        },
        onError: (e) => {
          const nominationId = isApiError(e)
            ? (e.details as { nominationId?: string } | undefined)?.nominationId
            : undefined;
          setError({ text: e.message, nominationId });
        },
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex align="center" gap={12}>
            <Link to="/nominations" aria-label={l({ zh: '返回人选列表', en: 'Back to the list' })}>
              <ArrowLeftOutlined />
            </Link>
            <CardHeading>{l({ zh: '提出人选', en: 'Propose a candidate' })}</CardHeading>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {l({
            zh: '先定村、再定人：人选须对应一项未完成的选派需求。个人报名的人选也由派出单位组织人事部门提出。选择干部和需求后，系统按人选日期适用的规定即时预审资格。',
            en: 'Villages first, then people: a candidate targets an open village need. Individual applications are proposed by the unit’s personnel department too. Eligibility is previewed under the rules in force on the nomination date.',
          })}
        </Typography.Paragraph>
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12}>
            <Form<ProposeValues>
              form={form}
              layout="vertical"
              initialValues={{
                role: 'first_secretary',
                source: 'recommendation',
                needId: params.get('needId') ?? undefined,
              }}
              onValuesChange={() => {
                propose.reset();
                setError(null);
              }}
              onFinish={onFinish}
              disabled={propose.isPending}
            >
              <Form.Item
                name="cadreId"
                label={l({ zh: '干部', en: 'Cadre' })}
                rules={[{ required: true, message: l({ zh: '请选择干部', en: 'Choose a cadre' }) }]}
              >
                <Select
                  showSearch={{ filterOption: false, onSearch: setCadreTyped }}
                  placeholder={l({ zh: '输入姓名搜索干部库', en: 'Type a name to search the pool' })}
                  options={cadreOptions}
                  loading={cadres.isFetching}
                  onChange={(_, option) => {
                    const picked = Array.isArray(option) ? undefined : option;
                    setChosenCadre(picked?.cadre ?? null);
                  }}
                  optionRender={(option) => {
                    const c = option.data.cadre;
                    return (
                      <Flex vertical>
                        <span>
                          {c.name}{' '}
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {c.unitName}
                          </Typography.Text>
                        </span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {l(partyStatusLabels[c.partyStatus])}
                          {c.facts.partyStandingYears !== null &&
                            l({
                              zh: ` · 党龄 ${c.facts.partyStandingYears} 年`,
                              en: ` · ${enCount(c.facts.partyStandingYears, 'yr')} in party`,
                            })}
                          {l({
                            zh: ` · 工作 ${c.facts.workYears} 年`,
                            en: ` · ${enCount(c.facts.workYears, 'yr')} of work`,
                          })}
                        </Typography.Text>
                      </Flex>
                    );
                  }}
                />
              </Form.Item>
              <Form.Item
                name="needId"
                label={l({ zh: '选派需求', en: 'Village need' })}
                rules={[{ required: true, message: l({ zh: '请选择选派需求', en: 'Choose a need' }) }]}
                extra={
                  openNeeds.data && needs.length === 0
                    ? l({
                        zh: '您的管辖范围内没有可见的未完成需求：请输入县委组织部提供的需求编号。',
                        en: 'No open need is visible in your scope: enter the need id the county gave you.',
                      })
                    : undefined
                }
              >
                <Select
                  showSearch={{
                    onSearch: setNeedTyped,
                    filterOption: (input, option) =>
                      String(option?.label ?? '').includes(input.trim()) || option?.value === input.trim(),
                  }}
                  placeholder={l({ zh: '输入村名搜索未完成的需求', en: 'Type a village name' })}
                  options={needOptions}
                  loading={openNeeds.isFetching}
                />
              </Form.Item>
              <Form.Item name="role" label={l({ zh: '岗位', en: 'Post' })} rules={[{ required: true }]}>
                <Radio.Group
                  options={[
                    {
                      value: 'first_secretary',
                      label: l(roleLabels.first_secretary),
                      disabled: need ? !need.firstSecretary : false,
                    },
                    { value: 'member', label: l(roleLabels.member) },
                  ]}
                />
              </Form.Item>
              <Form.Item name="source" label={l({ zh: '来源', en: 'Source' })} rules={[{ required: true }]}>
                <Radio.Group
                  options={[
                    { value: 'recommendation', label: l(sourceLabels.recommendation) },
                    { value: 'application', label: l(sourceLabels.application) },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="date"
                label={l({ zh: '人选日期', en: 'Nomination date' })}
                extra={l({
                  zh: '默认今天；补录往年人选时选当时的日期，按当时的规定审查。',
                  en: 'Today by default; for past cases choose their date, judged by the rules then.',
                })}
              >
                <SelectionDatePicker />
              </Form.Item>
              {error && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  style={{ marginBottom: 16 }}
                  title={error.text}
                  action={
                    error.nominationId ? (
                      <Link to={`/nominations/${error.nominationId}`}>
                        {l({ zh: '查看原人选', en: 'Open it' })}
                      </Link>
                    ) : undefined
                  }
                />
              )}
              <Button
                type="primary"
                htmlType="submit"
                loading={propose.isPending}
                disabled={ready && (eligibility.isFetching || blocked || !complete)}
              >
                {l({ zh: '提出人选', en: 'Propose' })}
              </Button>
            </Form>
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <Card size="small" title={l({ zh: '资格预审', en: 'Eligibility preview' })}>
                {!ready ? (
                  <Typography.Text type="secondary">
                    {l({
                      zh: '选择干部、需求和岗位后显示。',
                      en: 'Shown once a cadre, need and post are chosen.',
                    })}
                  </Typography.Text>
                ) : eligibility.isPending ? (
                  <Spin />
                ) : eligibility.isError && serverFindings.length === 0 ? (
                  <Alert type="error" showIcon title={eligibility.error.message} />
                ) : (
                  <Flex vertical gap={12}>
                    {eligibility.data && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l({
                          zh: `按${formatDate(`${eligibility.data.date}T12:00:00+08:00`, lang)}适用的 ${eligibility.data.policyVersion} 审查`,
                          en: `Judged under ${eligibility.data.policyVersion} on ${formatDate(`${eligibility.data.date}T12:00:00+08:00`, lang)}`,
                        })}
                      </Typography.Text>
                    )}
                    <FindingList
                      findings={findings}
                      extra={overrides.input}
                      empty={
                        <Typography.Text type="success">
                          {l({ zh: '符合规定，可以提出', en: 'Eligible: may be proposed' })}
                        </Typography.Text>
                      }
                    />
                    {blocked && (
                      <Tag color="red" style={{ width: 'fit-content' }}>
                        {l({
                          zh: '有禁止性规定，不能提出该人选',
                          en: 'A blocking rule refuses this candidate',
                        })}
                      </Tag>
                    )}
                  </Flex>
                )}
              </Card>
              {values?.cadreId && (
                <Card size="small" title={l({ zh: '人选情况', en: 'Candidate' })}>
                  <CandidateFacts cadreId={values.cadreId} date={values.date} columns={1} />
                </Card>
              )}
            </Flex>
          </Col>
        </Row>
      </Card>
    </Flex>
  );
}
