import type { PageRules } from '../rules/compile';
import type { Ruleset } from '../rules/schema';
import { normalizeText } from './text';

export type SensitiveKind = Ruleset['sensitiveFields'][number]['kind'];

export interface FieldInfo {
  kind: SensitiveKind | null;
  /** Normalised label/placeholder/name text the kind was read from. */
  descriptor: string;
  /** The kind comes only from the field's constraints (16 digits, a 6-digit code): weaker evidence. */
  byShape?: boolean;
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
  /**
   * The page's title, headings, text and image texts as read, not yet normalised: `judgeModel` normalises
   * them (lib/page/text.ts), in the background when the content script read the page.
   */
  title: string;
  headings: string;
  body: string;
  alts: string;
  logoSources: string[];
  forms: FormInfo[];
  /** WhatsApp/Telegram links: `contact` is a person or group to write to, not a share button. */
  chatLinks: ChatLink[];
  /** Links to Android packages (`.apk`): an app from outside the stores. */
  downloads: string[];
  frames: string[];
  /** The page's own date (`YYYY-MM-DD` or `YYYY-MM`) and where it was read, or null. */
  date: { value: string; from: 'meta' | 'json-ld' | 'time' | 'url' } | null;
}

export interface ChatLink {
  href: string;
  /** A contact (`wa.me/62...`, `t.me/someone`), as opposed to a share button (`wa.me/?text=`, `t.me/share`). */
  contact: boolean;
  /** Normalised text the link is offered with: its own text and label, and its parent's text. */
  context: string;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CANVAS', 'IFRAME', 'OBJECT']);
const NON_DATA_INPUTS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'range', 'color', 'file']);
export const LIMITS = { textChars: 300_000, forms: 50, fieldsPerForm: 60, links: 2_000, nodes: 200_000 };
/**
 * Bounds on every string of a `PageModel`, so that a model is small enough to send to the background,
 * whatever the page holds. `lib/page/model-schema.ts` checks a received model against the same bounds.
 */
export const MODEL_BOUNDS = { part: 20_000, formText: 4_000, descriptor: 2_000, context: 1_000, url: 2_048, date: 10 };

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

/** Visual labels beside a field are short; anything longer is prose (a forum post above a reply box). */
const MAX_BESIDE_LABEL = 40;

function shortText(el: Element | null | undefined): string {
  if (!el || FIELD_TAGS.has(el.tagName.toUpperCase())) return '';
  const t = (el.textContent ?? '').trim();
  return t.length <= MAX_BESIDE_LABEL ? t : '';
}

/**
 * The field's own label: `label[for]`, a wrapping label, `aria-labelledby`, and a short text right before it
 * (`<span>NIK</span><input>`, the usual scam-kit markup). Never prose elsewhere on the page.
 */
function labelTextFor(el: Element, doc: Document, labels: Map<string, string>): string {
  const bits: string[] = [];
  const id = attr(el, 'id');
  if (id) bits.push(labels.get(id) ?? '');
  const wrapping = el.closest('label');
  if (wrapping) bits.push(wrapping.textContent ?? '');
  const refs = attr(el, 'aria-labelledby').split(/\s+/).filter(Boolean);
  const scope = refs.length > 0 ? idScope(el, doc) : doc;
  for (const ref of refs) bits.push(scope.getElementById(ref)?.textContent ?? '');
  if (bits.every((b) => !b.trim())) {
    const prev = el.previousElementSibling;
    bits.push(prev ? shortText(prev) : shortText(el.parentElement?.previousElementSibling));
  }
  return bits.map((b) => b.trim().slice(0, 80)).join(' ');
}

/** Where a field's `aria-labelledby` ids live: its own shadow root, or the document. */
function idScope(el: Element, doc: Document): Pick<Document, 'getElementById'> {
  const root = el.getRootNode?.() as Partial<Pick<Document, 'getElementById'>> | undefined;
  return root && typeof root.getElementById === 'function' ? (root as Pick<Document, 'getElementById'>) : doc;
}

/**
 * Label text drawn only by CSS (`label::before { content: "NIK" }`): read, when a field has no other name,
 * from generated content on its label, its wrapping label or the element just before it. `generated` is
 * the content script's `getComputedStyle` adapter; Node has no layout, so it is absent there.
 */
export type GeneratedText = (el: Element) => string;

function cssLabel(el: Element, labelsFor: ReadonlyMap<string, Element>, generated: GeneratedText): string {
  const id = attr(el, 'id');
  // A Set: the usual `<label for=x>` right before its field is two of these, and asking the browser for its
  // generated content costs two style look-ups.
  const candidates = new Set([
    id ? labelsFor.get(id) : undefined,
    el.closest('label') ?? undefined,
    el.previousElementSibling ?? el.parentElement?.previousElementSibling ?? undefined,
  ]);
  return [...candidates]
    .filter((c): c is Element => c !== undefined && !FIELD_TAGS.has(c.tagName.toUpperCase()))
    .map((c) => generated(c).slice(0, 80))
    .join(' ');
}

/**
 * A field's kind by its own names, then, when nothing names it (or only its shape does), by its CSS-drawn
 * label: the one rule the page model and the form guard share. `labelsFor`: `label[for]` elements by id.
 */
export function fieldKind(
  el: Element,
  doc: Document,
  labels: Map<string, string>,
  rules: PageRules,
  generated?: GeneratedText,
  labelsFor: ReadonlyMap<string, Element> = new Map(),
): FieldInfo {
  // The label is looked up once: each lookup is several calls into the page.
  const label = labelTextFor(el, doc, labels);
  const info = classifyField(el, label, rules);
  if (!generated || (info.kind !== null && !info.byShape)) return info;
  // A label the user can read already names the field; asking the browser for CSS-drawn text costs two
  // style look-ups per field, on every form of every page that names the programme.
  if (`${label}${attr(el, 'placeholder')}${attr(el, 'aria-label')}`.trim()) return info;
  const css = cssLabel(el, labelsFor, generated);
  if (!css.trim()) return info;
  const again = classifyField(el, label, rules, css);
  return again.kind !== null && !again.byShape ? again : info;
}

/** A field's kind from its constraints alone: 16 digits (NIK/KK), or a 4-6 digit code (OTP). */
function kindByShape(el: Element, type: string, auto: string): SensitiveKind | null {
  const numeric = attr(el, 'inputmode') === 'numeric' || type === 'tel' || type === 'number' || /\\d|\[0-9\]/.test(attr(el, 'pattern'));
  const max = Number.parseInt(attr(el, 'maxlength') || attr(el, 'minlength'), 10);
  if (auto.includes('one-time-code')) return 'otp';
  if (!numeric) return null;
  if (max === 16) return 'nik';
  if (max >= 4 && max <= 6) return 'otp';
  return null;
}

/**
 * The attributes the model reads words from, by the element that carries them: a field's descriptor, an
 * image's text and source (a logo), a meta tag's content. The brand probe (./read.ts) reads the same ones.
 */
export const TEXT_ATTRS = {
  field: ['placeholder', 'aria-label', 'name', 'id', 'title', 'autocomplete'],
  image: ['alt', 'title', 'src'],
  meta: ['content'],
} as const;

/** A field's kind by its names: its attributes, its `label` (`labelTextFor`) and a CSS-drawn `extraLabel`. */
function classifyField(el: Element, label: string, rules: PageRules, extraLabel = ''): FieldInfo {
  const type = attr(el, 'type').toLowerCase();
  const auto = attr(el, 'autocomplete').toLowerCase();
  // Each source is capped on its own, so padding one (a 100 kB placeholder) cannot push the label out.
  const descriptor = normalizeText(
    [...TEXT_ATTRS.field.map((a) => (a === 'autocomplete' ? auto : attr(el, a))), label, extraLabel]
      .map((part) => part.slice(0, 160))
      .join(' ')
      .replace(/[_[\]]/g, ' '),
  ).slice(0, MODEL_BOUNDS.descriptor);
  if (auto.includes('one-time-code')) return { kind: 'otp', descriptor };
  if (auto.includes('cc-csc')) return { kind: 'cvv', descriptor };
  if (auto.includes('cc-number')) return { kind: 'card-number', descriptor };
  const hit = rules.sensitive.find((f) => f.re.test(descriptor));
  if (type === 'password') return { kind: hit && hit.kind !== 'password' ? hit.kind : 'password', descriptor };
  // A free-text box is never a code field: "kode OTP" in a reply box's name is a topic, not a request.
  if (el.tagName.toUpperCase() === 'TEXTAREA') return { kind: hit && hit.kind !== 'otp' && hit.kind !== 'pin' ? hit.kind : null, descriptor };
  if (hit) return { kind: hit.kind, descriptor };
  const shaped = kindByShape(el, type, auto);
  return shaped ? { kind: shaped, descriptor, byShape: true } : { kind: null, descriptor };
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
  times: Element[];
  jsonLd: Element[];
}

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);

function emptyWalked(): Walked {
  return { text: '', headings: [], metas: [], images: [], forms: [], formless: [], links: [], frames: [], labels: [], times: [], jsonLd: [] };
}

/**
 * The links the rules read, by native selectors (a superset of CHAT_LINK and APK_LINK, which decide): a page's
 * thousand other links never reach script.
 */
const READ_LINKS = ['wa.me/', 'whatsapp', 't.me/', 'telegram.me/', 'tg:', '.apk'].map((s) => `a[href*="${s}" i]`);
/**
 * The element kinds the rules read, each found by queries of a single selector, which a browser answers in one
 * cheap walk (a tag first, so most elements fail at once). One query with the whole list of 20 selectors tests
 * each of them against every element: in the content script's first read of a 10k-element page, 8.3 ms against
 * 4.5 ms (CPU profile). The selectors of one kind are queried together when needed, to keep that kind in
 * document order (see `inOrder`). Forms come first, so that each field finds the form it sits in.
 */
const KINDS: readonly (readonly string[])[] = [
  ['form'],
  ['input', 'select', 'textarea'],
  ['h1', 'h2', 'h3', '[role=heading]'],
  ['meta'],
  ['img'],
  READ_LINKS,
  ['iframe[src]'],
  ['label[for]'],
  ['time[datetime]'],
  ['script[type]'],
];
/**
 * Every kind in one selector list, as one kind: for a shadow root, usually small, where each query's fixed cost
 * dominates (a page of 1,000 small roots would otherwise pay for 20 queries on each).
 */
const ONE_LIST: readonly (readonly string[])[] = [[KINDS.flat().join(',')]];
/** Elements read from one tree at most: a page of a million links costs no more than this. */
const MAX_COLLECTED = 20_000;

type FormsByElement = Map<Element, { form: Element; fields: Element[] }>;

/** File one element the rules read under its kind (fields under the form that holds them). */
function sortElement(el: Element, w: Walked, forms: FormsByElement): void {
  const tag = el.tagName.toUpperCase();
  if (FIELD_TAGS.has(tag)) {
    const form = el.closest('form');
    const entry = form ? forms.get(form) : undefined;
    if (entry) entry.fields.push(el);
    else w.formless.push(el);
  } else if (tag === 'FORM') {
    if (w.forms.length < LIMITS.forms) {
      const entry = { form: el, fields: [] };
      w.forms.push(entry);
      forms.set(el, entry);
    }
  } else if (HEADING_TAGS.has(tag) || el.getAttribute('role') === 'heading') w.headings.push(el);
  else if (tag === 'META') w.metas.push(el);
  else if (tag === 'IMG') w.images.push(el);
  else if (tag === 'A' && readLink(attr(el, 'href').trim())) w.links.push(el);
  else if (tag === 'IFRAME' && el.hasAttribute('src')) w.frames.push(el);
  else if (tag === 'LABEL' && el.hasAttribute('for')) w.labels.push(el);
  else if (tag === 'TIME' && el.hasAttribute('datetime') && w.times.length < 20) w.times.push(el);
  else if (tag === 'SCRIPT' && w.jsonLd.length < 10 && attr(el, 'type').toLowerCase() === 'application/ld+json') w.jsonLd.push(el);
}

/**
 * The elements matching any of `selectors`, in document order. A query of one selector is a cheap walk; a list of
 * them costs more, so it runs only when more than one of them matches something.
 */
function inOrder(scope: ParentNode, selectors: readonly string[]): ArrayLike<Element> {
  let only: ArrayLike<Element> = [];
  for (const s of selectors) {
    const found = scope.querySelectorAll(s);
    if (found.length === 0) continue;
    if (only.length > 0) return scope.querySelectorAll(selectors.join(','));
    only = found;
  }
  return only;
}

/**
 * The elements of one tree (a document or a shadow root) the rules read, by native queries (`KINDS`, or
 * `ONE_LIST` in a shadow root). In a browser the queries run natively and no script object is made for the
 * page's other nodes (a walk in script makes one per node, the main cost of reading a large page). Node
 * (linkedom) has no native query: there the text walk files the elements as it passes them (`textOf` with a
 * sink), and tests check both ways agree.
 */
function collect(scope: ParentNode, w: Walked): void {
  const forms: FormsByElement = new Map();
  // An element of another kind marked as a heading (`<img role=heading>`) is found by two queries: `sortElement`
  // files it by the walk's order of kinds, once.
  const marked = new Set<Element>();
  let left = MAX_COLLECTED;
  for (const kind of (scope as Node).nodeType === 9 ? KINDS : ONE_LIST) {
    const found = inOrder(scope, kind);
    const n = Math.min(found.length, left);
    left -= n;
    for (let i = 0; i < n; i++) {
      const el = found[i] as Element;
      if (el.getAttribute('role') === 'heading') {
        if (marked.has(el)) continue;
        marked.add(el);
      }
      sortElement(el, w, forms);
    }
  }
}

/**
 * The text a user can read in a tree, as the browser lays it out (`innerText`: hidden text left out, block
 * boundaries as line breaks). The content script passes it; Node has no layout, and uses `textOf`.
 */
export type VisibleText = (root: Node) => string | null;

/**
 * The tree's text without layout: every text node outside scripts, styles and the like, joined by line
 * breaks so phrases never match across separate elements. One walk without recursion (hostile pages nest
 * tens of thousands of elements deep), bounded by `budget`.
 */
function textOf(root: Node, textLimit: number, budget: { nodes: number }, sink?: (el: Element) => void): string {
  const parts: string[] = [];
  let size = 0;
  let node: Node | null = root.firstChild;
  while (node && budget.nodes-- > 0 && (size < textLimit || sink)) {
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      if (size < textLimit && t.trim()) {
        parts.push(t);
        size += t.length;
      }
    } else if (node.nodeType === 1) {
      descend = !SKIP_TEXT.has((node as Element).tagName.toUpperCase());
      sink?.(node as Element);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      if (node === root) node = null;
      else if (node.nextSibling) {
        node = node.nextSibling;
        break;
      } else node = node.parentNode;
    }
  }
  return parts.join('\n').slice(0, textLimit);
}

/**
 * One tree read: its elements, and its text. With a browser's `visible` text, elements come from one native
 * query; without (Node), one walk gathers both.
 */
function walk(root: Document | ShadowRoot, textLimit: number, budget: { nodes: number }, visible?: VisibleText): Walked {
  const w = emptyWalked();
  const top = root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root;
  if (!visible) {
    const forms: FormsByElement = new Map();
    w.text = textOf(top, textLimit, budget, (el) => sortElement(el, w, forms));
    return w;
  }
  collect(root, w);
  const laid = visible(root);
  w.text = laid != null ? laid.slice(0, textLimit) : textOf(top, textLimit, budget);
  return w;
}

const CHAT_LINK = /^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com|web\.whatsapp\.com|chat\.whatsapp\.com|t\.me|telegram\.me)\/|^(?:whatsapp|tg):/i;
/** Share buttons: a message to forward, no person or group to write to. */
const SHARE_LINK =
  /^(?:https?:\/\/)?(?:(?:wa\.me|api\.whatsapp\.com\/send|web\.whatsapp\.com\/send)\/?\?(?![^#]*\bphone=\d)|(?:t\.me|telegram\.me)\/share\b)|^whatsapp:\/\/send\?(?![^#]*\bphone=\d)|^tg:\/\/msg_url/i;
const APK_LINK = /^[^?#]*\.apk(?:[?#]|$)/i;
const META_NAMES = new Set(['og:title', 'og:site_name', 'description']);
const DATE_METAS = new Set(['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date']);

/** `2021-02-24T10:00:00+07:00` -> `2021-02-24`; null for anything that is not a plausible date. */
function isoDate(s: string): string | null {
  const m = /^\s*(20\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?/.exec(s);
  return m ? (m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`) : null;
}

/** A date in the URL path: `/2020/04/18/`, `/2021/02/`, or a `20200515084146-` timestamp segment. */
function urlDate(pageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return null;
  }
  const slashed = /\/(20\d\d)\/(0[1-9]|1[0-2])(?:\/(0[1-9]|[12]\d|3[01]))?\//.exec(path);
  if (slashed) return slashed[3] ? `${slashed[1]}-${slashed[2]}-${slashed[3]}` : `${slashed[1]}-${slashed[2]}`;
  const stamp = /\/(20\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])\d{0,6}(?=[-/_]|$)/.exec(path);
  return stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : null;
}

/** The page's own date claim, first of: article meta, JSON-LD `datePublished`, `<time datetime>`, the URL. */
function pageDate(w: Walked, pageUrl: string): PageModel['date'] {
  for (const m of w.metas) {
    const name = (attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase();
    const d = DATE_METAS.has(name) ? isoDate(attr(m, 'content')) : null;
    if (d) return { value: d, from: 'meta' };
  }
  for (const s of w.jsonLd) {
    const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec((s.textContent ?? '').slice(0, 20_000));
    const d = m ? isoDate(m[1] as string) : null;
    if (d) return { value: d, from: 'json-ld' };
  }
  for (const t of w.times) {
    const d = isoDate(attr(t, 'datetime'));
    if (d) return { value: d, from: 'time' };
  }
  const d = urlDate(pageUrl);
  return d ? { value: d, from: 'url' } : null;
}

/** A link the rules read: a chat contact or share button, or an app download. */
function readLink(href: string): boolean {
  return CHAT_LINK.test(href) || APK_LINK.test(href);
}

function chatLink(a: Element, href: string): ChatLink {
  const own = [a.textContent ?? '', attr(a, 'title'), attr(a, 'aria-label')].join(' ').slice(0, 200);
  const around = (a.parentElement?.textContent ?? '').slice(0, 300);
  return { href: href.slice(0, 200), contact: !SHARE_LINK.test(href), context: normalizeText(`${own}\n${around}`).slice(0, MODEL_BOUNDS.context) };
}

/** A URL cut to the model's bound (a page can write a megabyte into an `action`). */
function bounded(url: string | null): string | null {
  return url === null ? null : url.slice(0, MODEL_BOUNDS.url);
}

/** A form's own text (labels, headings, buttons), laid out when the browser offers it. */
function formText(form: Element, visible?: VisibleText): string {
  return visible?.(form)?.slice(0, MODEL_BOUNDS.formText) ?? textOf(form, MODEL_BOUNDS.formText, { nodes: 20_000 });
}

/** What the content script adds in a browser: shadow roots it found, CSS-drawn label text, laid-out text. */
export interface PageExtras {
  visibleText?: VisibleText;
  /** Open and closed shadow roots on the page (lib/page/shadow.ts `shadowRootsIn`), read as part of it. */
  shadowRoots?: readonly ShadowRoot[];
  generatedText?: GeneratedText;
}

/** The document and every shadow root in one model: one node budget, one text budget. */
function walkAll(doc: Document, roots: readonly ShadowRoot[], visible?: VisibleText): Walked {
  const budget = { nodes: LIMITS.nodes };
  const w = walk(doc, LIMITS.textChars, budget, visible);
  for (const root of roots) {
    if (budget.nodes <= 0) break;
    const more = walk(root, Math.max(0, LIMITS.textChars - w.text.length), budget, visible);
    if (more.text) w.text = `${w.text}\n${more.text}`;
    for (const k of ['headings', 'metas', 'images', 'formless', 'links', 'frames', 'labels', 'times', 'jsonLd'] as const) w[k].push(...more[k]);
    w.forms.push(...more.forms.slice(0, Math.max(0, LIMITS.forms - w.forms.length)));
  }
  return w;
}

export function extractPage(doc: Document, pageUrl: string, rules: PageRules, extras: PageExtras = {}): PageModel {
  const w = walkAll(doc, extras.shadowRoots ?? [], extras.visibleText);
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
    action: attr(f.form, 'action') ? bounded(absolute(attr(f.form, 'action'), pageUrl)) : null,
    fields: f.fields,
  }));
  if (w.formless.length > 0) groups.push({ root: null, action: null, fields: w.formless });
  const labels = labelIndex(w.labels);
  const labelsFor = new Map(w.labels.map((l) => [attr(l, 'for'), l]));
  const generated = extras.generatedText;
  const forms: FormInfo[] = [];
  for (const g of groups) {
    const fields = g.fields
      .filter(isDataField)
      .slice(0, LIMITS.fieldsPerForm)
      .map((el) => fieldKind(el, doc, labels, rules, generated, labelsFor));
    if (fields.length === 0 && !g.action) continue;
    forms.push({
      action: g.action,
      text: g.root ? normalizeText(formText(g.root, extras.visibleText)).slice(0, MODEL_BOUNDS.formText) : '',
      fields,
    });
  }
  const chatLinks: ChatLink[] = [];
  const downloads: string[] = [];
  for (const a of w.links.slice(0, LIMITS.links)) {
    const href = attr(a, 'href').trim();
    if (CHAT_LINK.test(href)) {
      if (chatLinks.length < 50) chatLinks.push(chatLink(a, href));
    } else if (APK_LINK.test(href) && downloads.length < 10) downloads.push(bounded(absolute(href, pageUrl)) ?? href.slice(0, 200));
  }
  const frames = w.frames
    .slice(0, 50)
    .map((f) => bounded(absolute(attr(f, 'src'), pageUrl)))
    .filter((s): s is string => s !== null);
  return {
    title: `${doc.title ?? ''}\n${meta}`.slice(0, MODEL_BOUNDS.part),
    headings: headings.slice(0, MODEL_BOUNDS.part),
    body: w.text.slice(0, LIMITS.textChars),
    alts: images
      .map((i) => `${attr(i, 'alt')} ${attr(i, 'title')}`)
      .join('\n')
      .slice(0, MODEL_BOUNDS.part),
    logoSources: images
      .map((i) => attr(i, 'src').slice(0, MODEL_BOUNDS.url))
      .filter((s) => /prakerja/i.test(s))
      .slice(0, 10),
    forms,
    chatLinks,
    downloads,
    frames,
    date: pageDate(w, pageUrl),
  };
}
