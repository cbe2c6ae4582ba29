// The phone app's weight and first render (issue 11 "Performance"): the JavaScript the first screen loads,
// gzipped, for the phone app (/m/) beside the desktop app (/) as the baseline; and the time to the first screen
// in Chromium on a throttled "slow 4G" profile (DevTools' preset: 562.5 ms latency, 1.4745 Mbit/s down,
// 675 kbit/s up) with the CPU slowed 4×, against the real server, a fresh profile each run (no cache, no
// service worker yet). Goals: ≤ 150 KB gzipped and ≤ 3 s.
// Build both apps first (`npm run build:web:force`). Run: npx tsx bench/mobile.bench.ts [runs]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/support/server';

const runs = Number(process.argv[2] ?? 3);

/** The scripts (entry and module preloads) and styles an index.html loads before anything is shown. */
function firstScreen(dir: string) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const size = (ref: string) => {
    const file = path.join(dir, ref.replace(/^\/m\//, '/').replace(/^\//, ''));
    const bytes = readFileSync(file);
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sum = (kind: 'js' | 'css') =>
    refs
      .filter((r) => r.endsWith(`.${kind}`))
      .map(size)
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return { js: sum('js'), css: sum('css'), files: refs.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const mobile = firstScreen(path.resolve('dist/mobile'));
const desktop = firstScreen(path.resolve('dist/web'));
console.log('First screen, as built (gzip -9):');
console.log('| app | JS raw | JS gzipped | CSS gzipped | files |');
console.log('|---|---:|---:|---:|---:|');
console.log(
  `| phone /m/ | ${kb(mobile.js.raw)} | ${kb(mobile.js.gzip)} | ${kb(mobile.css.gzip)} | ${mobile.files} |`,
);
console.log(
  `| desktop / (baseline) | ${kb(desktop.js.raw)} | ${kb(desktop.js.gzip)} | ${kb(desktop.css.gzip)} | ${desktop.files} |`,
);
console.log(
  `phone JS ${kb(mobile.js.gzip)} gzipped: ${mobile.js.gzip <= 150 * 1024 ? 'within' : 'OVER'} the 150 KB goal; ` +
    `${(desktop.js.gzip / mobile.js.gzip).toFixed(1)}× lighter than the desktop's entry`,
);

const server = await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});

/** Milliseconds from navigation start to first contentful paint and to the first screen's heading. */
async function firstRender(url: string, heading: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.4745 * 1024 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
  const shown = await page.evaluate(() => performance.now());
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return { fcp, shown };
}

try {
  const phone: { fcp: number; shown: number }[] = [];
  const desk: { fcp: number; shown: number }[] = [];
  for (let i = 0; i < runs; i++) {
    phone.push(await firstRender(`${server.baseUrl}/m/`, '驻村 · 手机端登录'));
    desk.push(await firstRender(`${server.baseUrl}/`, '用户登录'));
  }
  const row = (name: string, r: { fcp: number; shown: number }[]) =>
    `| ${name} | ${median(r.map((x) => x.fcp)).toFixed(0)} | ${median(r.map((x) => x.shown)).toFixed(0)} | ${r
      .map((x) => x.shown.toFixed(0))
      .join(', ')} |`;
  console.log(`\nFirst render on "slow 4G" with the CPU 4× slower, ${runs} cold runs each (ms, median):`);
  console.log('| app | first contentful paint | first screen shown | runs |');
  console.log('|---|---:|---:|---|');
  console.log(row('phone /m/ (sign-in)', phone));
  console.log(row('desktop / (sign-in, baseline)', desk));
  const m = median(phone.map((x) => x.shown));
  console.log(
    `phone first screen in ${(m / 1000).toFixed(2)} s: ${m <= 3000 ? 'within' : 'OVER'} the 3 s goal`,
  );
} finally {
  await browser.close();
  await server.stop();
}
