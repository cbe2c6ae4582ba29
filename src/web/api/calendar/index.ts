import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LocalDayBody,
  LocalDayView,
  NoticeBody,
  NoticeView,
  YearResult,
} from '../../../shared/contracts/calendar';
import { http } from '../../app/http';

// The work calendar (issue 10 item 2): a year's days from the `chinese-days` package or a State Council notice
// an administrator loaded, with the local days of a region's province, city and county.

export type {
  LocalDayBody,
  LocalDayView,
  NoticeBody,
  NoticeView,
  YearResult as CalendarYear,
} from '../../../shared/contracts/calendar';
export type CalendarDay = YearResult['days'][number];

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number, region: string) => [...calendarKeys.all, 'year', year, region] as const,
  notices: () => [...calendarKeys.all, 'notices'] as const,
  localDays: (region: string, year: number) => [...calendarKeys.all, 'local-days', region, year] as const,
};

/** Every day of the year with its kind; `known` false: neither the package nor a notice lists the year. */
export function useCalendarYear(year: number, region: string | undefined) {
  return useQuery({
    queryKey: calendarKeys.year(year, region ?? ''),
    queryFn: ({ signal }) => http.get<YearResult>(`/api/calendar/${year}`, { query: { region }, signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCalendarNotices() {
  return useQuery({
    queryKey: calendarKeys.notices(),
    queryFn: ({ signal }) =>
      http.get<{ items: NoticeView[] }>('/api/calendar/notices', { signal }).then((r) => r.items),
  });
}

export function useLocalDays(region: string | undefined, year: number) {
  return useQuery({
    queryKey: calendarKeys.localDays(region ?? '', year),
    queryFn: ({ signal }) =>
      http
        .get<{ items: LocalDayView[] }>('/api/calendar/local-days', { query: { region, year }, signal })
        .then((r) => r.items),
    enabled: Boolean(region),
    retry: false,
  });
}

/** A change of the calendar changes working-day counts: leave lengths, ledgers and month figures. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['attendance'] }),
    ]);
}

/** POST /api/calendar/notices — a year's State Council notice as data, validated by the server. */
export function useLoadNotice() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (body: NoticeBody) =>
      http.post<{ notice: NoticeView }>('/api/calendar/notices', body).then((r) => r.notice),
    onSuccess: invalidate,
  });
}

export function useAddLocalDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (body: LocalDayBody) =>
      http.post<{ localDay: LocalDayView }>('/api/calendar/local-days', body).then((r) => r.localDay),
    onSuccess: invalidate,
  });
}

export function useRemoveLocalDay() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: (id: string) =>
      http.delete<{ localDay: LocalDayView }>(`/api/calendar/local-days/${id}`).then((r) => r.localDay),
    onSuccess: invalidate,
  });
}
