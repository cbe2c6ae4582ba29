import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConfirmRecallBody,
  confirmRecallResult,
  RecallProposalBody,
  RecallProposalView,
  recallStatuses,
} from '../../../shared/contracts/assignments';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';
import { useInvalidateTenure } from '../assignments';
import type { Page } from '../types';

export type RecallStatus = (typeof recallStatuses)[number];
export type ConfirmRecallResult = z.infer<typeof confirmRecallResult>;
export type { ConfirmRecallBody, RecallProposalBody, RecallProposalView };

/** The dispatching unit confirms a recall the county proposed (P17.5.3-recall; the permission table). */
export const recallConfirmers: Role[] = [...rolesFor('recalls.confirm')];

export interface RecallFilters {
  status?: RecallStatus;
  region?: string;
  page: number;
  pageSize: number;
}

export const recallKeys = {
  all: ['recalls'] as const,
  list: (filters: RecallFilters) => [...recallKeys.all, 'list', filters] as const,
};

export function useRecallProposals(filters: RecallFilters) {
  return useQuery({
    queryKey: recallKeys.list(filters),
    queryFn: ({ signal }) =>
      http.get<Page<RecallProposalView>>('/api/recall-proposals', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The leading group (or organisation department) proposes recalling a cadre on post, with reasons. */
export function useProposeRecall() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: RecallProposalBody }) =>
      http
        .post<{ proposal: RecallProposalView }>(`/api/assignments/${assignmentId}/recall-proposals`, body)
        .then((r) => r.proposal),
    onSuccess: invalidate,
  });
}

/** The cadre's unit confirms: the term ends `recalled` and the village's need reopens. */
export function useConfirmRecall() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ConfirmRecallBody }) =>
      http.post<ConfirmRecallResult>(`/api/recall-proposals/${id}/confirm`, body ?? {}),
    onSuccess: invalidate,
  });
}

/** The proposing office withdraws its proposal while the unit has not answered (issue 9). */
export function useWithdrawRecall() {
  const invalidate = useInvalidateTenure();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      http
        .post<{ proposal: RecallProposalView }>(
          `/api/recall-proposals/${id}/withdraw`,
          reason ? { reason } : {},
        )
        .then((r) => r.proposal),
    onSuccess: invalidate,
  });
}
