import { getRule, listRules, type RuleKind, type RuleVersion } from '../../../domain/policy/catalogue';
import { policyVersionOn } from '../../../domain/policy/versions';
import { type IsoDate, todayInShanghai, toIsoDate } from '../../../domain/time';
import { notFound } from '../../../shared/errors';
import type { Clock } from '../users/users.service';

const RULE = { zh: '规则', en: 'rule' };

/** The rule catalogue of RULES.md: the same for every user, so it needs no scope. */
export function createPolicyService(deps: { clock: Clock }) {
  return {
    list(query: { q?: string; version?: RuleVersion; kind?: string; date?: string }) {
      const date: IsoDate = query.date ? toIsoDate(query.date) : todayInShanghai(deps.clock.now());
      const items = listRules({
        ...(query.q ? { q: query.q } : {}),
        ...(query.version ? { version: query.version } : {}),
        ...(query.kind ? { kind: query.kind as RuleKind } : {}),
      });
      return { items, total: items.length, versionInForce: policyVersionOn(date), date };
    },
    get(id: string) {
      const rule = getRule(id);
      if (!rule) throw notFound(RULE);
      return rule;
    },
  };
}
export type PolicyService = ReturnType<typeof createPolicyService>;
