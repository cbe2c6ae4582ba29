import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type {
  AssignmentView,
  CreateAssignmentBody,
  EndAssignmentBody,
  EndReason,
  PatchAssignmentBody,
  TeamRole,
} from '../../../shared/contracts/assignments';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';
import { needKeys } from '../needs';
import { nominationKeys } from '../nominations';
import type { Finding } from '../policy';
import { teamKeys } from '../teams';
import { termKeys } from '../terms';
import type { Page } from '../types';

export type {
  AssignmentView,
  CreateAssignmentBody,
  EndAssignmentBody,
  EndReason,
  PatchAssignmentBody,
  TeamRole,
};

/** Who composes teams: makes, ends and recalls assignments, runs matching (the API refuses others). */
export const teamComposers: Role[] = [...rolesFor('teams.compose')];

/** Who records the party-relation transfer and the full-time acknowledgement (P21.5-partyrel, P21.5-fulltime). */
export const checklistRecorders: Role[] = [...rolesFor('teams.checklist')];

/** The reasons a person may give when ending a term here; a recall has its own procedure (P17.5.3-recall). */
export const manualEndReasons = ['completed', 'rotated', 'other'] as const satisfies readonly EndReason[];

/**
 * The planned last day of a full two-year term starting on `startOn`: dates are days on post, both ends
 * included, so two years end the day before the second anniversary (2024-03-01 → 2026-02-28; from 29 February,
 * 2026-02-27) — the server's term rule (P21.5-term, src/domain/tenure/terms.ts `fullTermEnd`).
 */
export const fullTermEnd = (startOn: string): string =>
  dayjs(startOn).add(2, 'year').subtract(1, 'day').format('YYYY-MM-DD');

export interface AssignmentFilters {
  region?: string;
  village?: string;
  cadre?: string;
  unit?: string;
  teamRole?: TeamRole;
  active?: boolean;
  page: number;
  pageSize: number;
}

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (filters: AssignmentFilters) => [...assignmentKeys.all, 'list', filters] as const,
  detail: (id: string) => [...assignmentKeys.all, 'detail', id] as const,
};

export function useAssignments(filters: AssignmentFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: assignmentKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<Page<AssignmentView>>('/api/assignments', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAssignment(id: string | undefined) {
  return useQuery({
    queryKey: assignmentKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http
        .get<{ assignment: AssignmentView }>(`/api/assignments/${id}`, { signal })
        .then((r) => r.assignment),
    enabled: Boolean(id),
    retry: false,
  });
}

/**
 * Everything an assignment changes: the village's teams and the board, terms ending, recalls, the need it
 * fills (and reopens) and the nominations matching offers.
 */
export function useInvalidateTenure() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      // 'recalls' is recallKeys.all, named here because the recalls module builds on this one.
      [assignmentKeys.all, teamKeys.all, termKeys.all, ['recalls'], needKeys.all, nominationKeys.all].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export interface AssignmentResult {
  assignment: AssignmentView;
  /** Findings recorded with it: overridden warnings with their reasons, hints. */
  violations: Finding[];
}

/** A decided nomination becomes an assignment; a `block` answers 422 POLICY_VIOLATION with the rule ids. */
export function useCreateAssignment() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) => http.post<AssignmentResult>('/api/assignments', body),
    onSuccess: invalidate,
  });
}

/** Ends a term with a reason from the allowed list; an early end warns and needs a reason (P21.5-term). */
export function useEndAssignment() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: EndAssignmentBody }) =>
      http.post<AssignmentResult>(`/api/assignments/${id}/end`, body),
    onSuccess: invalidate,
  });
}

/** Records (or clears, with null) the checklist dates of an assignment: party relation moved, full time acknowledged. */
export function usePatchAssignment() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PatchAssignmentBody }) =>
      http.patch<{ assignment: AssignmentView }>(`/api/assignments/${id}`, body).then((r) => r.assignment),
    onSuccess: invalidate,
  });
}
