import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/ext/content/runtime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Frames without a URL of their own (about:blank written by script, about:srcdoc, blob:) are where
  // kits hide forms: run there too (match_origin_as_fallback where the browser supports it).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // WXT tells an older copy of this script (after an update) to stop by an event on the document; its extra
  // window.postMessage would reach every page's own message listeners on every page and frame.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContentScript(ctx);
  },
});
