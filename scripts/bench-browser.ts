/**
 * Browser half of `npm run bench`: the content script's own cost in real Chromium (Debian's) with the
 * built extension, and page-load time with and without the extension over the same local pages.
 * Pages are served on loopback; each figure is a median over repeated loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium, requireBrowser } from '../tests/e2e/browsers';
import { startSiteServer } from '../tests/e2e/sites';
import { tabState } from '../tests/e2e/tab-state';

const RUNS = 15;
const median = (xs: number[]) => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN) as number;

function page(elements: number, branded: boolean): string {
  const parts = [branded ? '<title>Info Kartu Prakerja</title><h1>Kartu Prakerja</h1>' : '<title>Berita hari ini</title><h1>Berita</h1>'];
  for (let i = 0; i < elements; i++) {
    if (i % 10 === 0) parts.push(`<p>Paragraf ${i} tentang pelatihan dan pekerjaan.</p>`);
    else if (i % 97 === 0) parts.push(`<form><label for="f${i}">Nama</label><input id="f${i}"></form>`);
    else parts.push(`<span class="c${i % 7}">teks ${i}</span>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${parts.join('')}</body></html>`;
}

const PAGES: Array<[string, string, string]> = [
  ['neutral page (1k elements)', '/neutral', page(1_000, false)],
  ['typical scam page (fixture)', '/typical', readFileSync(new URL('../tests/fixtures/scam-otp.html', import.meta.url), 'utf8')],
  ['branded page, 10k elements', '/10k', page(10_000, true)],
  ['neutral page, 50k elements', '/50k-neutral', page(50_000, false)],
  ['branded page, 50k elements', '/50k', page(50_000, true)],
];

async function loadTime(p: { goto(u: string): Promise<unknown>; evaluate<R>(fn: () => R): Promise<R> }, url: string): Promise<number> {
  await p.goto('about:blank'); // so tearing down the previous (large) page is not counted
  await p.goto(url);
  return p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : performance.now();
  });
}

async function main() {
  requireBrowser(CHROMIUM, 'chromium');
  if (!existsSync('.output/chrome-mv3/manifest.json')) throw new Error('Build first: npm run build');
  const sites = await startSiteServer(Object.fromEntries(PAGES.map(([, path, html]) => [path, html])));
  const url = (path: string, i: number) => sites.url('bench.example', `${path}?run=${i}`);

  const scan: Record<string, number[]> = {};
  const judge: number[] = [];
  const inject: Record<string, number[]> = {};
  const withExt: Record<string, number[]> = {};
  const without: Record<string, number[]> = {};
  for (const [, path] of PAGES) {
    scan[path] = [];
    inject[path] = [];
    withExt[path] = [];
    without[path] = [];
  }

  // Without the extension: the same browser, flags and pages.
  const plain = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const harness = await launchChromium();
  const ext = await harness.newPage();
  void ext.goto(`${harness.extensionBase}options.html`).catch(() => undefined);
  await ext.waitForSelector('#app main');
  const plainPage = await plain.newPage();
  const extPage = await harness.newPage();
  // One warm-up load per page and browser, then alternate which browser goes first.
  for (let i = -1; i < RUNS; i++) {
    for (const [, path] of PAGES) {
      const a = () => loadTime(plainPage, url(path, i));
      const b = () => loadTime(extPage as never, url(path, i));
      const [tNo, tExt] = i % 2 === 0 ? [await a(), await b()] : (([y, x]) => [x, y])([await b(), await a()]);
      const state = await tabState(ext, url(path, i));
      if (i < 0) continue;
      without[path]?.push(tNo as number);
      withExt[path]?.push(tExt as number);
      if (state.scanMs !== undefined) scan[path]?.push(state.scanMs);
      if (state.injectMs !== undefined) inject[path]?.push(state.injectMs);
      if (state.judgeMs !== undefined) judge.push(state.judgeMs);
    }
  }
  await harness.close();
  await plain.close();
  sites.server.close();

  console.log(`\nReal Chromium (${CHROMIUM}), built extension, median of ${RUNS} loads per page`);
  console.log(
    `${'page'.padEnd(30)}${'inject->verdict'.padStart(16)}${'own scan'.padStart(10)}${'load, no ext'.padStart(15)}${'load, with ext'.padStart(16)}${'ratio'.padStart(8)}`,
  );
  for (const [name, path] of PAGES) {
    const a = median(without[path] ?? []);
    const b = median(withExt[path] ?? []);
    const s = median(scan[path] ?? []);
    const inj = median(inject[path] ?? []);
    console.log(
      `${name.padEnd(30)}${`${inj.toFixed(1)} ms`.padStart(16)}${`${s.toFixed(2)} ms`.padStart(10)}${`${a.toFixed(1)} ms`.padStart(15)}${`${b.toFixed(1)} ms`.padStart(16)}${(b / a).toFixed(2).padStart(8)}`,
    );
  }
  console.log(
    `background, per navigation verdict (classifyUrl, allowlist cached in memory): median ${median(judge).toFixed(2)} ms over ${judge.length} navigations`,
  );
  console.log('inject->verdict = from the content script starting (document_start) to its first verdict, page parsing included;');
  console.log('own scan = scanPage alone, from DOM ready to verdict (measured in the page).');
  console.log('load = navigation start to the load event. Target: ratio within 1.05 on neutral pages.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
