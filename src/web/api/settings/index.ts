import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CatalogueEntry,
  EffectiveResult,
  PutSettingBody,
  SettingRecordView,
} from '../../../shared/contracts/settings';
import { http, request } from '../../app/http';

// Provincial parameters (issue 10 item 1; RULES.md "Provincial parameters"): the values in force for a region
// on a date with where each came from, the catalogue of keys, the history of values set, and the
// organisation department's write (PUT, audited by the server).

export type {
  CatalogueEntry,
  EffectiveParameterView as EffectiveParameter,
  EffectiveResult,
  SettingRecordView,
} from '../../../shared/contracts/settings';

export const settingsKeys = {
  all: ['settings'] as const,
  // The same key as the attendance pages' `useEffectiveSettings`, so one write refreshes both.
  effective: (region: string, date: string) => [...settingsKeys.all, 'effective', region, date] as const,
  catalogue: () => [...settingsKeys.all, 'catalogue'] as const,
  history: (region: string, key: string) => [...settingsKeys.all, 'history', region, key] as const,
};

/** Every parameter in force for the region on the date, each with its source and whether the caller may set it. */
export function useEffectiveParameters(region: string | undefined, date: string) {
  return useQuery({
    queryKey: settingsKeys.effective(region ?? '', date),
    queryFn: ({ signal }) =>
      http.get<EffectiveResult>('/api/settings/effective', { query: { region, date }, signal }),
    enabled: Boolean(region),
    retry: false,
  });
}

/** Each key's type, default, bounds, lowest level, rule id and label (fixed until the code changes). */
export function useSettingsCatalogue() {
  return useQuery({
    queryKey: settingsKeys.catalogue(),
    queryFn: ({ signal }) =>
      http
        .get<{ parameters: CatalogueEntry[] }>('/api/settings/catalogue', { signal })
        .then((r) => new Map(r.parameters.map((p) => [p.key, p]))),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The values set for a key in the region, the levels above it and (in scope) below it; newest first. */
export function useSettingHistory(region: string | undefined, key: string | undefined) {
  return useQuery({
    queryKey: settingsKeys.history(region ?? '', key ?? ''),
    queryFn: ({ signal }) =>
      http
        .get<{ items: SettingRecordView[] }>('/api/settings/history', { query: { region, key }, signal })
        .then((r) => r.items),
    enabled: Boolean(region && key),
    retry: false,
  });
}

/** PUT /api/settings/:regionCode/:key — a value from a date; the month figures computed with it change too. */
export function useSetParameter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, key, body }: { regionCode: string; key: string; body: PutSettingBody }) =>
      request<{ setting: SettingRecordView }>(
        'PUT',
        `/api/settings/${encodeURIComponent(regionCode)}/${encodeURIComponent(key)}`,
        { body },
      ).then((r) => r.setting),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['attendance'] }),
      ]),
  });
}
