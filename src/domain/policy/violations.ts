// A violation is data (STYLE.md): which rule, how severe, what the user is told, and the facts behind it.
// Info findings are hints (ranking, matching): they carry `facts.met` and never refuse anything.
import type { LocalisedText } from '../../shared/errors';
import { type RuleId, rule, type Severity } from './catalogue';

export interface Violation {
  ruleId: RuleId;
  severity: Severity;
  message: LocalisedText;
  facts: Record<string, unknown>;
}

/** A user's reason to proceed despite a `warn` (RULES.md: recorded and shown wherever the record is). */
export interface Override {
  ruleId: string;
  reason: string;
}

/** Shortest reason accepted, in characters after trimming (一个汉字 counts as one). */
export const MIN_REASON_LENGTH = 4;

export const isSubstantialReason = (reason: string | undefined | null): boolean =>
  typeof reason === 'string' && [...reason.trim()].length >= MIN_REASON_LENGTH;

export interface ViolationOptions {
  /** Overrides the rule's severity (e.g. an actual early end only warns under a rule that blocks plans). */
  severity?: Severity;
  /** What to do, in place of the rule's message, where the situation needs other advice. */
  advice?: LocalisedText;
}

/**
 * The finding for a rule: what was found (when given), then what to do — the rule's message unless
 * `options.advice` says otherwise. Severity defaults to the rule's own; a bare severity may be passed
 * in place of the options.
 */
export function violation(
  ruleId: RuleId,
  facts: Record<string, unknown>,
  found?: LocalisedText,
  options: ViolationOptions | Severity = {},
): Violation {
  if (typeof options === 'string') options = { severity: options };
  const r = rule(ruleId);
  const severity = options.severity ?? r.severity;
  if (!severity) throw new Error(`Rule ${ruleId} produces no findings of its own; pass a severity`);
  const advice = options.advice ?? r.message;
  const message = found
    ? { zh: `${found.zh}。${advice.zh}`, en: `${found.en}. ${advice.en}` }
    : { ...advice };
  return { ruleId, severity, message, facts };
}

const order: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Blocks first, then warns, then hints; stable within each. */
export const bySeverity = (violations: readonly Violation[]): Violation[] =>
  [...violations].sort((a, b) => order[a.severity] - order[b.severity]);

export type RejectedOverrideReason = 'BLOCK_RULE' | 'REASON_TOO_SHORT' | 'NOT_RAISED';

export interface OverrideResolution {
  /** True when nothing blocks: the action may proceed. */
  ok: boolean;
  /** Block violations, and warn violations without a valid override. */
  blocking: Violation[];
  /** Warn violations with the reason that lets the action proceed. */
  overridden: { violation: Violation; reason: string }[];
  /** Info findings: shown, never blocking. */
  hints: Violation[];
  /** Overrides that did not count, and why. */
  rejected: { override: Override; why: RejectedOverrideReason; message: LocalisedText }[];
}

const rejectionMessages: Record<RejectedOverrideReason, (ruleId: string) => LocalisedText> = {
  BLOCK_RULE: (id) => ({
    zh: `规则 ${id} 为强制性规定，不能以理由放行`,
    en: `Rule ${id} is binding and cannot be overridden`,
  }),
  REASON_TOO_SHORT: (id) => ({
    zh: `规则 ${id} 的放行理由须至少${MIN_REASON_LENGTH}个字`,
    en: `The reason for overriding ${id} needs at least ${MIN_REASON_LENGTH} characters`,
  }),
  NOT_RAISED: (id) => ({
    zh: `本次操作未触发规则 ${id}，无需放行理由`,
    en: `Rule ${id} was not raised by this action; no override is needed`,
  }),
};

/**
 * Which warnings the overrides lift and what still blocks. An override lifts every warn of its rule id
 * when its trimmed reason has at least MIN_REASON_LENGTH characters; an override of a block rule never
 * helps (RULES.md: block means refused).
 */
export function resolveOverrides(
  violations: readonly Violation[],
  overrides: readonly Override[] = [],
): OverrideResolution {
  const raised = new Map<string, Set<Severity>>();
  for (const v of violations) raised.set(v.ruleId, (raised.get(v.ruleId) ?? new Set()).add(v.severity));
  const reasons = new Map<string, string>();
  const rejected: OverrideResolution['rejected'] = [];
  for (const o of overrides) {
    const severities = raised.get(o.ruleId);
    const why: RejectedOverrideReason | null =
      !severities || (!severities.has('warn') && !severities.has('block'))
        ? 'NOT_RAISED'
        : !severities.has('warn')
          ? 'BLOCK_RULE'
          : !isSubstantialReason(o.reason)
            ? 'REASON_TOO_SHORT'
            : null;
    if (why) rejected.push({ override: o, why, message: rejectionMessages[why](o.ruleId) });
    else if (!reasons.has(o.ruleId)) reasons.set(o.ruleId, o.reason.trim());
  }
  const blocking: Violation[] = [];
  const overridden: OverrideResolution['overridden'] = [];
  const hints: Violation[] = [];
  for (const v of violations) {
    const reason = v.severity === 'warn' ? reasons.get(v.ruleId) : undefined;
    if (v.severity === 'info') hints.push(v);
    else if (reason) overridden.push({ violation: v, reason });
    else blocking.push(v);
  }
  return { ok: blocking.length === 0, blocking, overridden, hints, rejected };
}
