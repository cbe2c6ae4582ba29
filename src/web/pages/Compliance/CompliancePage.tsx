import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Empty,
  Flex,
  Row,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  type ComplianceFilters,
  type ComplianceItem,
  type CountySummary,
  downloadComplianceWorkbook,
  useCompliance,
} from '../../api/compliance';
import { needPlanners } from '../../api/needs';
import { textOf } from '../../api/policy';
import { hasRole, useSession } from '../../app/auth';
import { enCount, formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { DataDate } from '../../components/DataDate';
import { DownloadButton } from '../../components/DownloadButton';
import { RuleTag } from '../../components/RuleTag';
import { defaultRegion, ScopedRegionSelect } from '../../components/ScopedRegionSelect';
import { SelectionDatePicker } from '../../components/SelectionDatePicker';
import { ComplianceChart } from './ComplianceChart';

const subjectKinds: Record<ComplianceItem['subject']['kind'], { zh: string; en: string }> = {
  village: { zh: '村', en: 'Village' },
  unit: { zh: '派出单位', en: 'Unit' },
  need: { zh: '选派需求', en: 'Need' },
};

interface Focus {
  county?: string;
  rule?: string;
}

/** "Are we compliant?" (journey 5): every coverage problem on a date, by county and rule, exportable. */
export default function CompliancePage() {
  const session = useSession();
  const { l, lang } = useT();
  const [filters, setFilters] = useState<ComplianceFilters>(() => ({ region: defaultRegion(session) }));
  const [focus, setFocus] = useState<Focus>({});
  const compliance = useCompliance(filters);
  const data = compliance.data;
  const planner = hasRole(session, ...needPlanners);

  const rules = useMemo(
    () => [...new Set((data?.byCounty ?? []).flatMap((c) => Object.keys(c.byRule)))].sort(),
    [data],
  );
  const groups = useMemo(() => {
    const byCounty = new Map<string, { name: string; items: ComplianceItem[] }>();
    for (const item of data?.items ?? []) {
      if (focus.rule && item.ruleId !== focus.rule) continue;
      const key = item.countyCode ?? '';
      if (focus.county && key !== focus.county) continue;
      const group = byCounty.get(key) ?? { name: item.countyName ?? '', items: [] };
      group.items.push(item);
      byCounty.set(key, group);
    }
    return [...byCounty].sort(([a], [b]) => a.localeCompare(b));
  }, [data, focus]);

  const day = (iso: string) => formatDate(`${iso}T12:00:00+08:00`, lang);
  const count = (n: number, county: string, rule?: string) =>
    n === 0 ? (
      <Typography.Text type="secondary">0</Typography.Text>
    ) : (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0 }}
        onClick={() => setFocus({ county, rule })}
        aria-label={l({ zh: `查看 ${n} 个问题`, en: `Show ${enCount(n, 'problem')}` })}
      >
        {formatNumber(n, lang)}
      </Button>
    );

  const summaryColumns: TableColumnsType<CountySummary> = [
    { title: l({ zh: '县（市、区）', en: 'County' }), dataIndex: 'countyName', width: 140, fixed: 'start' },
    {
      title: l({ zh: '问题合计', en: 'Total' }),
      dataIndex: 'total',
      width: 100,
      align: 'right',
      render: (n: number, c) => <Typography.Text strong>{count(n, c.countyCode)}</Typography.Text>,
    },
    ...rules.map((r) => ({
      title: <RuleTag ruleId={r} />,
      key: r,
      width: 130,
      align: 'right' as const,
      render: (_: unknown, c: CountySummary) => count(c.byRule[r] ?? 0, c.countyCode, r),
    })),
  ];

  const itemColumns: TableColumnsType<ComplianceItem> = [
    {
      title: l({ zh: '规则', en: 'Rule' }),
      dataIndex: 'ruleId',
      width: 140,
      render: (r: string) => <RuleTag ruleId={r} />,
    },
    {
      title: l({ zh: '对象', en: 'Subject' }),
      key: 'subject',
      width: 220,
      render: (_, i) => (
        <Flex gap={6} align="baseline">
          <Tag style={{ marginInlineEnd: 0 }}>{l(subjectKinds[i.subject.kind])}</Tag>
          <Flex vertical>
            <span>{i.subject.name}</span>
            {i.subject.code && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i.subject.code}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      ),
    },
    {
      title: l({ zh: '起始日期', en: 'Since' }),
      dataIndex: 'since',
      width: 130,
      render: (since?: string) => (since ? day(since) : '—'),
    },
    {
      title: l({ zh: '问题', en: 'Problem' }),
      dataIndex: 'message',
      render: (m: ComplianceItem['message']) => textOf(m, l),
    },
  ];

  const shownTotal = groups.reduce((n, [, g]) => n + g.items.length, 0);
  return (
    <Flex vertical gap={16}>
      <Card
        title={<CardHeading>{l({ zh: '合规检查', en: 'Compliance' })}</CardHeading>}
        extra={
          <DownloadButton
            disabled={!data}
            download={(onProgress) =>
              downloadComplianceWorkbook({ ...filters, dataDate: data?.date ?? '' }, lang, onProgress)
            }
          >
            {l({ zh: '导出 Excel', en: 'Export to Excel' })}
          </DownloadButton>
        }
      >
        <Flex wrap gap={16} align="center">
          <Flex align="center" gap={8}>
            <Typography.Text>{l({ zh: '区域', en: 'Region' })}</Typography.Text>
            <ScopedRegionSelect
              aria-label={l({ zh: '区域', en: 'Region' })}
              session={session}
              value={filters.region}
              allowClear
              onChange={(region) => {
                setFilters((f) => ({ ...f, region }));
                setFocus({});
              }}
              placeholder={l({ zh: '管辖范围内全部（输入名称搜索）', en: 'Whole scope (type to search)' })}
            />
          </Flex>
          <Flex align="center" gap={8}>
            <Typography.Text>{l({ zh: '检查日期', en: 'Date' })}</Typography.Text>
            <SelectionDatePicker
              aria-label={l({ zh: '检查日期', en: 'Date' })}
              value={filters.date}
              onChange={(date) => setFilters((f) => ({ ...f, date }))}
            />
          </Flex>
          {data && <DataDate date={data.date} policyVersion={data.policyVersion} />}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {l({
            zh: '按检查日期适用的政策核对选派覆盖：党组织软弱涣散村须有第一书记，脱贫村和易地扶贫搬迁安置村须有工作队，定点帮扶、对口支援单位须选派第一书记，未完成的选派需求须有人选。每条问题标明规则和起始日期。',
            en: 'Coverage under the policy in force on the date: weak party organisations have a first secretary, lifted and relocation villages a team, paired units send a first secretary, open needs have a candidate. Each problem names its rule and since when.',
          })}
        </Typography.Paragraph>
      </Card>
      {compliance.isError && <Alert type="error" showIcon role="alert" title={compliance.error.message} />}
      {compliance.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={14}>
              <Card
                title={l({ zh: '各县问题数', en: 'Problems per county' })}
                extra={<DataDate date={data.date} />}
                style={{ height: '100%' }}
              >
                {data.byCounty.length === 0 ? (
                  <Empty description={l({ zh: '未发现问题', en: 'No problems found' })} />
                ) : (
                  <Table<CountySummary>
                    rowKey="countyCode"
                    size="small"
                    columns={summaryColumns}
                    dataSource={data.byCounty}
                    pagination={false}
                    scroll={{ x: 240 + rules.length * 130 }}
                    summary={() =>
                      data.byCounty.length > 1 ? (
                        <Table.Summary.Row>
                          <Table.Summary.Cell index={0}>{l({ zh: '合计', en: 'Total' })}</Table.Summary.Cell>
                          <Table.Summary.Cell index={1} align="right">
                            <Typography.Text strong>{formatNumber(data.total, lang)}</Typography.Text>
                          </Table.Summary.Cell>
                          {rules.map((r, i) => (
                            <Table.Summary.Cell key={r} index={i + 2} align="right">
                              {formatNumber(
                                data.byCounty.reduce((n, c) => n + (c.byRule[r] ?? 0), 0),
                                lang,
                              )}
                            </Table.Summary.Cell>
                          ))}
                        </Table.Summary.Row>
                      ) : null
                    }
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} xxl={10}>
              <Card
                title={l({ zh: '按规则统计', en: 'By rule' })}
                extra={<DataDate date={data.date} />}
                style={{ height: '100%' }}
              >
                {rules.length === 0 ? (
                  <Empty description={l({ zh: '未发现问题', en: 'No problems found' })} />
                ) : (
                  <ComplianceChart
                    byCounty={data.byCounty}
                    rules={rules}
                    label={l({ zh: '按规则统计的问题数', en: 'Problems per rule' })}
                  />
                )}
              </Card>
            </Col>
          </Row>
          <Card
            title={l({
              zh: `问题清单（${formatNumber(shownTotal, lang)} 条）`,
              en: `Problems (${formatNumber(shownTotal, lang)})`,
            })}
            extra={<DataDate date={data.date} policyVersion={data.policyVersion} />}
          >
            {(focus.county || focus.rule) && (
              <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">{l({ zh: '筛选：', en: 'Filter: ' })}</Typography.Text>
                {focus.county && (
                  <Tag closable onClose={() => setFocus((f) => ({ ...f, county: undefined }))}>
                    {data.byCounty.find((c) => c.countyCode === focus.county)?.countyName ?? focus.county}
                  </Tag>
                )}
                {focus.rule && (
                  <Tag closable onClose={() => setFocus((f) => ({ ...f, rule: undefined }))}>
                    {focus.rule}
                  </Tag>
                )}
              </Flex>
            )}
            {data.total > data.items.length && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={l({
                  zh: `共 ${formatNumber(data.total, lang)} 条，此处显示前 ${formatNumber(data.items.length, lang)} 条；完整清单请导出 Excel 或缩小区域。`,
                  en: `${enCount(data.total, 'problem')}; the first ${formatNumber(data.items.length, lang)} are shown. Export to Excel or narrow the region for all.`,
                })}
              />
            )}
            {groups.length === 0 ? (
              <Empty description={l({ zh: '未发现问题', en: 'No problems found' })} />
            ) : (
              <section aria-label={l({ zh: '问题清单', en: 'Problems' })}>
                <Collapse
                  defaultActiveKey={groups.length <= 3 ? groups.map(([code]) => code || 'none') : []}
                  items={groups.map(([code, g]) => ({
                    key: code || 'none',
                    label: (
                      <Flex gap={12} align="center" wrap>
                        <Typography.Text strong>
                          {g.name || l({ zh: '未归属县', en: 'No county' })}
                        </Typography.Text>
                        <Tag color="red" style={{ marginInlineEnd: 0 }}>
                          {l({ zh: `${g.items.length} 条`, en: `${g.items.length}` })}
                        </Tag>
                        {code.length === 6 && planner && (
                          <Link to={`/needs/plan?county=${code}`} onClick={(e) => e.stopPropagation()}>
                            {l({ zh: '去需求规划', en: 'Plan needs' })}
                          </Link>
                        )}
                      </Flex>
                    ),
                    children: (
                      <Table<ComplianceItem>
                        rowKey={(i) =>
                          `${i.ruleId}|${i.subject.kind}|${i.subject.code ?? i.subject.id ?? i.subject.name}`
                        }
                        size="small"
                        columns={itemColumns}
                        dataSource={g.items}
                        scroll={{ x: 900 }}
                        pagination={g.items.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
                      />
                    ),
                  }))}
                />
              </section>
            )}
          </Card>
        </>
      )}
    </Flex>
  );
}
