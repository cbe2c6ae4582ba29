// One error hierarchy, no HTTP inside (STYLE.md). The error handler maps codes to statuses.
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  /** An optional feature a province or county has not switched on (issue 10: check-ins). */
  | 'FEATURE_OFF'
  | 'POLICY_VIOLATION'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL';

export interface LocalisedText {
  zh: string;
  en: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: LocalisedText,
    readonly details?: Record<string, unknown>,
  ) {
    super(userMessage.en);
    this.name = 'AppError';
  }
}

export const notFound = (what: LocalisedText = { zh: '记录', en: 'record' }) =>
  new AppError('NOT_FOUND', {
    zh: `${what.zh}不存在或不在您的管辖范围内`,
    en: `The ${what.en} does not exist or is outside your scope`,
  });

export interface FieldProblem {
  field: string;
  message: LocalisedText;
}

/** A validation error naming each bad field, with what to fix. */
export const validation = (fields: FieldProblem[]) =>
  new AppError(
    'VALIDATION',
    {
      zh: `输入有误，请修改：${fields.map((f) => `${f.field}（${f.message.zh}）`).join('；')}`,
      en: `Invalid input, please correct: ${fields.map((f) => `${f.field} (${f.message.en})`).join('; ')}`,
    },
    { fields },
  );

export type Lang = 'zh' | 'en';

const isLocalised = (v: unknown): v is LocalisedText =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).length === 2 &&
  typeof (v as LocalisedText).zh === 'string' &&
  typeof (v as LocalisedText).en === 'string';

/** Replaces every {zh, en} pair in a value by the text in one language. */
export function localise(value: unknown, lang: Lang): unknown {
  if (isLocalised(value)) return value[lang];
  if (Array.isArray(value)) return value.map((v) => localise(v, lang));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localise(v, lang)]));
  }
  return value;
}

export const statusOf: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  FEATURE_OFF: 409,
  POLICY_VIOLATION: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

// Zod carries one message string per issue; contracts write both languages into it with this separator.
const BI = '\u241E';
export const bilingual = (zh: string, en: string) => `${zh}${BI}${en}`;
export function splitBilingual(message: string): LocalisedText | undefined {
  const i = message.indexOf(BI);
  return i < 0 ? undefined : { zh: message.slice(0, i), en: message.slice(i + 1) };
}
