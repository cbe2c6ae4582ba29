import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AppError,
  type LocalisedText,
  localise,
  splitBilingual,
  statusOf,
  validation,
} from '../../shared/errors';
import { isUnsafeText, languageOf, UNSAFE, unsafeTextMessage } from '../http/text';

export { isUnsafeText, languageOf, unsafeTextMessage };

const zhErrors = z.locales.zhCN().localeError;
const enErrors = z.locales.en().localeError;

const text = (r: unknown): string =>
  typeof r === 'string' ? r : typeof r === 'object' && r && 'message' in r ? String(r.message) : '';

/** A request part that failed its Zod schema; keeps the issues so messages can be localised. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('request validation failed');
  }
}

export const zodValidatorCompiler =
  ({ schema, httpPart }: { schema: unknown; httpPart?: string }) =>
  (data: unknown) => {
    // A missing body is an empty one: a bodiless POST to an action, or each required field named as missing.
    const result = (schema as z.ZodType).safeParse(httpPart === 'body' && data == null ? {} : data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const MAX_UNSAFE_FIELDS = 20;
/** A name safe to echo back in a message (the bad characters shown as U+FFFD). */
const shown = (s: string) => Array.from(s.replace(UNSAFE_ALL, '\uFFFD')).slice(0, 100).join('');

/**
 * Paths (`a.b.0`, as Zod names fields) of every string or object key holding unsafe text in a parsed value.
 * Iterative, and each node points at its parent instead of copying its path, so a body nested 500,000 deep
 * costs one pass, not a stack overflow or quadratic time.
 */
export function unsafeTextPaths(value: unknown, prefix: readonly string[] = []): string[] {
  interface Node {
    v: unknown;
    key: string | undefined;
    parent: Node | undefined;
  }
  const pathOf = (node: Node | undefined, last?: string) => {
    const keys: string[] = last === undefined ? [] : [last];
    for (let n = node; n; n = n.parent) if (n.key !== undefined) keys.push(n.key);
    const path = [...prefix, ...keys.reverse()].map(shown).join('.') || 'body';
    return path.length > 200 ? `${path.slice(0, 200)}…` : path;
  };
  const out: string[] = [];
  const stack: Node[] = [{ v: value, key: undefined, parent: undefined }];
  while (stack.length > 0 && out.length < MAX_UNSAFE_FIELDS) {
    const node = stack.pop()!;
    const v = node.v;
    if (typeof v === 'string') {
      if (isUnsafeText(v)) out.push(pathOf(node));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), parent: node });
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        if (isUnsafeText(k)) out.push(pathOf(node, k));
        else stack.push({ v: child, key: k, parent: node });
      }
    }
  }
  return out;
}

/** 400 VALIDATION naming each field with unsafe text, or undefined when there is none. */
export function unsafeTextError(value: unknown, prefix: readonly string[] = []): AppError | undefined {
  const paths = unsafeTextPaths(value, prefix);
  return paths.length === 0
    ? undefined
    : validation(paths.map((field) => ({ field, message: unsafeTextMessage })));
}

function fieldName(issue: z.core.$ZodIssue, part: string): string {
  const path = issue.path.map(String).join('.');
  return path || (part === 'body' ? 'body' : part);
}

function fromValidation(error: RequestValidationError): AppError {
  const fields = error.issues.map((issue) => {
    const message: LocalisedText = splitBilingual(issue.message) ?? {
      zh: text(zhErrors(issue as never)) || issue.message,
      en: text(enErrors(issue as never)) || issue.message,
    };
    return { field: fieldName(issue, error.part), message };
  });
  return new AppError(
    'VALIDATION',
    {
      zh: `输入有误，请修改：${fields.map((f) => `${f.field}（${f.message.zh}）`).join('；')}`,
      en: `Invalid input, please correct: ${fields.map((f) => `${f.field} (${f.message.en})`).join('; ')}`,
    },
    { fields },
  );
}

const internal = new AppError('INTERNAL', {
  zh: '系统内部错误，请稍后重试；如仍出现，请把请求编号告诉管理员',
  en: 'Internal error. Please try again; if it persists, give the request id to your administrator',
});

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RequestValidationError) return fromValidation(error);
  const e = error as FastifyError;
  if (
    e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (e.statusCode === 400 && e.code?.startsWith('FST_ERR_CTP'))
  ) {
    return new AppError(
      'VALIDATION',
      { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
      { fields: [{ field: 'body', message: { zh: '不是有效的 JSON', en: 'not valid JSON' } }] },
    );
  }
  if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new AppError('PAYLOAD_TOO_LARGE', { zh: '上传内容过大', en: 'The request is too large' });
  }
  if (e.statusCode === 429) {
    return new AppError('RATE_LIMITED', {
      zh: '请求过于频繁，请稍后再试',
      en: 'Too many requests, please wait and retry',
    });
  }
  // A static file path that climbs out of its folder ('..' after decoding) is simply not there.
  if (e.statusCode === 404 || e.code === 'FST_STATIC_FORBIDDEN_PATH') {
    return new AppError('NOT_FOUND', { zh: '请求的地址不存在', en: 'No such address' });
  }
  // Any other refusal a plugin raised about the request itself (multipart, ranges, …) is the client's.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError(
      'VALIDATION',
      {
        zh: '请求无法处理，请检查请求格式后重试',
        en: 'The request cannot be handled; check its format and retry',
      },
      { fields: [{ field: 'request', message: { zh: '格式不正确', en: 'malformed' } }] },
    );
  }
  return internal;
}

/**
 * What may be logged of an unexpected error: its type, code and the first line of its message — or of
 * its cause's, where a query wrapper put the SQL text and parameters in its own message.
 */
export function describeForLog(error: unknown): { type: string; code?: string; message: string } {
  const e = error as {
    name?: string;
    code?: unknown;
    message?: unknown;
    cause?: { message?: unknown; code?: unknown };
  };
  const firstLine = (m: unknown) =>
    String(m ?? '')
      .split('\n')[0]!
      .slice(0, 300);
  const wrapped = typeof e.message === 'string' && /^Failed query/i.test(e.message);
  const code = wrapped ? e.cause?.code : e.code;
  return {
    type: e.name ?? typeof error,
    ...(typeof code === 'string' ? { code } : {}),
    // A database error may quote the value it refused: ID and mobile numbers are cut out of it.
    message: redactPersonalNumbers(wrapped ? firstLine(e.cause?.message) : firstLine(e.message)),
  };
}

// ID numbers (GB 11643: 17 digits and a digit or X) and mainland mobile numbers, where digits stand alone.
const PERSONAL_NUMBERS = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9Xx])/g;
/** Query parameters whose whole value is personal (the list search takes names and ID numbers). */
const REDACTED_PARAMS = new Set(['q']);

/** A text with every ID or mobile number replaced, also when percent-encoded around it. */
export const redactPersonalNumbers = (text: string): string => text.replace(PERSONAL_NUMBERS, '[redacted]');

const SURVEY_PATH = /^(\/(?:api\/)?survey\/)[^/?#]+/i;
/** Whether a request answers an anonymous survey: its log line keeps no address either. */
export const isSurveyUrl = (url: string): boolean => SURVEY_PATH.test(url);

/** A URL fit for a log line: `q` values and ID or mobile numbers anywhere in it are cut out. */
export function redactUrl(url: string): string {
  const i = url.indexOf('?');
  const query =
    i < 0
      ? ''
      : `?${url
          .slice(i + 1)
          .split('&')
          .map((pair) => {
            const eq = pair.indexOf('=');
            let name = eq < 0 ? pair : pair.slice(0, eq);
            try {
              name = decodeURIComponent(name.replaceAll('+', ' '));
            } catch {}
            return eq >= 0 && REDACTED_PARAMS.has(name) ? `${pair.slice(0, eq)}=[redacted]` : pair;
          })
          .join('&')}`;
  // Digits and X may arrive percent-encoded (%31%31…): they are decoded before looking for numbers.
  // An anonymous survey's one-time code never reaches a log line (P21.5-voices, issue 13).
  const digits = (i < 0 ? url : url.slice(0, i)).replace(SURVEY_PATH, '$1[redacted]') + query;
  return redactPersonalNumbers(
    digits.replace(/%(3[0-9]|58|78)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
  );
}

/** Fastify's request log fields, with the URL redacted. */
export function serializeRequest(request: FastifyRequest) {
  const anonymous = isSurveyUrl(request.url);
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    ...(anonymous ? {} : { remoteAddress: request.ip, remotePort: request.socket?.remotePort }),
  };
}

function sendError(appError: AppError, request: FastifyRequest, reply: FastifyReply) {
  const lang = languageOf(request);
  return reply.status(statusOf[appError.code]).send({
    code: appError.code,
    message: appError.userMessage[lang],
    ...(appError.details ? { details: localise(appError.details, lang) } : {}),
    requestId: request.id,
  });
}

/** Installs the one error handler on the root instance (not encapsulated). */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') {
      // Neither the response nor the log carries a stack, SQL or parameters (MLPS): the operator gets the
      // error's kind, code and first line, and finds the request by its id.
      request.log.error({ error: describeForLog(error) }, 'unhandled error');
    }
    return sendError(appError, request, reply);
  });
}

const badUrl = (en: string, zh: string) => validation([{ field: 'url', message: { zh, en } }]);

/**
 * Errors the router raises before any route or hook runs (Fastify's `frameworkErrors`): a path that does not
 * decode, or a path parameter longer than the router keeps. Answered in our shape, not Fastify's.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendError(
      badUrl(
        'contains an invalid percent-encoding; encode it as UTF-8',
        '地址中含有无效的百分号编码，请按 UTF-8 编码',
      ),
      request,
      reply,
    );
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(badUrl('a part of the address is too long', '地址中的参数过长'), request, reply);
  }
  request.log.error({ error: describeForLog(error) }, 'router error');
  return sendError(internal, request, reply);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (Fastify's `clientErrorHandler`): headers or
 * an address too large, a malformed request, a timeout. The connection is closed, as Node does, after an
 * answer in our shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          {
            zh: '请求地址或请求头过长，请缩短后重试',
            en: 'The address or headers are too long; shorten them',
          },
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, { zh: '请求超时，请重试', en: 'The request timed out; retry' }]
        : [400, { zh: '请求格式不正确', en: 'The request is malformed' }];
  const body = JSON.stringify({
    code: 'VALIDATION',
    message: message.zh,
    details: { fields: [{ field: 'request', message: message.zh }] },
    requestId: randomUUID(),
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
