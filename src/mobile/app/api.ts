// The phone app's requests: same-origin, the session cookie, the CSRF header every write needs, and the
// answer's language (the server words its refusals in it).
import { getLang } from './i18n';

export class NetworkError extends Error {}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        'X-Requested-With': 'XMLHttpRequest',
        'Accept-Language': getLang() === 'en' ? 'en' : 'zh-CN',
        ...(body !== undefined && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
  } catch {
    throw new NetworkError('offline');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const e = (json ?? {}) as {
      code?: string;
      message?: string;
      details?: { fields?: { field: string; message: string }[] };
    };
    throw new ApiError(res.status, e.code ?? 'ERROR', e.message ?? res.statusText, e.details?.fields ?? []);
  }
  return json as T;
}
