import type { CompiledRules } from '../rules/compile';
import type { Ruleset } from '../rules/schema';
import { normalizeText } from './text';

export type SensitiveKind = Ruleset['sensitiveFields'][number]['kind'];

export interface FieldInfo {
  kind: SensitiveKind | null;
  /** Normalised label/placeholder/name text the kind was read from. */
  descriptor: string;
}

export interface FormInfo {
  /** Absolute action URL, or null when the form posts to the page itself. */
  action: string | null;
  /** Normalised text inside the form (labels, headings, buttons). */
  text: string;
  fields: FieldInfo[];
}

/** What the page engine reads from a document: bounded in size whatever the page does. */
export interface PageModel {
  title: string;
  headings: string;
  body: string;
  alts: string;
  logoSources: string[];
  forms: FormInfo[];
  chatLinks: string[];
  frames: string[];
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const NON_DATA_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'range', 'color', 'file']);
export const LIMITS = { textChars: 300_000, forms: 50, fieldsPerForm: 60, links: 2_000, nodes: 200_000 };

/** Walk text without recursion (hostile pages nest tens of thousands of elements deep). */
export function collectText(root: Node | null, limit = LIMITS.textChars): string {
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && size < limit && visited < LIMITS.nodes) {
    const node = stack.pop() as Node;
    visited++;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (t.trim()) {
        parts.push(t);
        size += t.length;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1 && SKIP_TEXT.has((node as Element).tagName.toUpperCase())) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  // Block boundaries become sentence breaks so phrases never match across separate elements.
  return parts.join('\n').slice(0, limit);
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** `label[for]` texts by id, built once per page (a per-field query would be quadratic on hostile pages). */
export function labelIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const label of Array.from(doc.querySelectorAll('label[for]')).slice(0, 5_000)) {
    const id = attr(label, 'for');
    index.set(id, `${index.get(id) ?? ''} ${(label.textContent ?? '').slice(0, 200)}`);
  }
  return index;
}

function labelTextFor(el: Element, doc: Document, labels: Map<string, string>): string {
  const bits: string[] = [];
  const id = attr(el, 'id');
  if (id) bits.push(labels.get(id) ?? '');
  const wrapping = el.closest('label');
  if (wrapping) bits.push(wrapping.textContent ?? '');
  for (const ref of attr(el, 'aria-labelledby').split(/\s+/).filter(Boolean)) bits.push(doc.getElementById(ref)?.textContent ?? '');
  const prev = el.previousElementSibling;
  if (prev && prev.tagName !== 'INPUT') bits.push((prev.textContent ?? '').slice(0, 80));
  if (!prev && el.parentElement) bits.push((el.parentElement.previousElementSibling?.textContent ?? '').slice(0, 80));
  return bits.join(' ');
}

export function classifyField(el: Element, doc: Document, labels: Map<string, string>, rules: CompiledRules): FieldInfo {
  const type = attr(el, 'type').toLowerCase();
  const auto = attr(el, 'autocomplete').toLowerCase();
  const descriptor = normalizeText(
    [attr(el, 'placeholder'), attr(el, 'aria-label'), attr(el, 'name'), attr(el, 'id'), attr(el, 'title'), auto, labelTextFor(el, doc, labels)]
      .join(' ')
      .replace(/[_[\]]/g, ' ')
      .slice(0, 400),
  );
  if (auto.includes('one-time-code')) return { kind: 'otp', descriptor };
  if (auto.includes('cc-csc')) return { kind: 'cvv', descriptor };
  if (auto.includes('cc-number')) return { kind: 'card-number', descriptor };
  const hit = rules.sensitive.find((f) => f.re.test(descriptor));
  if (type === 'password') return { kind: hit && hit.kind !== 'password' ? hit.kind : 'password', descriptor };
  return { kind: hit ? hit.kind : null, descriptor };
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

export function extractPage(doc: Document, pageUrl: string, rules: CompiledRules): PageModel {
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"]'))
    .slice(0, 100)
    .map((h) => h.textContent ?? '')
    .join('\n');
  const meta = Array.from(doc.querySelectorAll('meta[property="og:title"], meta[property="og:site_name"], meta[name="description"]'))
    .map((m) => attr(m, 'content'))
    .join('\n');
  const images = Array.from(doc.querySelectorAll('img')).slice(0, 500);
  const forms: FormInfo[] = [];
  const formEls = Array.from(doc.querySelectorAll('form')).slice(0, LIMITS.forms);
  const formless = Array.from(doc.querySelectorAll('input, select, textarea')).filter((el) => !el.closest('form'));
  const groups: Array<{ root: Element | null; action: string | null; fields: Element[] }> = formEls.map((f) => ({
    root: f,
    action: attr(f, 'action') ? absolute(attr(f, 'action'), pageUrl) : null,
    fields: Array.from(f.querySelectorAll('input, select, textarea')),
  }));
  if (formless.length > 0) groups.push({ root: null, action: null, fields: formless });
  const labels = labelIndex(doc);
  for (const g of groups) {
    const fields = g.fields
      .filter((el) => !NON_DATA_INPUTS.has(attr(el, 'type').toLowerCase()))
      .slice(0, LIMITS.fieldsPerForm)
      .map((el) => classifyField(el, doc, labels, rules));
    if (fields.length === 0 && !g.action) continue;
    forms.push({ action: g.action, text: g.root ? normalizeText(collectText(g.root, 4_000)) : '', fields });
  }
  const chatLinks: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, LIMITS.links)) {
    const href = attr(a, 'href');
    if (/^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)\//i.test(href) || /^(?:whatsapp|tg):/i.test(href))
      chatLinks.push(href.slice(0, 200));
  }
  const frames = Array.from(doc.querySelectorAll('iframe[src]'))
    .slice(0, 50)
    .map((f) => absolute(attr(f, 'src'), pageUrl))
    .filter((s): s is string => s !== null);
  return {
    title: normalizeText(`${doc.title ?? ''}\n${meta}`),
    headings: normalizeText(headings),
    body: normalizeText(collectText(doc.body ?? doc.documentElement)),
    alts: normalizeText(images.map((i) => `${attr(i, 'alt')} ${attr(i, 'title')}`).join('\n')),
    logoSources: images
      .map((i) => attr(i, 'src'))
      .filter((s) => /prakerja/i.test(s))
      .slice(0, 10),
    forms,
    chatLinks,
    frames,
  };
}
