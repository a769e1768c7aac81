import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/ext/content/runtime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main(ctx) {
    void runContentScript(ctx);
  },
});
