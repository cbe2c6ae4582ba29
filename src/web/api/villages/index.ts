import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CategoryPeriod,
  CountyFlagsView,
  PatchLocationBody,
  PutCountyFlagsBody,
  PutProfileBody,
  VillageListItem,
  VillageView,
} from '../../../shared/contracts/villages';
import type { VillageCategory } from '../../../shared/dictionaries';
import { http, request } from '../../app/http';
import type { Page } from '../types';

export type {
  CategoryPeriod,
  CountyFlagsView,
  PatchLocationBody,
  PutCountyFlagsBody,
  PutProfileBody,
  VillageListItem,
  VillageView,
};

export interface VillageFilters {
  /** A region prefix: the villages of that subtree. */
  region?: string;
  /** Villages holding any of these categories on `date`. */
  category?: VillageCategory[];
  /** YYYY-MM-DD; today when absent. */
  date?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** The query string of the list and of its Excel export (categories comma-separated). */
export const villageQuery = (f: Omit<VillageFilters, 'page' | 'pageSize'> & Partial<VillageFilters>) => ({
  region: f.region,
  category: f.category?.length ? f.category.join(',') : undefined,
  date: f.date,
  q: f.q,
  page: f.page,
  pageSize: f.pageSize,
});

export const villageKeys = {
  all: ['villages'] as const,
  list: (filters: VillageFilters) => [...villageKeys.all, 'list', filters] as const,
  detail: (code: string, date: string | undefined) =>
    [...villageKeys.all, 'detail', code, date ?? ''] as const,
  flags: (county: string, date: string | undefined) =>
    [...villageKeys.all, 'flags', county, date ?? ''] as const,
};

export function useVillages(filters: VillageFilters) {
  return useQuery({
    queryKey: villageKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<Page<VillageListItem>>('/api/villages', { query: villageQuery(filters), signal }),
    placeholderData: keepPreviousData,
  });
}

/** A village's profile, region path and category history, with the categories it held on `date`. */
export function useVillage(code: string | undefined, date?: string) {
  return useQuery({
    queryKey: villageKeys.detail(code ?? '', date),
    queryFn: ({ signal }) =>
      http
        .get<{ village: VillageView }>(`/api/villages/${code}`, { query: { date }, signal })
        .then((r) => r.village),
    enabled: Boolean(code),
    // Another date of the same village keeps the page on screen while it loads; another village does not.
    placeholderData: (previous: VillageView | undefined, query) =>
      query?.queryKey[2] === code ? previous : undefined,
  });
}

function useInvalidateVillages() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: villageKeys.all });
}

/** Replaces the category history; optional fields left out keep their values. */
export function usePutProfile() {
  const invalidate = useInvalidateVillages();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: PutProfileBody }) =>
      request<{ village: VillageView }>('PUT', `/api/villages/${code}/profile`, { body }).then(
        (r) => r.village,
      ),
    onSuccess: invalidate,
  });
}

/** Location and check-in radius only: what a township may set. */
export function usePatchLocation() {
  const invalidate = useInvalidateVillages();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: PatchLocationBody }) =>
      http.patch<{ village: VillageView }>(`/api/villages/${code}/location`, body).then((r) => r.village),
    onSuccess: invalidate,
  });
}

/** A county's flags (重点帮扶县) with their dates, and those held on `date`. */
export function useCountyFlags(county: string | undefined, date?: string) {
  return useQuery({
    queryKey: villageKeys.flags(county ?? '', date),
    queryFn: ({ signal }) =>
      http.get<CountyFlagsView>(`/api/counties/${county}/flags`, { query: { date }, signal }),
    enabled: Boolean(county),
  });
}

export function usePutCountyFlags() {
  const invalidate = useInvalidateVillages();
  return useMutation({
    mutationFn: ({ county, body }: { county: string; body: PutCountyFlagsBody }) =>
      request<CountyFlagsView>('PUT', `/api/counties/${county}/flags`, { body }),
    onSuccess: invalidate,
  });
}
