import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Browser, openBrowser, SCREENSHOTS } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import {
  expectChineseGlyphs,
  expectNothingCutOff as expectPageFits,
  expectTablesFitAt1366,
  pickOption as pickOptionIn,
  signInAsAdmin,
} from './support/ui';

// Teams and terms journeys (issue 5; county organisation department journeys 3 and 4, the unit's recall) on
// the demo county 开阳县, whose teams go back to 2018: the team board, a village's team history, a recall
// and the gap it left, terms ending, and matching with one line accepted — in Debian Chromium.

let server: RunningServer;
let browser: Browser;
let page: Page;

/** The whole page, from the top: scrolled, the sticky header and menu would be drawn midway down. */
async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOTS, `teams-${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

const menu = () => page.getByRole('navigation', { name: '主菜单' });

const signIn = () => signInAsAdmin(page, server);

const pickOption = (text: string, also?: string) => pickOptionIn(page, text, also);

async function chooseCounty() {
  await page.getByLabel('县（市、区）', { exact: true }).fill('开阳');
  await pickOption('开阳县', '520121');
  await expect.poll(() => new URL(page.url()).searchParams.get('county')).toBe('520121');
}

/**
 * Chooses an option of a segmented control: its radio is hidden behind the label, and the choice goes
 * through the address, so the radio turns checked a moment after the click.
 */
async function chooseSegment(name: string | RegExp) {
  const radio = page.getByRole('radio', { name });
  await radio.locator('xpath=..').click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}

async function expectChineseRenders(selector: string) {
  await expectChineseGlyphs(page, selector);
}

const expectNothingCutOff = () => expectPageFits(page);

/** The bars an ECharts timeline drew (SVG paths inside the chart). */
const drawnShapes = (chart: ReturnType<Page['getByRole']>) => chart.locator('svg path').count();

describe('teams and terms in the browser', () => {
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

  it('shows the team board of 开阳县 with roles, term progress and rule warnings, and opens a village’s team history as a chart', async () => {
    await menu().getByRole('link', { name: '驻村工作队', exact: true }).click();
    await chooseCounty();
    expect(new URL(page.url()).searchParams.get('county')).toBe('520121');

    // Each village with a team or an open need: the team's roles, a progress bar per term, warnings by rule.
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByText(/^共 \d+ 个村（社区）$/).waitFor();
    await rows.first().getByText('第一书记', { exact: true }).waitFor();
    const progress = page.getByRole('progressbar', { name: /的任期$/ });
    expect(await progress.count()).toBeGreaterThan(10);
    expect(await progress.first().getAttribute('aria-valuetext')).toMatch(/已驻村 [\d,]+ 天，共 [\d,]+ 天/);
    // A village whose first secretary leaves within 90 days with no successor is flagged under P21.5-rotate.
    await page.getByRole('link', { name: 'P21.5-rotate' }).first().waitFor();
    await page
      .getByText(/尚未安排接任者/)
      .first()
      .waitFor();
    await expectChineseRenders('.ant-table-tbody .ant-tag');
    await expectNothingCutOff();
    await expectTablesFitAt1366(page);
    await shot('1-board');

    // The villages with open needs offer to assign a decided candidate.
    await chooseSegment(/^待补需求/);
    await page.getByRole('button', { name: '安排任期' }).first().waitFor();
    await shot('2-board-open-needs');

    // A village's history: every team since the first, one row per cadre, bars by role, today marked.
    await chooseSegment(/^全部/);
    const withTeam = rows.filter({ has: page.getByRole('progressbar') }).first();
    const village = (await withTeam.getByRole('link').first().textContent())!.trim();
    await withTeam.getByRole('link', { name: village, exact: true }).click();
    await page.getByRole('heading', { name: `${village}驻村历史`, level: 1 }).waitFor();
    const chart = page.getByRole('img', { name: /^驻村历史时间线：第1批/ });
    await chart.waitFor();
    await expect.poll(() => drawnShapes(chart)).toBeGreaterThan(3);
    expect(await chart.locator('svg text').allTextContents()).toContain('今天');
    await page.getByRole('columnheader', { name: '批次' }).waitFor();
    await page.getByText('第1批', { exact: true }).first().waitFor();
    await expectChineseRenders('h1');
    await expectNothingCutOff();
    await shot('3-village-timeline');
  });

  it('follows a confirmed recall to the village, where the days without a first secretary show in red', async () => {
    await menu().getByRole('link', { name: '召回调整', exact: true }).click();
    // Proposals waiting for a unit first; the confirmed ones a click away.
    await expect.poll(() => page.getByRole('radio', { name: '待派出单位确认' }).isChecked()).toBe(true);
    await chooseSegment('已确认召回');
    const recalled = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await recalled.getByText('已确认召回', { exact: true }).waitFor();
    await recalled.getByText(/离任$/).waitFor();
    await shot('4-recalls');

    const village = (await recalled.getByRole('link').first().textContent())!.trim();
    await recalled.getByRole('link', { name: village, exact: true }).click();
    await page.getByRole('heading', { name: `${village}驻村历史`, level: 1 }).waitFor();
    // The gap between the recall and the replacement's arrival: listed above the chart and drawn red in it.
    await page.getByRole('alert').filter({ hasText: '无第一书记在岗' }).waitFor();
    const chart = page.getByRole('img', { name: /^驻村历史时间线：.*无第一书记 \d+ 段/ });
    await chart.waitFor();
    await expect.poll(() => chart.locator('svg path[fill="rgb(200,22,29)"]').count()).toBeGreaterThan(0);
    await page.getByText('召回调整', { exact: true }).first().waitFor();
    // Authorised to compose teams: terms on post can be ended or proposed for recall.
    await page.getByRole('button', { name: '结束任期' }).first().waitFor();
    await page.getByRole('button', { name: '提出召回' }).first().waitFor();
    await expectNothingCutOff();
    await shot('5-village-gap');
  });

  it('lists the terms ending within 90 days by county, with or without a successor, and charts them by month', async () => {
    await menu().getByRole('link', { name: '任期到期', exact: true }).click();
    await page.getByText(/^\d+ 天内到期$/).waitFor();
    await page.getByRole('img', { name: /^按月到期的任期：/ }).waitFor();
    const county = page.locator('.ant-card').filter({ hasText: /^开阳县/ });
    await county.getByText(/^\d+ 人到期，\d+ 人尚无接任者$/).waitFor();
    await county.getByText('尚未安排', { exact: true }).first().waitFor();
    await county
      .getByText(/^\d+ 天$/)
      .first()
      .waitFor();

    await chooseSegment('180 天内');
    await page.getByText('180 天内到期', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('within')).toBe('180');
    await expectChineseRenders('.ant-table-tbody td');
    await expectNothingCutOff();
    await shot('6-terms-ending');
  });

  it('runs matching for 开阳县, explains each placement by its rules and assigns only the line accepted', async () => {
    await menu().getByRole('link', { name: '科学组队', exact: true }).click();
    await chooseCounty();
    await page.getByRole('button', { name: '开始匹配' }).click();

    const suggestions = page.locator('.ant-card').filter({ hasText: '组队建议' });
    const rows = suggestions.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    await page.getByText('总匹配分', { exact: true }).waitFor();
    // Every line names the rules that scored it: strengths against the village's problems among them.
    await suggestions.getByRole('link', { name: 'P21.3-match' }).first().waitFor();
    const accept = suggestions.getByRole('button', { name: /^接受：/ });
    const offered = await accept.count();
    expect(offered).toBeGreaterThan(0);
    expect(await suggestions.getByText('已安排').count()).toBe(0);
    await expectChineseRenders('.ant-table-tbody td');
    await expectNothingCutOff();
    await expectTablesFitAt1366(page);
    await shot('7-matching');

    // One line accepted: that line is assigned, the others still wait for a person.
    const first = accept.first();
    const cadre = (await first.getAttribute('aria-label'))!.replace(/^接受：/, '').replace(/任.*$/, '');
    await first.click();
    const line = rows.filter({ has: page.getByRole('link', { name: cadre, exact: true }) });
    const answered = async (row: typeof line) =>
      (await row.getByText('已安排', { exact: true }).count()) + (await row.getByRole('alert').count());
    await expect.poll(() => answered(line)).toBeGreaterThan(0);
    // Where the village's first secretary is still on post, the refusal offers the earliest start that
    // keeps the handover overlapping (P21.5-rotate); accepting from that day assigns the line.
    const handover = line.getByRole('button', { name: /到岗接受（压茬交接）$/ });
    if ((await handover.count()) > 0) await handover.click();
    await line.getByText('已安排', { exact: true }).waitFor();
    await line.getByRole('link', { name: '查看驻村历史' }).waitFor();
    expect(await accept.count()).toBe(offered - 1);

    // Another line moved to a slot the suggestion left open: checked against the rules and assigned or refused
    // on its line, with where it went.
    const open = page.locator('.ant-card').filter({ hasText: '未能安排的岗位' });
    const move = suggestions.getByRole('button', { name: /^调整：/ }).first();
    const moved = (await move.getAttribute('aria-label'))!.replace(/^调整：/, '');
    // Somewhere else indeed: the first open slot in another village than the line's own (which open slot comes
    // first depends on the day the matching runs for).
    const from = (await rows
      .filter({ has: page.getByRole('link', { name: moved, exact: true }) })
      .getByRole('link')
      .first()
      .textContent())!;
    const openVillages = await open
      .locator('.ant-table-tbody tr.ant-table-row')
      .getByRole('link')
      .allTextContents();
    const elsewhere = openVillages.find((v) => v !== from);
    expect(elsewhere, `an open slot outside ${from}`).toBeDefined();
    await move.click();
    const dialog = page.getByRole('dialog', { name: `调整：${moved}` });
    await dialog.getByLabel('改派到').click();
    // Inside a dialog the option is clicked without Escape, which would close the dialog too.
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: elsewhere! })
      .first()
      .click();
    await dialog.getByText('工作队员', { exact: true }).click();
    await dialog.getByRole('button', { name: '调整并接受' }).click();
    const movedLine = rows.filter({ has: page.getByRole('link', { name: moved, exact: true }) });
    await movedLine.getByText(`已调整为：${elsewhere} · 工作队员`).waitFor();
    await expect.poll(() => answered(movedLine)).toBeGreaterThan(0);
    await shot('8-matching-accepted-and-moved');
  });
});
