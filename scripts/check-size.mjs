// Size budget for what runs on every page, checked by `npm test` after the build. The content script
// must stay small and must not carry the zod validator or Preact (the banner is plain DOM).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  {
    file: '.output/chrome-mv3/content-scripts/content.js',
    maxBytes: 100_000,
    maxGzip: 32_000,
    forbid: { zod: /ZodError|_zod/, preact: /preact|__H/ },
  },
  {
    file: '.output/firefox-mv2/content-scripts/content.js',
    maxBytes: 100_000,
    maxGzip: 32_000,
    forbid: { zod: /ZodError|_zod/, preact: /preact|__H/ },
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
