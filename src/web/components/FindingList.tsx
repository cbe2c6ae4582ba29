import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type Finding, textOf } from '../api/policy';
import { useT } from '../app/i18n';
import { RuleTag, severityColors, severityLabels } from './RuleTag';

const order = { block: 0, warn: 1, info: 2 } as const;

/**
 * The rules' findings on a decision, most severe first: severity, rule id (to the clause), the message, and
 * the override reason recorded for a warning. `extra` renders beside a finding (an override-reason input).
 */
export function FindingList({
  findings,
  extra,
  empty,
}: {
  findings: readonly Finding[];
  extra?: (finding: Finding) => ReactNode;
  empty?: ReactNode;
}) {
  const { l } = useT();
  if (findings.length === 0) return empty ?? null;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <Flex vertical gap={10} role="list">
      {sorted.map((f) => (
        <Flex key={`${f.ruleId}:${f.severity}:${textOf(f.message, l)}`} vertical gap={4} role="listitem">
          <Flex gap={8} align="baseline" wrap>
            <Tag color={severityColors[f.severity]} style={{ marginInlineEnd: 0 }} variant="filled">
              {l(severityLabels[f.severity])}
            </Tag>
            <RuleTag ruleId={f.ruleId} severity={f.severity} compact />
            <Typography.Text style={{ flex: 1, minWidth: 240 }}>{textOf(f.message, l)}</Typography.Text>
          </Flex>
          {f.overrideReason && (
            <Typography.Text type="secondary" style={{ paddingInlineStart: 4, fontSize: 13 }}>
              {l({ zh: '放行理由：', en: 'Override reason: ' })}
              {f.overrideReason}
            </Typography.Text>
          )}
          {extra?.(f)}
        </Flex>
      ))}
    </Flex>
  );
}
