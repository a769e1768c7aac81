import type { Wxt } from 'wxt';

/**
 * In Chromium the content script runs as an ES module that a one-line classic content script imports.
 *
 * Chromium compiles a classic content script on the page's main thread, from its source, in every new renderer
 * (it keeps no code cache for content scripts): about 5 ms for ours on this machine, on every page before any of
 * its code runs. A module imported from the extension is loaded like any other script: V8 compiles it on a
 * background thread while it streams in, and keeps a code cache of it, used from the next new renderer for the
 * same site on. The numbers are in docs/performance.md.
 *
 * The module is web-accessible, as `import()` requires, but only through the per-session address Chromium makes
 * for it (`use_dynamic_url`): a page cannot test for the extension by asking for the file at its fixed address.
 *
 * Firefox keeps the classic content script: it compiles a content script once per process and reuses it.
 */

/** The content script WXT builds, and in Chromium the module the loader imports. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The classic content script the Chromium manifest lists in its place. */
export const CONTENT_LOADER = 'content-scripts/loader.js';

/**
 * The loader: plain JavaScript, the first thing of ours on every page, so it stays one call. It uses `chrome`,
 * not the polyfill's `browser`, because loading the polyfill here is the cost the module avoids.
 */
export const LOADER_SOURCE = `import(chrome.runtime.getURL(${JSON.stringify(CONTENT_SCRIPT)})).catch((e) => console.error("Jaga Prakerja: the page scanner did not load:", e));\n`;

interface ManifestScripts {
  content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
  web_accessible_resources?: unknown[];
}

/** Rewrite a Chromium manifest so that the loader stands in for the content script, which becomes web-accessible. */
export function loadContentScriptAsModule(manifest: ManifestScripts): void {
  const entry = manifest.content_scripts?.find((s) => s.js?.includes(CONTENT_SCRIPT));
  if (!entry?.js || !entry.matches) throw new Error(`the manifest lists no content script ${CONTENT_SCRIPT} with matches`);
  entry.js = entry.js.map((file) => (file === CONTENT_SCRIPT ? CONTENT_LOADER : file));
  manifest.web_accessible_resources = [
    ...(manifest.web_accessible_resources ?? []),
    { resources: [CONTENT_SCRIPT], matches: entry.matches, use_dynamic_url: true },
  ];
}

const chromium = (wxt: Wxt) => wxt.config.browser !== 'firefox' && wxt.config.manifestVersion === 3;

/** WXT hooks that do the above in Chromium's (MV3) build. */
export const contentScriptAsModule = {
  'build:publicAssets'(wxt: Wxt, files: Array<{ relativeDest: string; contents?: string }>) {
    if (chromium(wxt)) files.push({ relativeDest: CONTENT_LOADER, contents: LOADER_SOURCE });
  },
  'build:manifestGenerated'(wxt: Wxt, manifest: ManifestScripts) {
    if (chromium(wxt)) loadContentScriptAsModule(manifest);
  },
};
