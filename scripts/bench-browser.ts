/**
 * Browser half of `npm run bench`: what the built extension costs a page in real Chromium (Debian's),
 * side by side with the same browser, flags and pages without it, loads alternating between the two.
 * Main-thread time is the renderer's TaskDuration (Chrome DevTools Protocol) from navigation start to 1 s
 * after the load event, which covers the content script's first scan and its link and text marking.
 * Pages are generated and served on loopback; each figure is a median over RUNS loads. The peer is an empty
 * extension: one content script that does nothing, injected the same way (document_start, all frames). What
 * it costs is the floor any such extension pays, whatever its content script does.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, requireBrowser } from '../tests/e2e/browsers';
import { startSiteServer } from '../tests/e2e/sites';
import { tabState } from '../tests/e2e/tab-state';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** `BENCH_PAGES=branded,chat` runs only the pages whose name contains one of the words (for quick checks). */
const ONLY = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const SETTLE_MS = 1_000;
const median = (xs: number[]) => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN) as number;

function page(elements: number, branded: boolean): string {
  const parts = [branded ? '<title>Info Kartu Prakerja</title><h1>Kartu Prakerja</h1>' : '<title>Berita hari ini</title><h1>Berita</h1>'];
  for (let i = 0; i < elements; i++) {
    if (i % 10 === 0) parts.push(`<p>Paragraf ${i} tentang pelatihan dan pekerjaan. <a href="/artikel/${i}">Baca</a></p>`);
    else if (i % 97 === 0) parts.push(`<form><label for="f${i}">Nama</label><input id="f${i}"></form>`);
    else parts.push(`<span class="c${i % 7}">teks ${i}</span>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${parts.join('')}</body></html>`;
}

/** A WhatsApp Web-like group: 2,000 messages, 500 of them with links (a few to lookalikes), some typed addresses. */
function chatPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const link = i % 4 === 0 ? ` <a href="${i % 100 === 0 ? 'http://prakerja12.xyz/daftar' : `https://berita.example/a/${i}`}">tautan ${i}</a>` : '';
    const typed = i % 50 === 0 ? ' cek juga klaimprakeja.site' : i % 7 === 0 ? ' info di www.kompas.com' : '';
    rows.push(`<div class="msg" role="listitem"><b>Anggota ${i % 40}</b> pesan nomor ${i}${typed}${link}</div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>WhatsApp</title></head><body><div role="list">${rows.join('')}</div></body></html>`;
}

/** 1,000 shadow hosts (half closed), each holding a little text; the brand and a form in the last one. */
function shadowPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Portal</title></head><body><div id="hosts"></div><script>
const box = document.getElementById('hosts');
for (let i = 0; i < 1000; i++) {
  const h = document.createElement('div');
  const r = h.attachShadow({ mode: i % 2 ? 'closed' : 'open' });
  r.innerHTML = i === 999 ? '<h2>Kartu Prakerja</h2><form><label for="n">NIK</label><input id="n"></form>' : '<p>kartu ' + i + '</p>';
  box.append(h);
}
</script></body></html>`;
}

const PAGES: Array<{ name: string; path: string; html: string; host?: string }> = [
  { name: 'neutral, 1k elements', path: '/n1k', html: page(1_000, false) },
  { name: 'branded, 1k elements', path: '/b1k', html: page(1_000, true) },
  { name: 'neutral, 10k elements', path: '/n10k', html: page(10_000, false) },
  { name: 'branded, 10k elements', path: '/b10k', html: page(10_000, true) },
  { name: 'neutral, 50k elements', path: '/n50k', html: page(50_000, false) },
  { name: 'branded, 50k elements', path: '/b50k', html: page(50_000, true) },
  { name: 'typical scam page', path: '/scam', html: readFileSync(join(ROOT, 'tests', 'fixtures', 'scam-otp.html'), 'utf8') },
  { name: 'chat, 2k messages/500 links', path: '/chat', html: chatPage(), host: 'web.whatsapp.com' },
  { name: '1,000 shadow hosts', path: '/shadow', html: shadowPage() },
].filter((p) => ONLY.length === 0 || ONLY.some((w) => p.name.includes(w)));

async function mainThreadMs(p: Page, url: string): Promise<number> {
  await p.goto('about:blank'); // so tearing down the previous (large) page is not counted
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Performance.enable');
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await task();
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(SETTLE_MS);
  const ms = (await task()) - before;
  await cdp.detach();
  return ms;
}

async function main() {
  requireBrowser(CHROMIUM, 'chromium');
  const dir = join(ROOT, '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('Build first: npm run build');
  const sites = await startSiteServer(Object.fromEntries(PAGES.map((p) => [p.path, p.html])));
  const url = (p: (typeof PAGES)[number], i: number) =>
    p.host ? sites.secureUrl(p.host, `${p.path}?run=${i}`) : sites.url('bench.example', `${p.path}?run=${i}`);

  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const plainPage = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
  const emptyDir = mkdtempSync(join(tmpdir(), 'jaga-empty-ext-'));
  writeFileSync(
    join(emptyDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty peer',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['c.js'], run_at: 'document_start', all_frames: true }],
    }),
  );
  writeFileSync(join(emptyDir, 'c.js'), 'void 0;\n');
  const emptyProfile = mkdtempSync(join(tmpdir(), 'jaga-bench-empty-'));
  const empty = await chromium.launchPersistentContext(emptyProfile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [`--disable-extensions-except=${emptyDir}`, `--load-extension=${emptyDir}`, ...CHROMIUM_ARGS],
  });
  const emptyPage = empty.pages()[0] ?? (await empty.newPage());
  const profile = mkdtempSync(join(tmpdir(), 'jaga-bench-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const ext = await ctx.newPage();
  void ext.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`).catch(() => undefined);
  await ext.waitForSelector('#app main');
  const extPage = await ctx.newPage();

  const rows = new Map(
    PAGES.map((p) => [
      p.path,
      { no: [] as number[], peer: [] as number[], yes: [] as number[], scan: [] as number[], longest: [] as number[], inject: [] as number[] },
    ]),
  );
  const judge: number[] = [];
  // One warm-up load per page and browser, then alternate which browser goes first.
  for (let i = -1; i < RUNS; i++) {
    for (const p of PAGES) {
      const loads = [() => mainThreadMs(plainPage, url(p, i)), () => mainThreadMs(emptyPage, url(p, i)), () => mainThreadMs(extPage, url(p, i))];
      // Alternate the order: none, peer, ours on even runs, the reverse on odd ones.
      const times: number[] = [0, 0, 0];
      for (const k of i % 2 === 0 ? [0, 1, 2] : [2, 1, 0]) times[k] = await (loads[k] as () => Promise<number>)();
      const [tNo, tPeer, tExt] = times as [number, number, number];
      const state = await tabState(ext as never, url(p, i));
      const row = rows.get(p.path);
      if (i < 0 || !row) continue;
      row.no.push(tNo);
      row.peer.push(tPeer);
      row.yes.push(tExt);
      if (state.scanMs !== undefined) row.scan.push(state.scanMs);
      if (state.longestMs !== undefined) row.longest.push(state.longestMs);
      if (state.injectMs !== undefined) row.inject.push(state.injectMs);
      if (state.judgeMs !== undefined) judge.push(state.judgeMs);
    }
  }
  await ctx.close();
  await empty.close();
  await plain.close();
  for (const d of [profile, emptyProfile, emptyDir]) rmSync(d, { recursive: true, force: true });
  sites.server.close();

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\nReal Chromium (${CHROMIUM}), built extension, medians of ${RUNS} alternating loads per page`);
  console.log(
    `${'page'.padEnd(30)}${'main thread: none'.padStart(19)}${'empty ext'.padStart(11)}${'Jaga'.padStart(11)}${'ratio'.padStart(7)}${'vs empty'.padStart(10)}${'own scan'.padStart(10)}${'longest task'.padStart(14)}${'max'.padStart(9)}`,
  );
  for (const p of PAGES) {
    const r = rows.get(p.path);
    if (!r) continue;
    const no = median(r.no);
    const peer = median(r.peer);
    const yes = median(r.yes);
    console.log(
      `${p.name.padEnd(30)}${ms(no).padStart(19)}${ms(peer).padStart(11)}${ms(yes).padStart(11)}${(yes / no).toFixed(2).padStart(7)}${(yes / peer).toFixed(2).padStart(10)}${ms(median(r.scan)).padStart(10)}${ms(median(r.longest)).padStart(14)}${ms(Math.max(...r.longest)).padStart(9)}`,
    );
  }
  console.log(`background, per navigation verdict: median ${median(judge).toFixed(2)} ms over ${judge.length} navigations`);
  console.log(
    'main thread = renderer task time from navigation to 1 s after load; ratio = Jaga / none; vs empty = Jaga / an extension whose content script does nothing. Target: ratio <= 1.05 (issue 13), chat page within 5% (issue 12).',
  );
  console.log(
    'own scan = shadow-root search + reading the page (the background judges it); longest task = the longest single stretch of content-script work (median, and max over runs).',
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
