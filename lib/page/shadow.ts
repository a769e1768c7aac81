/**
 * Shadow roots a page hides content in: open ones (`element.shadowRoot`, declarative
 * `<template shadowrootmode>`) and closed ones, which only the content-script adapter can open
 * (`chrome.dom.openOrClosedShadowRoot` / Firefox's `openOrClosedShadowRoot`, lib/ext/content/shadow.ts).
 * Bounded in count (empty roots not counted), nesting depth and elements looked at, so a page cannot make
 * the search the attack. A root left empty and filled later, with no other change to the page, is found at
 * the next re-scan or as soon as the user focuses into it (the form guard reports new roots).
 */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

export const SHADOW_LIMITS = { roots: 1_000, depth: 8, elements: 200_000 };

/**
 * `candidates`: a selector for the elements to ask (all by default). The content script asks only empty
 * elements of the kinds that can host a root: asking costs a binding call per element there, and a kit's
 * host is an empty `<div>` (what the root shows are not children).
 */
export function shadowRootsIn(doc: Document, rootOf: ShadowRootOf, limits = SHADOW_LIMITS, candidates = '*'): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const seen = new Set<ShadowRoot>();
  let budget = limits.elements;
  const queue: Array<{ scope: Document | ShadowRoot; depth: number }> = [{ scope: doc, depth: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const { scope, depth } = queue[q] as (typeof queue)[number];
    const all = scope === doc && candidates === '*' ? doc.getElementsByTagName('*') : scope.querySelectorAll(candidates);
    for (let i = 0; i < all.length && budget-- > 0; i++) {
      const root = rootOf(all[i] as Element);
      // Empty roots are not counted: ten thousand of them must not push a real one past the limit.
      if (!root?.firstChild || seen.has(root)) continue;
      seen.add(root);
      out.push(root);
      if (out.length >= limits.roots) return out;
      if (depth + 1 < limits.depth) queue.push({ scope: root, depth: depth + 1 });
    }
  }
  return out;
}
