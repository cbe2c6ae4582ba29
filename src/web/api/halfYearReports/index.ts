import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CompletenessAnswer,
  CorrectionBody,
  ReportView,
  UpdateReportBody,
} from '../../../shared/contracts/half-year-reports';
import { http } from '../../app/http';
import type { Page } from '../types';

// Half-year reports (issue 12 item 1): drafted by the system, completed by the cadre, reviewed by the leading
// group, heard by the unit; completeness per region and half year (not a ranking).

export type { CompletenessAnswer, ReportView } from '../../../shared/contracts/half-year-reports';
export { reportSourceLabels, reportStatusLabels } from '../../../shared/contracts/half-year-reports';
export type ReportListItem = Omit<ReportView, 'sections' | 'versions'>;

export const reportKeys = {
  all: ['half-year-reports'] as const,
  list: (f: object) => [...reportKeys.all, 'list', f] as const,
  one: (id: string) => [...reportKeys.all, 'one', id] as const,
  completeness: (region: string, period: string) =>
    [...reportKeys.all, 'completeness', region, period] as const,
};

/** The last finished half year on a date, and the one before: 2026-12-06 → 2026H1, 2025H2. */
export function recentPeriods(today: string): string[] {
  const y = Number(today.slice(0, 4));
  const h = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const last = h === 2 ? `${y}H1` : `${y - 1}H2`;
  const before = h === 2 ? `${y - 1}H2` : `${y - 1}H1`;
  const current = `${y}H${h}`;
  return [current, last, before];
}

export function useReports(f: { period?: string; region?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: reportKeys.list(f),
    queryFn: ({ signal }) =>
      http.get<Page<ReportListItem>>('/api/half-year-reports', { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: reportKeys.one(id ?? ''),
    queryFn: ({ signal }) => http.get<{ report: ReportView }>(`/api/half-year-reports/${id}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

export function useCompleteness(region: string | undefined, period: string) {
  return useQuery({
    queryKey: reportKeys.completeness(region ?? '', period),
    queryFn: ({ signal }) =>
      http.get<CompletenessAnswer>('/api/half-year-reports/completeness', {
        query: { region, period },
        signal,
      }),
    enabled: Boolean(region),
    retry: false,
  });
}

function useReportMutation<A>(fn: (a: A) => Promise<{ report: ReportView }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: ({ report }) => {
      queryClient.setQueryData(reportKeys.one(report.id), { report });
      return queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
}

export const useCreateReport = () =>
  useReportMutation((b: { assignmentId: string; period: string }) =>
    http.post<{ report: ReportView }>('/api/half-year-reports', b),
  );
export const useSaveReport = (id: string) =>
  useReportMutation((b: UpdateReportBody) =>
    http.put<{ report: ReportView }>(`/api/half-year-reports/${id}`, b),
  );
export const useSubmitReport = (id: string) =>
  useReportMutation(() => http.post<{ report: ReportView }>(`/api/half-year-reports/${id}/submit`));
export const useReviewReport = (id: string) =>
  useReportMutation((opinion: string) =>
    http.post<{ report: ReportView }>(`/api/half-year-reports/${id}/review`, { opinion }),
  );
export const useHearReport = (id: string) =>
  useReportMutation((b: { heardOn: string; opinion: string }) =>
    http.post<{ report: ReportView }>(`/api/half-year-reports/${id}/hearing`, b),
  );
export const useCorrectReport = (id: string) =>
  useReportMutation((b: CorrectionBody) =>
    http.post<{ report: ReportView }>(`/api/half-year-reports/${id}/corrections`, b),
  );
