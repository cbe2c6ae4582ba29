import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http, setRequestLanguage, setUnauthenticatedHandler } from './http';

function answer(status: number, body?: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const headersOf = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(undefined);
  setRequestLanguage('zh');
});

describe('the http client', () => {
  it('sends X-Requested-With on state-changing requests only, and the chosen language', async () => {
    const fetchMock = answer(200, { ok: true });
    await http.get('/api/regions', { query: { level: 'province', parent: undefined, q: '' } });
    setRequestLanguage('en');
    await http.post('/api/users', { username: 'a' });
    const [getUrl, getInit] = fetchMock.mock.calls[0]!;
    const [, postInit] = fetchMock.mock.calls[1]!;
    expect(getUrl).toBe('/api/regions?level=province');
    expect(headersOf(getInit)['X-Requested-With']).toBeUndefined();
    expect(headersOf(getInit)['Accept-Language']).toBe('zh-CN');
    expect(headersOf(postInit)['X-Requested-With']).toBe('XMLHttpRequest');
    expect(headersOf(postInit)['Accept-Language']).toBe('en');
    expect(postInit?.body).toBe('{"username":"a"}');
    expect(postInit?.credentials).toBe('same-origin');
  });

  it('throws the API error with its code, message, fields and request id', async () => {
    answer(400, {
      code: 'VALIDATION',
      message: '输入有误',
      details: { fields: [{ field: 'username', message: '已被使用' }] },
      requestId: 'r-1',
    });
    const error = await http.post('/api/users', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: '输入有误', requestId: 'r-1' });
    expect((error as ApiError).fields).toEqual([{ field: 'username', message: '已被使用' }]);
  });

  it('reports a 401 as an ended session, except where a 401 is an expected answer', async () => {
    const ended = vi.fn();
    setUnauthenticatedHandler(ended);
    answer(401, { code: 'UNAUTHENTICATED', message: '未登录', requestId: 'r-2' });
    await expect(http.post('/api/session', {}, { expectUnauthenticated: true })).rejects.toThrow('未登录');
    expect(ended).not.toHaveBeenCalled();
    await expect(http.get('/api/users')).rejects.toThrow('未登录');
    expect(ended).toHaveBeenCalledOnce();
  });

  it('answers undefined for 204 and says so in words when the network fails', async () => {
    answer(204);
    await expect(http.delete('/api/session')).resolves.toBeUndefined();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(http.get('/api/health')).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('无法连接服务器'),
    });
  });
});
