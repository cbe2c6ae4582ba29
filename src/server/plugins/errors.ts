import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AppError,
  type Lang,
  type LocalisedText,
  localise,
  splitBilingual,
  statusOf,
} from '../../shared/errors';

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

export function languageOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
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
  if (e.statusCode === 404) {
    return new AppError('NOT_FOUND', { zh: '请求的地址不存在', en: 'No such address' });
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
    message: wrapped ? firstLine(e.cause?.message) : firstLine(e.message),
  };
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
    const lang = languageOf(request);
    return reply.status(statusOf[appError.code]).send({
      code: appError.code,
      message: appError.userMessage[lang],
      ...(appError.details ? { details: localise(appError.details, lang) } : {}),
      requestId: request.id,
    });
  });
}
