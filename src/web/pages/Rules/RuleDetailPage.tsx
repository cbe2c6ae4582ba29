import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useRule } from '../../api/policy';
import { formatDate } from '../../app/format';
import { useT } from '../../app/i18n';
import { severityColors, severityLabels } from '../../components/RuleTag';
import { RuleClause } from './RuleClause';
import { documentTitles, kindLabels, sectionLabels, versionLabels } from './ruleLabels';

/** One rule: what it says, what the system does with it, and the clause and document it comes from. */
export default function RuleDetailPage() {
  const { id } = useParams();
  const { l, lang } = useT();
  const navigate = useNavigate();
  const rule = useRule(id);

  if (rule.isPending) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  if (rule.isError) {
    return (
      <Result
        status="404"
        title={l({ zh: `未找到规则 ${id}`, en: `No rule ${id}` })}
        subTitle={rule.error.message}
        extra={
          <Button onClick={() => navigate('/rules')}>
            {l({ zh: '返回规则目录', en: 'Back to the catalogue' })}
          </Button>
        }
      />
    );
  }
  const r = rule.data;
  const doc = documentTitles[r.document];
  return (
    <Card
      title={
        <Flex align="center" gap={12} wrap>
          <Link to="/rules" aria-label={l({ zh: '返回规则目录', en: 'Back to the catalogue' })}>
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={1} style={{ fontSize: 18, margin: 0 }}>
            <Typography.Text code style={{ fontSize: 16 }}>
              {r.id}
            </Typography.Text>{' '}
            {l(r.title)}
          </Typography.Title>
        </Flex>
      }
    >
      <Flex vertical gap={20}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          bordered
          items={[
            {
              key: 'version',
              label: l({ zh: '政策版本', en: 'Version' }),
              children: l(versionLabels[r.version]!),
            },
            {
              key: 'kind',
              label: l({ zh: '类型', en: 'Kind' }),
              children: (
                <Flex gap={6} wrap>
                  <Tag style={{ marginInlineEnd: 0 }}>
                    {l(kindLabels[r.kind] ?? { zh: r.kind, en: r.kind })}
                  </Tag>
                  {r.severity && (
                    <Tag color={severityColors[r.severity]} style={{ marginInlineEnd: 0 }}>
                      {l(severityLabels[r.severity])}
                    </Tag>
                  )}
                </Flex>
              ),
            },
            {
              key: 'section',
              label: l({ zh: '所属部分', en: 'Section' }),
              children: l(
                sectionLabels[String(r.section)] ?? { zh: String(r.section), en: String(r.section) },
              ),
            },
            {
              key: 'ref',
              label: l({ zh: '条文位置', en: 'Clause' }),
              children: r.clause.ref && r.clause.ref !== '—' ? r.clause.ref : '—',
            },
            {
              key: 'document',
              label: l({ zh: '文件', en: 'Document' }),
              span: 2,
              children: doc ? (
                <Flex vertical>
                  <span>{l(doc.title)}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l(doc.issuer)} ·{' '}
                    {doc.published.length === 10
                      ? formatDate(`${doc.published}T12:00:00+08:00`, lang)
                      : doc.published}
                  </Typography.Text>
                </Flex>
              ) : (
                r.document
              ),
            },
          ]}
        />
        <Flex vertical gap={6}>
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {l({ zh: '系统提示', en: 'What the system says' })}
          </Typography.Title>
          <Typography.Paragraph style={{ margin: 0 }}>{l(r.message)}</Typography.Paragraph>
        </Flex>
        <Flex vertical gap={6}>
          <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
            {l({ zh: '条文', en: 'Clause' })}
          </Typography.Title>
          <RuleClause rule={r} showEnglish />
        </Flex>
      </Flex>
    </Card>
  );
}
