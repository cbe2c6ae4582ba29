import { Flex, Tag, Typography } from 'antd';
import type { RuleView } from '../../api/policy';
import { useT } from '../../app/i18n';
import { documentTitle } from './ruleLabels';

/** The clause a rule comes from, quoted (word for word, or marked as a summary), with its document and place. */
export function RuleClause({ rule, showEnglish }: { rule: RuleView; showEnglish?: boolean }) {
  const { l, lang } = useT();
  return (
    <blockquote
      style={{
        margin: 0,
        padding: '8px 12px',
        borderInlineStart: '3px solid #c8161d',
        background: '#fbf8f3',
        borderRadius: '0 4px 4px 0',
      }}
    >
      <Flex vertical gap={4}>
        <Typography.Text
          style={{ fontFamily: "'Noto Serif CJK SC', 'Songti SC', SimSun, serif", fontSize: 15 }}
        >
          {rule.clause.verbatim ? `“${rule.clause.zh}”` : rule.clause.zh}
        </Typography.Text>
        {(showEnglish || lang === 'en') && (
          <Typography.Text type="secondary" italic>
            {rule.clause.en}
          </Typography.Text>
        )}
        <Flex gap={6} wrap align="center">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            —— {l(documentTitle(rule.document))}
            {rule.clause.ref && rule.clause.ref !== '—' ? ` ${rule.clause.ref}` : ''}
          </Typography.Text>
          <Tag variant="filled" style={{ marginInlineEnd: 0, fontSize: 11 }}>
            {rule.clause.verbatim ? l({ zh: '原文', en: 'Verbatim' }) : l({ zh: '要点', en: 'Summary' })}
          </Tag>
        </Flex>
      </Flex>
    </blockquote>
  );
}
