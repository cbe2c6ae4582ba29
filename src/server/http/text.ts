import type { FastifyRequest } from 'fastify';
import type { Lang, LocalisedText } from '../../shared/errors';

// (String#isWellFormed is ES2024 and the project's lib ES2023: the same test as a code-unit pattern.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what is refused
export const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A string PostgreSQL cannot store as sent: a NUL (refused in text and jsonb) or a lone UTF-16 surrogate
 * (stored as U+FFFD, so what was hashed for the audit chain is not what was kept). */
export const isUnsafeText = (s: string): boolean => UNSAFE.test(s);

export const unsafeTextMessage: LocalisedText = {
  zh: '含有不允许的字符（空字符或不成对的代理项），请删除后重试',
  en: 'contains a character that is not allowed (a NUL or an unpaired surrogate); remove it and retry',
};

export function languageOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}
