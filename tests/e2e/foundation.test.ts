import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, glyphReport, openBrowser, platformFonts, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { pickOption as pickOptionIn, signInAsAdmin } from './support/ui';

// Foundation journey (issue 2): sign in → open a village in the region tree → sign out, in Debian Chromium.
const CJK_FONT =
  /CJK|WenQuanYi|Zen ?Hei|Source Han|PingFang|YaHei|Hiragino|Droid Sans Fallback|SimSun|SimHei/i;

let server: RunningServer;
let browser: Browser;
let page: Page;

const shot = (name: string) =>
  page.screenshot({
    path: path.join(SCREENSHOTS, `foundation-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });

async function expectChineseRenders(selector: string) {
  const report = await glyphReport(page, selector);
  expect(report.fontsStatus).toBe('loaded');
  expect(report.fontFamily).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
  expect(report.hanNotBlank).toBe(true);
  expect(report.hanDiffer).toBe(true);
  expect(report.hanDifferFromTofu).toBe(true);
  const fonts = await platformFonts(page, selector);
  expect(
    fonts.some((f) => CJK_FONT.test(f)),
    `fonts used for ${selector}: ${fonts.join(', ')}`,
  ).toBe(true);
}

const signIn = () => signInAsAdmin(page, server);

const pickOption = (text: string, also?: string) => pickOptionIn(page, text, also);

async function openTreeNode(name: string) {
  const node = page.getByRole('treeitem', { name, exact: true });
  await node.getByText(name, { exact: true }).click();
  await expect.poll(() => node.getAttribute('aria-selected')).toBe('true');
  return node;
}

describe('foundation in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
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

  it('signs in as admin, opens a village of 双流镇 in the region tree with its full path, and signs out', async () => {
    await page.goto(`${server.baseUrl}/regions`);

    // Not signed in: the login page, in Chinese.
    await page.getByRole('heading', { name: '用户登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await expectChineseRenders('h1');
    await shot('1-login');

    // A wrong password is refused with the server's message, next to the form.
    await page.getByLabel('用户名', { exact: true }).fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('wrong-Password-1');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();

    await page.getByLabel('密码', { exact: true }).fill(server.adminPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();

    // Back where the user was going: the regions page, inside the signed-in layout.
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByRole('treeitem', { name: '贵州省', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regions');
    await expect.poll(() => page.locator('header').textContent()).toContain('系统管理员');

    // The menu leads home and back.
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '首页', exact: true }).click();
    await page.getByRole('heading', { name: '系统管理员，您好' }).waitFor();
    await shot('2-home');
    await menu.getByRole('link', { name: '行政区划', exact: true }).click();

    // Province › city › county › township, each loaded when opened.
    await openTreeNode('贵州省');
    await openTreeNode('贵阳市');
    await openTreeNode('开阳县');
    await openTreeNode('双流镇');
    // A village of 双流镇 (villages and communities are loaded with /children?pageSize=500).
    const village = page.getByRole('treeitem', { name: '白马村', exact: true });
    await village.getByText('白马村', { exact: true }).click();
    await expect.poll(() => village.getAttribute('aria-selected')).toBe('true');

    const fullPath = '贵州省 › 贵阳市 › 开阳县 › 双流镇 › 白马村';
    await page.getByText(fullPath, { exact: true }).waitFor();
    await page.getByText('520121101204', { exact: true }).waitFor();
    const crumbs = await page.locator('.ant-breadcrumb li').allTextContents();
    expect(crumbs.filter((c) => c !== '›')).toEqual(['贵州省', '贵阳市', '开阳县', '双流镇', '白马村']);
    expect(page.url()).toContain('code=520121101204');
    await expectChineseRenders('.ant-tree-node-selected .ant-tree-title');
    await shot('3-regions-village');

    // Search by name: each result shows its full path.
    await page.getByLabel('搜索行政区划').fill('双流镇');
    await page.getByLabel('搜索行政区划').press('Enter');
    await page.getByText('贵州省 › 贵阳市 › 开阳县 › 双流镇', { exact: true }).waitFor();
    await shot('4-regions-search');

    // Sign out: back on the login page, and the session is gone.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '用户登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot('5-signed-out');
    const session = await page.evaluate(async () => (await fetch('/api/session')).status);
    expect(session).toBe(401);
    await page.goto(`${server.baseUrl}/regions`);
    await page.getByRole('heading', { name: '用户登录' }).waitFor();
  });

  it('creates a county user with a scope chosen by name, shows the refusal next to the field, and verifies the audit chain', async () => {
    await signIn();
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.getByRole('link', { name: '用户管理', exact: true }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const drawer = page.getByRole('dialog', { name: '新建用户' });
    await drawer.getByLabel('用户名', { exact: true }).fill('admin');
    await drawer.getByLabel('姓名', { exact: true }).fill('开阳县委组织部');
    await drawer.getByLabel('初始密码', { exact: true }).fill('abc');
    await drawer.getByText('长度至少 8 位').waitFor();
    await drawer.getByLabel('初始密码', { exact: true }).fill('Kaiyang#2026x');
    await drawer.getByText('密码强度符合要求').waitFor();
    await drawer.getByLabel('角色', { exact: true }).click();
    await pickOption('组织部门管理员');
    await drawer.getByLabel('管辖区划', { exact: true }).fill('开阳');
    await pickOption('开阳县', '520121');
    await drawer.locator('.ant-select-selection-item').filter({ hasText: '开阳县（520121）' }).waitFor();
    await drawer.getByRole('button', { name: '保存' }).click();

    // The name is taken: the server's CONFLICT names the field, and the message stands under it.
    const username = drawer.getByLabel('用户名', { exact: true });
    await drawer.getByText('已被使用', { exact: true }).waitFor();
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await username.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('已被使用');
    await shot('6-user-refused');

    await username.fill('kaiyang_zzb');
    await drawer.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row').filter({ hasText: 'kaiyang_zzb' });
    await row.waitFor();
    await row.getByText('组织部门管理员').waitFor();
    await row.getByText('开阳县（520121）').waitFor();
    await shot('7-users');

    // The audit log shows the creation, and the chain verifies.
    await menu.getByRole('link', { name: '审计日志', exact: true }).click();
    await page.getByRole('row').filter({ hasText: '创建用户' }).filter({ hasText: '开阳县' }).waitFor();
    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByRole('status').filter({ hasText: '审计链完整' }).waitFor();
    await shot('8-audit');

    // A session that ends on the server sends the user to sign in again, saying why.
    await browser.context.clearCookies();
    await menu.getByRole('link', { name: '用户管理', exact: true }).click();
    await page.getByLabel('搜索用户').fill('kaiyang');
    await page.getByLabel('搜索用户').press('Enter');
    await page.getByRole('status').filter({ hasText: '登录已超时，请重新登录' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
