import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  callApi,
  expectChineseGlyphs,
  type Method,
  mainMenu,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// Assessment (issue 13) on the demo county 开阳县 in Debian Chromium: the county's organisation department opens
// an annual batch, sees who is assessed and why others are not, issues villagers' codes, decides a grade, and
// prints the 登记表 (A4 PDF with the Chinese text); then, at a phone's width and without an account, a villager
// answers the survey with a code, and the same code is refused a second time.

let server: RunningServer;
let browser: Browser;
let page: Page;
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'Assess#Walk-Form7';
const org = { username: 'e2e_assess_org', displayName: '考核·县委组织部' };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `assessment-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}
const api = <T>(method: Method, url: string, data?: unknown) => callApi<T>(page, server, method, url, data);

describe('an assessment batch from opening to the printed form, and a survey answered on a phone', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(DESKTOP);
    await signInAsAdmin(page, server);
    await api('POST', '/api/users', {
      ...org,
      password: PASSWORD,
      roles: ['org_admin'],
      scope: { regions: ['520121'], units: [] },
    });
  });
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await shot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let batchUrl = '';
  it('the county opens the 2024 annual batch and sees who is assessed, and why others are not (P21.5-annual)', async () => {
    await signInAsUser(page, server, org.username, PASSWORD);
    await mainMenu(page).getByRole('menuitem', { name: /考核/ }).click();
    await page.getByRole('button', { name: '开启考核批次' }).click();
    const dialog = page.getByRole('dialog');
    // Annual by default; the term-end kind is there too (P21.5-termend).
    await dialog.getByText('年度考核', { exact: true }).waitFor();
    await dialog.getByLabel('考核年度').fill('2024');
    await dialog
      .getByRole('button', { name: '开 启' })
      .or(dialog.getByRole('button', { name: '开启' }))
      .click();
    await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
    batchUrl = page.url();
    await page
      .getByText('开阳县 2024年 年度考核')
      .or(page.getByText(/开阳县.*2024.*年度考核/))
      .first()
      .waitFor();
    // The first reading of a past year brings the county's monthly attendance aggregates up to date: slow once.
    await page.getByTestId('batch-progress').waitFor({ timeout: 240_000 });
    await page
      .getByRole('button', { name: /评\s?定/ })
      .first()
      .waitFor({ timeout: 240_000 });
    await page
      .getByText(/驻村不满6个月/)
      .first()
      .waitFor();
    await expectChineseGlyphs(page, 'main');
    await shot('batch');
  }, 360_000);

  it('issues villagers’ codes for a village and shows them with the sheet to print', async () => {
    const form = page.locator('form').filter({ hasText: '生成测评码' });
    await form.locator('.ant-select').first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await form.getByRole('spinbutton').fill('4');
    await form.getByRole('button', { name: '生成测评码' }).click();
    await page.getByText(/新生成4个测评码/).waitFor();
    await page.getByRole('link', { name: '打印未用测评码' }).first().waitFor();
    const href = await page.getByRole('link', { name: '打印未用测评码' }).first().getAttribute('href');
    const sheet = await page.request.get(`${server.baseUrl}${href}`);
    expect(sheet.headers()['content-type']).toContain('application/pdf');
    expect(pdfText(Buffer.from(await sheet.body())).replaceAll('\n', '')).toContain('村民测评');
  });

  it('decides a grade with a reason and prints the 登记表 as an A4 PDF with the Chinese text', async () => {
    const row = page
      .locator('.ant-table-row')
      .filter({
        has: page.getByRole('button', { name: '评 定' }).or(page.getByRole('button', { name: '评定' })),
      })
      .first();
    const name = (await row.locator('td').first().innerText()).split('\n')[0]!.trim();
    await row.getByRole('button', { name: /评\s?定/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^称职$/ })
      .click();
    await dialog.getByLabel(/评定意见/).fill('考核组综合评定：履职尽责，群众认可');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await page.getByText('已评定', { exact: true }).first().waitFor();
    await row.getByText('称职', { exact: true }).last().waitFor();
    await shot('decided');
    const href = await row.getByRole('link', { name: '登记表' }).getAttribute('href');
    const form = await page.request.get(`${server.baseUrl}${href}`);
    expect(form.status()).toBe(200);
    expect(form.headers()['content-type']).toContain('application/pdf');
    const text = pdfText(Buffer.from(await form.body())).replaceAll('\n', '');
    expect(text).toContain('驻村干部年度考核登记表');
    expect(text).toContain(name);
    expect(text).toContain('称职');
    expect(text).toContain('考核组综合评定');
    expect(batchUrl).toContain('/assessment/');
  });

  it('a villager answers the survey on a phone by typing the code, without an account; the code works once', async () => {
    const batches = await api<{ items: { id: string; year: number; status: string }[] }>(
      'GET',
      '/api/assessment-batches',
    );
    const open = batches.items.find((b) => b.status === 'open' && b.year !== 2024)!;
    const batch = await api<{ batch: { subjects: { eligible: boolean; villageCode: string }[] } }>(
      'GET',
      `/api/assessment-batches/${open.id}`,
    );
    const village = batch.batch.subjects.find((s) => s.eligible)!.villageCode;
    const { codes } = await api<{ codes: { code: string; display: string }[] }>(
      'POST',
      `/api/assessment-batches/${open.id}/survey-codes`,
      { villageCode: village, audience: 'villagers', count: 1 },
    );
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '用户登录' }).waitFor();
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/survey`);
    await page.getByLabel('测评码').fill(codes[0]!.display.toLowerCase());
    await page.getByRole('button', { name: '开始测评' }).click();
    for (let i = 1; i <= 5; i++) {
      await page
        .getByRole('group', { name: `第${i}题` })
        .getByText('5 很好')
        .click();
    }
    await shot('survey-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: /提\s?交/ }).click();
    await page.getByText('提交成功，感谢您的评价！').waitFor();
    await expectChineseGlyphs(page, 'body');
    await page.goto(`${server.baseUrl}/survey/${codes[0]!.code}`);
    await page.getByText('该测评码已使用，每个码只能答一次').waitFor();
    await shot('survey-used');
  });
});
