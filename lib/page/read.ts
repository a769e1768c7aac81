import type { PageRules } from '../rules/compile';
import { extractPage, type PageExtras, type PageModel, TEXT_ATTRS } from './extract';
import { nfkc } from './text';

// The in-page half of a page scan, which the content script runs: is the programme named at all, and if
// so, the page's model. The other half, judging the model (`judgeModel` in ./scan.ts), runs in the
// background, off the page's main thread; `scanPage` runs both, for Node (CLI, tests, bench).

// The elements whose attributes the model reads words from, and which of their attributes (lib/page/extract.ts
// `TEXT_ATTRS`): only those, as each read is a call into the page from the script's world (an ordinary news page
// has a few hundred images). Other attributes (a button's `aria-label`, a link's `title`) are never where the
// model looks for the programme's name, so neither is the probe.
const PROBE_ELEMENTS = ['img', 'input', 'select', 'textarea', 'meta'];
const PROBE_LIST = [PROBE_ELEMENTS.join(',')];
/**
 * Images and meta tags by their own lists, the fields by theirs. By a switch: no lookup in an object whose keys a
 * page's tag names could reach (`<constructor>`).
 */
function probedAttrs(tag: string): readonly string[] {
  switch (tag) {
    case 'img':
      return TEXT_ATTRS.image;
    case 'meta':
      return TEXT_ATTRS.meta;
    default:
      return TEXT_ATTRS.field;
  }
}

/**
 * The fast exit: the page's text and the attributes the rules read, NFKC-normalised, tested with the loose
 * brand pattern. Most pages never mention the programme and stop here, before extraction.
 */
export function mayMentionBrand(doc: Document, rules: PageRules, shadowRoots: readonly ShadowRoot[] = []): boolean {
  const probe = (text: string) => rules.brandProbe.test(nfkc(text));
  // Cheapest first, stopping at the first hit: branded pages usually say so in the title.
  if (probe(doc.title ?? '') || probe(doc.documentElement?.textContent ?? '')) return true;
  for (const root of shadowRoots) if (probe(root.textContent ?? '')) return true;
  const bits: string[] = [];
  for (const scope of [doc, ...shadowRoots]) {
    // In the document one query per selector: a list of them tests each against every element, about twice the
    // time. A shadow root, usually small, gets one query.
    for (const selector of scope === doc ? PROBE_ELEMENTS : PROBE_LIST) {
      const found = scope.querySelectorAll(selector);
      for (let i = 0; i < found.length; i++) {
        const el = found[i] as Element;
        for (const a of probedAttrs(el.localName)) {
          const v = el.getAttribute(a);
          if (v) bits.push(v);
        }
      }
    }
  }
  return probe(bits.join('\n'));
}

/**
 * The model of a page that names the programme, or null for the pages that do not (most of them). The content
 * script runs the same two steps with a task between them (lib/ext/content/runtime.ts).
 */
export function brandedModel(doc: Document, url: string, rules: PageRules, extras: PageExtras = {}): PageModel | null {
  return mayMentionBrand(doc, rules, extras.shadowRoots) ? extractPage(doc, url, rules, extras) : null;
}
