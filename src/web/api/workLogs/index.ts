import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DutiesAnswer, DutyKey } from '../../../shared/contracts/duties';
import type {
  CloseTaskBody,
  CreateProgressBody,
  CreateTaskBody,
  ProgressView,
  TaskList,
  TaskStatus,
  TaskView,
  UpdateTaskBody,
} from '../../../shared/contracts/village-tasks';
import type { CreateWorkLogBody, WorkLogKind, WorkLogView } from '../../../shared/contracts/work-logs';
import type { Lang } from '../../../shared/errors';
import { ApiError, http } from '../../app/http';
import { downloadFile, type Progress } from '../imports/transfer';
import type { Page } from '../types';

// Work logs (驻村日志, issue 11 item 5) and the village's task list (细化任务清单, issue 11 item 6; P21.4-list).
// No quota and no score (X19-burden, X24-rules): the pages list what happened, they never count per cadre.

export type { DutiesAnswer, DutyKey, DutyView } from '../../../shared/contracts/duties';
export { dutyKeys, dutyLabels } from '../../../shared/contracts/duties';
export type {
  ProgressView,
  TaskList,
  TaskStatus,
  TaskView,
} from '../../../shared/contracts/village-tasks';
export { taskStatuses, taskStatusLabels } from '../../../shared/contracts/village-tasks';
export type { CreateWorkLogBody, WorkLogKind, WorkLogView } from '../../../shared/contracts/work-logs';
export {
  HOUSEHOLDS_VISITED_MAX,
  WORK_LOG_PHOTO_MAX_BYTES,
  workLogKindLabels,
  workLogKinds,
} from '../../../shared/contracts/work-logs';

export interface WorkLogFilters {
  cadreId?: string;
  villageCode?: string;
  from?: string;
  to?: string;
  duty?: DutyKey;
  kind?: WorkLogKind;
  page: number;
  pageSize: number;
}

export const workLogKeys = {
  all: ['work-logs'] as const,
  list: (f: WorkLogFilters) => [...workLogKeys.all, 'list', f] as const,
  duties: (date: string | undefined) => ['duties', date ?? 'today'] as const,
};
export const taskKeys = {
  all: ['village-tasks'] as const,
  village: (code: string, f: { status?: TaskStatus; duty?: DutyKey }) =>
    [...taskKeys.all, 'village', code, f] as const,
  one: (id: string) => [...taskKeys.all, 'one', id] as const,
};

/** The duties in force on a date (P21.4 from 2021-05-11, the ten tasks of P17.3 before). */
export function useDuties(date?: string) {
  return useQuery({
    queryKey: workLogKeys.duties(date),
    queryFn: ({ signal }) => http.get<DutiesAnswer>('/api/duties', { query: { date }, signal }),
    staleTime: 3_600_000,
  });
}

export function useWorkLogs(filters: WorkLogFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: workLogKeys.list(filters),
    queryFn: ({ signal }) => http.get<Page<WorkLogView>>('/api/work-logs', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    retry: false,
  });
}

export function useCreateWorkLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkLogBody) => http.post<{ workLog: WorkLogView }>('/api/work-logs', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workLogKeys.all }),
  });
}

/** Attaches (or replaces) the log's one photo: multipart field `file`; the server strips its metadata. */
export async function uploadWorkLogPhoto(
  id: string,
  file: Blob,
  name: string,
  lang: Lang,
): Promise<WorkLogView> {
  const form = new FormData();
  form.append('file', file, name);
  const res = await fetch(`/api/work-logs/${id}/photo`, {
    method: 'PUT',
    body: form,
    credentials: 'same-origin',
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      Accept: 'application/json',
      'Accept-Language': lang === 'en' ? 'en' : 'zh-CN',
    },
  });
  const body = (await res.json().catch(() => ({}))) as {
    workLog?: WorkLogView;
    code?: string;
    message?: string;
  };
  if (!res.ok || !body.workLog)
    throw new ApiError(
      res.status,
      body.code ?? `HTTP_${res.status}`,
      body.message ?? res.statusText,
      undefined,
      undefined,
    );
  return body.workLog;
}

export const workLogPhotoUrl = (id: string) => `/api/work-logs/${id}/photo`;

/** 驻村工作日志.xlsx: the logs of the filter, as listed. */
export const downloadWorkLogs = (
  filters: Omit<WorkLogFilters, 'page' | 'pageSize'>,
  lang: Lang,
  onProgress?: (p: Progress) => void,
) => downloadFile('/api/work-logs.xlsx', '驻村工作日志.xlsx', { query: { ...filters }, lang, onProgress });

export function useVillageTasks(code: string | undefined, f: { status?: TaskStatus; duty?: DutyKey } = {}) {
  return useQuery({
    queryKey: taskKeys.village(code ?? '', f),
    queryFn: ({ signal }) => http.get<TaskList>(`/api/villages/${code}/tasks`, { query: { ...f }, signal }),
    enabled: Boolean(code),
    retry: false,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: taskKeys.one(id ?? ''),
    queryFn: ({ signal }) =>
      http.get<{ task: TaskView; progress: ProgressView[] }>(`/api/tasks/${id}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

function useTaskMutation<A>(fn: (a: A) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

export const useCreateTask = (code: string) =>
  useTaskMutation((body: CreateTaskBody) =>
    http.post<{ task: TaskView }>(`/api/villages/${code}/tasks`, body),
  );
export const useUpdateTask = () =>
  useTaskMutation(({ id, ...body }: UpdateTaskBody & { id: string }) =>
    http.patch<{ task: TaskView }>(`/api/tasks/${id}`, body),
  );
export const useCloseTask = () =>
  useTaskMutation(({ id, ...body }: CloseTaskBody & { id: string }) =>
    http.post<{ task: TaskView }>(`/api/tasks/${id}/close`, body),
  );
export const useAddProgress = () =>
  useTaskMutation(({ id, ...body }: CreateProgressBody & { id: string }) =>
    http.post<{ progress: ProgressView }>(`/api/tasks/${id}/progress`, body),
  );
