import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  callApi,
  expectChineseGlyphs,
  type Method,
  mainMenu,
  shanghaiToday,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// Official trips and training (issue 10 item 6) on the demo county 开阳县, in Debian Chromium, where the county
// asks for approval (tripNeedsApproval): the cadre reports a trip and is told it awaits the township; the
// township sees it on its trips page and approves it from the buttons allowedSteps gives; the day then counts.

let server: RunningServer;
let browser: Browser;
let page: Page;

const DESKTOP = { width: 1366, height: 900 };
const PASSWORD = 'Walk#Trip-Steps7';
const people = {
  cadre: { username: 'e2e_trip_cadre', displayName: '出差·驻村第一书记' },
  township: { username: 'e2e_trip_township', displayName: '出差·乡镇党委' },
};
let cadre: { cadreId: string; cadreName: string };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `trips-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const api = <T>(method: Method, url: string, data?: unknown) => callApi<T>(page, server, method, url, data);

const signInAs = (username: string) => signInAsUser(page, server, username, PASSWORD);

const menu = () => mainMenu(page);

const shiftMonth = (month: string, delta: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

async function typeDate(label: string, date: string) {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true });
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

interface Day {
  date: string;
  dayKind: string;
  status: string;
}

describe('trips and training that need the township’s approval', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(DESKTOP);
    await signInAsAdmin(page, server);
    const board = await api<{
      villages: {
        villageCode: string;
        townshipCode: string;
        members: {
          cadreId: string;
          cadreName: string;
          teamRole: string;
          startOn: string;
          plannedEndOn: string;
        }[];
      }[];
    }>('GET', '/api/counties/520121/team-board');
    const today = shanghaiToday();
    const inTwoMonths = `${shiftMonth(today.slice(0, 7), 2)}-28`;
    const village = board.villages.find(
      (v) =>
        v.villageCode !== '520121101200' &&
        v.members.some(
          (m) => m.teamRole === 'first_secretary' && m.startOn < today && m.plannedEndOn > inTwoMonths,
        ),
    );
    expect(village, 'a village of 开阳县 with a first secretary on post').toBeDefined();
    const fs = village!.members.find((m) => m.teamRole === 'first_secretary')!;
    cadre = { cadreId: fs.cadreId, cadreName: fs.cadreName };
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
    await create(people.cadre, ['cadre'], [village!.villageCode], { cadreId: cadre.cadreId });
    await create(people.township, ['township'], [village!.townshipCode]);
    await api('PUT', '/api/settings/520121/tripNeedsApproval', {
      value: true,
      effectiveFrom: today,
      note: '端到端：出差培训须经乡镇审批',
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

  it('the cadre reports a trip and is told it awaits the township; the township approves it and the day counts as a trip', async () => {
    await signInAs(people.cadre.username);
    // The next working day from tomorrow with nothing recorded on it.
    const today = shanghaiToday();
    const month = today.slice(0, 7);
    const days: Day[] = [];
    for (const mm of [month, shiftMonth(month, 1)]) {
      days.push(...(await api<{ days: Day[] }>('GET', `/api/attendance/ledger?month=${mm}`)).days);
    }
    const day = days.find((d) => d.date > today && d.dayKind === 'working' && d.status === 'in_village');
    expect(day, 'a free working day ahead').toBeDefined();
    const on = day!.date;

    await menu().getByRole('link', { name: '我的考勤', exact: true }).click();
    await page.getByRole('heading', { name: '我的考勤' }).waitFor();
    await page.getByRole('button', { name: '报备出差/培训' }).click();
    await typeDate('开始日期', on);
    await typeDate('结束日期', on);
    await page.getByRole('dialog').getByLabel('地点', { exact: true }).fill('贵阳市');
    await page.getByRole('dialog').getByLabel('事由', { exact: true }).fill('参加全市驻村工作推进会');
    await page.getByRole('dialog').getByRole('button', { name: '报备', exact: true }).click();
    await page.getByRole('dialog').getByText('已提交，待乡镇党委审批').waitFor();
    await expectChineseGlyphs(page, '.ant-result-title');
    await shot('1-cadre-awaits-township');
    await page.getByRole('dialog').getByRole('button', { name: '知道了' }).click();
    const pending = await api<{ days: Day[] }>('GET', `/api/attendance/ledger?month=${on.slice(0, 7)}`);
    expect(pending.days.find((d) => d.date === on)?.status).toBe('in_village');

    await signInAs(people.township.username);
    await menu().getByRole('link', { name: '出差培训', exact: true }).click();
    await page.getByRole('heading', { name: '出差培训' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: cadre.cadreName }).filter({ hasText: '待乡镇审批' });
    await row.getByText('参加全市驻村工作推进会').waitFor();
    await shot('2-township-list');
    await row.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('dialog').getByLabel('审批意见（选填）').fill('同意');
    await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
    const done = page.getByRole('row').filter({ hasText: cadre.cadreName }).filter({ hasText: '已报备' });
    await done.getByText(/同意/).waitFor();
    expect(await done.getByRole('button', { name: '批准', exact: true }).count()).toBe(0);
    await shot('3-township-approved');
    const ledger = await api<{ days: Day[] }>(
      'GET',
      `/api/attendance/ledger?cadreId=${cadre.cadreId}&month=${on.slice(0, 7)}`,
    );
    expect(ledger.days.find((d) => d.date === on)?.status).toBe('official_trip');
  });
});
