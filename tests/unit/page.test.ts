import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_DETECTORS } from '../../lib/page/detectors';
import { PAGE_EXAMPLES } from '../../lib/page/detectors/examples';
import { extractPage } from '../../lib/page/extract';
import { judgeModel, mayMentionBrand, scanPage } from '../../lib/page/scan';
import { nfkc, normalizeAny, normalizeText } from '../../lib/page/text';
import { doc, fixture, ROOT, RULES } from './helpers';

const scan = (html: string, url: string) => scanPage(doc(html), url, RULES);

const ex = (id: string) => PAGE_EXAMPLES[id] ?? { match: [], noMatch: [] };

describe('each page rule with its examples, run both ways', () => {
  it('every page rule is registered, and has examples of both kinds', () => {
    const files = readdirSync(join(ROOT, 'lib', 'page', 'detectors')).filter((f) => !['index.ts', 'examples.ts'].includes(f));
    expect(PAGE_DETECTORS.map((d) => `${d.id}.ts`).sort()).toEqual(files.sort());
    for (const d of PAGE_DETECTORS) expect(ex(d.id).match.length * ex(d.id).noMatch.length, d.id).toBeGreaterThan(0);
  });
  for (const d of PAGE_DETECTORS) {
    it(`${d.id} fires on its examples and not on its counter-examples`, () => {
      for (const e of ex(d.id).match)
        expect(
          scan(e.html, e.url).reasons.map((r) => r.code),
          e.url,
        ).toContain(d.id);
      for (const e of ex(d.id).noMatch)
        expect(
          scan(e.html, e.url).reasons.map((r) => r.code),
          e.url,
        ).not.toContain(d.id);
    });
  }
  it('no page rule warns on any counter-example of any rule', () => {
    for (const e of PAGE_DETECTORS.flatMap((d) => ex(d.id).noMatch)) {
      expect(['neutral', 'official', 'partner'], e.url).toContain(scan(e.html, e.url).level);
    }
  });
});

describe('scanPage on the e2e fixtures', () => {
  it.each([
    ['scam-otp.html', 'http://bantuan-warga.example/', 'dangerous'],
    ['scam-csp.html', 'http://verifikasi-ketat.example/', 'dangerous'],
    ['scam-stop.html', 'http://cair-sekarang.example/', 'dangerous'],
    ['scam-events.html', 'http://senyap.example/', 'dangerous'],
    ['news-warning.html', 'http://berita.example/', 'neutral'],
    ['official-otp.html', 'https://dashboard.prakerja.go.id/masuk', 'official'],
    ['partner-checkout.html', 'https://www.tokopedia.com/kartu-prakerja/checkout', 'partner'],
    ['plain.html', 'http://resep.example/', 'neutral'],
    ['banner-remover.html', 'http://verifikasi.example/', 'suspicious'],
  ])('%s at %s is %s', (file, url, level) => {
    expect(scanPage(fixture(file), url, RULES).level).toBe(level);
  });

  it('the same scam form on a partner host outside the partner path is flagged', () => {
    expect(scanPage(fixture('partner-checkout.html'), 'https://www.tokopedia.com/toko-lain', RULES).level).toBe('suspicious');
  });

  it('asks for NIK and OTP by label, placeholder, aria-label or autocomplete', () => {
    const v = scan(
      '<h1>Kartu Prakerja</h1><form><input aria-label="Nomor Induk Kependudukan"><input autocomplete="one-time-code"><input placeholder="Nama Ibu Kandung"></form>',
      'https://x.example/',
    );
    expect(v.reasons.find((r) => r.code === 'sensitive-form')?.evidence?.fields).toEqual(['mother', 'nik', 'otp']);
  });
});

describe('one-walk extraction', () => {
  it('attributes fields to the form that holds them, including after an empty or last-child form', () => {
    const d = doc(
      '<div><form id=a action="https://api.telegram.org/bot1/send"><div><input name=x></div></form></div><input name=y><form id=b></form><p><input name=z></p>',
    );
    const page = extractPage(d, 'https://x.example/', RULES);
    expect(page.forms.map((f) => [f.action !== null, f.fields.map((x) => x.descriptor.trim())])).toEqual([
      [true, ['x']],
      [false, ['y', 'z']],
    ]);
  });

  it('the native query the content script uses and the walk Node uses read the same model', () => {
    const byQuery = { visibleText: () => null };
    const files = readdirSync(join(ROOT, 'tests', 'fixtures'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const d = fixture(f);
      expect(extractPage(d, 'https://x.example/2021/05/a', RULES, byQuery), f).toEqual(extractPage(d, 'https://x.example/2021/05/a', RULES));
    }
    const d = doc(
      '<div role="heading">Kartu Prakerja</div><form><label for="n">NIK</label><input id="n"></form><input name="otp"><a href="https://wa.me/628123">admin</a><time datetime="2020-04-11">x</time>',
    );
    expect(extractPage(d, 'https://x.example/', RULES, byQuery)).toEqual(extractPage(d, 'https://x.example/', RULES));
    // Kinds read by separate queries: document order within each kind, and an element of another kind marked as
    // a heading filed once, where the walk files it.
    const mixed = doc(
      '<h2>Daftar</h2><h1>Kartu Prakerja</h1><img role="heading" alt="logo prakerja"><form role="heading"><select name="prov"></select>' +
        '<input name="nik"><textarea name="alamat"></textarea><input role="heading" name="otp"></form><select name="kota"></select>' +
        '<input name="pin"><a role="heading" href="https://wa.me/628123">admin</a><a role="heading" href="/x">x</a><h3>Cara</h3>' +
        '<meta role="heading" name="description" content="info"><label role="heading" for="pin">PIN</label>',
    );
    expect(extractPage(mixed, 'https://x.example/', RULES, byQuery)).toEqual(extractPage(mixed, 'https://x.example/', RULES));
  });

  it('the native link selector lets through every link the rules read (chat contacts, share buttons, app downloads)', () => {
    const piece = fc.constantFrom(
      ' ',
      'HTTPS://',
      'http://',
      'WA.ME/',
      'wa.me',
      '/',
      'api.whatsapp.com/send?phone=62',
      'Web.WhatsApp.com/',
      'WHATSAPP:',
      'whatsapp://send?text=',
      'T.ME/',
      't.me',
      'telegram.me/',
      'TG:',
      'tg://msg_url',
      'x.example/',
      'app.APK',
      '.apk?v=1',
      '#',
      '?',
      '628123',
      'share',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 5 }).map((p) => p.join('')),
          { minLength: 1, maxLength: 12 },
        ),
        (hrefs) => {
          const html = `<h1>Kartu Prakerja</h1>${hrefs.map((h, i) => `<p>teks ${i} <a href="${h.replace(/"/g, '')}">tautan</a></p>`).join('')}`;
          const d = doc(html);
          const byQuery = extractPage(d, 'https://x.example/', RULES, { visibleText: () => null });
          const walked = extractPage(d, 'https://x.example/', RULES);
          expect([byQuery.chatLinks, byQuery.downloads]).toEqual([walked.chatLinks, walked.downloads]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('text normalisation against obfuscation', () => {
  it.each([
    ['P R A K E R J A', 'prakerja'],
    ['pra\u200bkerja', 'prakerja'],
    ['pr4k3rja', 'prakerja'],
    ['\uff30\uff32\uff21\uff2b\uff25\uff32\uff2a\uff21', 'prakerja'],
    ['\u0440\u0433\u0430kerja', 'prakerja'],
  ])('%s reads as %s', (input, out) => {
    expect(normalizeText(input)).toBe(out);
  });

  it('reads ASCII text the same by its quick path as by the full steps', () => {
    // Letters, digits, leetspeak and the separators of letter-spacing, often in the letter-separator pairs it is made of.
    const letter = fc.constantFrom('P', 'r', 'A', 'k', 'E', 'j', 'z', '0', '1', '3', '4', '5', '7', '9', '@', '$');
    const gap = fc.constantFrom(' ', '.', '*', '_', '-', '\t', '\n', '\r', '\f', '\v', '  ', '#');
    const piece = fc.oneof(
      letter,
      gap,
      fc.tuple(letter, gap).map((p) => p.join('')),
      fc.constantFrom('NIK', 'Kode OTP'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(normalizeAny(text));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(normalizeText(text)).toBe(normalizeAny(text));
      }),
    );
  });

  it('skips NFKC only where it would change nothing', () => {
    // Any code point, and text of ASCII with one fullwidth or styled letter in it (the forms NFKC folds).
    const folded = fc.constantFrom('\uff30', '\ud835\udc29', '\u2460', '\u00a0', '\ufb01');
    const mixed = fc.tuple(fc.string({ unit: 'binary-ascii' }), folded, fc.string({ unit: 'binary-ascii' })).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }), mixed), (text) => {
        expect(nfkc(text)).toBe(text.normalize('NFKC'));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds an obfuscated brand and a hidden OTP request', () => {
    const v = scan(
      '<h1>K a r t u &nbsp; P r a k e r j a</h1><p>Kirim&#8203;kan kode OTP ke admin</p><form><input placeholder="OTP"></form>',
      'https://x.example/',
    );
    expect(v.level).toBe('dangerous');
  });
});

describe('fast exit for pages that never mention the programme', () => {
  const glyphs: Record<string, string[]> = {
    p: ['p', 'P', '\u0440', '\u03c1', '\uff50', '\ud835\udc29'],
    r: ['r', 'R', '\u0433', '\uff52'],
    a: ['a', 'A', '4', '@', '\u0430', '\u03b1', '\uff41'],
    k: ['k', 'K', '\u043a', '\u03ba'],
    e: ['e', 'E', '3', '\u0435', '\u03b5'],
    j: ['j', 'J', '\u0458'],
  };
  const sep = fc.constantFrom('', '\u200b', '\u200b\u200c\u200d', ' ', '.', '-', '\u00ad', ' \u200b');
  const brand = fc
    .tuple(fc.tuple(...[...'prakerja'].map((c) => fc.constantFrom(...(glyphs[c] as string[])))), sep)
    .map(([letters, s]) => (letters as string[]).join(s));
  const place = fc.constantFrom(
    (b: string) => `<title>${b}</title>`,
    (b: string) => `<h1>${b}</h1>`,
    (b: string) => `<p>Info ${b} hari ini</p>`,
    (b: string) => `<img alt="${b}">`,
    (b: string) => `<img title="${b}">`,
    (b: string) => `<img src="/logo-${b}.png">`,
    (b: string) => `<meta property="og:title" content="${b}">`,
    (b: string) => `<form><input placeholder="${b}"></form>`,
    (b: string) => `<form><input name="${b}"></form>`,
    (b: string) => `<form><input aria-label="${b}"></form>`,
    (b: string) => `<form><input id="${b}"></form>`,
    (b: string) => `<form><input title="${b}"></form>`,
    (b: string) => `<form><input autocomplete="${b}"></form>`,
    (b: string) => `<form><select name="${b}"></select></form>`,
    (b: string) => `<form><textarea placeholder="${b}"></textarea></form>`,
  );
  it('never skips a page the full scan would find the brand on', () => {
    let found = 0;
    fc.assert(
      fc.property(brand, place, (b, where) => {
        const d = doc(where(b));
        const full = judgeModel(extractPage(d, 'https://x.example/', RULES), 'https://x.example/', 'x.example', RULES);
        if (full.reasons.length > 0) {
          found++;
          expect(mayMentionBrand(d, RULES), b).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(500); // the generator really produces brand mentions the full scan finds
  });
  it('finds the brand in the file name of a logo alone, as the full scan does', () => {
    const d = doc('<p>Berita hari ini</p><img src="/aset/logo-prakerja.png">');
    const full = judgeModel(extractPage(d, 'https://x.example/', RULES), 'https://x.example/', 'x.example', RULES);
    expect(full.reasons[0]?.evidence?.where).toEqual(['image']);
    expect(mayMentionBrand(d, RULES)).toBe(true);
  });
  it('reads no attribute the full scan never looks for the name in', () => {
    // A button's label, a link's title: the model reads neither for the programme's name (links only for a contact's
    // purpose), so neither may send a page to be read.
    const d = doc('<p>Berita</p><button aria-label="Kartu Prakerja">+</button><a href="/x" title="Prakerja">x</a>');
    expect(judgeModel(extractPage(d, 'https://x.example/', RULES), 'https://x.example/', 'x.example', RULES).reasons).toEqual([]);
    expect(mayMentionBrand(d, RULES)).toBe(false);
  });
  it('skips ordinary pages', () => {
    expect(mayMentionBrand(fixture('plain.html'), RULES)).toBe(false);
    expect(mayMentionBrand(fixture('scam-otp.html'), RULES)).toBe(true);
  });
});

describe('hostile pages', () => {
  it('never throws on random markup', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => void scanPage(doc(`<h1>prakerja</h1>${s}`), 'https://x.example/', RULES)),
      { numRuns: 300 },
    );
  });
  it('copes with a very deep DOM and huge text', () => {
    const deep = `${'<div>'.repeat(20_000)}prakerja${'</div>'.repeat(20_000)}`;
    expect(() => scanPage(doc(deep), 'https://x.example/', RULES)).not.toThrow();
    const huge = `<h1>prakerja</h1><p>${'kode otp '.repeat(200_000)}</p>`;
    expect(() => scanPage(doc(huge), 'https://x.example/', RULES)).not.toThrow();
  });
});
