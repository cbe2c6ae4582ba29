import type { Lang } from '../../../shared/errors';
import { ApiError, type QueryParams } from '../../app/http';

// File transfers need what fetch cannot give: upload progress. They follow the conventions of app/http.ts
// (same-origin cookie, X-Requested-With on POST, Accept-Language, the { code, message, details } error body).

export interface Progress {
  /** 0–100 while the size is known; undefined while it is not. */
  percent: number | undefined;
  /** 'upload': the file is going up; 'server': sent, waiting for the answer; 'download': the answer coming in. */
  phase: 'upload' | 'server' | 'download';
}

export interface TransferOptions {
  query?: QueryParams;
  lang: Lang;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export function urlWithQuery(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const networkMessage = {
  zh: '无法连接服务器，请检查网络后重试',
  en: 'Cannot reach the server; check the network and try again',
};

async function errorOf(xhr: XMLHttpRequest): Promise<ApiError> {
  let body: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } = {};
  try {
    const text = xhr.response instanceof Blob ? await xhr.response.text() : String(xhr.responseText ?? '');
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  return new ApiError(
    xhr.status,
    typeof body.code === 'string' ? body.code : `HTTP_${xhr.status}`,
    typeof body.message === 'string' ? body.message : `${xhr.status} ${xhr.statusText}`,
    body.details,
    typeof body.requestId === 'string' ? body.requestId : undefined,
  );
}

function send<T>(
  method: 'GET' | 'POST',
  path: string,
  body: FormData | undefined,
  responseType: 'json' | 'blob',
  options: TransferOptions,
): Promise<{ data: T; filename: string | undefined }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, urlWithQuery(path, options.query));
    xhr.withCredentials = true;
    xhr.responseType = responseType === 'blob' ? 'blob' : 'text';
    xhr.setRequestHeader('Accept', responseType === 'json' ? 'application/json' : '*/*');
    xhr.setRequestHeader('Accept-Language', options.lang === 'en' ? 'en' : 'zh-CN');
    // CSRF defence of the API: every state-changing request carries this header (foundation contract).
    if (method === 'POST') xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    const report = options.onProgress;
    if (report) {
      xhr.upload.onprogress = (e) =>
        report({
          phase: 'upload',
          percent: e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : undefined,
        });
      xhr.upload.onload = () => report({ phase: 'server', percent: 100 });
      xhr.onprogress = (e) =>
        report({
          phase: 'download',
          percent: e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : undefined,
        });
      report({ phase: body ? 'upload' : 'server', percent: body ? 0 : undefined });
    }
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onerror = () =>
      reject(new ApiError(0, 'NETWORK', networkMessage[options.lang], undefined, undefined));
    xhr.onload = async () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(await errorOf(xhr));
        return;
      }
      const disposition = xhr.getResponseHeader('content-disposition') ?? '';
      const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
      const filename = star?.[1] ? decodeURIComponent(star[1]) : undefined;
      try {
        const data = (responseType === 'blob' ? xhr.response : JSON.parse(xhr.responseText)) as T;
        resolve({ data, filename });
      } catch {
        reject(new ApiError(xhr.status, 'BAD_RESPONSE', networkMessage[options.lang], undefined, undefined));
      }
    };
    xhr.send(body ?? null);
  });
}

/** Sends one file as multipart field `file` and answers the JSON the API gives back. */
export async function uploadFile<T>(
  path: string,
  file: Blob,
  name: string,
  options: TransferOptions,
): Promise<T> {
  const form = new FormData();
  form.append('file', file, name);
  return (await send<T>('POST', path, form, 'json', options)).data;
}

/** Fetches a file (an export or a template) with progress and hands it to the browser to save. */
export async function downloadFile(
  path: string,
  fallbackName: string,
  options: TransferOptions,
): Promise<string> {
  const { data, filename } = await send<Blob>('GET', path, undefined, 'blob', options);
  const name = filename ?? fallbackName;
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
