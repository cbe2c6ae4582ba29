import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePairingBody,
  CreateUnitBody,
  PairingView,
  ReopenPairingBody,
  UnitDetail,
  UnitView,
  UpdatePairingBody,
  UpdateUnitBody,
} from '../../../shared/contracts/units';
import type { PairingKind, UnitKind, UnitLevel } from '../../../shared/dictionaries';
import { http } from '../../app/http';
import type { Page } from '../types';

export type {
  CreatePairingBody,
  CreateUnitBody,
  PairingView,
  UnitDetail,
  UnitView,
  UpdatePairingBody,
  UpdateUnitBody,
};

export interface UnitFilters {
  region?: string;
  kind?: UnitKind;
  level?: UnitLevel;
  parentId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface PairingFilters {
  target?: string;
  kind?: PairingKind;
  unitId?: string;
  date?: string;
  page: number;
  pageSize: number;
}

export const unitKeys = {
  all: ['units'] as const,
  list: (filters: UnitFilters) => [...unitKeys.all, 'list', filters] as const,
  detail: (id: string) => [...unitKeys.all, 'detail', id] as const,
  pairings: (filters: PairingFilters) => [...unitKeys.all, 'pairings', filters] as const,
};

export function useUnits(filters: UnitFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unitKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<UnitView>>('/api/units', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

const fetchUnit = (id: string, signal?: AbortSignal) =>
  http.get<{ unit: UnitDetail }>(`/api/units/${id}`, { signal }).then((r) => r.unit);

/** A unit with its pairings and how many cadres it has. */
export function useUnit(id: string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchUnit(id!, signal),
    enabled: Boolean(id),
  });
}

/** Several units by id (e.g. the chosen values of a select), for their names; unknown ids are left out. */
export function useUnitsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: unitKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchUnit(id, signal),
      staleTime: 5 * 60_000,
      retry: false,
    })),
    combine: (results) => {
      const byId = new Map<string, UnitDetail>();
      for (const r of results) if (r.data) byId.set(r.data.id, r.data);
      return byId;
    },
  });
}

export function usePairings(filters: PairingFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unitKeys.pairings(filters),
    queryFn: ({ signal }) => http.get<Page<PairingView>>('/api/pairings', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

function useInvalidateUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: unitKeys.all });
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: CreateUnitBody) =>
      http.post<{ unit: UnitView }>('/api/units', input).then((r) => r.unit),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUnitBody }) =>
      http.patch<{ unit: UnitView }>(`/api/units/${id}`, changes).then((r) => r.unit),
    onSuccess: invalidate,
  });
}

export function useAddPairing() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: CreatePairingBody }) =>
      http.post<{ pairing: PairingView }>(`/api/units/${unitId}/pairings`, body).then((r) => r.pairing),
    onSuccess: invalidate,
  });
}

/** Changes a pairing, e.g. ends it with a `to` date. */
export function useUpdatePairing() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({
      unitId,
      pairingId,
      changes,
    }: {
      unitId: string;
      pairingId: string;
      changes: UpdatePairingBody;
    }) =>
      http
        .patch<{ pairing: PairingView }>(`/api/units/${unitId}/pairings/${pairingId}`, changes)
        .then((r) => r.pairing),
    onSuccess: invalidate,
  });
}

/** Undoes the end of a pairing recorded by mistake (an audited correction with a reason). */
export function useReopenPairing() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ pairingId, body }: { pairingId: string; body: ReopenPairingBody }) =>
      http.post<{ pairing: PairingView }>(`/api/pairings/${pairingId}/reopen`, body).then((r) => r.pairing),
    onSuccess: invalidate,
  });
}
