import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { readWorkbook } from '../support/xlsx';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  callApi,
  expectChineseGlyphs,
  type Method,
  pickOption,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// Work logs and the village task list on the desktop (issue 11 item 7), on the demo county 开阳县 in Debian
// Chromium: the county opens 双永村's page and sees its task list with progress and its logs, filters them by
// duty and exports them to Excel; the village's first secretary writes a log and records progress from
// 工作日志与任务.

let server: RunningServer;
let browser: Browser;
let page: Page;

const VILLAGE = '520121101200';
const PASSWORD = 'Walk#Logs-Tasks7';
const people = {
  county: { username: 'e2e_logs_county', displayName: '日志·县委组织部' },
  cadre: { username: 'e2e_logs_cadre', displayName: '日志·第一书记' },
};

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `work-logs-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const api = <T>(method: Method, url: string, data?: unknown) => callApi<T>(page, server, method, url, data);

const signInAs = (username: string) => signInAsUser(page, server, username, PASSWORD);

describe('a village’s task list and work logs on the desktop', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAsAdmin(page, server);
    const board = await api<{
      villages: { villageCode: string; members: { cadreId: string; teamRole: string }[] }[];
    }>('GET', '/api/counties/520121/team-board');
    const fs = board.villages
      .find((v) => v.villageCode === VILLAGE)!
      .members.find((m) => m.teamRole === 'first_secretary')!;
    const create = (
      who: { username: string; displayName: string },
      roles: string[],
      regions: string[],
      extra = {},
    ) =>
      api('POST', '/api/users', {
        ...who,
        password: PASSWORD,
        roles,
        scope: { regions, units: [] },
        ...extra,
      });
    await create(people.county, ['org_admin'], ['520121']);
    // One account per cadre: demo_cadre is this first secretary's; it is switched off for the test's own.
    const demo = await api<{ items: { id: string; username: string }[] }>('GET', '/api/users?q=demo_cadre');
    const demoCadre = demo.items.find((u) => u.username === 'demo_cadre');
    if (demoCadre) await api('PATCH', `/api/users/${demoCadre.id}`, { disabled: true });
    await create(people.cadre, ['cadre'], [VILLAGE], { cadreId: fs.cadreId });
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

  it('the county sees 双永村’s task list with progress and its logs, filters them by duty and exports them', async () => {
    await signInAs(people.county.username);
    await page.goto(`${server.baseUrl}/villages/${VILLAGE}`);
    const tasks = page.getByTestId('village-tasks');
    await tasks.getByText('建成村集体食用菌大棚').waitFor();
    expect(await tasks.locator('.ant-progress').count()).toBeGreaterThanOrEqual(5);
    // The county reads and may also write (P21.4-list): the add button is there.
    await tasks.getByRole('button', { name: '新增任务' }).waitFor();
    const logs = page.getByTestId('work-logs');
    await logs.locator('.ant-table-row').first().waitFor();
    await expectChineseGlyphs(page, '[data-testid="work-logs"] .ant-table-row');
    await shot('1-village-page');

    await logs.getByLabel('职责', { exact: true }).click();
    await pickOption(page, '为民办事服务');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="work-logs"] .ant-table-row')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('为民办事服务'));
    });
    await shot('2-filtered');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      logs.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('驻村工作日志.xlsx');
    const file = path.join(SCREENSHOTS, 'work-logs-export.xlsx');
    await download.saveAs(file);
    const wb = await readWorkbook(readFileSync(file));
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain('为民办事服务');
    const duties = ws.getColumn(6).values.slice(3).map(String);
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((d) => d === '为民办事服务')).toBe(true);
  });

  it('the first secretary writes a log and records a task’s progress from 工作日志与任务', async () => {
    await signInAs(people.cadre.username);
    await page
      .getByRole('navigation', { name: '主菜单' })
      .getByRole('link', { name: '工作日志与任务' })
      .click();
    await page.getByRole('heading', { name: /我的工作日志/ }).waitFor();
    await page.getByRole('button', { name: '写日志' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/职责/).click();
    await pickOption(page, '推进强村富民');
    await dialog.getByLabel('发生了什么').fill('端到端：到合作社核对香菇订单，联系县城超市供货。');
    await dialog.getByLabel('走访户数（可选）').fill('2');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('work-logs').getByText('端到端：到合作社核对香菇订单').waitFor();

    const tasks = page.getByTestId('village-tasks');
    const row = tasks.getByRole('row').filter({ hasText: '开通村特产电商销售渠道' });
    await row.getByRole('button', { name: '更新进度' }).click();
    await page.getByRole('dialog').getByLabel('进度（%）').fill('80');
    await page.getByRole('dialog').getByLabel('进展说明').fill('端到端：网店首月销售3万元');
    await page.getByRole('dialog').getByRole('button', { name: '保存进度' }).click();
    await row.getByText('端到端：网店首月销售3万元').waitFor();
    await shot('3-cadre-my-work');
    const logs = await api<{ items: { text: string }[] }>('GET', '/api/work-logs?pageSize=500');
    expect(logs.items.filter((i) => i.text.startsWith('端到端：'))).toHaveLength(1);
  });
});
