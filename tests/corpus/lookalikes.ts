/**
 * Lookalike corpus generator in the spirit of dnstwist's fuzzers (anchors.md §3.5), written for one brand:
 * every technique applied to `prakerja`, over the `.id` second-level registries, abused TLDs and `.com`,
 * plus the Indonesian lure dictionary. Each entry is labelled with its technique for per-technique recall.
 */
export interface Lookalike {
  domain: string;
  technique: string;
}

const BRAND = 'prakerja';
const ID_REGISTRIES = ['id', 'ac.id', 'biz.id', 'co.id', 'desa.id', 'my.id', 'net.id', 'or.id', 'ponpes.id', 'sch.id', 'web.id'];
const ABUSED = ['xyz', 'top', 'online', 'site', 'vip', 'info', 'club', 'icu', 'shop', 'live', 'click', 'link', 'cyou', 'store', 'fun'];
const TLDS = ['com', ...ID_REGISTRIES, ...ABUSED];
const KEYWORDS = [
  'kartu',
  'daftar',
  'login',
  'masuk',
  'gelombang',
  'insentif',
  'bantuan',
  'klaim',
  'cair',
  'dana',
  'bansos',
  'resmi',
  'verifikasi',
  'akun',
  'online',
  'pendaftaran',
  'subsidi',
];
const HOMOGLYPHS: Record<string, string[]> = {
  p: ['\u0440', '\u03c1'],
  r: ['\u0433', '\u027c'],
  a: ['\u0430', '\u03b1', '\u00e0', '\u00e1', '\u00e4', '\u0251'],
  k: ['\u043a', '\u03ba', '\u0137'],
  e: ['\u0435', '\u00e8', '\u00e9', '\u00eb', '\u0113'],
  j: ['\u0458', '\u0135'],
};
const DIGITS: Record<string, string> = { a: '4', e: '3' };
const KEYBOARD: Record<string, string> = { p: 'ol0', r: 'etdf', a: 'qwsz', k: 'jilm', e: 'wrsd', j: 'huikm' };
const VOWELS = 'aeiou';

function swapAt(s: string, i: number, c: string): string {
  return s.slice(0, i) + c + s.slice(i + 1);
}

function labels(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const b = BRAND;
  for (let i = 0; i < b.length; i++) {
    const ch = b[i] as string;
    out.push([b.slice(0, i) + b.slice(i + 1), 'omission']);
    out.push([b.slice(0, i) + ch + b.slice(i), 'repetition']);
    if (i < b.length - 1) out.push([b.slice(0, i) + b[i + 1] + ch + b.slice(i + 2), 'transposition']);
    for (const k of KEYBOARD[ch] ?? []) {
      out.push([swapAt(b, i, k), 'replacement']);
      out.push([b.slice(0, i) + k + b.slice(i), 'insertion']);
    }
    for (const g of HOMOGLYPHS[ch] ?? []) out.push([swapAt(b, i, g), 'homoglyph']);
    if (DIGITS[ch]) out.push([swapAt(b, i, DIGITS[ch] as string), 'digit-for-letter']);
    if (VOWELS.includes(ch)) for (const v of VOWELS) if (v !== ch) out.push([swapAt(b, i, v), 'vowel-swap']);
    for (let bit = 0; bit < 8; bit++) {
      const c = String.fromCharCode(ch.charCodeAt(0) ^ (1 << bit));
      if (/^[a-z0-9]$/.test(c)) out.push([swapAt(b, i, c), 'bitsquatting']);
    }
    if (i > 0) out.push([`${b.slice(0, i)}-${b.slice(i)}`, 'hyphenation']);
  }
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') out.push([b + c, 'addition']);
  out.push(['pr\u0430k\u0435rj\u0430', 'homoglyph'], ['\u0440\u0433\u0430kerja', 'homoglyph'], ['pr4k3rj4', 'digit-for-letter']);
  for (const k of KEYWORDS) {
    out.push([`${k}-${b}`, 'dictionary'], [`${b}-${k}`, 'dictionary'], [`${k}${b}`, 'dictionary'], [`${b}${k}`, 'dictionary']);
  }
  for (const n of ['1', '12', '2021', '2025', '71', '72']) out.push([`${b}${n}`, 'wave-number'], [`${b}-${n}`, 'wave-number']);
  return out;
}

export function generateLookalikes(): Lookalike[] {
  const seen = new Set<string>();
  const out: Lookalike[] = [];
  const add = (domain: string, technique: string) => {
    if (!seen.has(domain)) {
      seen.add(domain);
      out.push({ domain, technique });
    }
  };
  for (const [label, technique] of labels()) {
    if (label === BRAND) continue;
    for (const tld of ['com', 'id', 'xyz', 'online', 'web.id']) add(`${label}.${tld}`, technique);
  }
  for (const tld of TLDS) add(`${BRAND}.${tld}`, 'tld-swap');
  for (const tld of ['com', 'xyz', 'site', 'online', 'my.id']) {
    add(`${BRAND}.go.id.${'verify-akun'}.${tld}`, 'target-embedding');
    add(`${BRAND}-go-id.${tld}`, 'target-embedding');
    add(`${BRAND}goid.${tld}`, 'target-embedding');
    add(`www.${BRAND}.go.id.login.${tld}`, 'target-embedding');
    add(`${BRAND}.daftar-online.${tld}`, 'subdomain');
    add(`dashboard.${BRAND}12.${tld}`, 'subdomain');
  }
  // Two tricks at once (issue 11): a one-edit or digit-for-letter brand inside a longer name, as a
  // subdomain, or under a registry that vets registrants.
  const typos = labels()
    .filter(([, t]) => ['omission', 'repetition', 'transposition', 'replacement', 'insertion'].includes(t))
    .map(([l]) => l)
    .filter((l) => !l.includes('-'));
  const leets = labels()
    .filter(([, t]) => t === 'digit-for-letter')
    .map(([l]) => l);
  const words = ['info', 'klaim', 'daftar', 'layanan', 'cek', 'portal'];
  typos.forEach((typo, i) => {
    const w = words[i % words.length] as string;
    add(`${w}${typo}.${['xyz', 'site', 'com', 'online'][i % 4]}`, 'typo-combo');
    add(`${typo}-${w}.com`, 'typo-combo');
    add(`${typo}.${['daftar-online', 'insentif', 'bantuan-warga'][i % 3]}.${['com', 'xyz', 'site'][i % 3]}`, 'typo-subdomain');
    add(`${typo}.${['go.id', 'ac.id', 'sch.id', 'desa.id', 'mil.id'][i % 5]}`, 'typo-vetted');
  });
  for (const leet of leets) {
    for (const w of words) {
      add(`${w}-${leet}.com`, 'leet-combo');
      add(`${leet}${w}.xyz`, 'leet-combo');
    }
  }
  for (const host of ['vercel.app', 'netlify.app', 'github.io', 'blogspot.com', 'web.app', 'pages.dev']) {
    add(`${BRAND}.${host}`, 'hosting-tenant');
    add(`daftar-${BRAND}.${host}`, 'hosting-tenant');
    add(`${BRAND}-klaim.${host}`, 'hosting-tenant');
  }
  return out;
}
