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
  pickOption,
  shanghaiToday,
  signInAsAdmin,
  signInAs as signInAsUser,
} from './support/ui';

// Attendance by exception (issue 10) on the demo county 开阳县, in Debian Chromium: a stationed cadre asks
// for leave and reports the return, the township and the county approve (P17.4.2-leave / P21.5-leave), the
// cadre's month shows the days as leave; the county reads the monthly attendance sheet and exports it.

let server: RunningServer;
let browser: Browser;
let page: Page;

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 360, height: 780 };
const PASSWORD = 'Walk#Leave-Steps9';

interface Day {
  date: string;
  dayKind: 'working' | 'rest' | 'holiday';
  status: string;
  future: boolean;
}

const people = {
  cadre: { username: 'e2e_cadre', displayName: '考勤·驻村第一书记' },
  township: { username: 'e2e_township', displayName: '考勤·乡镇党委' },
  county: { username: 'e2e_county', displayName: '考勤·县委组织部' },
};

/** Who the journey follows: a first secretary on post in 开阳县 (not demo_cadre's, whose account exists). */
let cadre: { cadreId: string; cadreName: string; villageName: string; townshipCode: string };

async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `attendance-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** A desktop and a phone picture of the page as it is; on the phone nothing sticks out sideways. */
async function shots(name: string) {
  await shot(`${name}-desktop`);
  await page.setViewportSize(PHONE);
  try {
    // The side menu folds away with an animation after the resize.
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

const shiftMonth = (month: string, delta: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + delta;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

/** The cadre's days of three months around today, from the ledger the cadre reads. */
async function ledgerDays(): Promise<Day[]> {
  const month = shanghaiToday().slice(0, 7);
  const days: Day[] = [];
  for (const m of [shiftMonth(month, -1), month, shiftMonth(month, 1)]) {
    const ledger = await api<{ days: Day[] }>('GET', `/api/attendance/ledger?month=${m}`);
    days.push(...ledger.days);
  }
  return days;
}

/**
 * The first run of consecutive days holding exactly `working` working days, starting and ending on one,
 * where nothing is recorded yet (every day presumed in the village or resting) and `fits` holds.
 */
function freeRun(days: Day[], working: number, fits: (run: Day[], next: Day | undefined) => boolean) {
  for (let i = 0; i < days.length; i++) {
    if (days[i]!.dayKind !== 'working') continue;
    const run: Day[] = [];
    let count = 0;
    for (let j = i; j < days.length && count < working; j++) {
      run.push(days[j]!);
      if (days[j]!.dayKind === 'working') count++;
    }
    if (count !== working) continue;
    const free = run.every((d) => d.status === 'in_village' || d.status === 'rest');
    if (free && fits(run, days[i + run.length])) return run;
  }
  throw new Error(`no free run of ${working} working days`);
}

/** Types a date into the labelled date field of the open dialog (typed forms are taken on Enter). */
async function typeDate(label: string, date: string) {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true });
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

const dayButton = (date: string, status: string) =>
  page.getByRole('button', { name: `${Number(date.slice(8))}日 ${status}`, exact: true });

/** Opens the cadre's month holding `date` (the month is in the address). */
async function openMonth(date: string) {
  await page.goto(`${server.baseUrl}/my-attendance?month=${date.slice(0, 7)}`);
  await page.getByRole('heading', { name: '我的考勤' }).waitFor();
}

describe('attendance in the browser', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    page = browser.page;
    await page.setViewportSize(DESKTOP);
    await signInAsAdmin(page, server);

    // A first secretary on post for months to come, outside demo_cadre's village.
    const board = await api<{
      villages: {
        villageCode: string;
        villageName: string;
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
    const inTwoMonths = `${shiftMonth(today.slice(0, 7), 3)}-01`;
    const village = board.villages.find(
      (v) =>
        v.villageCode !== '520121101200' &&
        v.members.some(
          (m) =>
            m.teamRole === 'first_secretary' &&
            m.startOn < `${shiftMonth(today.slice(0, 7), -2)}-01` &&
            m.plannedEndOn > inTwoMonths,
        ),
    );
    expect(village, 'a village of 开阳县 with a first secretary on post').toBeDefined();
    const fs = village!.members.find((m) => m.teamRole === 'first_secretary')!;
    cadre = {
      cadreId: fs.cadreId,
      cadreName: fs.cadreName,
      villageName: village!.villageName,
      townshipCode: village!.townshipCode,
    };
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
    await create(people.township, ['township'], [cadre.townshipCode]);
    await create(people.county, ['org_admin'], ['520121']);
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

  it('takes a 2-working-day leave from request to return: the township approves, the cadre reports back, the month shows leave (P17.4.2-leave)', async () => {
    await signInAs(people.cadre.username);
    await menu().getByRole('link', { name: '我的考勤', exact: true }).click();
    await page.getByRole('heading', { name: '我的考勤' }).waitFor();
    await page.getByText('考勤按例外记录').waitFor();
    await expectChineseGlyphs(page, '.ant-card-head-title');
    // The month summary: figures of the cadre alone, the minimum and whether it is met — no ranking.
    await page.getByText('在村天数').waitFor();
    await page.getByText(/每月在村不少于 \d+ 天|按年度计算/).waitFor();
    expect(await page.getByText(/排名|排行/).count()).toBe(0);
    await shots('1-my-month');

    // Two working days already past, nothing recorded on them, and the cadre back the day after.
    const today = shanghaiToday();
    const days = await ledgerDays();
    const run = freeRun(
      days,
      2,
      (r, next) => !r.some((d) => d.future) && next !== undefined && next.date <= today,
    );
    const startOn = run[0]!.date;
    const endOn = run.at(-1)!.date;
    const backOn = days[days.findIndex((d) => d.date === endOn) + 1]!.date;

    await page.getByRole('button', { name: '请假', exact: true }).click();
    await page.getByRole('dialog').getByText('选好日期后').waitFor();
    await typeDate('开始日期', startOn);
    await typeDate('结束日期', endOn);
    await page.getByRole('dialog').getByLabel('请假事由', { exact: true }).fill('家中老人就医，需陪同');
    // Before sending: the working days of the work calendar and who approves.
    const preview = page.getByRole('region', { name: '审批预览' });
    await preview.getByText('2 个工作日').waitFor();
    await preview.getByText(/^乡镇党委审批/).waitFor();
    await shots('2-leave-form');
    await page.getByRole('button', { name: '提交请假' }).click();
    await page.getByText('请假已提交，共 2 个工作日，待乡镇党委审批').waitFor();
    const mine = page.getByRole('listitem').filter({ hasText: '事假' }).first();
    await mine.getByText('待乡镇审批').waitFor();

    // The township approves with a note; the list shows the approval level and the working days.
    await signInAs(people.township.username);
    await menu().getByRole('link', { name: '请销假', exact: true }).click();
    await page.getByRole('heading', { name: '请销假' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: cadre.cadreName }).filter({ hasText: '待乡镇审批' });
    await row.getByRole('cell', { name: '乡镇', exact: true }).waitFor();
    await row.getByRole('cell', { name: '2', exact: true }).waitFor();
    await shots('3-leave-list');
    await row.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('dialog').getByLabel('审批意见（选填）').fill('同意，注意安全');
    await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('已批准', { exact: true }).first().waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: cadre.cadreName })
      .filter({ hasText: '已批准' })
      .getByText('同意，注意安全')
      .waitFor();

    // The cadre reports the return (销假) with the actual date back.
    await signInAs(people.cadre.username);
    await openMonth(startOn);
    const approved = page.getByRole('listitem').filter({ hasText: '已批准' }).first();
    await approved.getByRole('button', { name: '销假' }).click();
    const back = page.getByRole('dialog').getByLabel('实际返岗日期', { exact: true });
    await back.click();
    await back.fill(backOn);
    await back.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: '确认销假' }).click();
    await page.getByText('已销假', { exact: true }).first().waitFor();

    // The calendar shows both days as leave, each saying where that came from.
    for (const d of run.filter((x) => x.dayKind === 'working')) {
      if (d.date.slice(0, 7) !== page.url().match(/month=(\d{4}-\d{2})/)?.[1]) await openMonth(d.date);
      await dayButton(d.date, '请假').click();
      await page.getByRole('region', { name: '当日考勤' }).getByText('请假（已批准）').waitFor();
    }
    await shots('4-month-with-leave');
  });

  it('sends a 4-working-day leave through the township’s opinion to the county (P17.4.2-leave: above 3 days)', async () => {
    await signInAs(people.cadre.username);
    await menu().getByRole('link', { name: '我的考勤', exact: true }).click();
    await page.getByRole('heading', { name: '我的考勤' }).waitFor();
    const days = await ledgerDays();
    const run = freeRun(days, 4, (r) => r.every((d) => d.future));
    await page.getByRole('button', { name: '请假', exact: true }).click();
    await page.getByRole('dialog').getByLabel('请假类别', { exact: true }).click();
    await pickOption(page, '年休假');
    await typeDate('开始日期', run[0]!.date);
    await typeDate('结束日期', run.at(-1)!.date);
    await page.getByRole('dialog').getByLabel('请假事由', { exact: true }).fill('年休假');
    const preview = page.getByRole('region', { name: '审批预览' });
    await preview.getByText('4 个工作日').waitFor();
    await preview.getByText(/^乡镇提出意见，县委组织部审批/).waitFor();
    await page.getByRole('button', { name: '提交请假' }).click();
    await page.getByText('请假已提交，共 4 个工作日，待乡镇提出意见后报县委组织部审批').waitFor();

    // The township gives its opinion: the leave goes on to the county.
    await signInAs(people.township.username);
    await menu().getByRole('link', { name: '请销假', exact: true }).click();
    const atTownship = page.getByRole('row').filter({ hasText: '年休假' }).filter({ hasText: '待乡镇审批' });
    await atTownship.getByRole('cell', { name: '县级', exact: true }).waitFor();
    await atTownship.getByRole('button', { name: '同意并报县' }).click();
    await page.getByRole('dialog').getByLabel('乡镇意见（选填）').fill('同意，报县审批');
    await page.getByRole('dialog').getByRole('button', { name: '同意并报县审批' }).click();
    await page.getByText('已提出意见，报县委组织部审批').waitFor();

    // The county approves; the township could no longer act on it.
    await signInAs(people.county.username);
    await menu().getByRole('link', { name: '请销假', exact: true }).click();
    const atCounty = page
      .getByRole('row')
      .filter({ hasText: '年休假' })
      .filter({ hasText: '待县委组织部审批' });
    await atCounty.getByText('同意，报县审批').waitFor();
    await atCounty.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
    await page.getByRole('row').filter({ hasText: '年休假' }).filter({ hasText: '已批准' }).waitFor();
    await shots('5-leave-county');
  });

  it('shows the monthly attendance sheet of 开阳县 with totals and downloads it as .xlsx (X23-fingertip)', async () => {
    await signInAs(people.county.username);
    await menu().getByRole('link', { name: '考勤汇总表', exact: true }).click();
    await page.getByRole('heading', { name: '考勤汇总表' }).waitFor();
    await page.getByText('工作日推定在村').waitFor();
    const month = shanghaiToday().slice(0, 7);
    await page
      .getByRole('heading', {
        name: new RegExp(`开阳县 ${Number(month.slice(0, 4))}年${Number(month.slice(5))}月驻村干部考勤汇总`),
      })
      .waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(5);
    await page.getByRole('row').filter({ hasText: cadre.cadreName }).waitFor();
    await page.getByText(/^合计（[\d,]+ 人/).waitFor();
    await expectChineseGlyphs(page, '.ant-table-thead');
    await shots('6-sheet');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`考勤汇总表-开阳县-${month}.xlsx`);
    const saved = path.join(SCREENSHOTS, 'attendance-sheet.xlsx');
    await file.saveAs(saved);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.worksheets[0]!;
    const text: string[] = [];
    sheet.eachRow((r) => {
      text.push(r.values ? JSON.stringify(r.values) : '');
    });
    const all = text.join('\n');
    expect(all).toContain(cadre.cadreName);
    expect(all).toContain('考勤');
  });

  it('shows the county’s on-post board today and drills down to a township’s villages', async () => {
    await signInAs(people.county.username);
    await menu().getByRole('link', { name: '今日在岗', exact: true }).click();
    await page.getByRole('heading', { name: '今日在岗' }).waitFor();
    await page.getByRole('heading', { name: /^开阳县/ }).waitFor();
    const chart = page.getByRole('img', { name: '开阳县今日在岗情况' });
    await chart.waitFor();
    await expect.poll(() => chart.locator('canvas').count()).toBeGreaterThan(0);
    const township = page.getByRole('link', { name: /^查看.+镇$|^查看.+乡$|^查看.+街道$/ }).first();
    const name = ((await township.textContent()) ?? '').trim();
    await shots('7-on-post');
    await township.click();
    await page.getByRole('heading', { name: new RegExp(`^${name}`) }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toMatch(/^520121\d{3}$/);
    await page.getByRole('button', { name: '返回上一级' }).waitFor();
    await shots('8-on-post-township');
  });
});
