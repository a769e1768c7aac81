import fc from 'fast-check';
import { toASCII, toUnicode } from 'punycode/punycode.es6.js';
import { describe, expect, it } from 'vitest';
import { brandTally, DIGIT_LETTERS, sharedLetters } from '../../lib/letters';
import { tail } from '../../lib/rules/compile';
import { classify, classifyUrl } from '../../lib/url/classify';
import { ALL_URL_DETECTORS } from '../../lib/url/detectors';
import { damerau, damerauBits, damerauTable } from '../../lib/url/distance';
import { isOfficialLogin } from '../../lib/url/login';
import { normalizeUrl, parsedUrl } from '../../lib/url/normalize';
import { hostToUnicode } from '../../lib/url/punycode';
import { generateLookalikes } from '../corpus/lookalikes';
import { benignDomains, RULES } from './helpers';

const codes = (url: string) => classifyUrl(url, RULES).reasons.map((r) => r.code);

describe('each URL rule with its examples', () => {
  for (const d of ALL_URL_DETECTORS) {
    it(`${d.id} fires on its examples and not on its counter-examples`, () => {
      for (const m of d.examples.match) expect(codes(m), m).toContain(d.id);
      for (const n of d.examples.noMatch) expect(codes(n), n).not.toContain(d.id);
    });
  }
  it('no rule fires on any benign counter-example of any rule', () => {
    const benign = ALL_URL_DETECTORS.flatMap((d) => d.examples.noMatch).filter((u) => classifyUrl(u, RULES).level === 'neutral');
    expect(benign.length).toBeGreaterThan(10);
    for (const u of benign)
      expect(
        classifyUrl(u, RULES).reasons.filter((r) => r.level !== 'neutral'),
        u,
      ).toEqual([]);
  });
});

describe('classifyUrl', () => {
  it.each([
    ['https://prakerja.go.id/', 'official'],
    ['https://WWW.PRAKERJA.GO.ID./masuk', 'official'],
    ['https://dashboard.prakerja.go.id:443/masuk?history=/', 'official'],
    ['https://bantuan.prakerja.go.id/hc/id/requests/new', 'official'],
    ['https://public-prakerja.oss-ap-southeast-5.aliyuncs.com/faq/a.png', 'official'],
    ['https://www.tokopedia.com/kartu-prakerja', 'partner'],
    ['https://www.tokopedia.com/', 'neutral'],
    ['https://prakerja.karier.mu/', 'partner'],
    ['https://skillhub.kemnaker.go.id/pelatihan/prakerja', 'partner'],
    ['https://kemnaker.go.id/', 'neutral'],
    ['https://prakerja.jatimprov.go.id/', 'neutral'],
    ['https://www.kompas.com/tren/read/2021/02/28/prakerja', 'neutral'],
    ['https://pekerja.com/', 'neutral'],
    ['https://prakerja12.xyz/', 'dangerous'],
    ['http://dashboard.prakerja12.xyz/?gel=12', 'dangerous'],
    ['https://kartu-prakerja.com/', 'dangerous'],
    ['https://prakerja.go.id.verify-akun.site/', 'dangerous'],
    ['https://\u0440\u0433\u0430kerja.com/', 'dangerous'],
    ['https://xn--kerja-3veu7h.com/', 'dangerous'],
    ['https://prakerja.web.id/', 'dangerous'],
    ['https://prakerja.com/', 'dangerous'],
    ['https://prakerja-go-id.com/', 'dangerous'],
    ['https://prakerjagoid.com/', 'dangerous'],
    ['https://daftar-prakerja.online/', 'dangerous'],
    ['https://pr4kerja.com/', 'dangerous'],
    ['https://prakreja.com/', 'dangerous'],
    ['https://prakerja-daftar.vercel.app/', 'dangerous'],
    ['https://prakerja.go.id@evil.example/', 'dangerous'],
    ['blob:https://prakerja12.xyz/9f1c', 'dangerous'],
    ['https://infoprakerja.com/', 'suspicious'],
    ['https://sites.google.com/view/daftar-prakerja', 'suspicious'],
    ['https://telegra.ph/Daftar-Prakerja-Gelombang-12-02-23', 'dangerous'],
    ['https://telegra.ph/Resep-Nasi-Goreng-01-01', 'neutral'],
  ])('%s is %s', (url, level) => {
    expect(classifyUrl(url, RULES).level).toBe(level);
  });

  it('explains a homograph: which letters, which script, which site is imitated', () => {
    const v = classifyUrl('https://\u0440\u0433\u0430kerja.com/', RULES);
    const r = v.reasons.find((x) => x.code === 'idn-homograph');
    expect(r?.evidence).toMatchObject({ imitates: 'prakerja.go.id', punycode: 'xn--kerja-3veu7h.com', scripts: ['cyrillic'] });
    expect(r?.evidence?.glyphs).toContain('\u0440 U+0440 cyrillic -> p');
  });

  it('gives a clear verdict for bad and non-web input, never a throw', () => {
    expect(classifyUrl('http://[::1', RULES).reasons[0]?.code).toBe('invalid-url');
    expect(classifyUrl('', RULES).reasons[0]?.code).toBe('invalid-url');
    expect(classifyUrl('about:blank', RULES).reasons[0]?.code).toBe('non-web-url');
    expect(classifyUrl('data:text/html,<h1>prakerja</h1>', RULES).reasons[0]?.code).toBe('non-web-url');
    expect(classifyUrl(`https://${'a'.repeat(9000)}.com`, RULES).reasons[0]?.code).toBe('invalid-url');
  });

  it('honours an unexpired user exception and ignores an expired one', () => {
    const now = Date.now();
    expect(classifyUrl('https://infoprakerja.com/', RULES, [{ host: 'infoprakerja.com', expires: now + 1000 }], now).level).toBe('neutral');
    expect(classifyUrl('https://infoprakerja.com/', RULES, [{ host: 'infoprakerja.com', expires: now - 1 }], now).level).toBe('suspicious');
  });

  it('measures transpositions as one edit', () => {
    expect(damerau('prakreja', 'prakerja')).toBe(1);
    expect(damerau('pekerja', 'prakerja')).toBe(2);
  });
});

describe('properties', () => {
  it('the shortcut for ordinary hosts never changes a verdict (checked against every rule run in full)', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
    const lookalikeish = fc.constantFrom(
      'prakerja',
      'pr4kerja',
      'prakreja',
      'kerja',
      'praker',
      'pekerja',
      'kartu-prakerja',
      'prakerjagoid',
      'prakerjaa',
      'praekrja',
      'prakrja',
      'daftar-prakerja',
      'infoprakerrja',
      'go',
      'id',
    );
    const host = fc
      .tuple(
        fc.array(fc.oneof(label, lookalikeish), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('com', 'id', 'go.id', 'ac.id', 'sch.id', 'desa.id', 'mil.id', 'co.id', 'xyz', 'web.id', 'vercel.app', 'blogspot.com'),
      )
      .map(([ls, tld]) => `${ls.join('.')}.${tld}`);
    fc.assert(
      fc.property(host, fc.constantFrom('/', '/prakerja', '/a?b=1'), (h, path) => {
        const url = `https://${h}${path}`;
        expect(classify(url, RULES, [], 0, true)).toEqual(classify(url, RULES, [], 0, false));
      }),
      { numRuns: 3000 },
    );
    for (const d of [...benignDomains(), ...generateLookalikes().map((l) => l.domain)]) {
      const url = `https://${d}/`;
      expect(classify(url, RULES, [], 0, true), d).toEqual(classify(url, RULES, [], 0, false));
    }
  });
  it('the bit-parallel edit distance equals the dynamic-programming table', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-e]{0,14}$/), fc.stringMatching(/^[a-e]{1,30}$/), (a, b) => {
        expect(damerauBits(a, b), `${a} ${b}`).toBe(damerauTable(a, b));
      }),
      { numRuns: 20000 },
    );
  });
  it('the punycode decoder agrees with the punycode package, errors included', () => {
    const outcome = (f: () => string) => {
      try {
        return f();
      } catch {
        return 'throws';
      }
    };
    const check = (h: string) => {
      expect(
        outcome(() => hostToUnicode(h)),
        h,
      ).toBe(outcome(() => toUnicode(h)));
    };
    // The punycode package reads text before an '@' as an e-mail address's local part and leaves it
    // undecoded. A host never holds an '@' (the URL parser forbids it), so labels here never do either.
    const label = fc.string({ unit: 'binary', maxLength: 8 }).filter((l) => !l.includes('@'));
    const encoded = fc
      .array(label, { minLength: 1, maxLength: 3 })
      .map((ls) => outcome(() => toASCII(ls.join('.')).toLowerCase()))
      .filter((h) => h !== 'throws');
    fc.assert(fc.property(encoded, check), { numRuns: 5000 });
    fc.assert(fc.property(fc.stringMatching(/^(xn--[a-z0-9-]{0,12}\.){0,2}xn--[a-z0-9-]{0,12}$/), check), { numRuns: 5000 });
    expect(hostToUnicode('xn--kerja-3veu7h.com')).toBe('\u0440\u0433\u0430kerja.com');
  });
  it('the plain-URL fast path reads every URL exactly as the WHATWG parser does', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '0',
      '-',
      '.',
      '/',
      '?',
      '#',
      '@',
      ':',
      '%',
      '_',
      '~',
      '=',
      '&',
      ' ',
      '\\',
      'xn--',
      '..',
      '/./',
      '0x',
      '\u0430',
      '[',
      ']',
    );
    const word = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const url = fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', ''), word, fc.constantFrom('', '.', ':80', ':65536', ':443'), word)
      .map(([scheme, host, port, rest]) => `${scheme}${host}${port}${rest}`);
    const check = (u: string) => {
      if (u.trim() === '') return; // "empty" is answered before either path
      expect(normalizeUrl(u), u).toEqual(parsedUrl(u.trim()));
    };
    fc.assert(fc.property(url, check), { numRuns: 5000 });
    fc.assert(fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), check), { numRuns: 2000 });
    for (const d of [...benignDomains(), ...generateLookalikes().map((l) => l.domain)]) check(`https://${d}/a-b/c.html?x=1#top`);
  });
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void classifyUrl(s, RULES)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.webUrl(), (s) => void classifyUrl(s, RULES)),
      { numRuns: 1000 },
    );
  });
  const official = ['prakerja.go.id', 'dashboard.prakerja.go.id', 'bantuan.prakerja.go.id'];
  it('official hosts stay official under case, trailing dot and www.', () => {
    fc.assert(
      fc.property(fc.constantFrom(...official), fc.boolean(), fc.boolean(), fc.boolean(), (host, upper, dot, www) => {
        const h = `${www ? 'www.' : ''}${upper ? host.toUpperCase() : host}${dot ? '.' : ''}`;
        expect(classifyUrl(`https://${h}/`, RULES).level).toBe('official');
      }),
    );
  });
  it('adding a subdomain under a non-official host never makes it official', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('evil.example', 'prakerja.go.id.evil.site', 'go.id', 'prakerja12.xyz'),
        (labels, base) => {
          expect(classifyUrl(`https://${[...labels, base].join('.')}/`, RULES).level).not.toBe('official');
        },
      ),
    );
  });
});

describe('combined tricks, vetted registries, shared hosts, reported hosts (issue 11)', () => {
  it.each([
    ['https://infoprakerrja.xyz/', 'dangerous', 'typo-combo'],
    ['https://klaimprakeja.site/', 'dangerous', 'typo-combo'],
    ['https://layananpraekrja.com/', 'suspicious', 'typo-combo'],
    ['https://daftar.infoprakreja.com/', 'suspicious', 'typo-combo'],
    ['https://klaimprakreja.portal-warga.xyz/', 'dangerous', 'brand-subdomain'],
    ['https://prakerjaa.go.id/', 'suspicious', 'vetted-lookalike'],
    ['https://pr4kerja.go.id/', 'suspicious', 'vetted-lookalike'],
    ['https://daftar-prakerja.go.id/', 'suspicious', 'vetted-lookalike'],
    ['https://prakrja.sch.id/', 'suspicious', 'vetted-lookalike'],
    ['http://kfcuk11.xyz/', 'dangerous', 'reported-host'],
    ['https://sites.google.com/view/daftar-prakerja-2025?usp=sharing', 'suspicious', 'shared-host-path'],
  ])('%s is %s (%s)', (url, level, code) => {
    const v = classifyUrl(url, RULES);
    expect(v.level).toBe(level);
    expect(v.reasons.map((r) => r.code)).toContain(code);
  });
  it.each([
    'https://prakerja.jatimprov.go.id/berita/prakerja',
    'https://disnaker.bandung.go.id/',
    'https://kemnaker.go.id/',
    'https://mitrakerja.id/',
    'https://linktr.ee/search?q=prakerja',
    'https://docs.google.com/document/d/abc/edit?q=prakerja+daftar',
    'https://sites.google.com/view/resep-kue?utm_source=prakerja',
  ])('%s gets no warning', (url) => {
    expect(['neutral', 'official', 'partner']).toContain(classifyUrl(url, RULES).level);
  });
  it('every host reported in the facts sheet section 3.1 is in the reported list', () => {
    const hosts = ['prakerja.id', 'prakerja.vip', 'kfcuk11.xyz', 'prakerja12.xyz', 'prakerja12.info', 'prakerja.xyz', 'prakerja12.com'];
    for (const h of [
      ...hosts,
      'kartu-prakerja.com',
      'daftarprakerja.net',
      'prakerja12.org',
      'prakerja.insentif.online',
      'azoaltou.com',
      'www.shhymy.vip/app/job/tiaoban.php',
    ])
      expect(
        classifyUrl(`https://${h}/`, RULES).reasons.map((r) => r.code),
        h,
      ).toContain('reported-host');
  });
});

describe('letter counting for the shortcut', () => {
  /** The same count done the plain way: each character's letters, each taken while the brand needs one. */
  function naive(s: string, brand: string): number {
    const need = new Map<string, number>();
    for (const ch of brand) need.set(ch, (need.get(ch) ?? 0) + 1);
    let common = 0;
    for (const ch of s) {
      for (const l of DIGIT_LETTERS[ch] ?? ch) {
        const left = need.get(l) ?? 0;
        if (left > 0) {
          need.set(l, left - 1);
          common++;
        }
      }
    }
    return common;
  }

  it('counts the letters a string shares with the brand exactly, digits read as letters', () => {
    const tally = brandTally('prakerja');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9.-]{0,60}$/), (s) => {
        expect(sharedLetters(s, tally, 0, s.length)).toBe(naive(s, 'prakerja'));
      }),
      { numRuns: 2000 },
    );
    expect(sharedLetters('pr4kerja', tally, 0, 8)).toBe(8);
    expect(sharedLetters('kemnaker.go.id', tally, 0, 8)).toBe(naive('kemnaker', 'prakerja'));
  });

  it('never counts too few, even for a brand with more than eight distinct letters', () => {
    const brand = 'abcdefghijk';
    const tally = brandTally(brand);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{0,40}$/), (s) => {
        expect(sharedLetters(s, tally, 0, s.length)).toBeGreaterThanOrEqual(naive(s, brand));
      }),
    );
    expect(sharedLetters('x'.repeat(300), brandTally('prakerja'), 0, 300)).toBeGreaterThanOrEqual(8);
  });

  it('a string holding a window one edit from the brand always shares all its letters but one', () => {
    const tally = brandTally('prakerja');
    const oneEdit = fc
      .tuple(fc.nat(7), fc.constantFrom('del', 'sub', 'ins', 'swap'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'))
      .map(([i, op, ch]) => {
        const b = 'prakerja';
        if (op === 'del') return b.slice(0, i) + b.slice(i + 1);
        if (op === 'sub') return b.slice(0, i) + ch + b.slice(i + 1);
        if (op === 'ins') return b.slice(0, i) + ch + b.slice(i);
        return i < 7 ? b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2) : b;
      });
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{0,10}$/), oneEdit, fc.stringMatching(/^[a-z0-9]{0,10}$/), (before, w, after) => {
        const s = before + w + after;
        expect(sharedLetters(s, tally, 0, s.length)).toBeGreaterThanOrEqual(7);
      }),
    );
  });

  it("a host's tail is its last two labels", () => {
    expect(tail('a.b.example.com')).toBe('example.com');
    expect(tail('example.com')).toBe('example.com');
    expect(tail('localhost')).toBe('localhost');
    expect(tail('s.id')).toBe('s.id');
  });
});

describe('the official login page (where the login reminder shows)', () => {
  it('is the ruleset login address, any query, and nothing else', () => {
    const login = RULES.raw.links.login;
    expect(isOfficialLogin(login, RULES)).toBe(true);
    expect(isOfficialLogin(`${login}?next=%2Fakun`, RULES)).toBe(true);
    expect(isOfficialLogin(login.replace('prakerja.go.id', 'prakerja12.xyz'), RULES)).toBe(false);
    expect(isOfficialLogin(new URL('/bantuan', login).href, RULES)).toBe(false);
    expect(isOfficialLogin('not a url', RULES)).toBe(false);
  });
});
