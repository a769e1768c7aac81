import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page/extract';
import { mayMentionBrand, scanPage } from '../../lib/page/scan';
import { SHADOW_LIMITS, shadowRootsIn } from '../../lib/page/shadow';
import { RULES } from './helpers';

const FORM =
  '<h1>Klaim Insentif Kartu Prakerja</h1><p>Dapatkan bantuan Rp600.000 setiap bulan. Kuota terbatas!</p><form><label for="nik">NIK</label><input id="nik"><label for="otp">Kode OTP</label><input id="otp"></form>';

/** A page with `body`, whose element `#host` holds a shadow root of `mode` with `inside`. */
function pageWithRoot(body: string, inside: string, mode: ShadowRootMode): { doc: Document; host: Element; root: ShadowRoot } {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = body;
  const host = doc.getElementById('host') as Element;
  const root = host.attachShadow({ mode });
  root.innerHTML = inside;
  return { doc, host, root };
}

/** A page whose scam form sits in a closed shadow root; `rootOf` plays the content-script adapter. */
function closedPage(): { doc: Document; rootOf: (el: Element) => ShadowRoot | null } {
  const { doc, host, root } = pageWithRoot('<p>Portal layanan</p><div id="host"></div>', FORM, 'closed');
  const closed = new Map<Element, ShadowRoot>([[host, root]]);
  return { doc, rootOf: (el) => el.shadowRoot ?? closed.get(el) ?? null };
}

describe('shadow roots', () => {
  it('a field named by aria-labelledby is labelled from its own shadow root, where the ids live', () => {
    const { doc, root } = pageWithRoot(
      '<h1>Kartu Prakerja</h1><span id="t">Cari</span><div id="host"></div>',
      '<form><span id="t">Kode OTP</span><input aria-labelledby="t"></form>',
      'closed',
    );
    const model = extractPage(doc, 'https://portal.example/', RULES, { shadowRoots: [root] });
    expect(model.forms.flatMap((f) => f.fields.map((x) => x.kind))).toEqual(['otp']);
  });
  it('a form in a closed root is judged only when the adapter opens it', () => {
    const { doc, rootOf } = closedPage();
    expect(scanPage(doc, 'https://portal.example/', RULES).level).toBe('neutral');
    const roots = shadowRootsIn(doc, rootOf);
    expect(roots).toHaveLength(1);
    const v = scanPage(doc, 'https://portal.example/', RULES, { shadowRoots: roots });
    expect(v.level).toBe('dangerous');
    expect(v.reasons.find((r) => r.code === 'sensitive-form')?.evidence?.fields).toEqual(['nik', 'otp']);
  });

  it('the native queries the content script uses and the walk Node uses read the same model, shadow roots included', () => {
    const { doc, rootOf } = closedPage();
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<h2>Info</h2><form><select name="prov"></select><input name="nama"></form><a href="https://wa.me/628123">admin</a>',
    );
    const roots = shadowRootsIn(doc, rootOf);
    (roots[0] as ShadowRoot).innerHTML +=
      '<div role="heading">Cara daftar</div><a href="https://t.me/adminprakerja">grup</a><time datetime="2021-04-01">x</time>';
    const byQuery = extractPage(doc, 'https://portal.example/', RULES, { shadowRoots: roots, visibleText: () => null });
    expect(byQuery.forms).toHaveLength(2);
    expect(byQuery.chatLinks).toHaveLength(2);
    expect(byQuery).toEqual(extractPage(doc, 'https://portal.example/', RULES, { shadowRoots: roots }));
  });

  it("the fast exit reads a shadow root's attributes too", () => {
    const { doc } = pageWithRoot(
      '<p>Portal layanan</p><div id="host"></div>',
      '<form><input placeholder="NIK terdaftar di Prakerja"></form>',
      'open',
    );
    expect(mayMentionBrand(doc, RULES)).toBe(false);
    expect(
      mayMentionBrand(
        doc,
        RULES,
        shadowRootsIn(doc, (el) => el.shadowRoot),
      ),
    ).toBe(true);
  });

  it('is bounded: empty roots are not counted, nesting and root count are capped', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    for (let i = 0; i < 50; i++) doc.body.append(doc.createElement('span'));
    for (const s of Array.from(doc.querySelectorAll('span'))) s.attachShadow({ mode: 'open' });
    // A chain of nested roots deeper than the limit, each with content.
    let scope: Element = doc.body.appendChild(doc.createElement('div'));
    for (let d = 0; d < 20; d++) {
      const root = scope.attachShadow({ mode: 'open' });
      root.innerHTML = '<p>x</p><div></div>';
      scope = root.querySelector('div') as Element;
    }
    const roots = shadowRootsIn(doc, (el) => el.shadowRoot);
    expect(roots).toHaveLength(SHADOW_LIMITS.depth);
    expect(shadowRootsIn(doc, (el) => el.shadowRoot, { ...SHADOW_LIMITS, roots: 3 })).toHaveLength(3);
    expect(shadowRootsIn(doc, (el) => el.shadowRoot, { ...SHADOW_LIMITS, elements: 10 })).toHaveLength(0);
  });

  it('a page without shadow roots gets the same verdict either way', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = FORM;
    const roots = shadowRootsIn(doc, (el) => el.shadowRoot);
    expect(roots).toEqual([]);
    expect(scanPage(doc, 'https://x.example/', RULES, { shadowRoots: roots })).toEqual(scanPage(doc, 'https://x.example/', RULES));
  });

  it('labels drawn by CSS are read through the generated-text adapter, only when nothing else names the field', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    doc.body.innerHTML =
      '<h1>Kartu Prakerja</h1><form><span class="pin"></span><input name="f3"><label for="f4" class="x"></label><input id="f4" name="email"></form>';
    const css = (el: Element) => (el.classList.contains('pin') ? 'PIN DANA' : el.classList.contains('x') ? 'Kode OTP' : '');
    const fields = (v: ReturnType<typeof scanPage>) => v.reasons.find((r) => r.code === 'sensitive-form')?.evidence?.fields;
    expect(fields(scanPage(doc, 'https://x.example/', RULES))).toBeUndefined();
    expect(fields(scanPage(doc, 'https://x.example/', RULES, { generatedText: css }))).toEqual(['otp', 'pin']);
  });

  it('a field with a label the user can read costs no CSS look-up', () => {
    const win = new Window();
    const doc = win.document as unknown as Document;
    doc.body.innerHTML =
      '<h1>Kartu Prakerja</h1><form><label for="a">Nama</label><input id="a"><input id="b" placeholder="Kota"><span>Pesan</span><input id="c"></form>';
    const asked: Element[] = [];
    const css = (el: Element) => {
      asked.push(el);
      return '';
    };
    scanPage(doc, 'https://x.example/', RULES, { generatedText: css });
    expect(asked).toEqual([]);
  });
});
