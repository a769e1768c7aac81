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

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CANVAS', 'IFRAME', 'OBJECT']);
const NON_DATA_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'range', 'color', 'file']);
export const LIMITS = { textChars: 300_000, forms: 50, fieldsPerForm: 60, links: 2_000, nodes: 200_000 };

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** False for inputs that carry no typed data (buttons, check boxes, hidden fields...). */
export function isDataField(el: Element): boolean {
  return !NON_DATA_INPUTS.has(attr(el, 'type').toLowerCase());
}

/** `label[for]` texts by id, built once per page (a per-field query would be quadratic on hostile pages). */
export function labelIndex(labels: readonly Element[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const label of labels.slice(0, 5_000)) {
    const id = attr(label, 'for');
    const known = index.get(id) ?? '';
    if (known.length < 200) index.set(id, `${known} ${(label.textContent ?? '').slice(0, 200)}`.trim());
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
  if (prev && prev.tagName !== 'INPUT') bits.push(prev.textContent ?? '');
  if (!prev && el.parentElement) bits.push(el.parentElement.previousElementSibling?.textContent ?? '');
  return bits.map((b) => b.trim().slice(0, 80)).join(' ');
}

export function classifyField(el: Element, doc: Document, labels: Map<string, string>, rules: CompiledRules): FieldInfo {
  const type = attr(el, 'type').toLowerCase();
  const auto = attr(el, 'autocomplete').toLowerCase();
  // Each source is capped on its own, so padding one (a 100 kB placeholder) cannot push the label out.
  const descriptor = normalizeText(
    [attr(el, 'placeholder'), attr(el, 'aria-label'), attr(el, 'name'), attr(el, 'id'), attr(el, 'title'), auto, labelTextFor(el, doc, labels)]
      .map((part) => part.slice(0, 160))
      .join(' ')
      .replace(/[_[\]]/g, ' '),
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

/** Everything the rules read, gathered in one walk of the tree (each querySelectorAll is a walk of its own). */
interface Walked {
  text: string;
  headings: Element[];
  metas: Element[];
  images: Element[];
  forms: Array<{ form: Element; fields: Element[] }>;
  formless: Element[];
  links: Element[];
  frames: Element[];
  labels: Element[];
}

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);

/** One walk of the tree without recursion (hostile pages nest tens of thousands of elements deep). */
function walk(root: Node, textLimit = LIMITS.textChars): Walked {
  const w: Walked = { text: '', headings: [], metas: [], images: [], forms: [], formless: [], links: [], frames: [], labels: [] };
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  const formStack: Array<{ form: Element; fields: Element[] }> = [];
  let node: Node | null = root.firstChild;
  while (node && visited++ < LIMITS.nodes) {
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (size < textLimit && t.trim()) {
        parts.push(t);
        size += t.length;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      descend = !SKIP_TEXT.has(tag);
      if (FIELD_TAGS.has(tag)) {
        const open = formStack[formStack.length - 1];
        if (open) open.fields.push(el);
        else w.formless.push(el);
      } else if (tag === 'FORM' && w.forms.length < LIMITS.forms) {
        const entry = { form: el, fields: [] };
        w.forms.push(entry);
        formStack.push(entry);
      } else if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') w.headings.push(el);
      else if (tag === 'META') w.metas.push(el);
      else if (tag === 'IMG') w.images.push(el);
      else if (tag === 'A' && el.hasAttribute('href')) w.links.push(el);
      else if (tag === 'IFRAME' && el.hasAttribute('src')) w.frames.push(el);
      else if (tag === 'LABEL' && el.hasAttribute('for')) w.labels.push(el);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave `node` (and every ancestor that has no next sibling), closing a form when we leave it.
    while (node) {
      if (node === formStack[formStack.length - 1]?.form) formStack.pop();
      if (node === root) node = null;
      else if (node.nextSibling) {
        node = node.nextSibling;
        break;
      } else node = node.parentNode;
    }
  }
  // Block boundaries become sentence breaks so phrases never match across separate elements.
  w.text = parts.join('\n').slice(0, textLimit);
  return w;
}

const CHAT_LINK = /^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)\/|^(?:whatsapp|tg):/i;
const META_NAMES = new Set(['og:title', 'og:site_name', 'description']);

export function extractPage(doc: Document, pageUrl: string, rules: CompiledRules): PageModel {
  const w = walk(doc.documentElement ?? doc);
  const headings = w.headings
    .slice(0, 100)
    .map((h) => h.textContent ?? '')
    .join('\n');
  const meta = w.metas
    .filter((m) => META_NAMES.has(attr(m, 'property') || attr(m, 'name')))
    .map((m) => attr(m, 'content'))
    .join('\n');
  const images = w.images.slice(0, 500);
  const groups: Array<{ root: Element | null; action: string | null; fields: Element[] }> = w.forms.map((f) => ({
    root: f.form,
    action: attr(f.form, 'action') ? absolute(attr(f.form, 'action'), pageUrl) : null,
    fields: f.fields,
  }));
  if (w.formless.length > 0) groups.push({ root: null, action: null, fields: w.formless });
  const labels = labelIndex(w.labels);
  const forms: FormInfo[] = [];
  for (const g of groups) {
    const fields = g.fields
      .filter(isDataField)
      .slice(0, LIMITS.fieldsPerForm)
      .map((el) => classifyField(el, doc, labels, rules));
    if (fields.length === 0 && !g.action) continue;
    forms.push({ action: g.action, text: g.root ? normalizeText(walk(g.root, 4_000).text) : '', fields });
  }
  const chatLinks = w.links
    .slice(0, LIMITS.links)
    .map((a) => attr(a, 'href'))
    .filter((href) => CHAT_LINK.test(href))
    .map((href) => href.slice(0, 200));
  const frames = w.frames
    .slice(0, 50)
    .map((f) => absolute(attr(f, 'src'), pageUrl))
    .filter((s): s is string => s !== null);
  return {
    title: normalizeText(`${doc.title ?? ''}\n${meta}`),
    headings: normalizeText(headings),
    body: normalizeText(w.text),
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
