import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve('test-results');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Debian Chromium, headless, on a fresh profile that is removed on close. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'zhucun-e2e-profile-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Functions passed to page.evaluate from files run by tsx refer to a `__name` helper the page lacks.
  await context.addInitScript('globalThis.__name = f => f');
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface GlyphReport {
  fontFamily: string;
  fontsStatus: string;
  /** Two different Chinese strings drawn in the page's font differ from each other, from tofu and from nothing. */
  hanDiffer: boolean;
  hanDifferFromTofu: boolean;
  hanNotBlank: boolean;
  hanWidth: number;
  tofuWidth: number;
}

/**
 * Whether Chinese really renders: with no CJK font, every Han character is drawn as the same missing-glyph
 * box, so '驻村' and '管理' would give identical pixels, equal to two unassigned code points (U+FFFF).
 */
export async function glyphReport(page: Page, selector: string): Promise<GlyphReport> {
  return page.evaluate(async (sel) => {
    await document.fonts.ready;
    const element = document.querySelector(sel) ?? document.body;
    const style = getComputedStyle(element);
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 48;
      const ctx = canvas.getContext('2d')!;
      ctx.font = `32px ${style.fontFamily}`;
      ctx.fillStyle = '#000';
      ctx.fillText(text, 4, 38);
      return {
        pixels: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data).join(','),
        width: ctx.measureText(text).width,
      };
    };
    const blank = draw('');
    const a = draw('驻村');
    const b = draw('管理');
    const tofu = draw('\uFFFF\uFFFF');
    return {
      fontFamily: style.fontFamily,
      fontsStatus: document.fonts.status,
      hanDiffer: a.pixels !== b.pixels,
      hanDifferFromTofu: a.pixels !== tofu.pixels && b.pixels !== tofu.pixels,
      hanNotBlank: a.pixels !== blank.pixels,
      hanWidth: a.width,
      tofuWidth: tofu.width,
    };
  }, selector);
}

/** The fonts Chromium actually used to draw an element's text (DevTools protocol), e.g. Noto Sans CJK SC. */
export async function platformFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}
