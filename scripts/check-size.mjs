// Size budget for what runs on every page, checked by `npm test` after the build. The content script
// must stay small (low-end phones): our own code is about 39.9 KB, and Mozilla's webextension-polyfill,
// which the design card puts in every bundle, adds 10.3 KB (issue 13 asked for 40 KB before the polyfill
// was added: README, "Size"). It must not carry the zod validator,
// Preact (the banner is plain DOM), the ruleset (the background sends its runtime form), the UI's full
// messages (it gets its own subset) or the storage library (settings come with the rules).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CONTENT_FORBID = {
  zod: /ZodError|_zod/,
  preact: /preact|__H/,
  'rule sources or examples': /sukabumiupdate|noMatch/,
  'page-only messages': /options_title|popup_/,
  'storage library': /storage migration/,
};
// The polyfill must be there: the design card's stack puts it in every context.
const CONTENT_REQUIRE = { 'webextension-polyfill': /webextension-polyfill/ };

const BUDGETS = [
  {
    file: '.output/chrome-mv3/content-scripts/content.js',
    maxBytes: 51_000,
    maxGzip: 18_000,
    forbid: CONTENT_FORBID,
    require: CONTENT_REQUIRE,
  },
  {
    file: '.output/firefox-mv2/content-scripts/content.js',
    maxBytes: 51_000,
    maxGzip: 18_000,
    forbid: CONTENT_FORBID,
    require: CONTENT_REQUIRE,
  },
  { file: '.output/chrome-mv3/background.js', maxBytes: 512_000, maxGzip: 200_000, forbid: {} },
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
