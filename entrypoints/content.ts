import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../lib/ext/content/runtime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main(ctx) {
    void runContentScript(ctx);
  },
});
