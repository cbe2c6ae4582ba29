import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  expectChineseGlyphs,
  expectNothingCutOff as expectPageFits,
  pickOption as pickOptionIn,
  signInAsAdmin,
} from './support/ui';

// Registry journeys (issue 3) on the demo county 开阳县: villages with their category history, the cadre pool
// with masked numbers, and the Excel import wizard's dry run — in Debian Chromium.

let server: RunningServer;
let browser: Browser;
let page: Page;

const shot = (name: string) =>
  page.screenshot({
    path: path.join(SCREENSHOTS, `registry-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });

const menu = () => page.getByRole('navigation', { name: '主菜单' });

/** A plain resident ID number: 17 digits and a check digit or X, not inside a longer run of digits. */
const PLAIN_ID = /(?<![\d*])\d{17}[\dXx](?![\d*])/;

/** All the text of the page, visible or not. */
const pageText = async () => (await page.locator('body').textContent()) ?? '';

const signIn = () => signInAsAdmin(page, server);

const pickOption = (text: string, also?: string) => pickOptionIn(page, text, also);

async function expectChineseRenders(selector: string) {
  await expectChineseGlyphs(page, selector);
}

const expectNothingCutOff = () => expectPageFits(page);

/** A units workbook in the template's columns: two good rows and, between them, one of an unknown kind. */
async function unitsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('派出单位');
  ws.addRow([
    '*单位名称（name）',
    '*单位类别（kind）',
    '*层级（level）',
    '*所在地区代码（regionCode）',
    '上级单位（parent）',
  ]);
  ws.addRow(['开阳县浏览器测试局', '县直机关', '县级', '520121', null]);
  ws.addRow(['开阳县浏览器测试所', '部委', '县级', '520121', null]);
  ws.addRow(['开阳县浏览器测试中心', '事业单位', '县级', '520121', null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('registry in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await signIn();
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

  it('lists the villages of 开阳县 with their categories, opens one with its category timeline and answers what it was on a date', async () => {
    await menu().getByRole('link', { name: '村庄', exact: true }).click();
    await page.getByLabel('所在区域', { exact: true }).fill('开阳');
    await pickOption('开阳县', '520121');
    await page.getByText('共 136 个村（社区）').waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('520121');

    // The county above the list, with its 重点帮扶县 flag and the date it holds from.
    const county = page.getByRole('region', { name: '所在县' });
    await county.getByText('开阳县（520121）', { exact: true }).waitFor();
    await county.getByText('乡村振兴重点帮扶县 · 2021年8月27日起', { exact: true }).waitFor();
    // Categories as tags in the rows; a 建档立卡贫困村 is no longer one today.
    const rows = page.getByRole('row');
    await rows.filter({ hasText: '易地扶贫搬迁安置村（社区）' }).first().waitFor();
    await expectChineseRenders('.ant-table-tbody .ant-tag');
    await expectNothingCutOff();
    await shot('1-villages');

    // The list's Excel export carries the same filters.
    const exported = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await exported).suggestedFilename()).toBe('村情信息.xlsx');

    await page.getByLabel('搜索村名').fill('卡比村');
    await page.getByLabel('搜索村名').press('Enter');
    await page.getByText('共 1 个村（社区）').waitFor();
    await page.getByRole('link', { name: '卡比村', exact: true }).click();

    await page.getByRole('heading', { name: '卡比村', level: 1 }).waitFor();
    const crumbs = await page.locator('.ant-breadcrumb li').allTextContents();
    expect(crumbs.filter((c) => c !== '›')).toEqual(['贵州省', '贵阳市', '开阳县', '龙岗镇', '卡比村']);

    // The timeline: one row per category, bars from `from` to `to`, today marked.
    const timeline = page.getByRole('img', { name: /^村类别时间线/ });
    await timeline.waitFor();
    const described = (await timeline.getAttribute('aria-label')) ?? '';
    expect(described).toContain('建档立卡贫困村 2017年1月1日至2020年12月31日');
    expect(described).toContain('脱贫村 2021年1月1日至至今');
    const chart = timeline.locator('svg');
    await chart.getByText('今天', { exact: true }).waitFor();
    for (const label of ['脱贫村', '建档立卡贫困村', '党组织软弱涣散村']) {
      await chart.getByText(label, { exact: true }).waitFor();
    }
    expect(await chart.locator('path[fill="#fa8c16"], rect[fill="#fa8c16"]').count()).toBeGreaterThan(0);
    const today = page.getByRole('status', { name: '查询结果' });
    await today.getByText('脱贫村', { exact: true }).waitFor();

    // What was this village on 1 June 2019: registered poor, with a weak party organisation.
    const asOf = page.getByLabel('查询日期', { exact: true });
    await asOf.click();
    await asOf.fill('2019-06-01');
    await asOf.press('Enter');
    await today.getByText('2019年6月1日：').waitFor();
    await today.getByText('建档立卡贫困村', { exact: true }).waitFor();
    await today.getByText('党组织软弱涣散村', { exact: true }).waitFor();
    expect(await today.getByText('脱贫村', { exact: true }).count()).toBe(0);
    await chart.getByText('2019年6月1日', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('date')).toBe('2019-06-01');
    await expectNothingCutOff();
    await shot('2-village-timeline');
  });

  it('shows the cadre pool with masked ID numbers only, and a full number only after a confirmed reveal', async () => {
    await menu().getByRole('link', { name: '干部库', exact: true }).click();
    await page.getByText('共 300 名干部').waitFor();
    await page.getByText(/^计算信息（截至\d{4}年\d{1,2}月\d{1,2}日）$/).waitFor();
    const text = await pageText();
    expect(text).toMatch(/\*{14}\d{3}[\dX]/);
    expect(text).not.toMatch(PLAIN_ID);
    await expectNothingCutOff();
    await shot('3-cadres');

    // Filtered to young cadres with party work among their strengths.
    await page.getByLabel('年轻干部', { exact: true }).click();
    await pickOption('年轻干部');
    await page.getByLabel('擅长', { exact: true }).click();
    await pickOption('党群工作');
    await expect.poll(() => new URL(page.url()).searchParams.get('young')).toBe('true');
    await page.getByText(/^共 \d+ 名干部$/).waitFor();
    const ages = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(6)').allTextContents();
    expect(ages.length).toBeGreaterThan(0);
    for (const age of ages) expect(Number(age)).toBeLessThan(41);

    await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('计算信息（截至', { exact: false }).waitFor();
    expect(await pageText()).not.toMatch(PLAIN_ID);

    await page.getByRole('button', { name: '查看完整身份证号' }).click();
    await page.getByText('查看将记入审计日志', { exact: false }).waitFor();
    await page.getByRole('button', { name: '查看', exact: true }).click();
    await page.getByRole('button', { name: '隐藏身份证号' }).waitFor();
    await expect.poll(async () => PLAIN_ID.test(await pageText())).toBe(true);
    await shot('4-cadre-revealed');
    await page.getByRole('button', { name: '隐藏身份证号' }).click();
    await page.getByRole('button', { name: '查看完整身份证号' }).waitFor();
    expect(await pageText()).not.toMatch(PLAIN_ID);
  });

  it('checks an uploaded units workbook row by row, reports the bad row, then imports only the valid rows', async () => {
    await menu().getByRole('link', { name: 'Excel 导入', exact: true }).click();
    // The choice goes through the address (?kind=units), so the radio turns checked a moment after the click.
    const units = page.getByRole('radio', { name: /^派出单位/ });
    await units.click();
    await expect.poll(() => units.isChecked()).toBe(true);

    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载派出单位导入模板' }).click();
    expect((await template).suggestedFilename()).toBe('派出单位导入模板.xlsx');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /点击或将 \.xlsx 文件拖到这里/ }).click();
    await (await chooser).setFiles({
      name: '派出单位-测试.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await unitsWorkbook(),
    });

    await page.getByText('共 3 行：2 行可以导入，1 行有问题（1 处）').waitFor();
    const report = page.getByRole('table').filter({ hasText: '问题' });
    const bad = report.getByRole('row').filter({ hasText: '部委' });
    await bad.waitFor();
    expect(await bad.getByRole('cell').allTextContents()).toEqual([
      '3',
      '*单位类别（kind）',
      '部委',
      expect.stringMatching(/^单位类别：应为下列之一/),
    ]);
    expect(await page.getByRole('button', { name: /^全部导入/ }).isDisabled()).toBe(true);
    await expectNothingCutOff();
    await shot('5-import-report');

    await page.getByRole('button', { name: '只导入有效行（2 行）' }).click();
    await page.getByText('已导入 2 行').waitFor();
    await shot('6-import-done');
    await page.getByRole('button', { name: '查看派出单位' }).click();
    await page.getByLabel('搜索单位名称').fill('浏览器测试');
    await page.getByLabel('搜索单位名称').press('Enter');
    await page.getByText('共 2 个单位').waitFor();
    await page.getByRole('link', { name: '开阳县浏览器测试中心' }).waitFor();
  });

  it('gives a unit user scope by choosing the unit by name', async () => {
    await menu().getByRole('link', { name: '用户管理', exact: true }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const drawer = page.getByRole('dialog', { name: '新建用户' });
    await drawer.getByLabel('用户名', { exact: true }).fill('nongye_hr');
    await drawer.getByLabel('姓名', { exact: true }).fill('开阳县农业农村局人事科');
    await drawer.getByLabel('初始密码', { exact: true }).fill('Nongye#2026hr');
    await drawer.getByLabel('角色', { exact: true }).click();
    await pickOption('派出单位组织人事部门');
    await drawer.getByLabel('派出单位', { exact: true }).fill('开阳县农业');
    await pickOption('开阳县农业农村局');
    await drawer.locator('.ant-select-selection-item').filter({ hasText: '开阳县农业农村局' }).waitFor();
    await shot('7-user-unit-scope');
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByRole('row').filter({ hasText: 'nongye_hr' }).waitFor();
  });
});
