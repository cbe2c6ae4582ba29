import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BatchView,
  batchListItem,
  decisionView,
  distributionView,
  historyView,
  outcomeView,
  ProposalView,
  progressView,
  surveyCodeView,
  surveyQuestionsView,
} from '../../../shared/contracts/assessment';
import { http } from '../../app/http';

// Assessment (issue 13): batches, proposals, decisions, survey codes, the distribution, a cadre's history.

export type { BatchView, ProposalView };
export type BatchListItem = z.infer<typeof batchListItem>;
export type ProgressView = z.infer<typeof progressView>;
export type DistributionView = z.infer<typeof distributionView>;
export type HistoryView = z.infer<typeof historyView>;
export type OutcomeView = z.infer<typeof outcomeView>;
export type DecisionView = z.infer<typeof decisionView>;
export type SurveyCodeView = z.infer<typeof surveyCodeView>;
export type SurveyQuestions = z.infer<typeof surveyQuestionsView>;
export type Grade = ProposalView['grade'] & string;
export type Component = 'attendance' | 'performance' | 'summary' | 'villagers' | 'villageCadres';

export const assessmentKeys = {
  all: ['assessment'] as const,
  list: (q: { year?: number; region?: string }) => [...assessmentKeys.all, 'list', q] as const,
  batch: (id: string) => [...assessmentKeys.all, 'batch', id] as const,
  proposals: (id: string) => [...assessmentKeys.all, 'proposals', id] as const,
  progress: (id: string) => [...assessmentKeys.all, 'progress', id] as const,
  distribution: (year: number, region: string) =>
    [...assessmentKeys.all, 'distribution', year, region] as const,
  history: (cadreId: string) => [...assessmentKeys.all, 'history', cadreId] as const,
};

export function useBatches(q: { year?: number; region?: string }) {
  return useQuery({
    queryKey: assessmentKeys.list(q),
    queryFn: ({ signal }) =>
      http
        .get<{ items: BatchListItem[] }>('/api/assessment-batches', { query: q, signal })
        .then((r) => r.items),
  });
}
export function useBatch(id: string) {
  return useQuery({
    queryKey: assessmentKeys.batch(id),
    queryFn: ({ signal }) =>
      http.get<{ batch: BatchView }>(`/api/assessment-batches/${id}`, { signal }).then((r) => r.batch),
  });
}
export function useProposals(id: string) {
  return useQuery({
    queryKey: assessmentKeys.proposals(id),
    queryFn: ({ signal }) => http.get<ProposalView[]>(`/api/assessment-batches/${id}/proposals`, { signal }),
  });
}
export function useProgress(id: string) {
  return useQuery({
    queryKey: assessmentKeys.progress(id),
    queryFn: ({ signal }) => http.get<ProgressView>(`/api/assessment-batches/${id}/progress`, { signal }),
  });
}
export function useDistribution(year: number, region: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.distribution(year, region ?? ''),
    enabled: Boolean(region),
    queryFn: ({ signal }) =>
      http.get<DistributionView>('/api/assessment-distribution', { query: { year, region }, signal }),
  });
}
export function useCadreAssessments(cadreId: string) {
  return useQuery({
    queryKey: assessmentKeys.history(cadreId),
    queryFn: ({ signal }) => http.get<HistoryView>(`/api/cadres/${cadreId}/assessments`, { signal }),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: assessmentKeys.all });
}
export function useOpenBatch() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { kind: 'annual' | 'term_end'; region: string; year: number; unitId?: string }) =>
      http.post<{ batch: BatchView }>('/api/assessment-batches', body).then((r) => r.batch),
    onSuccess: invalidate,
  });
}
export function useDecide(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { cadreId: string; grade: Grade; reason?: string }) =>
      http.post<{ decision: DecisionView }>(`/api/assessment-batches/${batchId}/decisions`, body),
    onSuccess: invalidate,
  });
}
export function useAdjust(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { cadreId: string; component: Component; score: number; reason: string }) =>
      http.post(`/api/assessment-batches/${batchId}/adjustments`, body),
    onSuccess: invalidate,
  });
}
export function usePublish(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => http.post<{ batch: BatchView }>(`/api/assessment-batches/${batchId}/publish`),
    onSuccess: invalidate,
  });
}
export function useIssueCodes(batchId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { villageCode: string; audience: 'villagers' | 'village_cadres'; count: number }) =>
      http.post<{ codes: SurveyCodeView[] }>(`/api/assessment-batches/${batchId}/survey-codes`, body),
    onSuccess: invalidate,
  });
}
export function useRecordOutcome(cadreId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: {
      kind: string;
      on: string;
      basis: string;
      ruleId?: string;
      decisionMaker?: string;
    }) => http.post<{ outcome: OutcomeView }>(`/api/cadres/${cadreId}/outcomes`, body),
    onSuccess: invalidate,
  });
}

export const formUrl = (batchId: string, cadreId: string) =>
  `/api/assessment-batches/${batchId}/subjects/${cadreId}/form.pdf`;
export const codeSheetUrl = (batchId: string, villageCode: string, audience: string) =>
  `/api/assessment-batches/${batchId}/survey-codes.pdf?villageCode=${villageCode}&audience=${audience}`;

// The public survey: no session.
export function useSurvey(code: string) {
  return useQuery({
    queryKey: ['survey', code],
    enabled: code.length > 0,
    retry: false,
    queryFn: ({ signal }) =>
      http.get<SurveyQuestions>(`/api/survey/${encodeURIComponent(code)}`, {
        signal,
        expectUnauthenticated: true,
      }),
  });
}
export function useAnswerSurvey(code: string) {
  return useMutation({
    mutationFn: (answers: number[]) =>
      http.post<{ ok: true }>(`/api/survey/${encodeURIComponent(code)}`, { answers }),
  });
}
