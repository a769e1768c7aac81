// Chrome's content script comes in two files (scripts/content-module.ts): a one-line loader the manifest lists, and
// the module it imports, which the background injects itself where a page cancelled that import. Their names, and
// the loader's request, are shared by the build step and the background from here.

/** The content script WXT builds: in Chrome, the module the loader imports and the file the background injects. */
export const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The classic content script the Chrome manifest lists in the module's place. */
export const CONTENT_LOADER = 'content-scripts/loader.js';
/** The loader's request to the background when its import failed. */
export const INJECT_MESSAGE = 'inject-scanner';
/**
 * The window events the content script handles in the capture phase (the form guard's focus, typing and submit, the
 * link marks' click). A page's own capture listener on window that was added first runs first and can stop the event
 * before ours sees it, so ours must be added before any page script runs: in Chrome by the loader, which calls the
 * content script through `WINDOW_EVENTS_HOOK` once it has loaded (lib/ext/content/first-listeners.ts).
 */
export const WINDOW_EVENTS = ['focusin', 'input', 'submit', 'click'] as const;
/** The global of the content script's own world (no page reaches it) through which the loader's listeners call it. */
export const WINDOW_EVENTS_HOOK = 'jagaPrakerjaEvents';
