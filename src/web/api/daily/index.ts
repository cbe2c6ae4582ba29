// Daily management (issue 12 items 2–6): team-leader meetings, talks, discipline records, the three handover
// lists, to-dos and notifications. Every request goes through here.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DisciplineBody,
  DisciplineView,
  HandoverBody,
  HandoverView,
  handoverOfAssignment,
  MeetingBody,
  MeetingView,
  notificationList,
  OverdueResult,
  ScheduleMeetingBody,
  TalkBody,
  TalkView,
  talksDue,
} from '../../../shared/contracts/daily';
import type { Role } from '../../../shared/dictionaries';
import { rolesFor } from '../../../shared/permissions';
import { http } from '../../app/http';
import type { Page } from '../types';

export type { DisciplineView, HandoverView, MeetingView, OverdueResult, TalkView };
export type HandoverOfAssignment = z.infer<typeof handoverOfAssignment>;
export type NotificationList = z.infer<typeof notificationList>;
export type TalksDue = z.infer<typeof talksDue>;
export interface TodoItem {
  kind: string;
  title: string;
  href: string;
  due?: string;
  ruleId?: string;
}

export const meetingReaders: Role[] = [...rolesFor('meetings.read')];
export const meetingRecorders: Role[] = [...rolesFor('meetings.record')];
export const talkReaders: Role[] = [...rolesFor('talks.read')];
export const talkRecorders: Role[] = [...rolesFor('talks.record')];
export const disciplineReaders: Role[] = [...rolesFor('discipline.read')];
export const disciplineRecorders: Role[] = [...rolesFor('discipline.record')];

export const dailyKeys = {
  all: ['daily'] as const,
  todos: ['daily', 'todos'] as const,
  notifications: ['daily', 'notifications'] as const,
  meetings: (f: object) => ['daily', 'meetings', f] as const,
  overdue: ['daily', 'overdue'] as const,
  talks: (f: object) => ['daily', 'talks', f] as const,
  talksDue: ['daily', 'talksDue'] as const,
  discipline: (f: object) => ['daily', 'discipline', f] as const,
  disciplineOne: (id: string) => ['daily', 'discipline', 'one', id] as const,
  handover: (id: string) => ['daily', 'handover', id] as const,
  villageHandovers: (code: string) => ['daily', 'villageHandovers', code] as const,
};

function useInvalidateDaily() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: dailyKeys.all });
}

// ── To-dos and notifications ──
export const useTodos = () =>
  useQuery({
    queryKey: dailyKeys.todos,
    queryFn: ({ signal }) => http.get<{ items: TodoItem[] }>('/api/todos', { signal }),
  });

export const useNotifications = () =>
  useQuery({
    queryKey: dailyKeys.notifications,
    queryFn: ({ signal }) => http.get<NotificationList>('/api/notifications', { signal }),
    refetchInterval: 60_000,
  });

export function useReadNotification() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (id: string) => http.post<{ unread: number }>(`/api/notifications/${id}/read`),
    onSuccess: invalidate,
  });
}
export function useReadAllNotifications() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: () => http.post<{ unread: number }>('/api/notifications/read-all'),
    onSuccess: invalidate,
  });
}

// ── Meetings (P17.4.2-meeting) ──
export const useMeetings = (f: { status?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: dailyKeys.meetings(f),
    queryFn: ({ signal }) => http.get<Page<MeetingView>>('/api/leader-meetings', { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useOverdueMeetings = () =>
  useQuery({
    queryKey: dailyKeys.overdue,
    queryFn: ({ signal }) => http.get<OverdueResult>('/api/leader-meetings/overdue', { signal }),
  });
export function useRecordMeeting() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (body: MeetingBody) => http.post<{ meeting: MeetingView }>('/api/leader-meetings', body),
    onSuccess: invalidate,
  });
}
export function useScheduleMeeting() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (body: ScheduleMeetingBody) =>
      http.post<{ meeting: MeetingView }>('/api/leader-meetings/scheduled', body),
    onSuccess: invalidate,
  });
}

// ── Talks (P21.6-talk) ──
export const useTalks = (f: { cadreId?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: dailyKeys.talks(f),
    queryFn: ({ signal }) => http.get<Page<TalkView>>('/api/talks', { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useTalksDue = (enabled: boolean) =>
  useQuery({
    queryKey: dailyKeys.talksDue,
    queryFn: ({ signal }) => http.get<TalksDue>('/api/talks/due', { signal }),
    enabled,
  });
export function useRecordTalk() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (body: TalkBody) => http.post<{ talk: TalkView }>('/api/talks', body),
    onSuccess: invalidate,
  });
}

// ── Discipline (P21.5-discipline) ──
export const useDisciplineRecords = (f: { cadreId?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: dailyKeys.discipline(f),
    queryFn: ({ signal }) =>
      http.get<Page<DisciplineView>>('/api/discipline-records', { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useDisciplineRecord = (id: string) =>
  useQuery({
    queryKey: dailyKeys.disciplineOne(id),
    queryFn: ({ signal }) =>
      http.get<{ record: DisciplineView }>(`/api/discipline-records/${id}`, { signal }),
  });
export function useRecordDiscipline() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (body: DisciplineBody) =>
      http.post<{ record: DisciplineView }>('/api/discipline-records', body),
    onSuccess: invalidate,
  });
}
export function useDisciplineStatement() {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: ({ id, statement }: { id: string; statement: string }) =>
      http.post<{ record: DisciplineView }>(`/api/discipline-records/${id}/statement`, { statement }),
    onSuccess: invalidate,
  });
}

// ── The three handover lists (P21.5-rotate) ──
export const useHandover = (assignmentId: string) =>
  useQuery({
    queryKey: dailyKeys.handover(assignmentId),
    queryFn: ({ signal }) =>
      http.get<HandoverOfAssignment>(`/api/assignments/${assignmentId}/handover`, { signal }),
  });
export const useVillageHandovers = (code: string) =>
  useQuery({
    queryKey: dailyKeys.villageHandovers(code),
    queryFn: ({ signal }) =>
      http.get<{ items: HandoverView[] }>(`/api/villages/${code}/handovers`, { signal }),
  });
export function usePrepareHandover(assignmentId: string) {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: (body: HandoverBody) =>
      http.put<HandoverOfAssignment>(`/api/assignments/${assignmentId}/handover`, body),
    onSuccess: invalidate,
  });
}
export function useConfirmHandover(assignmentId: string) {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: () => http.post<HandoverOfAssignment>(`/api/assignments/${assignmentId}/handover/confirm`),
    onSuccess: invalidate,
  });
}
export function useMoveTasks(assignmentId: string) {
  const invalidate = useInvalidateDaily();
  return useMutation({
    mutationFn: () =>
      http.post<HandoverOfAssignment & { moved: number }>(
        `/api/assignments/${assignmentId}/handover/move-tasks`,
      ),
    onSuccess: invalidate,
  });
}

/** Cadres on post in a region today (attendees of a meeting, the cadre of a talk or a record). */
export const useStationed = (region: string | undefined) =>
  useQuery({
    queryKey: ['daily', 'stationed', region],
    queryFn: ({ signal }) =>
      http.get<
        Page<{ id: string; cadreId: string; cadreName: string; villageName: string; teamRole: string }>
      >('/api/assignments', { query: { region, active: true, pageSize: 500 }, signal }),
    enabled: !!region,
  });
