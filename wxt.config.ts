import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileContentScriptAtOnce, contentScriptAsModule, isChromiumBuild } from './scripts/content-module';
import { polyfillForContentScripts } from './scripts/polyfill-for-content';

// Firefox gets Manifest V2 (see README, "Why MV2 for Firefox"): in Firefox MV3 the user may withhold host
// permissions, which would silently switch protection off; MV2 grants them at install and stays supported.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  imports: false,
  // `browser` everywhere is Mozilla's webextension-polyfill (promise-based `browser.*` on Chromium too); the content
  // script's copy carries the API table of only what a content script can reach (scripts/polyfill-for-content.ts).
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [preact(), polyfillForContentScripts(), ...(isChromiumBuild(env) ? [compileContentScriptAtOnce()] : [])],
  }),
  // Chromium: the content script is an ES module behind a one-line loader, compiled at once off the page's main
  // thread (scripts/content-module.ts).
  hooks: contentScriptAsModule,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Jaga Prakerja',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage', 'webNavigation', 'alarms'],
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jaga-prakerja@jagaprakerja.github.io',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120' }),
  }),
});
