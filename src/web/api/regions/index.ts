import { keepPreviousData, type QueryClient, useQueries, useQuery } from '@tanstack/react-query';
import type { Region, RegionWithPath } from '../../../shared/contracts/regions';
import type { RegionLevel } from '../../../shared/dictionaries';
import { http } from '../../app/http';
import type { Page } from '../types';

export type { Region, RegionWithPath };

/** The most children one request may ask for (the API's page-size limit). */
const CHILDREN_PAGE = 500;

export const regionKeys = {
  all: ['regions'] as const,
  roots: () => [...regionKeys.all, 'roots'] as const,
  allChildren: (code: string) => [...regionKeys.all, 'children', code, 'all'] as const,
  childrenPage: (code: string, page: number, pageSize: number) =>
    [...regionKeys.all, 'children', code, page, pageSize] as const,
  detail: (code: string) => [...regionKeys.all, 'detail', code] as const,
  search: (q: string, level: RegionLevel | undefined, page: number, pageSize: number) =>
    [...regionKeys.all, 'search', q, level ?? '', page, pageSize] as const,
};

/** The provinces the user can see (their scope and its ancestors). */
export const fetchRoots = () =>
  http
    .get<Page<Region>>('/api/regions', { query: { level: 'province', pageSize: CHILDREN_PAGE } })
    .then((p) => p.items);

/** Every child of a region, page after page (a township may have more villages than one page holds). */
export async function fetchAllChildren(code: string): Promise<Region[]> {
  const items: Region[] = [];
  for (let page = 1; ; page++) {
    const result = await http.get<Page<Region>>(`/api/regions/${code}/children`, {
      query: { page, pageSize: CHILDREN_PAGE },
    });
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

export const fetchRegion = (code: string) => http.get<RegionWithPath>(`/api/regions/${code}`);

export function useRegionRoots() {
  return useQuery({ queryKey: regionKeys.roots(), queryFn: fetchRoots, staleTime: Number.POSITIVE_INFINITY });
}

/** For the tree's lazy loading: children from the cache, or fetched once. */
export const loadChildren = (queryClient: QueryClient, code: string) =>
  queryClient.fetchQuery({
    queryKey: regionKeys.allChildren(code),
    queryFn: () => fetchAllChildren(code),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useRegion(code: string | undefined) {
  return useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: () => fetchRegion(code!),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Several regions by code (e.g. the codes of a user's scope), for their names. */
export function useRegionsByCode(codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: regionKeys.detail(code),
      queryFn: () => fetchRegion(code),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    })),
    combine: (results) => {
      const byCode = new Map<string, RegionWithPath>();
      for (const r of results) if (r.data) byCode.set(r.data.code, r.data);
      return byCode;
    },
  });
}

export function useRegionChildrenPage(code: string | undefined, page: number, pageSize: number) {
  return useQuery({
    queryKey: regionKeys.childrenPage(code ?? '', page, pageSize),
    queryFn: () => http.get<Page<Region>>(`/api/regions/${code}/children`, { query: { page, pageSize } }),
    enabled: Boolean(code),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRegionSearch(
  q: string,
  options: { level?: RegionLevel; page?: number; pageSize?: number } = {},
) {
  const { level, page = 1, pageSize = 10 } = options;
  const query = q.trim();
  return useQuery({
    queryKey: regionKeys.search(query, level, page, pageSize),
    queryFn: ({ signal }) =>
      http.get<Page<RegionWithPath>>('/api/regions/search', {
        query: { q: query, level, page, pageSize },
        signal,
      }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** 贵州省 › 贵阳市 › 开阳县 › 双流镇 › 永安社区 */
export const joinPath = (path: readonly { name: string }[]) => path.map((p) => p.name).join(' › ');
