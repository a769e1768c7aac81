import type { Plugin } from 'vite';
import type { Wxt } from 'wxt';
import { CONTENT_LOADER, CONTENT_SCRIPT, INJECT_MESSAGE, WINDOW_EVENTS, WINDOW_EVENTS_HOOK } from '../lib/content-files';

/**
 * In Chromium the content script runs as an ES module that a one-line classic content script imports.
 *
 * Chromium compiles a classic content script on the page's main thread, from its source, in every new renderer
 * (it keeps no code cache for content scripts): about 5 ms for ours on this machine, on every page before any of
 * its code runs. A module imported from the extension is loaded like any other script: V8 compiles it on a
 * background thread while it streams in, and keeps a code cache of it, used from the next new renderer for the
 * same site on, within the browser session (the module's address changes each session). The numbers are in
 * docs/performance.md.
 *
 * The module is web-accessible, as `import()` requires, but only through the per-session address Chromium makes
 * for it (`use_dynamic_url`): a page cannot test for the extension by asking for the file at its fixed address.
 *
 * The module's first line asks V8 to compile all of it at once (`COMPILE_HINT`), so that it is compiled in the
 * same background work and not function by function on the main thread as each is first called.
 *
 * Firefox keeps the classic content script: the benchmarks measure Chromium's main thread only, so nothing
 * here shows the change would help there.
 */

/**
 * The loader: plain JavaScript, the first thing of ours on every page, so it stays one call. It uses `chrome`,
 * not the polyfill's `browser`, because loading the polyfill here is the cost the module avoids.
 *
 * The import is a fetch that belongs to the page's document, and a page that calls `window.stop()` cancels it
 * (a scam kit can do that to stay unread). Then the loader asks the background to inject the same file
 * (`chrome.scripting`), which no page can cancel.
 *
 * First it adds the content script's capture listeners on window, before any page script can add its own (which
 * would run first, and could stop the event): they call the content script once it has loaded
 * (lib/ext/content/first-listeners.ts).
 */
export const LOADER_SOURCE = `for (const t of ${JSON.stringify(WINDOW_EVENTS)}) addEventListener(t, (e) => globalThis.${WINDOW_EVENTS_HOOK}?.(e), true);
import(chrome.runtime.getURL(${JSON.stringify(CONTENT_SCRIPT)})).catch((e) => { console.warn("Jaga Prakerja: the page scanner did not load, injecting it:", e); chrome.runtime.sendMessage({ type: ${JSON.stringify(INJECT_MESSAGE)} }).catch(() => {}); });\n`;

/**
 * V8's explicit compile hint (Chromium 136 and later; a comment to everything else): compile every function of
 * the file eagerly. Every function of the content script runs on pages it reads, and most of them on every page.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Vite plugin for Chromium's build: put the compile hint on the content script's first line, after minifying. */
export function compileContentScriptAtOnce(): Plugin {
  return {
    name: 'jaga:compile-content-script-at-once',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const script = bundle[CONTENT_SCRIPT];
      if (script?.type === 'chunk') script.code = `${COMPILE_HINT}\n${script.code}`;
    },
  };
}

interface ManifestScripts {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
  web_accessible_resources?: unknown[];
}

/**
 * Rewrite a Chromium manifest so that the loader stands in for the content script, which becomes web-accessible,
 * and the background may inject that script where the loader's import was cancelled (`scripting`).
 */
export function loadContentScriptAsModule(manifest: ManifestScripts): void {
  const entry = manifest.content_scripts?.find((s) => s.js?.includes(CONTENT_SCRIPT));
  if (!entry?.js || !entry.matches) throw new Error(`the manifest lists no content script ${CONTENT_SCRIPT} with matches`);
  entry.js = entry.js.map((file) => (file === CONTENT_SCRIPT ? CONTENT_LOADER : file));
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: [CONTENT_SCRIPT], matches: entry.matches, use_dynamic_url: true },
  ];
  if (!manifest.permissions?.includes('scripting')) manifest.permissions = [...(manifest.permissions ?? []), 'scripting'];
  // `scripting` reaches only hosts the extension holds: the content script's own.
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...entry.matches])];
}

/** Whether a build is Chromium's (MV3), from WXT's config or the environment it hands `vite()`. */
export const isChromiumBuild = (c: { browser: string; manifestVersion: number }) => c.browser !== 'firefox' && c.manifestVersion === 3;
const chromium = (wxt: Wxt) => isChromiumBuild(wxt.config);

/** WXT hooks that do the above in Chromium's (MV3) build. */
export const contentScriptAsModule = {
  'build:publicAssets'(wxt: Wxt, files: Array<{ relativeDest: string; contents?: string }>) {
    if (chromium(wxt)) files.push({ relativeDest: CONTENT_LOADER, contents: LOADER_SOURCE });
  },
  'build:manifestGenerated'(wxt: Wxt, manifest: ManifestScripts) {
    if (chromium(wxt)) loadContentScriptAsModule(manifest);
  },
};
