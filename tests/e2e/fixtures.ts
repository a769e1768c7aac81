import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type AnyPage, type Harness, launchChromium, launchFirefox, ROOT } from './browsers';
import { startSiteServer } from './sites';
import { tabState } from './tab-state';

type Sites = Awaited<ReturnType<typeof startSiteServer>>;

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const test = base.extend<{ ext: AnyPage }, { harness: Harness; sites: Sites }>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    async ({}, use) => {
      const sites = await startSiteServer();
      await use(sites);
      sites.server.close();
    },
    { scope: 'worker' },
  ],
  harness: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    async ({}, use, info) => {
      const h = info.project.name === 'firefox' ? await launchFirefox() : await launchChromium();
      await use(h);
      await h.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  /** An extension page used to ask the background about tabs, as the popup does. */
  ext: async ({ harness }, use) => {
    const page = await harness.newPage();
    await openExtensionPage(harness, page, 'options.html', '#app main');
    await use(page);
    await page.close();
  },
});
export { tabState } from './tab-state';

/** Nothing to say about the page at `url`: a neutral verdict, no badge and no banner. */
export async function expectQuiet(ext: AnyPage, page: AnyPage, url: string): Promise<void> {
  const state = await tabState(ext, url);
  expect(state.verdict.level).toBe('neutral');
  expect(state.badge).toBe('');
  expect(await bannerText(page)).toBeNull();
}
export { expect };

/** Firefox never resolves `goto` for moz-extension pages: start it and wait for the page's own content. */
export async function openExtensionPage(h: Harness, page: AnyPage, path: string, ready: string): Promise<void> {
  void page.goto(h.extensionBase + path).catch(() => undefined);
  // The wait can be cut short when the navigation replaces the document it started on: retry until the deadline.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForSelector(ready, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Visit a page and wait until the navigation settled. A blocked site ends on the warning page, and
 * Firefox's `goto` never resolves for a moz-extension page: so also stop once the page has landed
 * somewhere new and finished loading.
 */
export async function visit(page: AnyPage, url: string): Promise<void> {
  const before = await href(page);
  const nav = page.goto(url).catch(() => undefined);
  let done = false;
  const landed = (async () => {
    while (!done) {
      const state = await page.evaluate(() => `${document.readyState} ${location.href}`, null).catch(() => '');
      if (state.startsWith('complete ') && state.slice(9) !== before && state.slice(9) !== 'about:blank') return;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await Promise.race([nav, landed]);
  done = true;
}

/** The page's real address (Puppeteer's `page.url()` lags behind extension redirects); mid-navigation it says so. */
export async function href(page: AnyPage): Promise<string> {
  return page.evaluate(() => location.href, null).catch(() => 'navigating');
}

/**
 * Wait until the tab shows the warning page, and return the blocked address it names, from the same read. In
 * Chromium a page that committed (a server redirect to a lookalike) can be sent there twice, by the navigation
 * event and by its own content script's first request, so a second read may come mid-navigation.
 */
export async function warnedAbout(page: AnyPage): Promise<string | null> {
  let seen = '';
  await expect
    .poll(async () => {
      seen = await href(page);
      return seen;
    })
    .toContain('/warning.html?url=');
  return new URL(seen).searchParams.get('url');
}

export async function bannerText(page: AnyPage): Promise<string | null> {
  // The banner's shadow root is closed: read what a person sees via the host's rendered size and the
  // accessibility-free route of innerText on the host (closed roots still render into layout).
  return page.evaluate(() => {
    const host = document.querySelector('jaga-prakerja-banner') as HTMLElement | null;
    if (!host) return null;
    const r = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    return r.height > 0 && style.display !== 'none' && style.visibility !== 'hidden' ? `visible:${Math.round(r.height)}` : 'hidden';
  }, null);
}
