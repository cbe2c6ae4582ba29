import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  callApi,
  expectChineseGlyphs,
  expectNothingCutOff,
  type Method,
  mainMenu,
  shanghaiToday,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// The optional evidence check-in (issue 10 item 8) on the demo county 开阳县, in Debian Chromium: off unless the
// province switches it on, and then no button at all; switched on, demo_cadre reads the purpose notice once
// (PIPL-28), taps, and sees the record with its notes in words; a check-in whose answer was lost on the way is
// sent again with its clientId and stays one record; the township reads the list — no ranking, no counts per
// cadre (X23-fingertip, X26-apps art. 6).

let server: RunningServer;
let browser: Browser;
let page: Page;

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'Walk#Check-Tap7';
const DEMO_VILLAGE = '520121101200';

const people = {
  province: { username: 'e2e_ci_province', displayName: '签到·省委组织部' },
  township: { username: 'e2e_ci_township', displayName: '签到·双流镇党委' },
};

/** The demo village's location (village profile), where demo_cadre's phone says it is. */
let village: { lat: number; lng: number };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `check-ins-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** A desktop (1366 px) and a phone (390 px) picture of the page as it is; on the phone nothing sticks out. */
async function shots(name: string) {
  await shot(`${name}-desktop`);
  await page.setViewportSize(PHONE);
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    await expectNothingCutOff(page);
    await shot(`${name}-phone`);
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

const api = <T>(method: Method, url: string, data?: unknown) => callApi<T>(page, server, method, url, data);

const signInAs = (username: string) => signInAsUser(page, server, username, PASSWORD);

const menu = () => mainMenu(page);

const checkInEnabled = async () =>
  (
    await api<{ parameters: { key: string; value: unknown }[] }>(
      'GET',
      `/api/settings/effective?region=${DEMO_VILLAGE}&date=${shanghaiToday()}`,
    )
  ).parameters.find((p) => p.key === 'checkInEnabled')?.value;

/**
 * Opens the cadre's month and waits until the settings in force have been read and the page has painted
 * after them, so the absence of the check-in card means "switched off", not "not loaded yet".
 */
async function openMyMonth() {
  const settingsRead = page.waitForResponse(
    (r) => r.url().includes('/api/settings/effective') && r.url().includes(DEMO_VILLAGE) && r.ok(),
  );
  await page.goto(`${server.baseUrl}/my-attendance`);
  await page.getByRole('heading', { name: '我的考勤' }).waitFor();
  await settingsRead;
  await page.getByText('本月小结').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** One metre north of a latitude, in degrees. */
const metresNorth = (m: number) => m / 111_195;

describe('the optional evidence check-in in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(DESKTOP);
    await signInAsAdmin(page, server);

    const create = (who: { username: string; displayName: string }, roles: string[], regions: string[]) =>
      api('POST', '/api/users', {
        ...who,
        password: PASSWORD,
        roles,
        scope: { regions, units: [] },
      });
    await create(people.province, ['org_admin'], ['52']);
    await create(people.township, ['township'], ['520121101']);
    // demo_cadre's password is generated at seeding; the administrator sets a known one.
    const users = await api<{ items: { id: string; username: string }[] }>(
      'GET',
      '/api/users?q=demo_cadre&pageSize=50',
    );
    const demoCadre = users.items.find((u) => u.username === 'demo_cadre');
    expect(demoCadre, 'the demo seeds demo_cadre').toBeDefined();
    await api('POST', `/api/users/${demoCadre!.id}/password`, { password: PASSWORD });
    const v = await api<{ village: { location: { lat: number; lng: number } | null } }>(
      'GET',
      `/api/villages/${DEMO_VILLAGE}`,
    );
    expect(v.village.location, 'the demo village has a location').not.toBeNull();
    village = v.village.location!;
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

  it('shows no check-in at all while the province and county have not switched it on (X26-apps art. 6)', async () => {
    await signInAs('demo_cadre');
    expect(await checkInEnabled()).toBe(false);
    await openMyMonth();
    await expectChineseGlyphs(page, '.ant-card-head-title');
    expect(await page.getByText('签到（可选）').count()).toBe(0);
    expect(await page.getByRole('button', { name: /签到/ }).count()).toBe(0);
    // Nor is there a check-in list for a cadre's own account.
    expect(await menu().getByRole('link', { name: '签到记录' }).count()).toBe(0);
    await shots('1-off');
  });

  it('switched on by the province: the cadre reads the purpose notice once (PIPL-28), taps once and sees the record with its notes in words', async () => {
    await signInAs(people.province.username);
    await api('PUT', '/api/settings/52/checkInEnabled', {
      value: true,
      effectiveFrom: shanghaiToday(),
      note: '试点：驻村干部可自愿签到作为佐证',
    });

    await signInAs('demo_cadre');
    expect(await checkInEnabled()).toBe(true);
    await browser.context.grantPermissions(['geolocation'], { origin: server.baseUrl });
    // 120 m from the village centre, a good fix.
    await browser.context.setGeolocation({
      latitude: village.lat + metresNorth(120),
      longitude: village.lng,
      accuracy: 25,
    });
    await openMyMonth();
    const card = page.locator('.ant-card').filter({ hasText: '签到（可选）' });
    await card.getByText('签到不计入考勤，也不排名').waitFor();
    await card.getByRole('button', { name: '签到', exact: true }).click();

    // First use: the purpose notice from the API, acknowledged before any position is taken.
    const notice = page.getByRole('dialog', { name: '签到用途告知' });
    await notice.getByText(/个人信息保护法第二十八条/).waitFor();
    await notice.getByText(/保存 90 天后删除/).waitFor();
    await shots('2-notice');
    await notice.getByRole('button', { name: '我已阅读，同意并签到' }).click();

    const result = page.getByRole('region', { name: '签到结果' });
    await result.getByText(/^已签到：\d{4}年/).waitFor();
    await result.getByText(/定位精度约 25 米，距村约 1[12]\d 米（范围 1,000 米）/).waitFor();
    await result.getByText('未发现异常').waitFor();
    await result.getByText('签到仅作佐证，不计入考勤，也不排名。').waitFor();
    const notes = await api<{ acknowledgedAt: string | null }>('GET', '/api/check-ins/notice');
    expect(notes.acknowledgedAt).not.toBeNull();
    // Nothing is left waiting on the phone once the server answered.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zhucun.checkIn'))),
    ).toEqual([]);
    await shots('3-checked-in');

    // The notice is asked once: a second tap goes straight to the position.
    await page.reload();
    await card.getByRole('button', { name: '签到', exact: true }).click();
    await result.getByText(/^已签到/).waitFor();
    expect(await page.getByRole('dialog', { name: '签到用途告知' }).count()).toBe(0);
    const mine = await api<{ total: number }>('GET', '/api/check-ins');
    expect(mine.total).toBe(2);
  });

  it('a check-in whose answer is lost on the way is kept on the phone and sent again with its clientId: one record, its notes in words', async () => {
    // 6 km away a minute after the last one: outside the village radius and faster than 150 km/h.
    await browser.context.setGeolocation({
      latitude: village.lat + metresNorth(6000),
      longitude: village.lng,
      accuracy: 30,
    });
    await openMyMonth();
    const card = page.locator('.ant-card').filter({ hasText: '签到（可选）' });
    // The request reaches the server, which records it; its answer never reaches the phone.
    await page.route('**/api/check-ins', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      await route.fetch();
      await route.abort('failed');
    });
    await card.getByRole('button', { name: '签到', exact: true }).click();
    await card.getByRole('alert').getByText('无法连接服务器').waitFor();
    await card.getByText(/尚未送达服务器，已保存在本机/).waitFor();
    await shots('4-undelivered');
    await page.unroute('**/api/check-ins');

    await card.getByRole('button', { name: '重新发送未送达的签到' }).click();
    const result = page.getByRole('region', { name: '签到结果' });
    await result.getByText('不在村庄范围内').waitFor();
    await result.getByText('与上次签到相比移动过快').waitFor();
    await card.getByRole('button', { name: '签到', exact: true }).waitFor();
    const mine = await api<{ total: number; items: { flags: string[] }[] }>('GET', '/api/check-ins');
    expect(mine.total, 'the resend answered the first record, not a new one').toBe(3);
    expect(
      mine.items.filter((c) => c.flags.includes('outside_radius')),
      'one record 6 km away',
    ).toHaveLength(1);
    await shots('5-flags');
  });

  it('the township reads the check-ins of its villages with the notes in words and the retention period — no ranking, no counts per cadre (PIPL-28)', async () => {
    await signInAs(people.township.username);
    await menu().getByRole('link', { name: '签到记录', exact: true }).click();
    await page.getByRole('heading', { name: '签到记录' }).waitFor();
    await page.getByText('签到记录保存 90 天后自动删除').waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.filter({ hasText: '不在村庄范围内' }).filter({ hasText: '与上次签到相比移动过快' }).waitFor();
    await expect.poll(() => rows.filter({ hasText: '未发现异常' }).count()).toBe(2);
    await expectChineseGlyphs(page, '.ant-table-tbody');
    // What a ranking or a count per cadre would print (the page says only that there is none).
    expect(await page.getByText(/第\s*\d+\s*名|排行榜|签到率|签到次数|\d+\s*次/).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: /次数|排名|合计/ }).count()).toBe(0);
    await shots('6-township-list');

    // The note filter: only the check-ins with the chosen note.
    await page.getByRole('combobox', { name: '提示' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '不在村庄范围内' })
      .click();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByText('不在村庄范围内').waitFor();
  });
});
