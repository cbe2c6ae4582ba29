import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CadreView, CreateCadreBody, UpdateCadreBody } from '../../../shared/contracts/cadres';
import type { PartyStatus, Rank, Strength } from '../../../shared/dictionaries';
import { http } from '../../app/http';
import type { Page } from '../types';

export type { CadreView, CreateCadreBody, UpdateCadreBody };

export interface CadreFilters {
  region?: string;
  unitId?: string;
  partyStatus?: PartyStatus;
  strengths?: Strength[];
  rank?: Rank;
  young?: boolean;
  q?: string;
  /** The date the computed facts are taken on; today when absent. */
  date?: string;
  page: number;
  pageSize: number;
}

/** The query string of the list and of its Excel export. */
export const cadreQuery = (f: Partial<CadreFilters>) => ({
  region: f.region,
  unitId: f.unitId,
  partyStatus: f.partyStatus,
  strengths: f.strengths?.length ? f.strengths.join(',') : undefined,
  rank: f.rank,
  young: f.young === undefined ? undefined : String(f.young),
  q: f.q,
  date: f.date,
  page: f.page,
  pageSize: f.pageSize,
});

export const cadreKeys = {
  all: ['cadres'] as const,
  list: (filters: CadreFilters) => [...cadreKeys.all, 'list', filters] as const,
  detail: (id: string) => [...cadreKeys.all, 'detail', id] as const,
};

export function useCadres(filters: CadreFilters) {
  return useQuery({
    queryKey: cadreKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<CadreView>>('/api/cadres', { query: cadreQuery(filters), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCadre(id: string | undefined) {
  return useQuery({
    queryKey: cadreKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http.get<{ cadre: CadreView }>(`/api/cadres/${id}`, { signal }).then((r) => r.cadre),
    enabled: Boolean(id),
  });
}

function useInvalidateCadres() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: cadreKeys.all });
}

export function useCreateCadre() {
  const invalidate = useInvalidateCadres();
  return useMutation({
    mutationFn: (input: CreateCadreBody) =>
      http.post<{ cadre: CadreView }>('/api/cadres', input).then((r) => r.cadre),
    onSuccess: invalidate,
  });
}

export function useUpdateCadre() {
  const invalidate = useInvalidateCadres();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCadreBody }) =>
      http.patch<{ cadre: CadreView }>(`/api/cadres/${id}`, changes).then((r) => r.cadre),
    onSuccess: invalidate,
  });
}

/** The plain ID number or phone: each call is written to the audit log, so only on an explicit request. */
export function useReveal() {
  return useMutation({
    mutationFn: ({ id, what }: { id: string; what: 'id' | 'phone' }) =>
      what === 'id'
        ? http.post<{ idNumber: string }>(`/api/cadres/${id}/reveal-id`).then((r) => r.idNumber)
        : http.post<{ phone: string }>(`/api/cadres/${id}/reveal-phone`).then((r) => r.phone),
  });
}
