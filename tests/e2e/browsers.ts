import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { SITES } from './sites';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ROOT = join(import.meta.dirname, '..', '..');
export const GECKO_ID = 'jaga-prakerja@jagaprakerja.github.io';
export const FIREFOX_UUID = '5d3c8f0e-7a1b-4c2d-9e6f-0123456789ab';

/** The subset of a Playwright / Puppeteer page the shared scenarios use. */
export interface AnyPage {
  goto(url: string, opts?: object): Promise<unknown>;
  url(): string;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForSelector(selector: string, opts?: object): Promise<unknown>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** A PNG of the page (of `clip` only, in CSS pixels, when given): written to `path`, and returned. */
  screenshot(opts: { path?: string; fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<unknown>;
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Attach a file to an `<input type=file>`. */
  setFile(selector: string, path: string): Promise<void>;
  /** Evaluate a script given as source text (used to inject axe-core). */
  run(source: string): Promise<unknown>;
  /** Answer every native dialog (confirm) with `accept`; returns the messages seen so far. */
  answerDialogs(accept: boolean): string[];
  /** Resize the page's viewport (phones: 360x640). */
  setViewport(width: number, height: number): Promise<void>;
  /** Tap with a touch event where the harness supports it (Firefox via WebDriver BiDi); a click otherwise. */
  tap(selector: string): Promise<void>;
  /** Evaluate inside the first frame whose URL contains `part` (cross-origin frames too); null if none. */
  inFrame<R, A>(part: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R | null>;
  close(): Promise<void>;
}

export interface Harness {
  name: 'chromium' | 'firefox';
  extensionBase: string;
  newPage(): Promise<AnyPage>;
  /** Quit and start the browser again on the same profile, with the extension loaded again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface Session {
  extensionBase: string;
  newPage(): Promise<AnyPage>;
  close(): Promise<void>;
}

/** A harness over a fresh temporary profile that survives restarts of the browser. */
async function onProfile(name: Harness['name'], start: (profile: string) => Promise<Session>): Promise<Harness> {
  const profile = mkdtempSync(join(tmpdir(), `jaga-${name}-`));
  let session = await start(profile);
  return {
    name,
    get extensionBase() {
      return session.extensionBase;
    },
    newPage: () => session.newPage(),
    restart: async () => {
      await session.close();
      session = await start(profile);
    },
    close: async () => {
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

type Dialogs = {
  on(event: 'dialog', fn: (d: { message(): string; accept(): Promise<void>; dismiss(): Promise<void> }) => void): unknown;
  removeAllListeners(event: 'dialog'): unknown;
};

function answerDialogs(page: Dialogs, accept: boolean): string[] {
  const seen: string[] = [];
  page.removeAllListeners('dialog');
  page.on('dialog', (d) => {
    seen.push(d.message());
    void (accept ? d.accept() : d.dismiss());
  });
  return seen;
}

export function requireBrowser(path: string, pkg: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `Browser not found at ${path}. Install it with: sudo apt-get install -y ${pkg} (or set ${pkg === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}).`,
    );
  }
}

/**
 * Debian Chromium on a closed network: background networking off (it floods refused connections), and every
 * host name resolved to loopback, where the fixture server answers by Host header.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
];

/** The methods Playwright and Puppeteer pages share; the few that differ are passed in. */
interface CommonPage extends Dialogs {
  goto(url: string, opts?: object): Promise<unknown>;
  url(): string;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  waitForSelector(selector: string, opts?: object): Promise<unknown>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  screenshot(opts: object): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  frames(): Array<{ url(): string; evaluate(fn: unknown, arg?: unknown): Promise<unknown> }>;
  close(): Promise<void>;
}

/** The two WebDriver BiDi commands the Firefox viewport fallback sends (Puppeteer's BrowsingContext). */
interface BidiContext {
  setViewport(options: { viewport: { width: number; height: number }; devicePixelRatio: null }): Promise<void>;
  setTouchOverride(maxTouchPoints: number): Promise<void>;
}

function wrapPage(page: CommonPage, differs: Pick<AnyPage, 'type' | 'press' | 'setFile' | 'setViewport' | 'tap'>): AnyPage {
  return {
    ...differs,
    goto: (url, opts) => page.goto(url, opts),
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg) as never,
    waitForSelector: (sel, opts) => page.waitForSelector(sel, opts),
    click: (sel) => page.click(sel),
    focus: (sel) => page.focus(sel),
    screenshot: (opts) => page.screenshot(opts),
    clickAt: (x, y) => page.mouse.click(x, y),
    run: (source) => page.evaluate(source),
    answerDialogs: (accept) => answerDialogs(page, accept),
    inFrame: async (part, fn, arg) => {
      const frame = page.frames().find((f) => f.url().includes(part));
      return frame ? ((await frame.evaluate(fn, arg)) as never) : null;
    },
    close: () => page.close(),
  };
}

export function launchChromium(extraArgs: string[] = []): Promise<Harness> {
  requireBrowser(CHROMIUM, 'chromium');
  const dir = join(ROOT, '.output', 'chrome-mv3');
  return onProfile('chromium', async (profile) => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'id-ID',
      // The fixture server's HTTPS port uses a self-signed test certificate (tests/fixtures/keys).
      ignoreHTTPSErrors: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS, '--lang=id', ...extraArgs],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (process.env.DEBUG_SW) worker.on('console', (m) => console.log('[sw]', m.text()));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
    return {
      extensionBase: `chrome-extension://${new URL(worker.url()).host}/`,
      newPage: async () => {
        const page = await context.newPage();
        return wrapPage(page as unknown as CommonPage, {
          type: (sel, text) => page.locator(sel).pressSequentially(text),
          press: (key) => page.keyboard.press(key),
          setFile: (selector, path) => page.setInputFiles(selector, path),
          setViewport: (width, height) => page.setViewportSize({ width, height }),
          // The persistent context has no touch screen (turning it on would change every other test).
          tap: (selector) => page.click(selector),
        });
      },
      close: () => context.close(),
    };
  });
}

export function launchFirefox(): Promise<Harness> {
  requireBrowser(FIREFOX, 'firefox-esr');
  return onProfile('firefox', async (profile) => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // The add-on is reinstalled after a restart (temporary add-ons do not survive one): keep its data.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'network.dns.localDomains': Object.keys(SITES).join(','),
        'dom.security.https_first': false,
        'dom.security.https_only_mode': false,
        'network.proxy.type': 0,
        'intl.accept_languages': 'id',
        'intl.locale.requested': 'id',
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
      },
    });
    await browser.installExtension(join(ROOT, '.output', 'firefox-mv2'));
    return {
      extensionBase: `moz-extension://${FIREFOX_UUID}/`,
      newPage: async () => {
        const page = await browser.newPage();
        return wrapPage(page as unknown as CommonPage, {
          type: (sel, text) => page.type(sel, text),
          press: (key) => page.keyboard.press(key as never),
          setFile: async (selector, path) => {
            const input = await page.$(selector);
            if (!input) throw new Error(`no ${selector}`);
            await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
          },
          setViewport: async (width, height) => {
            try {
              await page.setViewport({ width, height, hasTouch: true });
            } catch (error) {
              // Firefox ESR 140 (Debian bookworm's) has no emulation.setScreenOrientationOverride, which
              // Puppeteer sends with the viewport: set the viewport and touch points with the commands it has.
              if (!String(error).includes('setScreenOrientationOverride')) throw error;
              const context = (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
              await context.setViewport({ viewport: { width, height }, devicePixelRatio: null });
              await context.setTouchOverride(1).catch(() => undefined);
            }
          },
          tap: (selector) => page.tap(selector),
        });
      },
      close: () => browser.close(),
    };
  });
}
