import type { GeneratedText } from '../../page/extract';
import type { ShadowRootOf } from '../../page/shadow';

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

/**
 * The elements worth asking on a page walk: empty ones (a kit's `<div id=host></div>`; a root's content is not
 * children, so its host matches `:empty`), found by one native query, as asking every element would cost a
 * binding call each. One selector, not a list of `div:empty,span:empty,...`: Chromium matches a list
 * selector by selector, about ten times the cost on a large page. Hosts with light children are reached when
 * the user focuses into them (`deepTarget`). Of the empty ones, `hostRootOf` asks only the kinds
 * `attachShadow` accepts: the tags in `MAY_HOST`, and custom elements (a hyphen in the name).
 */
export const HOST_CANDIDATES = ':empty';
const MAY_HOST = /^(?:article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$|-/;
export const hostRootOf =
  (rootOf: ShadowRootOf): ShadowRootOf =>
  (el) =>
    MAY_HOST.test(el.localName) ? rootOf(el) : null;

/**
 * Opens any shadow root, closed ones included, with the APIs browsers give content scripts for this:
 * `chrome.dom.openOrClosedShadowRoot(el)` in Chromium, `el.openOrClosedShadowRoot` in Firefox.
 */
export function shadowRootOf(): ShadowRootOf {
  const open = (globalThis as unknown as { chrome?: ChromeDom }).chrome?.dom?.openOrClosedShadowRoot;
  if (open) return (el) => el.shadowRoot ?? open(el) ?? null;
  return (el) => el.shadowRoot ?? (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

/** `"NIK"` / `"Kode " attr(x)`: the quoted strings of a CSS `content` value; '' for none/normal. */
export function contentText(value: string): string {
  const out: string[] = [];
  for (const m of value.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out.join('');
}

/** Text drawn by `::before` and `::after` on an element (labels that exist only in CSS). */
export const generatedText: GeneratedText = (el) => {
  const view = el.ownerDocument?.defaultView;
  if (!view) return '';
  return `${contentText(view.getComputedStyle(el, '::before').content)} ${contentText(view.getComputedStyle(el, '::after').content)}`.trim();
};

/** The element that really has focus, through shadow roots (open or closed) the event was retargeted out of. */
export function deepTarget(target: EventTarget | null, rootOf: ShadowRootOf): Element | null {
  let el = target instanceof Element ? target : null;
  for (let depth = 0; el && depth < 8; depth++) {
    const inner = rootOf(el)?.activeElement ?? null;
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/**
 * Laid-out text for the page model (lib/page/extract.ts `VisibleText`): the document's and a form's
 * `innerText`, read natively in one call. Shadow roots have no `innerText`; the model walks those.
 */
export function visibleText(root: Node): string | null {
  // biome-ignore lint/performance/useDomNodeTextContent: the laid-out text is the point (hidden text left out, block breaks kept)
  if (root === document) return document.body?.innerText ?? null;
  // biome-ignore lint/performance/useDomNodeTextContent: as above
  return root instanceof HTMLElement ? root.innerText : null;
}
