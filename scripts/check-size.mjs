// Size budget for what runs on every page, checked by `npm test` after the build. The content script
// must stay small (low-end phones): at most 40,000 bytes (issue 13), Mozilla's webextension-polyfill
// included (the design card puts it in every bundle; about 5 KB here, its API table cut to the namespaces a
// content script can reach by scripts/polyfill-for-content.ts, against about 10 KB whole). It reads the page
// and nothing more: judging the page model (the page detectors), the zod validator, Preact (the banner is plain DOM), the
// ruleset (the background sends its runtime form), the UI's full messages (it gets its own subset), the
// style sheets of the banner, the field warning and the marks (sent with the rules) and the storage library (settings come with the rules) all
// stay out.
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
    require: CONTENT_REQUIRE,
  },
  {
    file: '.output/firefox-mv2/content-scripts/content.js',
    maxBytes: 40_000,
    maxGzip: 15_000,
    forbid: CONTENT_FORBID,
    require: CONTENT_REQUIRE,
  },
  // The background keeps the polyfill's whole API table (it uses tabs, webNavigation, alarms).
  {
    file: '.output/chrome-mv3/background.js',
    maxBytes: 512_000,
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
process.exit(failed ? 1 : 0);
