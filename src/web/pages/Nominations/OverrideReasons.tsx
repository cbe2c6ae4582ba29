import { Input } from 'antd';
import { useCallback, useState } from 'react';
import type { Override } from '../../api/nominations';
import type { Finding } from '../../api/policy';
import { enCount } from '../../app/format';
import { useT } from '../../app/i18n';

/** At least this many characters make an override reason (the API refuses shorter ones). */
export const MIN_REASON = 4;
const long = (s: string | undefined) => [...(s ?? '').trim()].length >= MIN_REASON;

/**
 * Override reasons for the warnings among findings (RULES.md: a `warn` proceeds only with a reason for its
 * rule id, recorded and shown with the record).
 */
export function useOverrideReasons() {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const reset = useCallback(() => setReasons({}), []);
  return {
    reasons,
    reset,
    /** The overrides to send: one per warning with a reason long enough. */
    overridesFor: (findings: readonly Finding[]): Override[] =>
      findings
        .filter((f) => f.severity === 'warn' && long(reasons[f.ruleId]))
        .map((f) => ({ ruleId: f.ruleId, reason: reasons[f.ruleId]!.trim() })),
    /** Whether every warning has its reason (and nothing blocks). */
    complete: (findings: readonly Finding[]) =>
      findings.every((f) => f.severity !== 'block' && (f.severity !== 'warn' || long(reasons[f.ruleId]))),
    /** The input beside a warning, for FindingList's `extra`. */
    input: (finding: Finding) =>
      finding.severity === 'warn' ? (
        <OverrideInput
          ruleId={finding.ruleId}
          value={reasons[finding.ruleId] ?? ''}
          onChange={(v) => setReasons((r) => ({ ...r, [finding.ruleId]: v }))}
        />
      ) : null,
  };
}

function OverrideInput({
  ruleId,
  value,
  onChange,
}: {
  ruleId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { l } = useT();
  return (
    <Input
      aria-label={l({ zh: `${ruleId} 的放行理由`, en: `Override reason for ${ruleId}` })}
      placeholder={l({
        zh: `如确有必要，请填写放行理由（至少${MIN_REASON}个字，将记录在案）`,
        en: `If necessary, give an override reason (at least ${enCount(MIN_REASON, 'character')}; it is recorded)`,
      })}
      value={value}
      maxLength={500}
      status={value && !long(value) ? 'warning' : undefined}
      onChange={(e) => onChange(e.target.value)}
      style={{ marginInlineStart: 4, maxWidth: 640 }}
    />
  );
}
