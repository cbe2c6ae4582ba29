import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin, type Reporter } from '../../src/server/bootstrap';
import { createTestApp, type TestApp, XHR } from '../support/app';

// Issue 8 finding 8: the first administrator's password from ZHUCUN_ADMIN_PASSWORD meets the same rules
// as every other password — a common or leaked one is refused at start, with the rule named.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const quiet: Reporter = { info: () => {}, progress: () => {}, secret: () => {} };

describe('the first administrator', () => {
  it('refuses a common password from ZHUCUN_ADMIN_PASSWORD and creates no account', async () => {
    for (const weak of ['Password1!', 'P@ssw0rd2026', 'Zhucun#Admin2026']) {
      await expect(
        ensureAdmin(t.container, { ...t.container.config, adminPassword: weak }, quiet),
      ).rejects.toThrow(/ZHUCUN_ADMIN_PASSWORD/);
    }
    expect(
      await t.container.repositories.users.findByUsername(t.container.database.db, 'admin'),
    ).toBeUndefined();
  });

  it('takes a password that meets the rules, and it signs in', async () => {
    await ensureAdmin(t.container, { ...t.container.config, adminPassword: 'Quiet#River-Stone9' }, quiet);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: XHR,
      payload: { username: 'admin', password: 'Quiet#River-Stone9' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
