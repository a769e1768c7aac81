import type { CompiledRules } from '../rules/compile';
import { pathMatches } from '../url/host';
import { normalizeUrl } from '../url/normalize';
import type { Verdict } from '../verdict';
import { classifyField, type FieldInfo, isDataField, LIMITS, labelIndex } from './extract';

/**
 * Whether the form guard watches this page: anything flagged, and any non-official page that uses the
 * programme's name (the scam may not have shown its hand yet). Official and partner pages never.
 */
export function guardsForms(v: Verdict): boolean {
  if (v.level === 'official' || v.level === 'partner') return false;
  return v.level === 'suspicious' || v.level === 'dangerous' || v.reasons.some((r) => r.code === 'brand-mention');
}

/** The page's `label[for]` texts, for the guard's checks on a field or a form. */
function pageLabels(doc: Document): Map<string, string> {
  return labelIndex(Array.from(doc.querySelectorAll('label[for]')));
}

function kindOf(el: Element, doc: Document, labels: Map<string, string>, rules: CompiledRules): FieldInfo['kind'] {
  return isDataField(el) ? classifyField(el, doc, labels, rules).kind : null;
}

/** The sensitive kind of one field the user is about to fill in (null for an ordinary field). */
export function sensitiveKind(el: Element, doc: Document, rules: CompiledRules): FieldInfo['kind'] {
  return kindOf(el, doc, pageLabels(doc), rules);
}

/** The sensitive kinds among a form's fields (the page's labels are indexed once, not once per field). */
export function sensitiveKindsOf(form: Element, doc: Document, rules: CompiledRules): string[] {
  const labels = pageLabels(doc);
  const kinds = new Set<string>();
  for (const el of Array.from(form.querySelectorAll('input, select, textarea')).slice(0, LIMITS.fieldsPerForm)) {
    const k = kindOf(el, doc, labels, rules);
    if (k) kinds.add(k);
  }
  return [...kinds].sort();
}

/** The official log-in page (dashboard.prakerja.go.id/masuk), where the "before you log in" reminder shows. */
export function isOfficialLogin(url: string, rules: CompiledRules): boolean {
  const target = normalizeUrl(url);
  const login = normalizeUrl(rules.raw.links.login);
  if (target.kind !== 'web' || login.kind !== 'web') return false;
  const [loginPath] = login.path.split('?');
  return target.host === login.host && pathMatches(target.path, loginPath);
}
