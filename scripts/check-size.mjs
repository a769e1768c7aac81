// Size budget for what runs on every page, checked by `npm test` after the build. The content script
// must stay small (low-end phones): at most 40,000 bytes (issue 13), Mozilla's webextension-polyfill
// included (the design card puts it in every bundle; about 5 KB here, its API table cut to the namespaces a
// content script can reach by scripts/polyfill-for-content.ts, against about 10 KB whole). It reads the page
// and nothing more: judging the page model (the page detectors), the zod validator, Preact (the banner is plain DOM), the
// ruleset (the background sends its runtime form), the UI's full messages (it gets its own subset), the
// style sheets of the banner, the field warning and the marks (sent with the rules) and the storage library (settings come with the rules) all
// stay out.
// In Chromium that script is an ES module, imported by a one-line classic script (the loader) that the manifest
// lists in its place (scripts/content-module.ts): the loader must stay that one line, and the module must be
// web-accessible only at the per-session address.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CONTENT_FORBID = {
  zod: /ZodError|_zod/,
  preact: /preact|__H/,
  'rule sources or examples': /sukabumiupdate|noMatch/,
  'page-only messages': /options_title|popup_/,
  'storage library': /storage migration/,
  'page detectors': /lure-channel|data-harvest/,
  'API tables a content script cannot reach': /captureVisibleTab|getZoomSettings/,
  'in-page style sheets': /fff7ed|#fef2f2; border: 2px|border-radius: 4px; padding: 1px 4px/,
};
// The polyfill must be there: the design card's stack puts it in every context.
const CONTENT_REQUIRE = { 'webextension-polyfill': /webextension-polyfill/ };

const BUDGETS = [
  {
    file: '.output/chrome-mv3/content-scripts/content.js',
    maxBytes: 40_000,
    maxGzip: 15_000,
    forbid: CONTENT_FORBID,
    // Chromium compiles it at once, off the page's main thread (scripts/content-module.ts).
    require: { ...CONTENT_REQUIRE, 'the compile hint on its first line': /^\/\/# allFunctionsCalledOnLoad\n/ },
  },
  {
    file: '.output/firefox-mv2/content-scripts/content.js',
    maxBytes: 40_000,
    maxGzip: 15_000,
    forbid: CONTENT_FORBID,
    require: CONTENT_REQUIRE,
  },
  {
    file: '.output/chrome-mv3/content-scripts/loader.js',
    // Raised from 300 when the loader learnt to add the content script's window listeners ahead of the page's.
    maxBytes: 400,
    maxGzip: 300,
    forbid: { 'webextension-polyfill': /webextension-polyfill|browser\./ },
    require: {
      'the import of the content script': /\nimport\(chrome\.runtime\.getURL\("content-scripts\/content\.js"\)\)/,
      'window listeners ahead of the page':
        /^for \(const t of \["focusin","input","submit","click"\]\) addEventListener\(t, \(e\) => globalThis\.jagaPrakerjaEvents\?\.\(e\), true\);/,
    },
  },
  // The background keeps the polyfill's whole API table (it uses tabs, webNavigation, alarms). Raised from 512,000
  // when Chrome's background learnt to inject the content script where a page cancels the loader's import.
  {
    file: '.output/chrome-mv3/background.js',
    maxBytes: 520_000,
    maxGzip: 200_000,
    forbid: {},
    require: { 'polyfill API table': /captureVisibleTab/ },
  },
];

let failed = false;
for (const b of BUDGETS) {
  const text = readFileSync(b.file, 'utf8');
  const bytes = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  const over = bytes > b.maxBytes || gz > b.maxGzip;
  const carries = Object.entries(b.forbid)
    .filter(([, re]) => re.test(text))
    .map(([name]) => name);
  const lacks = Object.entries(b.require ?? {})
    .filter(([, re]) => !re.test(text))
    .map(([name]) => `lacks ${name}`);
  carries.push(...lacks);
  console.log(
    `${over || carries.length ? 'FAIL' : 'ok  '} ${b.file}: ${bytes} bytes (budget ${b.maxBytes}), ${gz} gzipped (budget ${b.maxGzip})${carries.length ? `, wrong contents: ${carries.join(', ')}` : ''}`,
  );
  failed ||= over || carries.length > 0;
}
const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
const reachable = (manifest.web_accessible_resources ?? []).filter((w) => w.resources.includes('content-scripts/content.js'));
const manifestOk =
  scripts.includes('content-scripts/loader.js') &&
  !scripts.includes('content-scripts/content.js') &&
  reachable.length === 1 &&
  reachable[0].use_dynamic_url === true &&
  (manifest.permissions ?? []).includes('scripting') &&
  JSON.stringify(manifest.host_permissions) === JSON.stringify(manifest.content_scripts[0].matches);
console.log(
  `${manifestOk ? 'ok  ' : 'FAIL'} .output/chrome-mv3/manifest.json: ${manifestOk ? "lists the loader, the module as web-accessible at its per-session address only, and scripting on the content script's hosts only" : `content scripts ${JSON.stringify(scripts)}, web-accessible ${JSON.stringify(reachable)}`}`,
);
failed ||= !manifestOk;
process.exit(failed ? 1 : 0);
