import type { PageRules } from '../rules/compile';
import { extractPage, type PageExtras, type PageModel } from './extract';

// The in-page half of a page scan, which the content script runs: is the programme named at all, and if
// so, the page's model. The other half, judging the model (`judgeModel` in ./scan.ts), runs in the
// background, off the page's main thread; `scanPage` runs both, for Node (CLI, tests, bench).

const PROBE_ELEMENTS = ['img', 'input', 'select', 'textarea', 'meta', '[aria-label]'];
const PROBE_LIST = [PROBE_ELEMENTS.join(',')];
const PROBE_ATTRS = ['alt', 'title', 'src', 'placeholder', 'aria-label', 'name', 'id', 'content', 'autocomplete'];

/**
 * The fast exit: the page's text and the attributes the rules read, NFKC-normalised, tested with the loose
 * brand pattern. Most pages never mention the programme and stop here, before extraction.
 */
export function mayMentionBrand(doc: Document, rules: PageRules, shadowRoots: readonly ShadowRoot[] = []): boolean {
  const probe = (text: string) => rules.brandProbe.test(text.normalize('NFKC'));
  // Cheapest first, stopping at the first hit: branded pages usually say so in the title.
  if (probe(doc.title ?? '') || probe(doc.documentElement?.textContent ?? '')) return true;
  for (const root of shadowRoots) if (probe(root.textContent ?? '')) return true;
  const bits: string[] = [];
  for (const scope of [doc, ...shadowRoots]) {
    // In the document one query per selector: a list of them tests each against every element, about twice the
    // time (an element found twice only repeats its words). A shadow root, usually small, gets one query.
    for (const selector of scope === doc ? PROBE_ELEMENTS : PROBE_LIST) {
      const found = scope.querySelectorAll(selector);
      for (let i = 0; i < found.length; i++) {
        for (const a of PROBE_ATTRS) {
          const v = (found[i] as Element).getAttribute(a);
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
