import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  expectChineseGlyphs,
  expectNothingCutOff,
  mainMenu,
  shanghaiToday,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// Provincial parameters and the work calendar (issue 10 items 1 and 2) in Debian Chromium at an office screen
// of 1366 px: the province's organisation department sets the monthly minimum of days in the village from a
// date and every level below sees it with its source (P17.4.2-attend); the calendar of 2027, a year the
// holiday package does not know, says so; the national administrator loads a notice, refused then taken.

let server: RunningServer;
let browser: Browser;
let page: Page;

const DESKTOP = { width: 1366, height: 900 };
const PASSWORD = 'Walk#Settings-Days7';
const province = { username: 'e2e_province', displayName: '参数·贵州省委组织部' };

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const zhDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
};

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `settings-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const signInAs = (username: string, password: string) => signInAsUser(page, server, username, password);

const menu = () => mainMenu(page);
const dialog = () => page.getByRole('dialog');

/** Types a date into a labelled date field (typed dates are taken on Enter). */
async function typeDate(field: ReturnType<Page['getByLabel']>, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

describe('provincial parameters and the work calendar in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(DESKTOP);
    await signInAsAdmin(page, server);
    // The province's organisation department (贵州省, 52), as the demo's county one is for 开阳县.
    const res = await page.request.post(`${server.baseUrl}/api/users`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      data: {
        ...province,
        password: PASSWORD,
        roles: ['org_admin'],
        scope: { regions: ['52'], units: [] },
      },
    });
    expect(res.status(), await res.text()).toBe(201);
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

  it('the province sets the monthly minimum of days in the village from a date; the day before keeps the national default, the county sees the province as the source (P17.4.2-attend)', async () => {
    const from = `${shanghaiToday().slice(0, 7)}-01`;
    await signInAs(province.username, PASSWORD);
    await menu().getByRole('link', { name: '省级参数', exact: true }).click();
    await page.getByRole('heading', { name: '省级参数' }).waitFor();
    await page.getByRole('heading', { name: '贵州省（52）现行参数' }).waitFor();
    await expectChineseGlyphs(page, '.ant-table-thead');
    const row = () => page.getByRole('row').filter({ hasText: 'minDaysInVillagePerMonth' });
    await row().getByText('20 天', { exact: true }).waitFor();
    await row().getByText('全国默认值').waitFor();
    await row().getByRole('link', { name: 'P17.4.2-attend' }).waitFor();
    await shot('1-parameters-default');

    await row().getByRole('button', { name: '修改每月驻村天数下限' }).click();
    await dialog().getByText('贵州省（52）').waitFor();
    const value = dialog().getByLabel('新值', { exact: true });
    // Out of bounds is refused in words, not clamped to 31.
    await value.fill('32');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().getByText('应为 0 至 31 之间的整数').waitFor();
    await value.fill('22');
    await typeDate(dialog().getByLabel('施行日期', { exact: true }), from);
    await dialog().getByLabel('依据文件或说明（选填）').fill('省委组织部驻村管理办法（浏览器测试）');
    await shot('2-edit-dialog');
    await dialog().getByRole('button', { name: '保存' }).click();
    await page.getByText(`已设置：贵州省每月驻村天数下限为 22 天，自 ${from} 起施行`).waitFor();

    // In force today, with where it came from and since when.
    await row().getByText('22 天', { exact: true }).waitFor();
    await row().getByText('省级', { exact: true }).waitFor();
    await row()
      .getByText(`贵州省，自${zhDate(from)}起施行`)
      .waitFor();
    await shot('3-parameters-province');

    // The history lists the value with its date, its note and who set it.
    await row().getByRole('button', { name: '每月驻村天数下限的设置记录' }).click();
    const drawer = page.getByRole('dialog', { name: '设置记录：每月驻村天数下限' });
    const entry = drawer.getByRole('row').filter({ hasText: '省委组织部驻村管理办法（浏览器测试）' });
    await entry.getByText('22 天').waitFor();
    await entry.getByText(zhDate(from)).waitFor();
    await entry.getByText(province.username).waitFor();
    await shot('4-history');
    await drawer
      .getByRole('button', { name: 'Close' })
      .or(drawer.getByRole('button', { name: '关闭' }))
      .click();

    // The day before the date the national default still applies.
    await page.goto(`${server.baseUrl}/settings?region=52&date=${dayBefore(from)}`);
    await row().getByText('全国默认值').waitFor();
    await row().getByText('20 天', { exact: true }).waitFor();

    // A county of the province takes the province's value, named as its source.
    await page.goto(`${server.baseUrl}/settings?region=520121&date=${from}`);
    await page.getByRole('heading', { name: '开阳县（520121）现行参数' }).waitFor();
    await row().getByText('22 天', { exact: true }).waitFor();
    await row()
      .getByText(`贵州省，自${zhDate(from)}起施行`)
      .waitFor();
    await expectNothingCutOff(page);
  });

  it('the calendar of 2027, a year the package does not know, warns that its holidays are not loaded; the province cannot load the notice', async () => {
    await signInAs(province.username, PASSWORD);
    await menu().getByRole('link', { name: '工作日历', exact: true }).click();
    await page.getByRole('heading', { name: '工作日历' }).first().waitFor();
    await page.goto(`${server.baseUrl}/work-calendar?year=2027`);
    const warning = page.getByRole('alert').filter({ hasText: '2027年的法定节假日和调休安排尚未载入' });
    await warning.waitFor();
    await warning.getByText(/chinese-days \d+\.\d+\.\d+/).waitFor();
    await warning.getByText('由全国系统管理员导入').waitFor();
    await page.getByText('（暂定）').waitFor();
    // 1 January is only a weekday that year, and the page says so rather than calling it 元旦.
    await page.getByRole('cell', { name: '2027年1月1日 工作日', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '校验并导入' }).count()).toBe(0);
    await expectChineseGlyphs(page, '.ant-alert-title');
    await shot('5-calendar-2027-unknown');

    // A known year has no warning and names its holidays.
    await page.getByRole('button', { name: '上一年' }).click();
    await page.getByRole('heading', { name: '2026年工作日历 · 贵州省' }).waitFor();
    await page.getByRole('cell', { name: '2026年1月1日 元旦 法定节假日', exact: true }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '尚未载入' }).count()).toBe(0);
    await shot('6-calendar-2026');
  });

  it('the national administrator loads a 2027 notice: a wrong one is refused with the reasons, a valid one ends the warning', async () => {
    await signInAs('admin', server.adminPassword);
    await page.goto(`${server.baseUrl}/work-calendar?year=2027&region=`);
    await page.getByRole('alert').filter({ hasText: '请在下方导入' }).waitFor();
    const data = page.getByLabel('通知数据（JSON）');
    // Test data shaped like a notice, named as such: the real 2027 notice is not published.
    const holidays = [
      ['2027-01-01', '元旦'],
      ['2027-01-02', '元旦'],
      ['2027-01-03', '元旦'],
      ...['05', '06', '07', '08', '09', '10', '11'].map((d) => [`2027-02-${d}`, '春节']),
      ['2027-04-05', '清明节'],
    ].map(([date, name]) => ({ date, name }));
    const notice = { year: 2027, title: '浏览器测试用节假日安排（非正式通知）', holidays };
    await data.fill(
      JSON.stringify({
        ...notice,
        holidays: holidays.slice(1),
        workdays: [{ date: '2027-02-15', name: '春节' }],
      }),
    );
    await page.getByRole('button', { name: '校验并导入' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '通知数据未通过校验' });
    await refusal.getByText('2027-02-15：调休上班日 2027-02-15 不是周六或周日', { exact: true }).waitFor();
    await refusal.getByText('2027-01-01（元旦）应为放假日', { exact: true }).waitFor();
    await shot('7-notice-refused');

    await data.fill(JSON.stringify({ ...notice, workdays: [{ date: '2027-02-14', name: '春节' }] }));
    await page.getByRole('button', { name: '校验并导入' }).click();
    await page.getByText('已导入 2027 年通知：放假 11 天，调休上班 1 天').waitFor();
    await page.getByText('按导入的通知《浏览器测试用节假日安排（非正式通知）》').waitFor();
    await page.getByRole('cell', { name: '2027年1月1日 元旦 法定节假日', exact: true }).waitFor();
    await page.getByRole('cell', { name: '2027年2月14日 春节 调休上班', exact: true }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '尚未载入' }).count()).toBe(0);
    await shot('8-notice-loaded');
  });

  it('the province adds a local day off for its region, sees it in the year, and removes it', async () => {
    await signInAs(province.username, PASSWORD);
    await page.goto(`${server.baseUrl}/work-calendar?year=2026&region=52`);
    await page.getByRole('heading', { name: '2026年工作日历 · 贵州省' }).waitFor();
    await page.getByRole('button', { name: '添加地方假日' }).click();
    await typeDate(dialog().getByLabel('日期', { exact: true }), '2026-05-26');
    await dialog().getByLabel('名称', { exact: true }).fill('浏览器测试地方假日');
    await dialog().getByRole('button', { name: '添加', exact: true }).click();
    await page.getByText('已添加：贵州省 2026-05-26 浏览器测试地方假日').waitFor();
    await page
      .getByRole('cell', { name: '2026年5月26日 浏览器测试地方假日 地方假日', exact: true })
      .waitFor();
    // A local day is the region's own: not counted among the public holidays of the notice.
    const holidays = page.getByRole('region', { name: '放假和调休安排' });
    await holidays.getByText(/^元旦：/).waitFor();
    expect(await holidays.getByText('浏览器测试地方假日').count()).toBe(0);
    const local = page.getByRole('row').filter({ hasText: '浏览器测试地方假日' });
    await local.getByText('放假').waitFor();
    await shot('9-local-day');
    await local.getByRole('button', { name: '删除2026-05-26浏览器测试地方假日' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除', { exact: true }).waitFor();
    await page.getByRole('cell', { name: '2026年5月26日 工作日', exact: true }).waitFor();
  });
});
