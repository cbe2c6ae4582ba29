import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { pdfText } from '../support/pdf-text';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signInAsAdmin } from './support/ui';

// Half-year reports printed and exported (issue 12 item 1): the leading group of 双流镇 downloads the
// completeness and the list as Excel from the reports page, opens a report and prints it as an A4 PDF.

let server: RunningServer;
let browser: Browser;
let page: Page;
const PASSWORD = 'Walk#Print-Half7';
const leading = { username: 'e2e_reports_print', displayName: '打印·县驻村工作领导小组' };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `reports-print-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

describe('half-year reports printed and exported', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAsAdmin(page, server);
    const res = await page.request.fetch(`${server.baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      data: {
        ...leading,
        password: PASSWORD,
        roles: ['leading_group'],
        scope: { regions: ['520121101'], units: [] },
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
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

  it('downloads the completeness and the list as .xlsx and prints a report as an A4 PDF', async () => {
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '半年工作报告' })
      .click();
    await page.getByTestId('completeness').getByText('尚未报送').waitFor();
    await shot('1-buttons');
    const completeness = page.waitForEvent('download');
    await page.getByTestId('completeness-xlsx').click();
    const c = await completeness;
    expect(c.suggestedFilename()).toMatch(/^半年工作报告完成情况-双流镇-\d{4}H[12]\.xlsx$/);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await c.path());
    expect(String(book.getWorksheet('完成情况')!.getCell(1, 1).value)).toContain('双流镇');
    const list = page.waitForEvent('download');
    await page.getByTestId('reports-xlsx').click();
    expect((await list).suggestedFilename()).toMatch(/^半年工作报告-双流镇-\d{4}H[12]\.xlsx$/);

    const row = page.getByRole('row').filter({ hasText: '已提交' }).first();
    await row.getByRole('link', { name: '打开' }).click();
    await page.getByText('一、在岗履职情况').waitFor();
    const print = page.getByTestId('report-pdf');
    await print.waitFor();
    await shot('2-report');
    const href = await print.getAttribute('href');
    expect(href).toMatch(/^\/api\/half-year-reports\/[0-9a-f-]{36}\/report\.pdf$/);
    const pdf = await page.request.get(`${server.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const text = pdfText(await pdf.body()).replaceAll('\n', '');
    expect(text).toContain('工作报告');
    expect(text).toContain('一、在岗履职情况');
  });
});
