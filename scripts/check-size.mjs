// Size budget for what runs on every page, checked by `npm test` after the build. The content script
// must stay small (issue 13: at most 40 KB raw, for low-end phones) and must not carry the zod validator,
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

const BUDGETS = [
  {
    file: '.output/chrome-mv3/content-scripts/content.js',
    maxBytes: 40_000,
    maxGzip: 15_000,
    forbid: CONTENT_FORBID,
  },
  {
    file: '.output/firefox-mv2/content-scripts/content.js',
    maxBytes: 40_000,
    maxGzip: 15_000,
    forbid: CONTENT_FORBID,
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
  console.log(
    `${over || carries.length ? 'FAIL' : 'ok  '} ${b.file}: ${bytes} bytes (budget ${b.maxBytes}), ${gz} gzipped (budget ${b.maxGzip})${carries.length ? `, must not include ${carries.join(', ')}` : ''}`,
  );
  failed ||= over || carries.length > 0;
}
process.exit(failed ? 1 : 0);
