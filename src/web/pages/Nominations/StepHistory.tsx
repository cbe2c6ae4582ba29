import { Flex, Tag, Timeline, Typography } from 'antd';
import { type Role, roleLabels } from '../../../shared/dictionaries';
import type { NominationStep, Override } from '../../api/nominations';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { RuleTag } from '../../components/RuleTag';
import { checkLabels, checkNames, coFilingLabels, statusLabels, stepLabels } from './labels';

interface StepDetail {
  ruleId?: string;
  checks?: Record<string, { result: 'pass' | 'fail'; reviewer: string; at: string }>;
  failedChecks?: string[];
  coFiledWith?: string[];
  overrides?: Override[];
}

const colorOf = (step: string) =>
  step === 'reject' ? 'red' : step === 'withdraw' ? 'gray' : step === 'decide' ? 'green' : 'blue';

/** Who took each step of the procedure, when, under which rule, with what note (P21.3: every step recorded). */
export function StepHistory({ steps }: { steps: readonly NominationStep[] }) {
  const { l, lang } = useT();
  return (
    <Timeline
      items={steps.map((s, i) => {
        const detail = (s.detail ?? {}) as StepDetail;
        const to = s.toStatus as keyof typeof statusLabels;
        return {
          key: `${s.step}-${i}`,
          color: colorOf(s.step),
          content: (
            <Flex vertical gap={4}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>
                  {l(stepLabels[s.step] ?? { zh: s.step, en: s.step })}
                </Typography.Text>
                {detail.ruleId && <RuleTag ruleId={detail.ruleId} />}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  → {l(statusLabels[to] ?? { zh: s.toStatus, en: s.toStatus })}
                </Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(s.at, lang)}
              </Typography.Text>
              <Typography.Text style={{ fontSize: 13 }}>
                {s.actorName}
                {s.actorRoles.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {'（'}
                    {s.actorRoles.map((r) => l(roleLabels[r as Role] ?? { zh: r, en: r })).join('、')}
                    {'）'}
                  </Typography.Text>
                )}
              </Typography.Text>
              {detail.checks && (
                <Flex gap={4} wrap>
                  {checkNames
                    .filter((name) => detail.checks?.[name])
                    .map((name) => [name, detail.checks![name]!] as const)
                    .map(([name, c]) => (
                      <Tag
                        key={name}
                        color={c.result === 'pass' ? 'green' : 'red'}
                        style={{ marginInlineEnd: 0 }}
                      >
                        {l(checkLabels[name])}
                        {c.result === 'pass'
                          ? l({ zh: '通过', en: ' passed' })
                          : l({ zh: '未通过', en: ' failed' })}
                      </Tag>
                    ))}
                </Flex>
              )}
              {detail.coFiledWith && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l({ zh: '会同', en: 'Together with the ' })}
                  {detail.coFiledWith
                    .map((d) => l(coFilingLabels[d] ?? { zh: d, en: d }))
                    .join(lang === 'zh' ? '、' : ', ')}
                  {l({ zh: '备案', en: '' })}
                </Typography.Text>
              )}
              {detail.overrides?.map((o) => (
                <Typography.Text key={o.ruleId} type="secondary" style={{ fontSize: 12 }}>
                  {l({ zh: `放行 ${o.ruleId}：`, en: `Override of ${o.ruleId}: ` })}
                  {o.reason}
                </Typography.Text>
              ))}
              {s.note && <Typography.Text style={{ fontSize: 13 }}>“{s.note}”</Typography.Text>}
            </Flex>
          ),
        };
      })}
    />
  );
}
