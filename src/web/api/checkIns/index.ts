import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInView, CreateCheckInBody, NoticeView } from '../../../shared/contracts/check-ins';
import { http, isApiError } from '../../app/http';
import type { Page } from '../types';

// Optional evidence check-ins (issue 10 item 8): off unless the province or county switches them on; never
// required, never counted, never ranked (X23-fingertip, X26-apps art. 6). One tap, one position, only when
// the cadre taps; a purpose notice first and readers at township and county level only (PIPL-28).

export type {
  CheckInFlag,
  CheckInView,
  CreateCheckInBody,
  NoticeView,
} from '../../../shared/contracts/check-ins';
export { checkInFlagLabels, checkInFlags } from '../../../shared/contracts/check-ins';

export interface CheckInFilters {
  region?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const checkInKeys = {
  all: ['check-ins'] as const,
  notice: () => [...checkInKeys.all, 'notice'] as const,
  list: (filters: CheckInFilters) => [...checkInKeys.all, 'list', filters] as const,
};

/** The purpose notice (PIPL-28), whether this cadre acknowledged it and whether check-ins are on today. */
export function useCheckInNotice(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: checkInKeys.notice(),
    queryFn: ({ signal }) => http.get<NoticeView>('/api/check-ins/notice', { signal }),
    enabled: options.enabled ?? true,
    retry: false,
  });
}

export function useAcknowledgeNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => http.post<NoticeView>('/api/check-ins/notice', { version }),
    onSuccess: (notice) => queryClient.setQueryData(checkInKeys.notice(), notice),
  });
}

/** Check-ins of the villages in a township's or county's region, newest first within each village. */
export function useCheckIns(filters: CheckInFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: checkInKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<CheckInView>>('/api/check-ins', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    retry: false,
  });
}

// A check-in taken but not yet acknowledged by the server is kept on the phone, with its clientId, until the
// server answers: sending it again after a failed network gives the same record, never a second one.
const pendingKey = (cadreId: string) => `zhucun.checkIn.pending.${cadreId}`;

export function pendingCheckIn(cadreId: string): CreateCheckInBody | null {
  try {
    const raw = localStorage.getItem(pendingKey(cadreId));
    if (!raw) return null;
    const body = JSON.parse(raw) as Partial<CreateCheckInBody>;
    return typeof body.clientId === 'string' && typeof body.deviceTime === 'string'
      ? {
          clientId: body.clientId,
          deviceTime: body.deviceTime,
          lat: body.lat ?? null,
          lng: body.lng ?? null,
          accuracy: body.accuracy ?? null,
        }
      : null;
  } catch {
    return null;
  }
}

function keepPending(cadreId: string, body: CreateCheckInBody) {
  try {
    localStorage.setItem(pendingKey(cadreId), JSON.stringify(body));
  } catch {
    // Private mode without storage: the check-in is still sent once; only a resend cannot be offered.
  }
}

function dropPending(cadreId: string) {
  try {
    localStorage.removeItem(pendingKey(cadreId));
  } catch {
    // Nothing was kept.
  }
}

/** Whether an error leaves the check-in unanswered (no network, a server failure): then it is kept to resend. */
export const unanswered = (e: unknown) => !isApiError(e) || e.status === 0 || e.status >= 500;

/**
 * Sends a check-in: kept in localStorage first, dropped once the server answered (201 new, 200 the same record
 * again, or a refusal such as FEATURE_OFF); kept after a network failure so the next tap resends it unchanged.
 */
export function useCreateCheckIn(cadreId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateCheckInBody) => {
      keepPending(cadreId, body);
      try {
        const answer = await http.post<{ checkIn: CheckInView }>('/api/check-ins', body);
        dropPending(cadreId);
        return answer.checkIn;
      } catch (e) {
        if (!unanswered(e)) dropPending(cadreId);
        throw e;
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...checkInKeys.all, 'list'] }),
  });
}
