import { Alert, Card, Divider, Empty, Flex, Input, Segmented, Select, Skeleton, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { type RuleFilters, type RuleView, useRules } from '../../api/policy';
import { enCount, formatDate, formatNumber } from '../../app/format';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { RuleTag, severityColors } from '../../components/RuleTag';
import { RuleClause } from './RuleClause';
import { kindLabels, sectionLabels, versionLabels } from './ruleLabels';

const kinds = Object.keys(kindLabels);

/** The rule catalogue: every rule the system applies, with its message and the clause it comes from. */
export default function RulesPage() {
  const { l, lang } = useT();
  const [filters, setFilters] = useState<RuleFilters>({});
  const rules = useRules(filters);
  const items = rules.data?.items ?? [];
  const sections = [...new Set(items.map((r) => String(r.section)))];

  return (
    <Card
      title={<CardHeading>{l({ zh: '政策规则', en: 'Policy rules' })}</CardHeading>}
      extra={
        rules.data && (
          <Typography.Text type="secondary">
            {l({
              zh: `现行版本：${rules.data.versionInForce}（${formatDate(`${rules.data.date}T12:00:00+08:00`, lang)}）`,
              en: `In force: ${rules.data.versionInForce} (${formatDate(`${rules.data.date}T12:00:00+08:00`, lang)})`,
            })}
          </Typography.Text>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {l({
          zh: '系统的每一项判断都引用这里的规则编号。“禁止性规定”不满足即不能办理；“原则性规定”须由有权限的人员填写放行理由并留存；“优先 / 提示”只作排序和提示。2021年5月11日以前的事项适用 P17，此后适用 P21。',
          en: 'Every decision of the system cites a rule id from here. A blocking rule refuses; a warning proceeds only with a recorded override reason; a priority or hint only ranks. Matters dated before 11 May 2021 fall under P17, later ones under P21.',
        })}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={l({ zh: '搜索规则', en: 'Search rules' })}
          placeholder={l({ zh: '编号、标题或条文', en: 'Id, title or clause' })}
          allowClear
          maxLength={100}
          style={{ width: 280 }}
          onSearch={(q) => setFilters((f) => ({ ...f, q: q.trim() || undefined }))}
        />
        <Segmented<string>
          aria-label={l({ zh: '政策版本', en: 'Policy version' })}
          value={filters.version ?? 'all'}
          onChange={(v) =>
            setFilters((f) => ({ ...f, version: v === 'all' ? undefined : (v as RuleView['version']) }))
          }
          options={[
            { value: 'all', label: l({ zh: '全部', en: 'All' }) },
            ...(['P21', 'P17', 'X'] as const).map((v) => ({ value: v, label: l(versionLabels[v]!) })),
          ]}
        />
        <Select<string>
          aria-label={l({ zh: '规则类型', en: 'Rule kind' })}
          allowClear
          placeholder={l({ zh: '全部类型', en: 'All kinds' })}
          value={filters.kind}
          onChange={(kind) => setFilters((f) => ({ ...f, kind: kind ?? undefined }))}
          options={kinds.map((k) => ({ value: k, label: l(kindLabels[k]!) }))}
          style={{ width: 240 }}
        />
        {rules.data && (
          <Typography.Text type="secondary">
            {l({
              zh: `共 ${formatNumber(rules.data.total, lang)} 条`,
              en: `${enCount(rules.data.total, 'rule')}`,
            })}
          </Typography.Text>
        )}
      </Flex>
      {rules.isError && <Alert type="error" showIcon role="alert" title={rules.error.message} />}
      {rules.isPending && <Skeleton active />}
      {rules.data && items.length === 0 && (
        <Empty description={l({ zh: '没有符合条件的规则', en: 'No rule matches' })} />
      )}
      {sections.map((section) => (
        <Fragment key={section}>
          <Divider titlePlacement="start" style={{ marginTop: 8 }}>
            {l(sectionLabels[section] ?? { zh: section, en: section })}
          </Divider>
          <Flex vertical gap={20} style={{ marginBottom: 12 }}>
            {items
              .filter((r) => String(r.section) === section)
              .map((r) => (
                <RuleEntry key={r.id} rule={r} />
              ))}
          </Flex>
        </Fragment>
      ))}
    </Card>
  );
}

function RuleEntry({ rule }: { rule: RuleView }) {
  const { l } = useT();
  return (
    <Flex vertical gap={6} component="article" aria-label={rule.id}>
      <Flex gap={8} align="center" wrap>
        <RuleTag ruleId={rule.id} severity={rule.severity} compact />
        <Typography.Text strong style={{ fontSize: 15 }}>
          {l(rule.title)}
        </Typography.Text>
        <Tag
          color={rule.severity ? severityColors[rule.severity] : undefined}
          variant="filled"
          style={{ marginInlineEnd: 0 }}
        >
          {l(kindLabels[rule.kind] ?? { zh: rule.kind, en: rule.kind })}
        </Tag>
      </Flex>
      <Typography.Text type="secondary">{l(rule.message)}</Typography.Text>
      <RuleClause rule={rule} />
    </Flex>
  );
}
