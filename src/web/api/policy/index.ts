import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { localisedMessage, ruleList, ruleView, violationView } from '../../../shared/contracts/policy';
import type { LocalisedText } from '../../../shared/errors';
import { http } from '../../app/http';

export type RuleView = z.infer<typeof ruleView>;
export type RuleList = z.infer<typeof ruleList>;
export type Finding = z.infer<typeof violationView>;
export type Severity = Finding['severity'];
/** The server answers most messages in the request's language, some as { zh, en }. */
export type ServerText = z.infer<typeof localisedMessage>;

export interface RuleFilters {
  q?: string;
  version?: RuleView['version'];
  kind?: string;
}

export const ruleKeys = {
  all: ['policy', 'rules'] as const,
  list: (filters: RuleFilters) => [...ruleKeys.all, 'list', filters] as const,
  catalogue: () => [...ruleKeys.all, 'catalogue'] as const,
  detail: (id: string) => [...ruleKeys.all, 'detail', id] as const,
};

/** The rules matching a search, with the version in force today. */
export function useRules(filters: RuleFilters) {
  return useQuery({
    queryKey: ruleKeys.list(filters),
    queryFn: ({ signal }) => http.get<RuleList>('/api/policy/rules', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });
}

/** The whole catalogue by id, loaded once (rule tags show a rule's title and severity from it). */
export function useRuleCatalogue() {
  return useQuery({
    queryKey: ruleKeys.catalogue(),
    queryFn: ({ signal }) =>
      http
        .get<RuleList>('/api/policy/rules', { signal })
        .then((list) => new Map(list.items.map((r) => [r.id, r]))),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRule(id: string | undefined) {
  return useQuery({
    queryKey: ruleKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http.get<{ rule: RuleView }>(`/api/policy/rules/${id}`, { signal }).then((r) => r.rule),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** A message as the server sent it, in the chosen language. */
export const textOf = (message: ServerText | undefined | null, l: (t: LocalisedText) => string): string =>
  message == null ? '' : typeof message === 'string' ? message : l(message);

/** The findings a 422 POLICY_VIOLATION lists (`details.violations`). */
export function findingsOf(error: unknown): Finding[] {
  const violations = (error as { details?: { violations?: unknown } } | null)?.details?.violations;
  return Array.isArray(violations) ? (violations as Finding[]) : [];
}
