import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { callApi, expectChineseGlyphs, type Method, signInAsAdmin } from './support/ui';

// Half-year reports on the desktop (issue 12 item 1) with the demo's two half years: the leading group sees
// 双流镇's completeness and who is missing, opens a submitted report drafted from the records and reviews it;
// the completeness then counts it.

let server: RunningServer;
let browser: Browser;
let page: Page;
const PASSWORD = 'Walk#Half-Year7';
const leading = { username: 'e2e_reports_leading', displayName: '报告·县驻村工作领导小组' };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `reports-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const api = <T>(method: Method, url: string, data?: unknown) => callApi<T>(page, server, method, url, data);

describe('half-year reports for the leading group', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAsAdmin(page, server);
    await api('POST', '/api/users', {
      ...leading,
      password: PASSWORD,
      roles: ['leading_group'],
      scope: { regions: ['520121101'], units: [] },
    });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户名', { exact: true }).fill(leading.username);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
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

  it('sees completeness and who is missing, reviews a submitted report, and the completeness counts it', async () => {
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '半年工作报告' })
      .click();
    const card = page.getByTestId('completeness');
    await card.getByText('尚未报送').waitFor();
    await expectChineseGlyphs(page, '[data-testid="completeness"] .ant-statistic-title');
    const reviewedBefore = Number(
      await card.locator('.ant-statistic').nth(3).locator('.ant-statistic-content-value').innerText(),
    );
    await shot('1-completeness');
    const row = page.getByRole('row').filter({ hasText: '已提交' }).first();
    await row.getByRole('link', { name: '打开' }).click();
    await page.getByRole('heading', { name: /半年工作报告/ }).waitFor();
    await page.getByText('一、在岗履职情况').waitFor();
    await shot('2-report');
    await page.getByRole('button', { name: '审阅', exact: true }).click();
    await page.getByRole('dialog').getByLabel('意见').fill('端到端：同意。');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('端到端：同意。').waitFor();
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '半年工作报告' })
      .click();
    await page.waitForFunction((before) => {
      const v = document.querySelectorAll('[data-testid="completeness"] .ant-statistic-content-value')[3];
      return v && Number(v.textContent) === before + 1;
    }, reviewedBefore);
  });
});
