import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { complianceItem, complianceView } from '../../../shared/contracts/compliance';
import type { Lang } from '../../../shared/errors';
import { http } from '../../app/http';
import { downloadFile, type Progress } from '../imports/transfer';

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

/**
 * Downloads the Excel workbook of the same filters, in the user's language, with progress; named after the
 * region and the data date so that files of different days do not overwrite each other.
 */
export function downloadComplianceWorkbook(
  filters: ComplianceFilters & { dataDate: string },
  lang: Lang,
  onProgress?: (p: Progress) => void,
): Promise<string> {
  const { dataDate, ...query } = filters;
  const name =
    lang === 'zh'
      ? `合规检查-${query.region ?? '全部'}-${query.date ?? dataDate}.xlsx`
      : `compliance-${query.region ?? 'all'}-${query.date ?? dataDate}.xlsx`;
  return downloadFile('/api/compliance.xlsx', name, { query: { ...query }, lang, onProgress });
}
