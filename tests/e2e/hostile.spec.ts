import type { AnyPage } from './browsers';
import { bannerText, expect, href, tabState, test, visit } from './fixtures';

// Hostile pages: protection must hold when a page sabotages DOM APIs, floods mutations or covers the banner.

/**
 * A page's NIK + OTP form at `url` is caught: the banner shows, the NIK field gets its warning, and Enter in the OTP
 * field is held. Returns the tab's state, read once the banner shows (the page has been judged).
 */
async function expectCaughtAndHeld(page: AnyPage, ext: AnyPage, url: string): Promise<Awaited<ReturnType<typeof tabState>>> {
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  const state = await tabState(ext, url);
  await page.focus('#nik');
  await page.waitForSelector('#nik + jaga-prakerja-field-warning');
  const asked = page.answerDialogs(false);
  await page.focus('#otp');
  await page.press('Enter');
  await expect.poll(() => asked.length).toBe(1);
  expect(await href(page)).toBe(url);
  return state;
}

test('a page that sabotages EventTarget, form methods and MutationObserver is still caught, and cannot allowlist itself', async ({
  harness,
  sites,
  ext,
}) => {
  const page = await harness.newPage();
  const url = sites.url('sabotase.example');
  await visit(page, url);
  await page.waitForSelector('#otp');
  const state = await expectCaughtAndHeld(page, ext, url);
  expect(state.verdict.reasons.map((r) => r.code)).toContain('sensitive-form');
  expect(state.badge).toBe('!');
  const allow = await ext.evaluate(async () => {
    const g = globalThis as unknown as {
      browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    };
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'get-allowlist' });
  }, null);
  expect(allow).toEqual({ allowlist: [] });
  await page.close();
});

test('a page flooding the DOM with mutations gets the banner while re-scans stay rate-limited', async ({ harness, sites, ext }) => {
  const page = await harness.newPage();
  const url = sites.url('banjir.example');
  await visit(page, url);
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  const first = await tabState(ext, url);
  await new Promise((r) => setTimeout(r, 3_000));
  const later = await tabState(ext, url);
  // About 6,000 DOM changes a second for 3 s: at most one scan per 400 ms debounce window (and 20 a minute).
  expect(later.scans ?? 0).toBeGreaterThan(first.scans ?? 0);
  expect((later.scans ?? 0) - (first.scans ?? 0)).toBeLessThanOrEqual(9);
  expect(later.badge).toBe('!');
  await page.close();
});

test('a page that paints over the banner does not hide it: the banner moves to the top layer', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('tutup.example'));
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const host = document.querySelector('jaga-prakerja-banner') as HTMLElement;
        const r = host.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + 10) === host;
      }, null),
    )
    .toBe(true);
  await page.close();
});

test('a branded OTP form inside an iframe gets the field warning and the submit hold', async ({ harness, sites }) => {
  const page = await harness.newPage();
  await visit(page, sites.url('bingkai.example'));
  const inFrame = <R>(fn: (d: Document) => R) =>
    page.evaluate((src) => {
      const d = (document.getElementById('f') as HTMLIFrameElement).contentDocument;
      return d?.readyState === 'complete' ? new Function('d', `return (${src})(d)`)(d) : null;
    }, fn.toString()) as Promise<R | null>;
  await expect.poll(() => inFrame((d) => Boolean(d.getElementById('otp')))).toBe(true);
  await expect
    .poll(async () => {
      await inFrame((d) => {
        (d.getElementById('otp') as HTMLInputElement).blur();
        (d.getElementById('otp') as HTMLInputElement).focus();
        return true;
      });
      return inFrame((d) => Boolean(d.querySelector('#otp + jaga-prakerja-field-warning')));
    })
    .toBe(true);
  const asked = page.answerDialogs(false);
  await inFrame((d) => {
    (d.querySelector('form') as HTMLFormElement).requestSubmit();
    return true;
  });
  await expect.poll(() => asked.length).toBe(1);
  expect(await inFrame((d) => d.location.pathname)).toBe('/frame');
  await page.close();
});

// Scam pages that shut out a content script in one way each: a Content-Security-Policy that forbids every script,
// and capture listeners on window, added by the page's first script, that swallow the document's lifecycle events
// and the field and submit events the form guard listens for.
for (const [host, what] of [
  ['verifikasi-ketat.example', 'whose Content-Security-Policy forbids every script'],
  ['senyap.example', 'that swallows its lifecycle, field and submit events'],
] as const) {
  test(`a scam page ${what} is still caught: banner, field warning, submit hold`, async ({ harness, sites, ext }) => {
    const page = await harness.newPage();
    const url = sites.url(host);
    await visit(page, url);
    expect((await expectCaughtAndHeld(page, ext, url)).verdict.level).toBe('dangerous');
    await page.close();
  });
}

test('a scam page that asks for the content script by its address cannot tell the extension is there, and is still caught', async ({
  harness,
  sites,
}, info) => {
  test.skip(info.project.name !== 'chromium', 'only Chromium loads the content script from a web-accessible file (scripts/content-module.ts)');
  const page = await harness.newPage();
  await visit(page, sites.url('bantuan-warga.example'));
  await expect.poll(() => bannerText(page)).toMatch(/^visible/);
  // A kit that finds the extension could show it a harmless page: the file is reachable only at the address
  // Chromium makes for it each session, which only our own content script is told.
  const probes = await page.evaluate(async (src) => {
    const tries: Record<string, () => Promise<unknown>> = {
      fetch: () => fetch(src).then((r) => r.status),
      import: () => import(src),
      script: () =>
        new Promise((resolve, reject) => {
          const s = document.createElement('script');
          s.src = src;
          s.onload = resolve;
          s.onerror = reject;
          document.head.append(s);
        }),
    };
    const out: Record<string, string> = {};
    const [answered, refused] = [() => 'answered', () => 'refused'];
    for (const [name, go] of Object.entries(tries)) out[name] = await go().then(answered, refused);
    return out;
  }, `${harness.extensionBase}content-scripts/content.js`);
  expect(probes).toEqual({ fetch: 'refused', import: 'refused', script: 'refused' });
  await page.close();
});

test('a scam page that calls window.stop() is still caught: banner, field warning, submit hold', async ({ harness, sites, ext }) => {
  // window.stop() cancels the document's loads, Chrome's import of our module among them, and a document stopped
  // while it is parsed never fires DOMContentLoaded. Chrome's background injects the script instead, and the
  // content script waits for the document's state, not for that event.
  for (const host of ['cair-sekarang.example', 'cair-nanti.example']) {
    // Stopped as soon as its form is parsed, and stopped late, after a slow script held the parser.
    const page = await harness.newPage();
    const url = sites.url(host);
    await visit(page, url);
    expect((await expectCaughtAndHeld(page, ext, url)).verdict.level, host).toBe('dangerous');
    await page.close();
  }
});
