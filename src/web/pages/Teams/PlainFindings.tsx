import { Flex, Typography } from 'antd';
import { type Finding, textOf } from '../../api/policy';
import { useT } from '../../app/i18n';
import { RuleTag } from '../../components/RuleTag';

/**
 * Findings as plain lines for a notification: antd renders notifications outside the router and the query
 * client, so the linked rule tags of FindingList cannot render there.
 */
export function PlainFindings({ findings }: { findings: readonly Finding[] }) {
  const { l } = useT();
  return (
    <Flex vertical gap={6}>
      {findings.map((f) => (
        <Typography.Text key={`${f.ruleId}:${textOf(f.message, l)}`} style={{ fontSize: 13 }}>
          {textOf(f.message, l)} <RuleTag ruleId={f.ruleId} compact />
          {f.overrideReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              {l({ zh: '（放行理由：', en: ' (override reason: ' })}
              {f.overrideReason}
              {l({ zh: '）', en: ')' })}
            </Typography.Text>
          )}
        </Typography.Text>
      ))}
    </Flex>
  );
}
