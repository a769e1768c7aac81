import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOADER, CONTENT_SCRIPT, INJECT_MESSAGE, WINDOW_EVENTS, WINDOW_EVENTS_HOOK } from '../../lib/content-files';
import { COMPILE_HINT, compileContentScriptAtOnce, isChromiumBuild, LOADER_SOURCE, loadContentScriptAsModule } from '../../scripts/content-module';

describe('the Chromium manifest: a loader stands in for the content script', () => {
  const built = () => ({
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: [CONTENT_SCRIPT], all_frames: true, run_at: 'document_start' },
      { matches: ['https://example.com/*'], js: ['content-scripts/other.js'] },
    ],
    web_accessible_resources: [{ resources: ['icon/16.png'], matches: ['https://example.com/*'] }],
  });

  it('lists the loader in the script’s place, keeps its other keys, and makes the script reachable only at the per-session address', () => {
    const manifest: ReturnType<typeof built> & { permissions?: string[]; host_permissions?: string[] } = built();
    loadContentScriptAsModule(manifest);
    // The background may inject the script where a page cancels the import: on the content script's hosts only.
    expect(manifest.permissions).toEqual(['scripting']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], js: [CONTENT_LOADER], all_frames: true, run_at: 'document_start' },
      { matches: ['https://example.com/*'], js: ['content-scripts/other.js'] },
    ]);
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['icon/16.png'], matches: ['https://example.com/*'] },
      { resources: [CONTENT_SCRIPT], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
  });

  it('refuses a manifest without the content script, rather than ship one that loads nothing', () => {
    expect(() => loadContentScriptAsModule({ content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] })).toThrow(CONTENT_SCRIPT);
    expect(() => loadContentScriptAsModule({})).toThrow(CONTENT_SCRIPT);
  });
});

describe('the loader', () => {
  /** Run the loader as the browser would, with `getURL` answering `url`; what it logged, once the import settled. */
  async function runLoader(
    url: (path: string) => string,
    context: Record<string, unknown> = {},
  ): Promise<{ asked: string[]; errors: unknown[][]; sent: unknown[] }> {
    const asked: string[] = [];
    const errors: unknown[][] = [];
    const sent: unknown[] = [];
    const getURL = (path: string) => {
      asked.push(path);
      return url(path);
    };
    const sendMessage = (message: unknown) => {
      sent.push(message);
      return Promise.reject(new Error('no background'));
    };
    const chrome = { runtime: { getURL, sendMessage } };
    const console = { warn: (...args: unknown[]) => errors.push(args) };
    // `context`: the loader's global, kept by the caller to look at or change afterwards (the vm runs in it).
    const global = Object.assign(context, { chrome, console });
    global.addEventListener ??= () => undefined;
    const done = runInNewContext(LOADER_SOURCE, global, { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    await done;
    return { asked, errors, sent };
  }

  it('imports the content script by the address the browser gives for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaga-loader-'));
    const file = join(dir, 'content.mjs');
    const key = `__jagaLoaded${Date.now()}`;
    writeFileSync(file, `globalThis.${key} = true;\n`);
    try {
      const run = await runLoader(() => pathToFileURL(file).href);
      expect(run).toEqual({ asked: [CONTENT_SCRIPT], errors: [], sent: [] });
      expect((globalThis as Record<string, unknown>)[key]).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("first adds capture listeners on window for the content script's events, which call the script once it is there", async () => {
    const listened: Array<{ type: string; listener: (e: unknown) => void; capture: unknown }> = [];
    const context: Record<string, unknown> = {
      addEventListener: (type: string, listener: (e: unknown) => void, capture: unknown) => listened.push({ type, listener, capture }),
    };
    await runLoader(() => pathToFileURL(join(tmpdir(), 'jaga-no-such-dir', 'content.mjs')).href, context);
    expect(listened.map(({ type, capture }) => [type, capture])).toEqual(WINDOW_EVENTS.map((t) => [t, true]));
    // Before the script has loaded an event passes by; once it has set its hook, each event reaches it.
    const submit = listened.find((l) => l.type === 'submit');
    expect(() => submit?.listener({ type: 'submit' })).not.toThrow();
    const seen: unknown[] = [];
    context[WINDOW_EVENTS_HOOK] = (e: unknown) => seen.push(e);
    const event = { type: 'submit' };
    submit?.listener(event);
    expect(seen).toEqual([event]);
  });

  it('when the import fails (a page can cancel it), says so and asks the background to inject the script', async () => {
    const run = await runLoader(() => pathToFileURL(join(tmpdir(), 'jaga-no-such-dir', 'content.mjs')).href);
    expect(run.asked).toEqual([CONTENT_SCRIPT]);
    expect(run.errors).toHaveLength(1);
    expect(String(run.errors[0]?.[0])).toContain('the page scanner did not load');
    // One request; a background that cannot answer leaves no unhandled rejection behind.
    expect(run.sent).toEqual([{ type: INJECT_MESSAGE }]);
  });
});

describe('the compile hint', () => {
  it('goes on the first line of the content script, and of no other file', () => {
    const bundle = {
      [CONTENT_SCRIPT]: { type: 'chunk', code: '(function(){})();' },
      'content-scripts/other.js': { type: 'chunk', code: 'x();' },
      'content-scripts/content.css': { type: 'asset', source: 'a{}' },
    };
    const plugin = compileContentScriptAtOnce() as unknown as { generateBundle(o: unknown, b: typeof bundle): void };
    plugin.generateBundle({}, bundle);
    expect(bundle[CONTENT_SCRIPT].code).toBe(`${COMPILE_HINT}\n(function(){})();`);
    expect(bundle['content-scripts/other.js'].code).toBe('x();');
    expect(bundle['content-scripts/content.css']).toEqual({ type: 'asset', source: 'a{}' });
  });

  it('is for the Chromium (MV3) build only', () => {
    expect(isChromiumBuild({ browser: 'chrome', manifestVersion: 3 })).toBe(true);
    expect(isChromiumBuild({ browser: 'firefox', manifestVersion: 2 })).toBe(false);
    expect(isChromiumBuild({ browser: 'firefox', manifestVersion: 3 })).toBe(false);
    expect(isChromiumBuild({ browser: 'chrome', manifestVersion: 2 })).toBe(false);
  });
});
