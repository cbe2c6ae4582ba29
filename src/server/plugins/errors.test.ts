import { describe, expect, it } from 'vitest';
import { describeForLog, isUnsafeText, redactUrl, toAppError, unsafeTextPaths } from './errors';

describe('text PostgreSQL cannot keep as sent', () => {
  it('is a NUL or a lone surrogate; paired surrogates, RTL marks and zero-width characters are fine', () => {
    for (const s of ['\u0000', 'a\u0000', '\ud800', 'x\udfff', '\udc00\ud800'])
      expect(isUnsafeText(s), s).toBe(true);
    for (const s of ['', '张三', '😀', '\u202e', '\u200b', '\ufeff', '\u0645'])
      expect(isUnsafeText(s), s).toBe(false);
  });

  it('is found at every depth, named like Zod names fields, keys included', () => {
    expect(unsafeTextPaths({ a: { b: ['\ud800', 'ok'] }, 'k\u0000': 1, c: '😀' }).sort()).toEqual([
      'a.b.0',
      'k\uFFFD',
    ]);
    expect(unsafeTextPaths('\u0000')).toEqual(['body']);
    expect(unsafeTextPaths({ q: 'x' })).toEqual([]);
  });

  it('is looked for without recursion, so a deeply nested body cannot overflow the stack', () => {
    let v: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) v = [v];
    expect(unsafeTextPaths(v)).toHaveLength(1);
  });
});

describe('URLs and error messages fit for a log (issue 8 finding 8)', () => {
  const id = '52012119850304002X';
  it('cuts out the q value, ID numbers and mobile numbers, also percent-encoded', () => {
    expect(redactUrl(`/api/cadres?q=${encodeURIComponent('张三')}&page=2`)).toBe(
      '/api/cadres?q=[redacted]&page=2',
    );
    expect(redactUrl(`/api/cadres/${id}`)).toBe('/api/cadres/[redacted]');
    expect(redactUrl('/api/x?phone=13812345678')).toBe('/api/x?phone=[redacted]');
    const encoded = [...id].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    expect(redactUrl(`/api/x?a=${encoded}`)).toBe('/api/x?a=[redacted]');
    expect(redactUrl('/api/regions/520121?page=1')).toBe('/api/regions/520121?page=1');
  });

  it('cuts ID numbers out of the first line of a logged database error', () => {
    const error = new Error(`Failed query: select …\nparams: ${id}`);
    Object.assign(error, {
      cause: { message: `invalid input syntax for type uuid: "${id}"`, code: '22P02' },
    });
    expect(describeForLog(error).message).not.toContain(id);
  });

  it('answers a static path climbing out of its folder as 404 and other plugin refusals as 400, never 500', () => {
    expect(toAppError({ code: 'FST_STATIC_FORBIDDEN_PATH', statusCode: 403 }).code).toBe('NOT_FOUND');
    expect(toAppError({ code: 'FST_INVALID_MULTIPART_CONTENT_TYPE', statusCode: 406 }).code).toBe(
      'VALIDATION',
    );
    expect(toAppError(new Error('boom')).code).toBe('INTERNAL');
  });
});
