// Chrome's content script comes in two files (scripts/content-module.ts): a one-line loader the manifest lists, and
// the module it imports, which the background injects itself where a page cancelled that import. Their names, and
// the loader's request, are shared by the build step and the background from here.

/** The content script WXT builds: in Chrome, the module the loader imports and the file the background injects. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The classic content script the Chrome manifest lists in the module's place. */
export const CONTENT_LOADER = 'content-scripts/loader.js';
/** The loader's request to the background when its import failed. */
export const INJECT_MESSAGE = 'inject-scanner';
