import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asModule, CONTENT_NAMESPACES, pruneApiMetadata } from '../../scripts/polyfill-for-content';

const source = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill/dist/browser-polyfill.js'), 'utf8');

/**
 * What a content script's `chrome` holds in Chromium before it had a `browser` of its own (the polyfill then
 * wraps it): callback APIs, each answering at once. `sent` records the messages.
 */
function contentChrome() {
  const sent: unknown[] = [];
  const event = { addListener() {}, removeListener() {}, hasListener: () => false };
  const chrome = {
    runtime: {
      id: 'jaga',
      lastError: undefined,
      getURL: (p: string) => `chrome-extension://jaga/${p}`,
      sendMessage: (msg: unknown, reply: (r: unknown) => void) => {
        sent.push(msg);
        reply({ answer: msg });
      },
      onMessage: event,
    },
    storage: { local: { get: (_k: unknown, cb: (v: unknown) => void) => cb({ settings: { linkMarking: true } }) }, onChanged: event },
    i18n: { getUILanguage: () => 'id', detectLanguage: (_t: string, cb: (v: unknown) => void) => cb({ languages: [{ language: 'id' }] }) },
    extension: { inIncognitoContext: false },
  };
  return { chrome, sent };
}

type Api = (...args: unknown[]) => unknown;
/** The part of `browser` a content script uses. */
interface ContentBrowser {
  runtime: { sendMessage: Api; getURL: Api };
  storage: { local: { get: Api } };
  i18n: { detectLanguage: Api; getUILanguage: Api };
  tabs?: unknown;
}

/** Run a polyfill source the way a classic script runs it (no module system), against `chrome`. */
function polyfilled(code: string, chrome: object): ContentBrowser {
  const context: Record<string, unknown> = { chrome };
  context.globalThis = context;
  runInNewContext(code, context);
  return context.browser as ContentBrowser;
}

describe('the content script polyfill (API table cut to what a content script reaches)', () => {
  const pruned = pruneApiMetadata(source, CONTENT_NAMESPACES);

  it('keeps the polyfill whole but for the table, and the table only for runtime, storage, i18n, extension', () => {
    expect(pruned.length).toBeLessThan(source.length * 0.7);
    for (const kept of ['"sendMessage"', '"getBytesInUse"', '"detectLanguage"', '"isAllowedIncognitoAccess"', 'wrappedSendMessage'])
      expect(pruned).toContain(kept);
    for (const gone of ['"captureVisibleTab"', '"getZoomSettings"', '"bookmarks"', '"webNavigation"']) expect(pruned).not.toContain(gone);
  });

  it('gives a content script the same promise APIs as the whole polyfill', async () => {
    for (const code of [source, pruned]) {
      const { chrome, sent } = contentChrome();
      const browser = polyfilled(code, chrome);
      await expect(browser.runtime.sendMessage({ type: 'content-pack' })).resolves.toEqual({ answer: { type: 'content-pack' } });
      expect(sent).toEqual([{ type: 'content-pack' }]);
      await expect(browser.storage.local.get('settings')).resolves.toEqual({ settings: { linkMarking: true } });
      await expect(browser.i18n.detectLanguage('halo')).resolves.toEqual({ languages: [{ language: 'id' }] });
      expect(browser.i18n.getUILanguage()).toBe('id');
      expect(browser.runtime.getURL('x.html')).toBe('chrome-extension://jaga/x.html');
      // What a content script cannot reach is not there, with or without its table.
      expect(browser.tabs).toBeUndefined();
    }
  });

  it('as the ES module the content script bundles, exports the polyfilled browser itself', async () => {
    const { chrome, sent } = contentChrome();
    // A Chromium without a native `browser` (the test setup puts WXT's fake one on globalThis: set aside).
    const global = globalThis as { chrome?: unknown; browser?: unknown };
    const fake = global.browser;
    global.chrome = chrome;
    global.browser = undefined;
    try {
      const mod = (await import(`data:text/javascript,${encodeURIComponent(asModule(pruned))}`)) as { default: ContentBrowser };
      await expect(mod.default.runtime.sendMessage({ type: 'content-pack' })).resolves.toEqual({ answer: { type: 'content-pack' } });
      await expect(mod.default.storage.local.get('settings')).resolves.toEqual({ settings: { linkMarking: true } });
      expect(sent).toEqual([{ type: 'content-pack' }]);
    } finally {
      delete global.chrome;
      global.browser = fake;
    }
  });

  it('fails the build, with the reason, on a polyfill laid out differently', () => {
    expect(() => pruneApiMetadata('module.exports = {};', CONTENT_NAMESPACES)).toThrow(/no `const apiMetadata/);
    expect(() => pruneApiMetadata(source.replace('"alarms": {', '"alarms": {"x": 1,'), CONTENT_NAMESPACES)).toThrow(/unexpected apiMetadata line/);
    expect(() => pruneApiMetadata(source, new Set(['runtime', 'nosuch']))).toThrow(/no "nosuch"/);
    expect(() => asModule('module.exports = {};')).toThrow(/no UMD wrapper/);
  });
});
