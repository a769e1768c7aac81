import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { NOT_OWN_PATH, OWN_PATH } from '../../lib/ext/content/link-marker';
import { addressesAny, addressesIn, mayHoldAddress, mayHoldAddressAny } from '../../lib/ext/content/text-marker';
import { classifyUrl, judgedByHostAlone } from '../../lib/url/classify';
import { isWarning } from '../../lib/verdict';
import { generateLookalikes } from '../corpus/lookalikes';
import { benignDomains, RULES } from './helpers';

const enc = encodeURIComponent;
/** Every redirector of the ruleset, as a function from a target URL to the wrapped link. */
const WRAPS: Array<[string, (u: string) => string]> = [
  ['facebook', (u) => `https://l.facebook.com/l.php?u=${enc(u)}&h=AT0abc`],
  ['facebook mobile', (u) => `https://lm.facebook.com/l.php?u=${enc(u)}&h=AT1xyz`],
  ['messenger', (u) => `https://l.messenger.com/l.php?u=${enc(u)}&h=AT2`],
  ['instagram', (u) => `https://l.instagram.com/?u=${enc(u)}&e=ATM`],
  ['google q', (u) => `https://www.google.com/url?q=${enc(u)}&sa=D&source=editors`],
  ['google url', (u) => `https://www.google.com/url?sa=t&url=${enc(u)}&usg=AOv`],
  ['google.co.id', (u) => `https://www.google.co.id/url?q=${enc(u)}`],
  ['google bare', (u) => `https://google.com/url?q=${enc(u)}`],
  ['youtube', (u) => `https://www.youtube.com/redirect?event=video_description&q=${enc(u)}`],
  ['whatsapp l.wl.co', (u) => `https://l.wl.co/l?u=${enc(u)}`],
];

const LOOKALIKES = [
  'https://prakerja12.xyz/daftar',
  'http://kartu-prakerja.com/',
  'https://prakerja.go.id.verify-akun.site/login',
  'https://pr4kerja.com/',
];
const SAFE = [
  'https://www.prakerja.go.id/',
  'https://dashboard.prakerja.go.id/masuk',
  'https://www.tokopedia.com/kartu-prakerja',
  'https://www.kompas.com/tren/read/2021/02/28/prakerja',
  'https://example.com/',
];

describe('redirect wrappers are judged by their target', () => {
  for (const [name, wrap] of WRAPS) {
    it(`${name}: lookalikes flagged, official, partner and ordinary sites not`, () => {
      for (const u of LOOKALIKES) {
        const v = classifyUrl(wrap(u), RULES);
        expect(v.level, u).toBe(classifyUrl(u, RULES).level);
        expect(v.reasons[0]?.code).toBe('wrapped-link');
        expect(v.reasons[0]?.evidence?.wrapper).toBe(new URL(wrap(u)).hostname);
      }
      for (const u of SAFE) expect(classifyUrl(wrap(u), RULES), u).toEqual(expect.objectContaining({ level: 'neutral' }));
    });
  }
  it('nested wrappers are followed: Gmail to Facebook to a lookalike', () => {
    const [, fb] = WRAPS[0] as [string, (u: string) => string];
    const [, gmail] = WRAPS[4] as [string, (u: string) => string];
    const v = classifyUrl(gmail(fb('https://prakerja12.xyz/daftar')), RULES);
    expect(v.level).toBe('dangerous');
    expect(v.reasons.find((r) => r.code === 'reported-host')).toBeDefined();
  });
  it('a wrapper nested too deep, or that cannot be read, is neutral with the reason', () => {
    let u = 'https://prakerja12.xyz/';
    for (let i = 0; i < 8; i++) u = `https://l.facebook.com/l.php?u=${enc(u)}`;
    expect(classifyUrl(u, RULES).reasons[0]?.evidence).toMatchObject({ unreadable: 'too-deep' });
    expect(classifyUrl('https://l.facebook.com/l.php?h=AT0', RULES).reasons[0]?.evidence).toMatchObject({ unreadable: 'no-target' });
    expect(classifyUrl('https://www.google.com/url?q=daftar+prakerja', RULES).reasons[0]?.evidence).toMatchObject({ unreadable: 'not-a-web-url' });
    expect(classifyUrl('https://l.facebook.com/l.php?u=%E0%A4%A', RULES).level).toBe('neutral');
    expect(classifyUrl('https://l.instagram.com/?u=javascript:alert(1)', RULES).level).toBe('neutral');
  });
  it('the same hosts outside their redirect paths are ordinary pages', () => {
    expect(classifyUrl('https://www.google.com/search?q=prakerja12.xyz', RULES).reasons.map((r) => r.code)).not.toContain('wrapped-link');
    expect(classifyUrl('https://l.facebook.com/other?u=https%3A%2F%2Fprakerja12.xyz%2F', RULES).level).toBe('neutral');
  });
});

describe('short links', () => {
  it.each([
    'https://s.id/daftarprakerja72',
    'https://bit.ly/klaim-prakerja',
    'https://tinyurl.com/pencairan-prakerja-2025',
    'https://cutt.ly/prakreja-gelombang72',
    'https://s.id/Daftar-Pr4kerja-72',
  ])('%s is suspicious and says why', (u) => {
    const v = classifyUrl(u, RULES);
    expect(v.level).toBe('suspicious');
    expect(v.reasons[0]).toMatchObject({ code: 'short-link', evidence: { imitates: 'prakerja.go.id', platform: new URL(u).hostname } });
  });
  it.each([
    'https://s.id/resepkue',
    'https://bit.ly/3xYz9Q',
    'https://s.id/prakerja',
    'https://s.id/webinar-kerja-72',
    'https://bit.ly/?q=daftar-prakerja-72',
  ])('%s stays unmarked', (u) => {
    expect(classifyUrl(u, RULES).level).toBe('neutral');
  });
  it('a wrapped short link is judged by its slug', () => {
    expect(classifyUrl(`https://l.facebook.com/l.php?u=${enc('https://s.id/daftarprakerja72')}`, RULES).level).toBe('suspicious');
  });
});

describe('properties', () => {
  const wrapArb = fc.constantFrom(...WRAPS.map(([, w]) => w));
  it('unwrapping never throws, whatever the wrapper holds', () => {
    fc.assert(
      fc.property(wrapArb, fc.string({ maxLength: 300 }), fc.nat(6), (wrap, inner, depth) => {
        let u = inner;
        for (let i = 0; i <= depth; i++) u = wrap(u);
        const v = classifyUrl(u, RULES);
        expect(['official', 'partner', 'neutral', 'suspicious', 'dangerous']).toContain(v.level);
      }),
      { numRuns: 500 },
    );
  });
  it('wrapping never turns an official or partner URL into a warning', () => {
    fc.assert(
      fc.property(fc.array(wrapArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(...SAFE.slice(0, 3)), fc.webPath(), (wraps, base, path) => {
        let u = `${base.replace(/\/$/, '')}${path}`;
        for (const w of wraps) u = w(u);
        expect(isWarning(classifyUrl(u, RULES).level)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it('a host judged by itself alone gives every link to it the verdict of its own address', () => {
    const hosts = [
      ...benignDomains().slice(0, 300),
      ...generateLookalikes()
        .slice(0, 300)
        .map((l) => l.domain),
    ];
    const alone = hosts.filter((h) => judgedByHostAlone(h, RULES));
    expect(alone.length).toBeGreaterThan(300);
    // Paths that trip the path rules: lure slugs, the brand, wrappers' parameters holding a lookalike.
    const piece = fc.constantFrom(
      'daftar',
      'prakerja',
      'klaim-prakerja72',
      'l.php',
      'url',
      '?u=',
      '?q=',
      '&url=',
      enc('https://prakerja12.xyz/'),
      '/',
      'view',
      'gelombang-72',
      '#',
    );
    fc.assert(
      fc.property(fc.constantFrom(...alone), fc.array(piece, { maxLength: 6 }), fc.constantFrom('http', 'https'), (host, bits, scheme) => {
        const link = `${scheme}://${host}/${bits.join('')}`;
        expect(classifyUrl(link, RULES).level, link).toBe(classifyUrl(`https://${host}/`, RULES).level);
      }),
      { numRuns: 2_000 },
    );
  });

  it('hosts whose links are judged by their path are never judged by the host alone', () => {
    for (const h of ['s.id', 'bit.ly', 'l.facebook.com', 'www.google.com', 'google.co.id', 'sites.google.com', 'prakerja.go.id', '203.0.113.5'])
      expect(judgedByHostAlone(h, RULES), h).toBe(false);
    expect(judgedByHostAlone('berita.example', RULES)).toBe(true);
  });
});

describe("the link marker's own-path test (links it never reads)", () => {
  const hrefs = fc.array(fc.constantFrom('/', '\\', '\t', '\n', '\r', ' ', 'a', '.', ':', '@', '%', 'x'), { maxLength: 8 }).map((cs) => cs.join(''));

  it("only passes written paths that stay on the page's own origin", () => {
    fc.assert(
      fc.property(hrefs, (href) => {
        if (OWN_PATH.test(href)) expect(new URL(href, 'https://forum.example/topik/').origin).toBe('https://forum.example');
      }),
      { numRuns: 2_000 },
    );
  });

  it('says the same as a selector as it does as a pattern', () => {
    const a = new Window().document.createElement('a');
    fc.assert(
      fc.property(hrefs, (href) => {
        a.setAttribute('href', href);
        expect(a.matches(NOT_OWN_PATH)).toBe(!OWN_PATH.test(href));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("the text marker's address patterns", () => {
  it('finds typed addresses, Latin or not, and skips e-mail addresses', () => {
    expect(addressesIn('daftar di prakerja12.xyz sekarang').map((a) => a.url)).toEqual(['http://prakerja12.xyz/']);
    expect(addressesIn('cek s.id/prakerja72, cepat').map((a) => a.word)).toEqual(['s.id/prakerja72,']);
    expect(addressesIn('\u0440\u0433\u0430kerja.com \u{1f600}').map((a) => a.url)).toEqual([new URL('http://\u0440\u0433\u0430kerja.com/').href]);
    expect(addressesIn('tulis ke admin@prakerja.go.id')).toEqual([]);
    expect(mayHoldAddress('pesan tanpa alamat. Oke')).toBe(false);
    expect(mayHoldAddress('\u{1f600} lihat \u0440\u0433\u0430.\u043a\u043e\u043c')).toBe(true);
  });

  // Letters and digits of both kinds (Cyrillic, accented, an astral letter, an emoji, an Arabic-Indic digit),
  // the characters the patterns turn on, and runs near the length bounds of a label and of the last one.
  const char = fc.constantFrom(...'aZk07.-@/: "<\n'.split(''), 'http://', 'www.', '.id', '.com', 'x'.repeat(23), 'y'.repeat(61));
  const wide = fc.constantFrom('\u0440', '\u00e9', '\u{1d40f}', '\u{1f600}', '\u0663', '\u00a0', '\u3002');
  const text = (piece: fc.Arbitrary<string>) => fc.array(piece, { maxLength: 30 }).map((cs) => cs.join(''));

  it('reads ASCII text the same by its quick patterns as by the Unicode ones', () => {
    fc.assert(
      fc.property(text(char), (t) => {
        expect(addressesIn(t)).toEqual(addressesAny(t));
        expect(mayHoldAddress(t)).toBe(mayHoldAddressAny(t));
      }),
      { numRuns: 3_000 },
    );
  });

  it('never misses an address in text with other characters', () => {
    fc.assert(
      fc.property(text(fc.oneof(char, wide)), (t) => {
        expect(mayHoldAddress(t)).toBe(mayHoldAddressAny(t));
        expect(addressesIn(t)).toEqual(addressesAny(t));
      }),
      { numRuns: 3_000 },
    );
  });
});
