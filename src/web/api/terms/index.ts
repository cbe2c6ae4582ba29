import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { termEndingItem, termsEndingView } from '../../../shared/contracts/terms';
import { http } from '../../app/http';

export type TermsEndingView = z.infer<typeof termsEndingView>;
export type TermEndingItem = z.infer<typeof termEndingItem>;
export type TermsEndingCounty = TermsEndingView['counties'][number];

/** The windows the page offers; the API takes any number of days up to 1,000. */
export const endingWindows = [30, 60, 90, 180] as const;

export interface TermsEndingFilters {
  /** A region prefix; the whole scope when absent. */
  region?: string;
  withinDays: number;
  date?: string;
}

export const termKeys = {
  all: ['terms'] as const,
  ending: (filters: TermsEndingFilters) => [...termKeys.all, 'ending', filters] as const,
};

/** Every term whose last day falls within `withinDays` of the date, whether a successor is in place, by county. */
export function useTermsEnding(filters: TermsEndingFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: termKeys.ending(filters),
    queryFn: ({ signal }) =>
      http.get<TermsEndingView>('/api/terms/ending', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
