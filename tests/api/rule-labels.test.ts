import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rule } from '../../src/domain/policy/catalogue';
import { createTestApp, type TestApp } from '../support/app';
import { readWorkbook } from '../support/xlsx';

// Issue 9, the county clerk's finding 3: rule codes are not labels. Words first, the id beside them.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('rule labels in the compliance export', () => {
  it('heads each rule column with the rule in words and its id beside them, in the language asked for', async () => {
    const county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
    for (const [lang, title] of [
      ['zh-CN', rule('P21.2-weak').title.zh],
      ['en', rule('P21.2-weak').title.en],
    ] as const) {
      const res = await county.get('/api/compliance.xlsx?region=520121&date=2026-03-02', {
        'accept-language': lang,
      });
      expect(res.statusCode).toBe(200);
      const header = (await readWorkbook(res.rawPayload)).worksheets[0]!.getRow(1).values as unknown[];
      const cell = header.find((v) => typeof v === 'string' && v.includes('P21.2-weak')) as string;
      expect(cell).toBe(`${title}（P21.2-weak）`);
    }
  });
});
