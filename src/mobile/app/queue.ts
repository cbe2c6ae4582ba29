// Actions taken on the phone (issue 11 item 2): each is kept on the device with a client id and sent when the
// signal is there — at once, when the browser says it is back online, and every 30 s while any waits. Its
// state: draft → waiting to send → sent → accepted, or refused with the server's reason (in the app's
// language) and a way to fix and resend. A resend carries the same client id: the server gives back the first
// record (work logs and task progress by their clientId; leave, trips and rest-day stays by the idempotency
// key of the same field; a return report by the leave's state; a half-year report's save is a PUT of its texts
// and its submission is checked against the report's state), so sending twice never makes two records.
import { ApiError, api, NetworkError } from './api';
import { allQueued, deleteQueued, putQueued } from './store';

export type QueueKind =
  | 'leave'
  | 'trip'
  | 'restDay'
  | 'return'
  | 'workLog'
  | 'progress'
  | 'reportSave'
  | 'reportSubmit';
export type QueueState = 'draft' | 'waiting' | 'sent' | 'accepted' | 'refused';

export interface QueueItem {
  /** The client id sent with it. */
  id: string;
  kind: QueueKind;
  state: QueueState;
  body: Record<string, unknown>;
  /** The leave a return reports, the task a progress update is for, the half-year report saved or submitted. */
  target?: string;
  /** A work log's photo, already shrunk and stripped of its metadata. */
  photo?: Blob | null;
  createdAt: string;
  updatedAt: string;
  refusal?: string;
  fields?: { field: string; message: string }[];
  /** What the server answered on acceptance. */
  result?: Record<string, unknown>;
  attempts: number;
}

const listeners = new Set<() => void>();
export const onQueueChange = (f: () => void) => {
  listeners.add(f);
  return () => void listeners.delete(f);
};
const changed = () => {
  for (const f of listeners) f();
};
/** Set when the server no longer knows the session: the cadre signs in again, the queue waits. */
export let needsSignIn = false;
export const signedInAgain = () => {
  needsSignIn = false;
};

async function save(item: QueueItem) {
  await putQueued({ ...item, updatedAt: new Date().toISOString() });
  changed();
}

export const queued = async () =>
  (await allQueued<QueueItem>()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

export const newClientId = () => crypto.randomUUID();

/** Keeps an action: a draft, or waiting to be sent (and tries at once). */
export async function keep(
  item: Pick<QueueItem, 'kind' | 'body'> & Partial<Pick<QueueItem, 'id' | 'target' | 'photo' | 'createdAt'>>,
  state: 'draft' | 'waiting',
): Promise<QueueItem> {
  const now = new Date().toISOString();
  const full: QueueItem = {
    id: item.id ?? newClientId(),
    kind: item.kind,
    body: item.body,
    state,
    createdAt: item.createdAt ?? now,
    updatedAt: now,
    attempts: 0,
    ...(item.target ? { target: item.target } : {}),
    ...(item.photo ? { photo: item.photo } : {}),
  };
  await save(full);
  if (state === 'waiting') void flush();
  return full;
}

export async function discard(id: string) {
  await deleteQueued(id);
  changed();
}

async function send(item: QueueItem): Promise<Record<string, unknown>> {
  const clientId = item.id;
  switch (item.kind) {
    case 'leave': {
      const r = await api<{ leaveRequest: Record<string, unknown> }>('POST', '/api/leave-requests', {
        ...item.body,
        clientId,
      });
      return r.leaveRequest;
    }
    case 'trip':
      return (
        await api<{ trip: Record<string, unknown> }>('POST', '/api/official-trips', {
          ...item.body,
          clientId,
        })
      ).trip;
    case 'restDay':
      return (
        await api<{ stay: Record<string, unknown> }>('POST', '/api/attendance/rest-day-stays', {
          ...item.body,
          clientId,
        })
      ).stay;
    case 'return':
      try {
        return (
          await api<{ leaveRequest: Record<string, unknown> }>(
            'POST',
            `/api/leave-requests/${item.target}/return`,
            item.body,
          )
        ).leaveRequest;
      } catch (e) {
        // Sent before without hearing the answer: the leave is already returned — that was this report.
        if (e instanceof ApiError && e.status === 409) {
          const now = (
            await api<{ leaveRequest: Record<string, unknown> }>('GET', `/api/leave-requests/${item.target}`)
          ).leaveRequest;
          if (now.status === 'returned' && now.returnedOn === item.body.returnedOn) return now;
        }
        throw e;
      }
    case 'progress':
      return (
        await api<{ progress: Record<string, unknown> }>('POST', `/api/tasks/${item.target}/progress`, {
          ...item.body,
          clientId,
        })
      ).progress;
    case 'reportSave':
      // PUT replaces the sections' texts: sending it twice leaves the same report.
      return (
        await api<{ report: Record<string, unknown> }>('PUT', `/api/half-year-reports/${item.target}`, {
          sections: item.body.sections,
        })
      ).report;
    case 'reportSubmit': {
      const sections = (item.body.sections ?? []) as unknown[];
      if (sections.length) await api('PUT', `/api/half-year-reports/${item.target}`, { sections });
      try {
        return (
          await api<{ report: Record<string, unknown> }>(
            'POST',
            `/api/half-year-reports/${item.target}/submit`,
          )
        ).report;
      } catch (e) {
        // Sent before without hearing the answer: the report is already submitted — that was this submission.
        if (e instanceof ApiError && e.status === 409) {
          const now = (
            await api<{ report: Record<string, unknown> }>('GET', `/api/half-year-reports/${item.target}`)
          ).report;
          if (now.status === 'submitted' || now.status === 'reviewed') return now;
        }
        throw e;
      }
    }
    case 'workLog': {
      const log = (
        await api<{ workLog: Record<string, unknown> }>('POST', '/api/work-logs', { ...item.body, clientId })
      ).workLog;
      if (item.photo && !log.hasPhoto) {
        const form = new FormData();
        form.append('file', item.photo, 'photo.jpg');
        return (
          await api<{ workLog: Record<string, unknown> }>('PUT', `/api/work-logs/${log.id}/photo`, form)
        ).workLog;
      }
      return log;
    }
  }
}

const stillProcessing = (e: ApiError) =>
  e.status === 409 && /clientId/.test(e.message) && /处理中|still being/.test(e.message);

let running: Promise<void> | null = null;
/** Sends what waits, oldest first; stops at the first sign that there is no signal. */
export function flush(): Promise<void> {
  running ??= (async () => {
    try {
      for (const item of await queued()) {
        if (item.state !== 'waiting' && item.state !== 'sent') continue;
        if (!navigator.onLine) return;
        const attempt = { ...item, state: 'sent' as const, attempts: item.attempts + 1 };
        await save(attempt);
        try {
          const result = await send(item);
          await save({
            ...attempt,
            state: 'accepted',
            result,
            refusal: undefined,
            fields: undefined,
            photo: null,
          });
        } catch (e) {
          if (e instanceof NetworkError) {
            await save({ ...attempt, state: 'waiting' });
            return;
          }
          if (
            e instanceof ApiError &&
            (e.status === 401 || e.status >= 500 || e.status === 429 || stillProcessing(e))
          ) {
            await save({ ...attempt, state: 'waiting' });
            if (e.status === 401) {
              needsSignIn = true;
              changed();
              return;
            }
            continue;
          }
          const refusal = e instanceof Error ? e.message : String(e);
          await save({
            ...attempt,
            state: 'refused',
            refusal,
            fields: e instanceof ApiError ? e.fields : [],
          });
        }
      }
    } finally {
      running = null;
    }
  })();
  return running;
}
