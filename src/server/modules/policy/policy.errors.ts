import type { OverrideResolution, Violation } from '../../../domain/policy/violations';
import { AppError } from '../../../shared/errors';

/** How a finding is stored and shown: the rule id, severity, message (both languages) and facts. */
export const violationRecord = (v: Violation, overrideReason?: string) => ({
  ruleId: v.ruleId,
  severity: v.severity,
  message: v.message,
  facts: v.facts,
  ...(overrideReason ? { overrideReason } : {}),
});
export type ViolationRecord = ReturnType<typeof violationRecord>;

/** Everything a decision found, for the record: overridden warnings carry their reason; hints too. */
export const recordedFindings = (resolution: OverrideResolution): ViolationRecord[] => [
  ...resolution.overridden.map((o) => violationRecord(o.violation, o.reason)),
  ...resolution.hints.map((v) => violationRecord(v)),
];

/**
 * 422 POLICY_VIOLATION listing the rules that refuse the action: blocks, and warnings without an
 * override reason (RULES.md). The message names each rule id so the user sees which clause decided.
 */
export function policyViolation(resolution: OverrideResolution): AppError {
  const list = resolution.blocking;
  const needsReason = list.filter((v) => v.severity === 'warn').map((v) => v.ruleId);
  return new AppError(
    'POLICY_VIOLATION',
    {
      zh: `不符合规定：${list.map((v) => `【${v.ruleId}】${v.message.zh.replace(/。$/, '')}`).join('；')}${needsReason.length ? `。如确有必要，请为 ${needsReason.join('、')} 填写放行理由` : ''}`,
      en: `Refused under ${list.map((v) => `[${v.ruleId}] ${v.message.en.replace(/\.$/, '')}`).join('; ')}${needsReason.length ? `. To proceed, give an override reason for ${needsReason.join(', ')}` : ''}`,
    },
    {
      violations: [
        ...list.map((v) => violationRecord(v)),
        ...resolution.hints.map((v) => violationRecord(v)),
      ],
      ...(resolution.rejected.length
        ? {
            rejectedOverrides: resolution.rejected.map((r) => ({
              ruleId: r.override.ruleId,
              why: r.why,
              message: r.message,
            })),
          }
        : {}),
    },
  );
}
