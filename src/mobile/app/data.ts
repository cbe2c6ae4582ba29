// The cadre's own data (issue 11 item 2): read from the server when there is signal and kept on the device;
// without signal the kept copy is shown with the time it was read.
import type { SessionInfo } from '../../shared/contracts/session';
import { ApiError, api, NetworkError } from './api';
import { getData, putData } from './store';

export interface Loaded<T> {
  value: T | undefined;
  /** When the shown value was read from the server. */
  at: string | undefined;
  offline: boolean;
}

export async function cachedGet<T>(key: string, url: string): Promise<Loaded<T>> {
  try {
    const value = await api<T>('GET', url);
    await putData(key, value);
    return { value, at: new Date().toISOString(), offline: false };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw e;
    const kept = await getData<T>(key);
    return { value: kept?.value, at: kept?.at, offline: e instanceof NetworkError };
  }
}

/** Today in China (the work calendar's day), YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export interface LedgerDay {
  date: string;
  dayKind: 'working' | 'rest' | 'holiday';
  status: string;
  countsInVillage: boolean;
  future: boolean;
}
export interface Ledger {
  days: LedgerDay[];
  summary: {
    workingDays: number;
    daysInVillage: number;
    leaveDays: number;
    tripDays: number;
    trainingDays: number;
    minimumDays: number | null;
    meetsMinimum: boolean | null;
    minimumCountedPer: 'month' | 'year';
    unknownCalendarYear: boolean;
  };
}
export interface Leave {
  id: string;
  kind: string;
  startOn: string;
  endOn: string;
  status: string;
  workingDays: number;
  approver: 'township' | 'county';
  overdue: boolean;
  returnedOn: string | null;
  reason: string;
}
export interface Task {
  id: string;
  duty: string;
  title: string;
  target: string | null;
  ownerCadreId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  status: 'open' | 'done' | 'dropped';
  latestProgress: { percent: number; note: string; on: string } | null;
  mayWrite: boolean;
}
export interface TaskList {
  items: Task[];
  team: { cadreId: string; name: string; teamRole: string }[];
}
export interface WorkLog {
  id: string;
  on: string;
  kind: string;
  duty: string;
  text: string;
  taskTitle: string | null;
  householdsVisited: number | null;
  hasPhoto: boolean;
}
export interface Duty {
  key: string;
  zh: string;
  en: string;
  ruleId: string;
}
export interface Trip {
  id: string;
  kind: 'trip' | 'training';
  startOn: string;
  endOn: string;
  destination: string;
  status: string;
}
/** A half-year report as the list answers it (issue 12 item 1): what the home needs to say one is due. */
export interface ReportSummary {
  id: string;
  assignmentId: string;
  period: string;
  status: 'draft' | 'submitted' | 'reviewed';
  dueOn: string;
  late: boolean;
}
export interface MyData {
  trips: Loaded<{ items: Trip[] }>;
  ledger: Loaded<Ledger>;
  leaves: Loaded<{ items: Leave[] }>;
  tasks: Loaded<TaskList>;
  logs: Loaded<{ items: WorkLog[]; total: number }>;
  duties: Loaded<{ duties: Duty[]; ruleId: string }>;
  settings: Loaded<{ parameters: { key: string; value: unknown }[] }>;
  absences: Loaded<{ items: { id: string; on: string }[] }>;
  reports: Loaded<{ items: ReportSummary[] }>;
}

export const sessionKey = 'session';
export const getSession = () => cachedGet<SessionInfo>(sessionKey, '/api/session');

/** Everything the home page and the forms need, read together. */
export async function loadMine(session: SessionInfo): Promise<MyData> {
  const day = today();
  const village = session.cadreAssignment?.villageCode;
  const none = <T>(): Promise<Loaded<T>> =>
    Promise.resolve({ value: undefined, at: undefined, offline: false });
  const [trips, ledger, leaves, tasks, logs, duties, settings, absences, reports] = await Promise.all([
    cachedGet<{ items: Trip[] }>('trips', '/api/official-trips?pageSize=20'),
    cachedGet<Ledger>('ledger', `/api/attendance/ledger?month=${day.slice(0, 7)}`),
    cachedGet<{ items: Leave[] }>('leaves', '/api/leave-requests?pageSize=50'),
    village ? cachedGet<TaskList>('tasks', `/api/villages/${village}/tasks`) : none<TaskList>(),
    cachedGet<{ items: WorkLog[]; total: number }>(
      'logs',
      `/api/work-logs?pageSize=20${session.cadreId ? `&cadreId=${session.cadreId}` : ''}`,
    ),
    cachedGet<{ duties: Duty[]; ruleId: string }>('duties', `/api/duties?date=${day}`),
    village
      ? cachedGet<{ parameters: { key: string; value: unknown }[] }>(
          'settings',
          `/api/settings/effective?region=${village}&date=${day}`,
        )
      : none<{ parameters: { key: string; value: unknown }[] }>(),
    cachedGet<{ items: { id: string; on: string }[] }>(
      'absences',
      '/api/verifications?outcome=awaiting_explanation',
    ),
    session.cadreId
      ? cachedGet<{ items: ReportSummary[] }>(
          'reports',
          `/api/half-year-reports?cadreId=${session.cadreId}&pageSize=20`,
        )
      : none<{ items: ReportSummary[] }>(),
  ]);
  return { trips, ledger, leaves, tasks, logs, duties, settings, absences, reports };
}

/** The kept copy of everything, read from the device alone: the first screen never waits for the network. */
export async function keptMine(): Promise<MyData> {
  const kept = async <T>(key: string): Promise<Loaded<T>> => {
    const k = await getData<T>(key);
    return { value: k?.value, at: k?.at, offline: false };
  };
  const [trips, ledger, leaves, tasks, logs, duties, settings, absences, reports] = await Promise.all([
    kept<{ items: Trip[] }>('trips'),
    kept<Ledger>('ledger'),
    kept<{ items: Leave[] }>('leaves'),
    kept<TaskList>('tasks'),
    kept<{ items: WorkLog[]; total: number }>('logs'),
    kept<{ duties: Duty[]; ruleId: string }>('duties'),
    kept<{ parameters: { key: string; value: unknown }[] }>('settings'),
    kept<{ items: { id: string; on: string }[] }>('absences'),
    kept<{ items: ReportSummary[] }>('reports'),
  ]);
  return { trips, ledger, leaves, tasks, logs, duties, settings, absences, reports };
}

export const parameter = <T>(data: MyData | undefined, key: string, fallback: T): T =>
  (data?.settings.value?.parameters.find((p) => p.key === key)?.value as T | undefined) ?? fallback;
