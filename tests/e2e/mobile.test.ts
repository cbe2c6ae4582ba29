import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { expectChineseGlyphs, fetchJson, sessionCookie, signInAsAdmin } from './support/ui';

// The stationed cadre's phone app at /m/ (issue 11) in Chromium at a phone viewport: an installable app (manifest,
// icons, a service worker over /m/), signed in once on the device; without signal a work log and a leave request
// are kept on the phone and shown waiting, the page reloads and still opens, and with the signal back both are
// accepted — exactly one record of each on the server. A refused item shows the server's reason and is fixed and
// resent. Needs `npx vite build` and `npx vite build --config vite.mobile.config.ts` first.

let server: RunningServer;
let browser: Browser;
let page: Page;
let adminCookie = '';
let cadreId = '';

const PHONE = { width: 390, height: 844 };
const PASSWORD = 'Phone#Walk-Tap7';
const stamp = Date.now().toString(36);

async function shot(name: string) {
  await page.screenshot({
    path: path.join(SCREENSHOTS, `mobile-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** The administrator's calls, with a cookie of their own (the browser holds the cadre's). */
const admin = <T>(method: string, url: string, body?: unknown, cookie = adminCookie) =>
  fetchJson<T>(server, method, url, body, cookie);
const signIn = (username: string, password: string) => sessionCookie(server, username, password);

const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
/** A Tuesday at least `days` ahead (a working day unless a holiday falls there), YYYY-MM-DD. */
function tuesdayAfter(days: number): string {
  const d = new Date(`${shanghaiDay(days)}T00:00:00Z`);
  while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const plus = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const badges = (state: string) => page.locator(`li.item.${state}`);

async function openAction(name: string) {
  await page.goto(`${server.baseUrl}/m/#/`);
  await page.getByRole('link', { name, exact: true }).click();
}

describe('the phone app at /m/ (issue 11)', () => {
  beforeAll(async () => {
    if (!existsSync(path.resolve('dist/mobile/index.html')))
      throw new Error('dist/mobile is not built: run `npx vite build --config vite.mobile.config.ts` first');
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(PHONE);
    adminCookie = await signIn('admin', server.adminPassword);
    const users = await admin<{ items: { id: string; username: string; cadre?: { id: string } | null }[] }>(
      'GET',
      '/api/users?q=demo_cadre&pageSize=50',
    );
    const demo = users.items.find((u) => u.username === 'demo_cadre');
    expect(demo, 'the demo seeds demo_cadre').toBeDefined();
    cadreId = demo!.cadre!.id;
    await admin('POST', `/api/users/${demo!.id}/password`, { password: PASSWORD });
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

  it('is an installable app: a manifest with its icons, a service worker over /m/, no antd', async () => {
    const manifest = await admin<{
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string }[];
    }>('GET', '/m/manifest.webmanifest', undefined, '');
    expect(manifest.name).toContain('驻村');
    expect(manifest.start_url.startsWith('/m/')).toBe(true);
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const res = await fetch(`${server.baseUrl}${icon.src}`);
      expect(res.headers.get('content-type')).toBe('image/png');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    }
    const sw = await fetch(`${server.baseUrl}/m/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    // Public static files; the API stays private.
    expect((await fetch(`${server.baseUrl}/api/devices`)).status).toBe(401);

    await page.goto(`${server.baseUrl}/m/`);
    await page.getByRole('heading', { name: '驻村 · 手机端登录' }).waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/m/');
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.some((s) => /antd/.test(s))).toBe(false);
    await expectChineseGlyphs(page, 'h1');
    await shot('1-sign-in');
  });

  it('offline: a log and a leave request wait on the phone, the page reloads without signal, and with the signal back both are accepted — one record each', async () => {
    await page.getByLabel('用户名').fill('demo_cadre');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByLabel('这台手机的名称（可不填）').fill('测试手机');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '等待我处理' }).waitFor();
    await page.getByRole('heading', { name: '本月驻村天数' }).waitFor();
    // demo_cadre's home is full: its team, its term, its leave and trips, the task list, recent logs.
    for (const heading of ['我的任期', '我们的工作队', '我的请假和出差', '本村任务清单', '最近的日志'])
      await page.getByRole('heading', { name: heading }).waitFor();
    expect(await page.locator('p.log').count()).toBeGreaterThan(0);
    // Nothing ranked, no activity score (X19-burden, X26-apps art. 6).
    expect(await page.getByText(/排名|排行|积分|活跃度/).count()).toBe(0);
    await expectChineseGlyphs(page, 'h1');
    await shot('2-home');
    // Tap targets of the home page are at least 44 px high.
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('a.action, button')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 0 && r.height < 44).length,
    );
    expect(small).toBe(0);
    // With the system's largest fonts (here twice the default size) everything still fits the phone's width.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await shot('2-home-large-font');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });

    await browser.context.setOffline(true);
    const logText = `走访脱贫户，了解务工和医保情况 ${stamp}`;
    await openAction('写日志');
    await page.getByRole('button', { name: '走访农户' }).click();
    await page.getByRole('button', { name: '为民办事服务' }).click();
    await page.getByLabel('记下发生了什么').fill(logText);
    await page.getByLabel('走访户数（可不填）').fill('3');
    await page.getByRole('button', { name: '保存，有信号时发送' }).click();
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    await expect.poll(() => badges('waiting').count()).toBe(1);

    const startOn = tuesdayAfter(60);
    const endOn = plus(startOn, 1);
    await openAction('请假');
    await page.getByRole('button', { name: '事假' }).click();
    await page.getByLabel('开始日期').fill(startOn);
    await page.getByLabel('结束日期').fill(endOn);
    // Before sending: the working days and who approves (offline: estimated from the kept calendar).
    await page.getByText('共 2 个工作日（离线估算）').waitFor();
    await page.getByText('审批：乡镇党委审批').waitFor();
    await page.getByLabel('请假事由').fill(`回家处理家事 ${stamp}`);
    await shot('3-leave-offline');
    await page.getByRole('button', { name: '保存，有信号时发送' }).click();
    await expect.poll(() => badges('waiting').count()).toBe(2);
    await page.getByText('无信号：内容保存在手机上，有信号时自动发送。').waitFor();

    // Reloaded without signal, the app still opens, with both items waiting.
    await page.reload();
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    await expect.poll(() => badges('waiting').count()).toBe(2);
    await shot('4-queue-offline');
    await page.goto(`${server.baseUrl}/m/#/`);
    await page.getByText(/无信号：显示的是/).waitFor();
    await page.getByText('2 项保存在手机上，等待发送').waitFor();

    await browser.context.setOffline(false);
    await page.goto(`${server.baseUrl}/m/#/queue`);
    await expect.poll(() => badges('accepted').count(), { timeout: 30_000 }).toBe(2);
    await page.getByText('2 个工作日，乡镇党委审批').waitFor();
    await shot('5-queue-accepted');

    const logs = await admin<{ items: { id: string; text: string; householdsVisited: number | null }[] }>(
      'GET',
      `/api/work-logs?cadreId=${cadreId}&pageSize=100`,
    );
    const mine = logs.items.filter((l) => l.text === logText);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.householdsVisited).toBe(3);
    const leaves = await admin<{ items: { id: string; startOn: string; endOn: string; status: string }[] }>(
      'GET',
      `/api/leave-requests?cadreId=${cadreId}&pageSize=100`,
    );
    expect(leaves.items.filter((l) => l.startOn === startOn && l.endOn === endOn)).toHaveLength(1);

    // Sending the same items again (a lost answer) gives back the same records.
    const resent = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('zhucun-m');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const items = await new Promise<
        { id: string; kind: string; body: Record<string, unknown>; result: { id: string } }[]
      >((resolve) => {
        const r = db.transaction('queue').objectStore('queue').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const out: { kind: string; status: number; same: boolean }[] = [];
      for (const i of items) {
        const url = i.kind === 'leave' ? '/api/leave-requests' : '/api/work-logs';
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
          body: JSON.stringify({ ...i.body, clientId: i.id }),
        });
        const json = await res.json();
        out.push({
          kind: i.kind,
          status: res.status,
          same: (json.leaveRequest ?? json.workLog).id === i.result.id,
        });
      }
      return out;
    });
    expect(resent).toHaveLength(2);
    for (const r of resent) expect(r, r.kind).toMatchObject({ status: expect.any(Number), same: true });
    const again = await admin<{ items: { text: string }[] }>(
      'GET',
      `/api/work-logs?cadreId=${cadreId}&pageSize=100`,
    );
    expect(again.items.filter((l) => l.text === logText)).toHaveLength(1);
  });

  it('a refused leave (overlapping an approved one) shows the reason and is fixed and resent', async () => {
    // An approved leave of demo_cadre: asked on its own account, approved by a township user.
    const cadreCookie = await signIn('demo_cadre', PASSWORD);
    const session = await admin<{ cadreAssignment: { id: string } }>(
      'GET',
      '/api/session',
      undefined,
      cadreCookie,
    );
    const startOn = tuesdayAfter(90);
    const asked = await admin<{ leaveRequest: { id: string } }>(
      'POST',
      '/api/leave-requests',
      {
        assignmentId: session.cadreAssignment.id,
        kind: 'sick',
        startOn,
        endOn: plus(startOn, 1),
        reason: '复查',
      },
      cadreCookie,
    );
    await admin('POST', '/api/users', {
      username: `e2e_m_town_${stamp}`,
      password: PASSWORD,
      displayName: '手机·双流镇党委',
      roles: ['township'],
      scope: { regions: ['520121101'], units: [] },
    });
    const town = await signIn(`e2e_m_town_${stamp}`, PASSWORD);
    await admin('POST', `/api/leave-requests/${asked.leaveRequest.id}/approve`, { note: '同意' }, town);

    await browser.context.setOffline(true);
    await openAction('请假');
    await page.getByRole('button', { name: '探亲假' }).click();
    await page.getByLabel('开始日期').fill(plus(startOn, 1));
    await page.getByLabel('结束日期').fill(plus(startOn, 2));
    await page.getByLabel('请假事由').fill(`探望父母 ${stamp}`);
    await page.getByRole('button', { name: '保存，有信号时发送' }).click();
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    await browser.context.setOffline(false);
    await page.goto(`${server.baseUrl}/m/#/queue`);
    const refused = page.locator('li.item.refused');
    await refused.waitFor({ timeout: 30_000 });
    await expect.poll(() => refused.innerText()).toContain('日期重叠');
    await expect.poll(() => refused.innerText()).toContain('P17.4.2-leave');
    await shot('6-refused');

    await refused.getByRole('link', { name: '修改后重发' }).click();
    await page.getByRole('heading', { name: '修改请假' }).waitFor();
    await page.getByText(/退回原因：.*日期重叠/).waitFor();
    const fixedStart = plus(startOn, 7);
    await page.getByLabel('开始日期').fill(fixedStart);
    await page.getByLabel('结束日期').fill(plus(fixedStart, 1));
    // Online, the server's own count is shown before sending.
    await page.getByText('共 2 个工作日', { exact: true }).waitFor();
    await page.getByRole('button', { name: '发送', exact: true }).click();
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    await expect.poll(() => page.locator('li.item.refused').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => badges('accepted').count(), { timeout: 30_000 }).toBe(3);
    await shot('7-fixed');

    const leaves = await admin<{ items: { startOn: string; reason: string }[] }>(
      'GET',
      `/api/leave-requests?cadreId=${cadreId}&pageSize=100`,
    );
    const mine = leaves.items.filter((l) => l.reason === `探望父母 ${stamp}`);
    expect(mine.map((l) => l.startOn)).toEqual([fixedStart]);
  });

  it('my devices: this phone is listed; English is available', async () => {
    await openAction('我的设备');
    await page.getByRole('heading', { name: '测试手机' }).waitFor();
    await page.getByText(/就是这台/).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My devices' }).waitFor();
    await shot('8-devices-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '我的设备' }).waitFor();
  });

  it('the county signs the phone out from the user’s page; what the phone kept meanwhile waits for the next sign-in', async () => {
    // Without signal, the cadre says it stayed in the village on a rest day: kept on the phone.
    await browser.context.setOffline(true);
    await openAction('休息日在村');
    await page.getByRole('button', { name: '保存，有信号时发送' }).click();
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    const stay = page.locator('li.item[data-kind="restDay"]');
    await expect.poll(async () => (await stay.getAttribute('class')) ?? '').toContain('waiting');

    // The administrator works on the desktop in a browser of its own (the phone's browser holds the cadre's cookie).
    const office = await openBrowser();
    try {
      const desk = office.page;
      await desk.setViewportSize({ width: 1366, height: 900 });
      await signInAsAdmin(desk, server);
      await desk.goto(`${server.baseUrl}/users`);
      await desk.getByPlaceholder('用户名或姓名').fill('demo_cadre');
      await desk.getByPlaceholder('用户名或姓名').press('Enter');
      const row = desk.locator('tr').filter({ hasText: 'demo_cadre' });
      await row.getByRole('button', { name: '编辑' }).click();
      const phones = desk.getByRole('region', { name: '手机登录设备' });
      await phones.getByText('测试手机').waitFor();
      await desk.screenshot({ path: path.join(SCREENSHOTS, 'mobile-9-county-devices.png') });
      await phones.getByRole('button', { name: '退出登录' }).click();
      await desk.locator('.ant-popconfirm').getByRole('button', { name: '退出登录' }).click();
      await desk.getByText('该设备已退出登录').waitFor();
    } finally {
      await office.close();
    }

    // The signal returns: the server no longer knows this phone, so the app asks to sign in; nothing is lost.
    await browser.context.setOffline(false);
    await page.getByRole('heading', { name: '驻村 · 手机端登录' }).waitFor({ timeout: 30_000 });
    await page.getByText(/这台手机的登录已结束/).waitFor();
    await page.getByLabel('用户名').fill('demo_cadre');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // Signed in again, the app is back where it was (the outbox), and sends what waited.
    await page.getByRole('heading', { name: '待发送与已发送' }).waitFor();
    await expect
      .poll(async () => (await stay.getAttribute('class')) ?? '', { timeout: 30_000 })
      .toMatch(/accepted|refused/);
    await shot('10-after-revoke');
  });
});
