import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AlertView,
  CreateLeaveBody,
  CreateTripBody,
  CreateVerificationBody,
  LeaveRequestView,
  LeaveStatus,
  LeaveStep,
  LedgerView,
  SummaryView,
  TodayView,
  TripStatus,
  TripView,
  VerificationView,
} from '../../../shared/contracts/attendance';
import type { SessionInfo } from '../../../shared/contracts/session';
import type { Lang } from '../../../shared/errors';
import { http } from '../../app/http';
import { downloadFile, type Progress } from '../imports/transfer';
import type { Page } from '../types';

// The attendance API (issue 10 items 4–7 and 9): the ledger by exception, leave (请销假), official trips and
// training, verifications by people, the on-post board and the monthly attendance sheet (考勤汇总表).

export type {
  AbsenceOutcome,
  AlertView,
  CreateLeaveBody as LeaveRequestBody,
  CreateTripBody as OfficialTripBody,
  CreateVerificationBody as VerificationBody,
  DayKindView as DayKind,
  DayStatus,
  LeaveApprover,
  LeaveKind,
  LeaveRequestView,
  LeaveStatus,
  LeaveStep,
  LedgerDay,
  LedgerView as Ledger,
  MonthSummary,
  StatusCounts,
  SummaryRow,
  SummaryView as AttendanceSummary,
  TodayView as TodayBoard,
  TripKind,
  TripStatus,
  TripView,
  VerificationFinding,
  VerificationMethod,
  VerificationView,
} from '../../../shared/contracts/attendance';
export { leaveKinds, leaveStatuses, tripKinds, tripStatuses } from '../../../shared/contracts/attendance';

export interface LeaveFilters {
  status?: LeaveStatus;
  region?: string;
  cadreId?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface TripFilters {
  status?: TripStatus;
  kind?: 'trip' | 'training';
  region?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const attendanceKeys = {
  all: ['attendance'] as const,
  ledger: (cadreId: string, month: string) => [...attendanceKeys.all, 'ledger', cadreId, month] as const,
  leave: (filters: LeaveFilters) => [...attendanceKeys.all, 'leave', filters] as const,
  trips: (filters: TripFilters) => [...attendanceKeys.all, 'trips', filters] as const,
  summary: (region: string, month: string) => [...attendanceKeys.all, 'summary', region, month] as const,
  today: (region: string) => [...attendanceKeys.all, 'today', region] as const,
};

/** One cadre's month: every day with its status and where it came from, and the month's figures. */
export function useLedger(cadreId: string | null | undefined, month: string) {
  return useQuery({
    queryKey: attendanceKeys.ledger(cadreId ?? '', month),
    queryFn: ({ signal }) =>
      http.get<LedgerView>('/api/attendance/ledger', { query: { cadreId, month }, signal }),
    enabled: Boolean(cadreId),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The ledgers of several months at once (a leave across a month's end counts its working days in both). */
export function fetchLedger(cadreId: string, month: string, signal?: AbortSignal) {
  return http.get<LedgerView>('/api/attendance/ledger', { query: { cadreId, month }, signal });
}

export function useLeaveRequests(filters: LeaveFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: attendanceKeys.leave(filters),
    queryFn: ({ signal }) =>
      http.get<Page<LeaveRequestView>>('/api/leave-requests', {
        query: { ...filters, overdue: filters.overdue ? true : undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The month's summary; `paging` asks for one page of rows (the totals are always the whole region's). */
export function useAttendanceSummary(
  region: string | undefined,
  month: string,
  paging?: { page: number; pageSize: number },
) {
  return useQuery({
    queryKey: [...attendanceKeys.summary(region ?? '', month), paging?.page, paging?.pageSize],
    queryFn: ({ signal }) =>
      http.get<SummaryView>('/api/attendance/summary', { query: { region, month, ...paging }, signal }),
    enabled: Boolean(region),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The monthly attendance sheet as the office files it (考勤汇总表): one row per cadre, one column per day. */
export const downloadAttendanceSheet = (
  region: string,
  month: string,
  lang: Lang,
  onProgress?: (p: Progress) => void,
) =>
  downloadFile('/api/attendance/summary.xlsx', `考勤汇总表-${region}-${month}.xlsx`, {
    query: { region, month },
    lang,
    onProgress,
  });

export function useOnPostToday(region: string | undefined) {
  return useQuery({
    queryKey: attendanceKeys.today(region ?? ''),
    queryFn: ({ signal }) => http.get<TodayView>('/api/attendance/today', { query: { region }, signal }),
    enabled: Boolean(region),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The provincial parameters in force for a region on a date (the settings module's reader). */
export { useEffectiveParameters as useEffectiveSettings } from '../settings';

/** Every attendance query may change after a step (a leave approved changes the ledger and the board). */
function useInvalidateAttendance() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: attendanceKeys.all });
}

export function useAskLeave() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: CreateLeaveBody) =>
      http.post<{ leaveRequest: LeaveRequestView }>('/api/leave-requests', body).then((r) => r.leaveRequest),
    onSuccess: invalidate,
  });
}

/** One step of the leave workflow (P17.4.2-leave): approve {note?}, reject {reason}, cancel, return {returnedOn}. */
export function useLeaveStep() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: ({ id, step, body }: { id: string; step: LeaveStep; body?: Record<string, string> }) =>
      http
        .post<{ leaveRequest: LeaveRequestView }>(`/api/leave-requests/${id}/${step}`, body ?? {})
        .then((r) => r.leaveRequest),
    onSuccess: invalidate,
  });
}

/** 报备出差/培训: answers the trip, `reported` at once or `pending` the township where the settings ask. */
export function useReportTrip() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: CreateTripBody) =>
      http.post<{ trip: TripView }>('/api/official-trips', body).then((r) => r.trip),
    onSuccess: invalidate,
  });
}

/** Trips and training of the user's region (the township sees what is reported and what waits for it). */
export function useTrips(filters: TripFilters) {
  return useQuery({
    queryKey: attendanceKeys.trips(filters),
    queryFn: ({ signal }) =>
      http.get<Page<TripView>>('/api/official-trips', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The township's decision on a trip waiting for approval (tripNeedsApproval): approve {note?}, reject {reason}. */
export function useTripStep() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: ({
      id,
      step,
      body,
    }: {
      id: string;
      step: 'approve' | 'reject';
      body: Record<string, string>;
    }) => http.post<{ trip: TripView }>(`/api/official-trips/${id}/${step}`, body).then((r) => r.trip),
    onSuccess: invalidate,
  });
}

/** 休息日在村: one tap, the cadre stayed in the village on a rest day. */
export function useRestDayStay() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: { assignmentId: string; on: string }) =>
      http.post<unknown>('/api/attendance/rest-day-stays', body),
    onSuccess: invalidate,
  });
}

export function useRecordVerification() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (body: CreateVerificationBody) =>
      http.post<{ verification: VerificationView }>('/api/verifications', body).then((r) => r.verification),
    onSuccess: invalidate,
  });
}

/** The cadre explains an absence a verification found (issue 10 item 7). */
export function useExplainAbsence() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: ({ id, explanation }: { id: string; explanation: string }) =>
      http.post<unknown>(`/api/verifications/${id}/explanation`, { explanation }),
    onSuccess: invalidate,
  });
}

/** The township accepts an explanation (the day is excused) or not (it stays absent); audited both ways. */
export function useDecideExplanation() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: ({ id, accept, reason }: { id: string; accept: boolean; reason: string }) =>
      http
        .post<{ verification: VerificationView }>(
          `/api/verifications/${id}/${accept ? 'excuse' : 'refuse-excuse'}`,
          { reason },
        )
        .then((r) => r.verification),
    onSuccess: invalidate,
  });
}

export interface VerificationFilters {
  region?: string;
  cadreId?: string;
  finding?: 'present' | 'absent';
  page: number;
  pageSize: number;
}

export function useVerifications(filters: VerificationFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...attendanceKeys.all, 'verifications', filters] as const,
    queryFn: ({ signal }) =>
      http.get<Page<VerificationView>>('/api/verifications', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The cadre's assignment on post today, as the session names it for a cadre's own account (issue 10 item 3). */
export type OwnAssignment = NonNullable<SessionInfo['cadreAssignment']>;

/** The cadre record and current assignment a signed-in cadre acts for (null for office roles). */
export function ownCadre(session: SessionInfo): { cadreId: string | null; assignment: OwnAssignment | null } {
  return { cadreId: session.cadreId ?? null, assignment: session.cadreAssignment ?? null };
}

/** YYYY-MM of a YYYY-MM-DD date, and month arithmetic on YYYY-MM. */
export const monthOf = (date: string) => date.slice(0, 7);
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
/** Every month a date range touches, first to last. */
export function monthsSpanned(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to) && out.length < 24; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/** 待办/提醒: alerts for the signed-in user (an absence found, an overdue return, a recall review, an explanation). */
export function useAttendanceAlerts(filters: {
  region?: string;
  unread?: boolean;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: [...attendanceKeys.all, 'alerts', filters] as const,
    queryFn: ({ signal }) =>
      http.get<Page<AlertView>>('/api/attendance/alerts', {
        query: { ...filters, unread: filters.unread ? true : undefined },
        signal,
      }),
    retry: false,
  });
}

export function useReadAlert() {
  const invalidate = useInvalidateAttendance();
  return useMutation({
    mutationFn: (id: string) => http.post<{ ok: true }>(`/api/attendance/alerts/${id}/read`, {}),
    onSuccess: invalidate,
  });
}
