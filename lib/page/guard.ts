import type { PageRules } from '../rules/compile';
import type { Verdict } from '../verdict';
import { type FieldInfo, fieldKind, type GeneratedText, isDataField, LIMITS, labelIndex } from './extract';

/**
 * Whether the form guard watches this page: anything flagged, and any non-official page that uses the
 * programme's name (the scam may not have shown its hand yet). Official and partner pages never.
 */
export function guardsForms(v: Verdict): boolean {
  if (v.level === 'official' || v.level === 'partner') return false;
  return v.level === 'suspicious' || v.level === 'dangerous' || v.reasons.some((r) => r.code === 'brand-mention');
}

/** The `label[for]` elements of the tree the element lives in (the document, or its shadow root), by text and by id. */
function labelsAround(el: Element, doc: Document): { text: Map<string, string>; byId: Map<string, Element> } {
  const root = el.getRootNode?.() as Partial<ParentNode> | undefined;
  const scope = root && typeof root.querySelectorAll === 'function' ? (root as ParentNode) : doc;
  const list = Array.from(scope.querySelectorAll('label[for]'));
  return { text: labelIndex(list), byId: new Map(list.map((l) => [l.getAttribute('for') ?? '', l])) };
}

function kindOf(el: Element, doc: Document, labels: ReturnType<typeof labelsAround>, rules: PageRules, generated?: GeneratedText): FieldInfo['kind'] {
  return isDataField(el) ? fieldKind(el, doc, labels.text, rules, generated, labels.byId).kind : null;
}

/** The sensitive kind of one field the user is about to fill in (null for an ordinary field). */
export function sensitiveKind(el: Element, doc: Document, rules: PageRules, generated?: GeneratedText): FieldInfo['kind'] {
  return kindOf(el, doc, labelsAround(el, doc), rules, generated);
}

/** The sensitive kinds among a form's fields (the labels are indexed once, not once per field). */
export function sensitiveKindsOf(form: Element, doc: Document, rules: PageRules, generated?: GeneratedText): string[] {
  const labels = labelsAround(form, doc);
  const kinds = new Set<string>();
  for (const el of Array.from(form.querySelectorAll('input, select, textarea')).slice(0, LIMITS.fieldsPerForm)) {
    const k = kindOf(el, doc, labels, rules, generated);
    if (k) kinds.add(k);
  }
  return [...kinds].sort();
}
