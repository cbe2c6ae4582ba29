import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { expectChineseGlyphs, fetchJson, sessionCookie, shanghaiToday } from './support/ui';

// The half-year report on the phone app (issue 12 item 1; P17.4.2-report, P21.5-unit-hear) at a 390 px phone
// viewport: demo_cadre drafts the current half year's report with one tap, sees each section with where it came
// from and the share filled from records, corrects two sections (its thinking, its problems and plans — the
// parts only it can write) and submits; the save and the submission go through the outbox. Then, through the
// API, the leading group reviews it and the dispatching unit records its hearing; the phone shows it read-only
// with the opinion, and the completeness of the village's county counts it submitted, reviewed and heard.
// Needs `npx vite build --config vite.mobile.config.ts` first.

let server: RunningServer;
let browser: Browser;
let page: Page;
let adminCookie = '';

const PHONE = { width: 390, height: 844 };
const PASSWORD = 'Phone#Report-Tap7';
const stamp = Date.now().toString(36);
const today = shanghaiToday();
const period = `${today.slice(0, 4)}H${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`;
const county = '520121';
const periodZh = `${today.slice(0, 4)}年${period.endsWith('H1') ? '上' : '下'}半年`;

async function shot(name: string) {
  await page.screenshot({
    path: path.join(SCREENSHOTS, `mobile-report-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** The administrator's calls, with a cookie of their own (the browser holds the cadre's). */
const call = <T>(method: string, url: string, body?: unknown, cookie = adminCookie) =>
  fetchJson<T>(server, method, url, body, cookie);
const signIn = (username: string, password: string) => sessionCookie(server, username, password);
async function demoAccount(username: string): Promise<string> {
  const users = await call<{ items: { id: string; username: string }[] }>(
    'GET',
    `/api/users?q=${username}&pageSize=50`,
  );
  const user = users.items.find((u) => u.username === username);
  expect(user, `the demo seeds ${username}`).toBeDefined();
  await call('POST', `/api/users/${user!.id}/password`, { password: PASSWORD });
  return signIn(username, PASSWORD);
}

interface Report {
  id: string;
  status: string;
  villageCode: string;
  sections: { key: string; text: string; cadreWrites: boolean }[];
  allowedSteps: string[];
}
interface Completeness {
  due: number;
  submitted: number;
  reviewed: number;
  heard: number;
}

describe('the half-year report on the phone (issue 12 item 1)', () => {
  beforeAll(async () => {
    if (!existsSync(path.resolve('dist/mobile/index.html')))
      throw new Error('dist/mobile is not built: run `npx vite build --config vite.mobile.config.ts` first');
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(PHONE);
    adminCookie = await signIn('admin', server.adminPassword);
    await demoAccount('demo_cadre');
  });
  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await shot(`failed-${task.name.slice(0, 30).replace(/\W+/g, '-')}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the cadre drafts the report on the phone, corrects two sections, submits; the leading group reviews, the unit hears, the completeness counts it', async () => {
    await page.goto(`${server.baseUrl}/m/`);
    await page.getByLabel('用户名').fill('demo_cadre');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '等待我处理' }).waitFor();

    // The home's actions open the report; the current half year is drafted with one tap.
    await page.getByRole('link', { name: '半年报告', exact: true }).click();
    await page.getByRole('link', { name: periodZh }).click();
    await page.getByRole('heading', { name: `半年工作报告 · ${periodZh}` }).waitFor();
    await page.getByRole('button', { name: '起草报告' }).click();
    await page.getByTestId('report-status').getByText('草稿').waitFor();
    // The share filled from records and where each section came from; the cadre's own parts are marked.
    await expect
      .poll(() => page.getByTestId('report-prefill').innerText())
      .toMatch(/由记录生成 \d+ \/ 12 部分/);
    await page
      .locator('[data-key="attendance"]')
      .getByText(/来自：.*考勤/)
      .waitFor();
    expect(await page.locator('.badge.own').count()).toBe(2);
    await expectChineseGlyphs(page, 'h1');
    await shot('1-drafted');

    // The home now links the draft under "what awaits me".
    await page.goto(`${server.baseUrl}/m/#/`);
    await page.getByRole('link', { name: new RegExp(`半年工作报告（${periodZh}）草稿`) }).click();
    await page.getByRole('heading', { name: `半年工作报告 · ${periodZh}` }).waitFor();

    // Submitting with the cadre's own parts empty is stopped on the phone, naming them.
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByText(/请先填写：十一、思想情况、十二、存在问题和下步打算/).waitFor();

    const thinking = `端到端：思想稳定，安心驻村 ${stamp}`;
    const plans = `端到端：冷库尚未建成；下半年推动建成投用 ${stamp}`;
    await page.getByLabel('十一、思想情况').fill(thinking);
    await page.getByLabel('十二、存在问题和下步打算').fill(plans);
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect
      .poll(async () => {
        const list = await call<{ items: { id: string }[] }>(
          'GET',
          `/api/half-year-reports?period=${period}&region=520121101200&pageSize=5`,
        );
        const r = await call<{ report: Report }>('GET', `/api/half-year-reports/${list.items[0]!.id}`);
        return r.report.sections.find((s) => s.key === 'thinking')?.text;
      })
      .toBe(thinking);
    // Tap targets of the report are at least 44 px high; nothing is wider than the phone.
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('a.action, button, textarea')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 0 && r.height < 44).length,
    );
    expect(small).toBe(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await shot('2-corrected');

    const before = await call<Completeness>(
      'GET',
      `/api/half-year-reports/completeness?region=${county}&period=${period}`,
    );
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('report-status').getByText('已提交，待领导小组审阅').waitFor({ timeout: 30_000 });
    await shot('3-submitted');

    const list = await call<{ items: { id: string; status: string }[] }>(
      'GET',
      `/api/half-year-reports?period=${period}&region=520121101200&pageSize=5`,
    );
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.status).toBe('submitted');
    const id = list.items[0]!.id;

    // The leading group reviews (P17.4.2-report); the dispatching unit records its hearing (P21.5-unit-hear).
    const leading = await demoAccount('demo_leading');
    await call(
      'POST',
      `/api/half-year-reports/${id}/review`,
      { opinion: '端到端：同意，继续加油。' },
      leading,
    );
    // The dispatching unit's personnel office of this cadre's unit (the report names it).
    const { report } = await call<{ report: Report & { unitId: string } }>(
      'GET',
      `/api/half-year-reports/${id}`,
    );
    await call('POST', '/api/users', {
      username: `e2e_m_unit_${stamp}`,
      displayName: '报告·派出单位人事部门',
      password: PASSWORD,
      roles: ['unit_hr'],
      scope: { regions: [], units: [report.unitId] },
    });
    const unit = await signIn(`e2e_m_unit_${stamp}`, PASSWORD);
    await call(
      'POST',
      `/api/half-year-reports/${id}/hearing`,
      { heardOn: today, opinion: '端到端：单位党组已听取。' },
      unit,
    );
    const after = await call<Completeness>(
      'GET',
      `/api/half-year-reports/completeness?region=${county}&period=${period}`,
    );
    expect(after.submitted).toBe(before.submitted + 1);
    expect(after.reviewed).toBe(before.reviewed + 1);
    expect(after.heard).toBe(before.heard + 1);

    // Reviewed: read-only on the phone, with the opinion.
    await page.reload();
    await page.getByTestId('report-status').getByText('已审阅').waitFor();
    await page.getByTestId('review-opinion').getByText('端到端：同意，继续加油。').waitFor();
    await page.getByText('端到端：单位党组已听取。').waitFor();
    expect(await page.locator('textarea').count()).toBe(0);
    await page.getByText(thinking).waitFor();
    await expectChineseGlyphs(page, '[data-testid="review-opinion"] p');
    await shot('4-reviewed');
  });
});
