import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  CONTENT_LOADER,
  CONTENT_SCRIPT,
  compileContentScriptAtOnce,
  isChromiumBuild,
  LOADER_SOURCE,
  loadContentScriptAsModule,
} from '../../scripts/content-module';

describe('the Chromium manifest: a loader stands in for the content script', () => {
  const built = () => ({
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: [CONTENT_SCRIPT], all_frames: true, run_at: 'document_start' },
      { matches: ['https://example.com/*'], js: ['content-scripts/other.js'] },
    ],
    web_accessible_resources: [{ resources: ['icon/16.png'], matches: ['https://example.com/*'] }],
  });

  it('lists the loader in the script’s place, keeps its other keys, and makes the script reachable only at the per-session address', () => {
    const manifest = built();
    loadContentScriptAsModule(manifest);
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
  async function runLoader(url: (path: string) => string): Promise<{ asked: string[]; errors: unknown[][] }> {
    const asked: string[] = [];
    const errors: unknown[][] = [];
    const getURL = (path: string) => {
      asked.push(path);
      return url(path);
    };
    const chrome = { runtime: { getURL } };
    const console = { error: (...args: unknown[]) => errors.push(args) };
    const done = runInNewContext(LOADER_SOURCE, { chrome, console }, { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    await done;
    return { asked, errors };
  }

  it('imports the content script by the address the browser gives for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaga-loader-'));
    const file = join(dir, 'content.mjs');
    const key = `__jagaLoaded${Date.now()}`;
    writeFileSync(file, `globalThis.${key} = true;\n`);
    try {
      const run = await runLoader(() => pathToFileURL(file).href);
      expect(run).toEqual({ asked: [CONTENT_SCRIPT], errors: [] });
      expect((globalThis as Record<string, unknown>)[key]).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so in the console when the script cannot be loaded', async () => {
    const run = await runLoader(() => pathToFileURL(join(tmpdir(), 'jaga-no-such-dir', 'content.mjs')).href);
    expect(run.asked).toEqual([CONTENT_SCRIPT]);
    expect(run.errors).toHaveLength(1);
    expect(String(run.errors[0]?.[0])).toContain('the page scanner did not load');
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
