import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { complianceItem, complianceView } from '../../../shared/contracts/compliance';
import { http } from '../../app/http';

export type ComplianceView = z.infer<typeof complianceView>;
export type ComplianceItem = z.infer<typeof complianceItem>;
export type CountySummary = ComplianceView['byCounty'][number];

export interface ComplianceFilters {
  region?: string;
  date?: string;
}

/** The most problems one answer holds (the API's page-size limit); the page says when there are more. */
export const COMPLIANCE_PAGE = 5000;

export const complianceKeys = {
  all: ['compliance'] as const,
  list: (filters: ComplianceFilters) => [...complianceKeys.all, filters] as const,
};

/** Every coverage problem in a region on a date, with counts per county and rule. */
export function useCompliance(filters: ComplianceFilters) {
  return useQuery({
    queryKey: complianceKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<ComplianceView>('/api/compliance', {
        query: { ...filters, pageSize: COMPLIANCE_PAGE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The Excel workbook of the same filters (a plain download: the browser sends the session cookie). */
export function complianceWorkbookUrl(filters: ComplianceFilters): string {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.date) params.set('date', filters.date);
  const qs = params.toString();
  return qs ? `/api/compliance.xlsx?${qs}` : '/api/compliance.xlsx';
}
