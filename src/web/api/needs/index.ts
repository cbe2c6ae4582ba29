import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreateNeedBody,
  confirmBody,
  needView,
  proposalLine,
  proposalView,
} from '../../../shared/contracts/needs';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';
import type { Page } from '../types';

/** Who records village needs (the API refuses others): the county organisation department and leading group. */
export const needPlanners: Role[] = [...rolesFor('needs.plan')];

export type NeedView = z.infer<typeof needView>;
export type NeedStatus = NeedView['status'];
export type ProposalView = z.infer<typeof proposalView>;
export type ProposalLine = z.infer<typeof proposalLine>;
export type ConfirmItem = z.infer<typeof confirmBody>['items'][number];
export type { CreateNeedBody };

export interface NeedFilters {
  region?: string;
  village?: string;
  status?: NeedStatus;
  page: number;
  pageSize: number;
}

export const needKeys = {
  all: ['needs'] as const,
  proposal: (county: string, date: string | undefined) =>
    [...needKeys.all, 'proposal', county, date ?? ''] as const,
  lists: () => [...needKeys.all, 'list'] as const,
  list: (filters: NeedFilters) => [...needKeys.lists(), filters] as const,
  detail: (id: string) => [...needKeys.all, 'detail', id] as const,
};

/** What the policy in force on `date` proposes for each village of a county (先定村). */
export function useNeedProposal(county: string | undefined, date: string | undefined) {
  return useQuery({
    queryKey: needKeys.proposal(county ?? '', date),
    queryFn: ({ signal }) =>
      http.post<ProposalView>(`/api/counties/${county}/needs/proposal`, date ? { date } : {}, { signal }),
    enabled: Boolean(county),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === county ? previous : undefined,
  });
}

export function useNeeds(filters: NeedFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: needKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<Page<NeedView>>('/api/village-needs', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: needKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http.get<{ need: NeedView }>(`/api/village-needs/${id}`, { signal }).then((r) => r.need),
    enabled: Boolean(id),
    retry: false,
  });
}

function useInvalidateNeeds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: needKeys.all });
}

/** Records the county's chosen lines in one transaction: all or none (a refusal names its rule or village). */
export function useConfirmNeeds() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ county, date, items }: { county: string; date?: string; items: ConfirmItem[] }) =>
      http
        .post<{ needs: NeedView[] }>(`/api/counties/${county}/needs/confirm`, {
          ...(date ? { date } : {}),
          items,
        })
        .then((r) => r.needs),
    onSuccess: invalidate,
  });
}

export function useCreateNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: (input: CreateNeedBody) =>
      http.post<{ need: NeedView }>('/api/village-needs', input).then((r) => r.need),
    onSuccess: invalidate,
  });
}

export function useCloseNeed() {
  const invalidate = useInvalidateNeeds();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      http.post<{ need: NeedView }>(`/api/village-needs/${id}/close`, { reason }).then((r) => r.need),
    onSuccess: invalidate,
  });
}
