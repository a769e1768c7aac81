/**
 * Browser half of `npm run bench`: what the built extension costs a page in real Chromium (Debian's),
 * side by side with the same browser, flags and pages without it, loads alternating between them.
 * Every load is traced (Chrome DevTools Protocol) from navigation start to 1 s after the load event, which
 * covers the content script's first scan and its link and text marking: the main-thread CPU time of the
 * renderer that parsed the page, and how much of it was the extensions' own script.
 * Pages are generated and served on loopback; each figure is a median over RUNS loads. The peers are two
 * minimal extensions injected the same way (document_start, all frames): one whose content script does
 * nothing, and one whose content script sends its background one message. What they cost is the floor any
 * such extension pays, whatever else its content script does.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, requireBrowser } from '../tests/e2e/browsers';
import { startSiteServer } from '../tests/e2e/sites';
import { tabState } from '../tests/e2e/tab-state';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/** `BENCH_PAGES=branded,chat` runs only the pages whose name contains one of the words (for quick checks). */
const ONLY = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean);
const WARM = process.env.BENCH_WARM === '1';
/**
 * `BENCH_BASE=dir`: another build of this extension (its `.output/chrome-mv3`, for example an earlier commit's,
 * built in a git worktree) loaded in the same alternation, so a change is measured side by side with the tree
 * before it, in the same run.
 */
const BASE = process.env.BENCH_BASE;
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

/**
 * An ordinary news front page, which never names the programme (most pages a user opens): 40 meta tags, 80
 * labelled icon buttons, a search box, and 150 stories each with a photo, a headline link and a summary.
 */
function newsPage(): string {
  const parts = ['<title>Berita terkini</title>'];
  for (let i = 0; i < 40; i++) parts.push(`<meta name="m${i}" content="Keterangan situs berita, bagian ${i}">`);
  parts.push('</head><body><header>');
  for (let i = 0; i < 80; i++) parts.push(`<button aria-label="Tombol ${i}">+</button>`);
  parts.push('<form action="/cari"><input name="q" placeholder="Cari berita"></form></header>');
  for (let i = 0; i < 150; i++) {
    parts.push(
      `<article><img src="/foto/berita.jpg" alt="Foto berita ${i}" width="300" height="200"><h3><a href="/a/${i}">Judul berita ${i}</a></h3>`,
    );
    parts.push(`<p>Ringkasan berita ke-${i} tentang ekonomi, olahraga dan cuaca hari ini.</p></article>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8">${parts.join('')}</body></html>`;
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
  { name: 'news front page, 150 photos', path: '/news', html: newsPage() },
  { name: 'typical scam page', path: '/scam', html: readFileSync(join(ROOT, 'tests', 'fixtures', 'scam-otp.html'), 'utf8') },
  { name: 'chat, 2k messages/500 links', path: '/chat', html: chatPage(), host: 'web.whatsapp.com' },
  { name: '1,000 shadow hosts', path: '/shadow', html: shadowPage() },
].filter((p) => ONLY.length === 0 || ONLY.some((w) => p.name.includes(w)));

/**
 * One load, from a trace of the renderer that parsed the page (found by the page's URL: a load that changes
 * process, or a large page still being torn down in the previous one, must not be measured instead).
 * `cpu` = CPU time of all its main-thread tasks, `task` = their wall time (on 2 cores this also counts
 * waiting for a core), `own` = the CPU time of the extensions' script tasks among them.
 */
interface Load {
  task: number;
  cpu: number;
  own: number;
  /** The longest of those script tasks (CPU time). */
  longest: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; worldName?: string; data?: { url?: string }; beginData?: { url?: string } };
}

/** Script tasks counted as an extension's: its own script and callbacks, and the promise, timer and idle work it schedules. */
const OWN_SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireIdleCallback']);

/**
 * A task that exists for an extension's module (a content script that imports its code, as ours does in
 * Chromium): finishing the streamed compile of a chrome-extension:// module, or running it in an extension's
 * (named) world. The module's first run is a task of its own, not inside any of the script events above, so each
 * such task is counted whole. (Writing the module's code cache, 0.03 to 0.15 ms on the first page of a site, is
 * in a trace category the bench does not record.)
 */
const moduleEvent = (e: TraceEvent) =>
  ((e.name === 'v8.compileModule' || e.name === 'v8.produceModuleCache') && /^chrome-extension:/.test(e.args?.data?.url ?? '')) ||
  (e.name === 'v8.evaluateModule' && Boolean(e.args?.worldName));

/**
 * Load `url` after about:blank (so tearing down the previous, large page is not counted), traced from just
 * before the navigation to SETTLE_MS after the load event.
 *
 * Own script is not a difference between two noisy totals: it adds up the outermost script events on the
 * page's main thread. The bench pages schedule no promise, timer or idle work of their own (the shadow page
 * runs one inline script, which is left out by its URL), so what is counted is the extension's, the
 * extension system's callbacks into its script included. It leaves out what the extension's DOM changes
 * cost the browser's style and layout (marks, banner): `cpu` holds that.
 */
async function tracedLoad(p: Page, url: string): Promise<Load> {
  for (let attempt = 1; ; attempt++) {
    const load = await tracedOnce(p, url);
    if (load) return load;
    // Rarely the trace holds no parse of the page (a new renderer's first events lost): load it again, and say so.
    retraced.push(url);
    if (attempt === 3) throw new Error(`no trace of the page parsing ${url}, three times`);
  }
}
const retraced: string[] = [];

/** Whether event `e` lies within event `outer`. */
const within = (e: TraceEvent, outer: TraceEvent) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

async function tracedOnce(p: Page, url: string): Promise<Load | null> {
  await p.goto('about:blank');
  const cdp = await p.context().newCDPSession(p);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(SETTLE_MS);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const parsed = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parsed) return null;
  const onMain = events.filter((e) => e.pid === parsed.pid && e.tid === parsed.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const load: Load = { task: 0, cpu: 0, own: 0, longest: 0 };
  for (const e of onMain) {
    if (e.name !== 'RunTask') continue;
    load.task += (e.dur ?? 0) / 1000;
    load.cpu += (e.tdur ?? e.dur ?? 0) / 1000;
  }
  // The module tasks, counted whole, then the outermost script events outside them (a timer's or idle
  // callback's FunctionCall is inside its TimerFire / FireIdleCallback).
  const modules = onMain.filter(moduleEvent);
  const moduleTasks = onMain.filter((t) => t.name === 'RunTask' && modules.some((m) => within(m, t)));
  const counted: TraceEvent[] = [...moduleTasks];
  let end = -1;
  for (const e of onMain) {
    if (!OWN_SCRIPT.has(e.name) || /^https?:/.test(e.args?.data?.url ?? '') || e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if (!moduleTasks.some((t) => within(e, t))) counted.push(e);
  }
  for (const e of counted) {
    const ms = (e.tdur ?? e.dur ?? 0) / 1000;
    load.own += ms;
    load.longest = Math.max(load.longest, ms);
  }
  return load;
}

/** A content script's files, as a manifest lists them: the scripts it injects and the files they may load. */
interface ContentFiles {
  js: string[];
  webAccessible: unknown[];
  files: Record<string, string>;
}

/** A one-file content script of `source`. */
const oneScript = (source: string): ContentFiles => ({ js: ['c.js'], webAccessible: [], files: { 'c.js': source } });

/** Our built content script as our manifest loads it (in Chromium the loader and the module it imports). */
function ourContentScript(dir: string): ContentFiles {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
    web_accessible_resources?: Array<{ resources: string[] }>;
  };
  const js = manifest.content_scripts[0]?.js ?? [];
  const webAccessible = manifest.web_accessible_resources ?? [];
  const names = [...js, ...webAccessible.flatMap((w) => w.resources)];
  return { js, webAccessible, files: Object.fromEntries(names.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) };
}

/** A minimal extension beside ours: the content script `script`, and a background that answers every message if `answers`. */
async function peerExtension(script: ContentFiles, answers = false): Promise<{ page: Page; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'jaga-peer-ext-'));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'peer',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: script.js, run_at: 'document_start', all_frames: true }],
    web_accessible_resources: script.webAccessible,
  };
  if (answers) {
    manifest.background = { service_worker: 'b.js' };
    writeFileSync(join(dir, 'b.js'), 'chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ ok: true }); });\n');
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(script.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const browser = await withExtension(dir);
  const page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
  return {
    page,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium on a fresh temporary profile with the unpacked extension in `dir` loaded. */
async function withExtension(dir: string): Promise<{ ctx: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'jaga-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  return {
    ctx,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function main() {
  requireBrowser(CHROMIUM, 'chromium');
  const dir = join(ROOT, '.output', 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('Build first: npm run build');
  const sites = await startSiteServer(Object.fromEntries(PAGES.map((p) => [p.path, p.html])));
  // Each load is the first page of its site (another site for every page and run: pages of one site would
  // share a renderer, and only the first of them would compile the script), so the browser starts a new
  // renderer for it, as it does for most pages a user opens: the content script is compiled there from
  // scratch. The chat page's site is fixed, and the page before it is always on another one. BENCH_WARM=1
  // keeps one site, so its renderer is reused and the script's compiled code with it (the next page on a site).
  const url = (p: (typeof PAGES)[number], i: number) =>
    p.host
      ? sites.secureUrl(p.host, `${p.path}?run=${i}`)
      : sites.url(WARM ? 'bench.example' : `run${i + 1}-page${PAGES.indexOf(p)}.example`, `${p.path}?run=${i}`);

  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const plainPage = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
  // Three peers, each an extension injected the way ours is (document_start, all frames): one whose
  // content script does nothing, and one whose content script sends one message to its background and gets
  // an answer, as any extension that judges pages off the page's thread must at least do. A third runs our own
  // built content script (its files as our manifest loads them) beside that peer's background, whose answer is
  // no content pack: the script is evaluated, asks for its pack and stops, so its cost is what every page pays
  // before any reading.
  const peers = await Promise.all([
    peerExtension(oneScript('void 0;\n')),
    peerExtension(oneScript('chrome.runtime.sendMessage({ type: "hello" }, () => void chrome.runtime.lastError);\n'), true),
    peerExtension(ourContentScript(dir), true),
  ]);
  const [emptyPage, msgPage, idlePage] = peers.map((x) => x.page) as [Page, Page, Page];
  const ours = await withExtension(dir);
  const { ctx } = ours;
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const ext = await ctx.newPage();
  void ext.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`).catch(() => undefined);
  await ext.waitForSelector('#app main');
  const extPage = await ctx.newPage();
  const base = BASE ? await withExtension(BASE) : null;
  if (base) await (base.ctx.serviceWorkers()[0] ?? base.ctx.waitForEvent('serviceworker'));
  const basePage = base ? await base.ctx.newPage() : null;

  const rows = new Map(
    PAGES.map((p) => [
      p.path,
      {
        no: [] as Load[],
        peer: [] as Load[],
        msg: [] as Load[],
        idle: [] as Load[],
        yes: [] as Load[],
        base: [] as Load[],
        scan: [] as number[],
        longest: [] as number[],
      },
    ]),
  );
  const judge: number[] = [];
  // One warm-up load per page and browser, then alternate which browser goes first.
  for (let i = -1; i < RUNS; i++) {
    for (const p of PAGES) {
      const loads = [plainPage, emptyPage, msgPage, idlePage, extPage, ...(basePage ? [basePage] : [])].map((pg) => () => tracedLoad(pg, url(p, i)));
      // Alternate the order: none, peers, ours on even runs, the reverse on odd ones.
      const order = loads.map((_, k) => k);
      if (i % 2 !== 0) order.reverse();
      const times: Load[] = [];
      for (const k of order) times[k] = await (loads[k] as () => Promise<Load>)();
      const [tNo, tPeer, tMsg, tIdle, tExt, tBase] = times as [Load, Load, Load, Load, Load, Load | undefined];
      const state = await tabState(ext as never, url(p, i));
      const row = rows.get(p.path);
      if (i < 0 || !row) continue;
      row.no.push(tNo);
      row.peer.push(tPeer);
      row.msg.push(tMsg);
      row.idle.push(tIdle);
      row.yes.push(tExt);
      if (tBase) row.base.push(tBase);
      if (state.scanMs !== undefined) row.scan.push(state.scanMs);
      row.longest.push(tExt.longest);
      if (state.judgeMs !== undefined) judge.push(state.judgeMs);
    }
  }
  await ours.close();
  await base?.close();
  for (const x of peers) await x.close();
  await plain.close();
  sites.server.close();

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `\nReal Chromium (${CHROMIUM}), built extension, medians of ${RUNS} alternating loads per page, ${WARM ? 'the next page on a site (renderer reused; chat page excepted)' : 'each the first page of its site (a new renderer)'}`,
  );
  for (const [what, of] of [
    ['main-thread CPU time', (l: Load) => l.cpu],
    ['main-thread task time (wall clock: waits for a core count too)', (l: Load) => l.task],
  ] as const) {
    console.log(`\n${what}`);
    console.log(
      `${'page'.padEnd(30)}${'none'.padStart(11)}${'empty ext'.padStart(11)}${'1 message'.padStart(11)}${'Jaga'.padStart(11)}${'ratio'.padStart(7)}${'vs empty'.padStart(10)}${'vs 1 msg'.padStart(10)}`,
    );
    for (const p of PAGES) {
      const r = rows.get(p.path);
      if (!r) continue;
      const [no, peer, msg, yes] = [r.no, r.peer, r.msg, r.yes].map((xs) => median(xs.map(of))) as [number, number, number, number];
      console.log(
        `${p.name.padEnd(30)}${ms(no).padStart(11)}${ms(peer).padStart(11)}${ms(msg).padStart(11)}${ms(yes).padStart(11)}${(yes / no).toFixed(2).padStart(7)}${(yes / peer).toFixed(2).padStart(10)}${(yes / msg).toFixed(2).padStart(10)}`,
      );
    }
  }
  console.log(
    `\n${'content script, per page'.padEnd(30)}${'1 msg own'.padStart(11)}${'of none'.padStart(9)}${'Jaga idle'.padStart(11)}${'of none'.padStart(9)}${'Jaga own'.padStart(11)}${'of none'.padStart(9)}${'own scan'.padStart(11)}${'longest task'.padStart(14)}${'max'.padStart(9)}`,
  );
  for (const p of PAGES) {
    const r = rows.get(p.path);
    if (!r) continue;
    const none = median(r.no.map((l) => l.cpu));
    const [peerOwn, idleOwn, own] = [r.msg, r.idle, r.yes].map((xs) => median(xs.map((l) => l.own))) as [number, number, number];
    const pct = (x: number) => `${((100 * x) / none).toFixed(1)}%`.padStart(9);
    console.log(
      `${p.name.padEnd(30)}${ms(peerOwn).padStart(11)}${pct(peerOwn)}${ms(idleOwn).padStart(11)}${pct(idleOwn)}${ms(own).padStart(11)}${pct(own)}${ms(median(r.scan)).padStart(11)}${ms(median(r.longest)).padStart(14)}${ms(Math.max(...r.longest)).padStart(9)}`,
    );
  }
  if (BASE) {
    console.log(
      `\n${'side by side with BENCH_BASE'.padEnd(30)}${'Jaga own'.padStart(11)}${'base own'.padStart(11)}${'ratio'.padStart(7)}${'Jaga longest'.padStart(14)}${'base longest'.padStart(14)}   (${BASE})`,
    );
    for (const p of PAGES) {
      const r = rows.get(p.path);
      if (!r) continue;
      const [own, baseOwn] = [r.yes, r.base].map((xs) => median(xs.map((l) => l.own))) as [number, number];
      const [longest, baseLongest] = [r.yes, r.base].map((xs) => median(xs.map((l) => l.longest))) as [number, number];
      console.log(
        `${p.name.padEnd(30)}${ms(own).padStart(11)}${ms(baseOwn).padStart(11)}${(own / baseOwn).toFixed(2).padStart(7)}${ms(longest).padStart(14)}${ms(baseLongest).padStart(14)}`,
      );
    }
  }
  console.log(`background, per navigation verdict: median ${median(judge).toFixed(2)} ms over ${judge.length} navigations`);
  if (retraced.length > 0) console.log(`loaded again, their first trace holding no parse of the page: ${retraced.join(', ')}`);
  console.log(
    'main thread = the main thread of the renderer that parsed the page, traced from navigation to 1 s after load; ratio = Jaga / none; vs empty = Jaga / an extension whose content script does nothing; vs 1 msg = Jaga / one whose content script sends its background one message. Target: ratio <= 1.05 (issue 13), chat page within 5% (issue 12).',
  );
  console.log(
    "own = all script work of the extension on the page's main thread (CPU time, from the same traced loads); of none = that over the page's CPU time without an extension; Jaga idle = our built content script with no content pack (evaluated, asks, stops): the cost every page pays before any reading. own scan = shadow-root search + reading the page (the background judges it); longest task = the longest single task of our script on the page's main thread, from the trace (CPU time; median, and max over runs).",
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
