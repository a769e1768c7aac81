import { shadowHost } from '../../../components/shadow';
import type { Translate } from '../../i18n';
import { type ContentMessage, type LinkLevels, MAX_LINKS_PER_MESSAGE } from '../../messages';
import type { ListenerTarget } from './first-listeners';
import { send } from './pack';

/** Marks keyed by the node they follow; `drop` removes the badge too, `sweep` drops the stale ones. */
export class Marks<K extends Node, V extends { host: HTMLElement }> extends Map<K, V> {
  drop(key: K): void {
    this.get(key)?.host.remove();
    this.delete(key);
  }

  /** Drop marks whose node left the page or whose badge no longer sits right after it (a recycled row). */
  sweep(stale: (key: K, mark: V) => boolean = () => false): void {
    for (const [k, m] of this) if (!k.isConnected || m.host.previousSibling !== (k as Node) || stale(k, m)) this.drop(k);
  }
}

/**
 * A path from the root of the page's own origin (`/artikel/12`), as written: not `//host` or `/\host`, and
 * no tab or line break anywhere (the URL parser drops those, which could make `/<tab>/host` a `//host`).
 * `NOT_OWN_PATH` is the same test as a selector: the links it leaves out never reach script.
 */
export const OWN_PATH = /^\/(?![/\\])[^\t\n\r]*$/;
export const NOT_OWN_PATH = 'a[href]:not([href^="/"]:not([href^="//"],[href^="/\\\\"],[href*="\\9 "],[href*="\\a "],[href*="\\d "]))';

/** At most this many marks are tracked at once; chat pages recycle nodes, so old ones are swept first. */
const MAX_MARKS = 2_000;

interface Mark {
  host: HTMLElement;
  /** The site the confirm names: where the link really leads (a wrapper's target). */
  site: string;
}

/** Links collected for judging: each with the `href` it was read with, and the distinct addresses to send. */
export interface FreshLinks {
  links: Array<{ a: HTMLAnchorElement; raw: string; href: string }>;
  urls: string[];
}

export interface Judged {
  levels: LinkLevels;
  targets: Record<string, string>;
}

/** The background's answer on addresses (alone, or with the top page's model); null when it gave none. */
export function judgedFrom(res: unknown): Judged | null {
  const r = res as Partial<Judged> | null;
  return r?.levels ? { levels: r.levels, targets: r.targets ?? {} } : null;
}

/** Ask the background to judge addresses with the one engine; null when it cannot answer. */
export async function judgeUrls(urls: string[]): Promise<Judged | null> {
  if (urls.length === 0) return { levels: {}, targets: {} };
  const msg: ContentMessage = { type: 'classify-links', urls: urls.slice(0, MAX_LINKS_PER_MESSAGE) };
  return judgedFrom(await send(msg));
}

/** The ⚠ badge in a closed shadow root (styled by `css`), placed right after `after`. */
export function markAfter(after: Node, tag: string, label: string, css: string): HTMLElement {
  const { host, root } = shadowHost(tag, css);
  const badge = document.createElement('span');
  badge.textContent = '\u26a0';
  badge.title = label;
  badge.setAttribute('aria-label', label);
  badge.setAttribute('role', 'img');
  root.append(badge);
  host.setAttribute('style', 'all: initial !important; display: inline !important;');
  after.parentNode?.insertBefore(host, after.nextSibling);
  return host;
}

/**
 * Marks links to dangerous or suspicious sites (the background judges them with the same engine, redirect
 * wrappers and short links included) and asks before following one. A link is judged again whenever its
 * `href` changes (Facebook swaps its own on mousedown; chat lists recycle nodes): until the new answer
 * arrives the old mark stays, so a click in between is still asked about. A mark whose link left the page
 * or moved away is removed.
 */
export class LinkMarker {
  active = true;
  private judged = new WeakMap<HTMLAnchorElement, string>();
  private base = '';
  private readonly marks = new Marks<HTMLAnchorElement, Mark>();

  constructor(
    private readonly t: Translate,
    private readonly css: string,
  ) {}

  private readonly roots = new WeakSet<ShadowRoot>();

  private readonly click = (e: Event) => this.onClick(e);

  /** On window in the capture phase, through `FirstListeners`, ahead of the page's own. Attaching again is a no-op. */
  attach(target: ListenerTarget): void {
    target.addEventListener('click', this.click, true);
  }

  /** Clicks inside a closed shadow root reach window retargeted to its host: listen on the root too. */
  watchRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    root.addEventListener('click', this.click, true);
  }

  /**
   * Judge the links of the document and of the shadow roots the page scan found. `ownOrigin`: links to this
   * origin cannot be flagged (the background said so), and are not sent.
   */
  async scan(doc: Document, roots: readonly ShadowRoot[] = [], ownOrigin: string | null = null): Promise<void> {
    const fresh = this.collect(doc, roots, ownOrigin);
    if (fresh) this.apply(fresh, await judgeUrls(fresh.urls));
  }

  /**
   * The links not judged yet, or judged with another `href` (null: none): `apply` takes the background's
   * answer on `urls`. The top frame sends them with its page model, other frames on their own (`scan`).
   */
  collect(doc: Document, roots: readonly ShadowRoot[] = [], ownOrigin: string | null = null): FreshLinks | null {
    // Links are told apart by their written `href`: resolving one (`a.href`) costs a URL parse on each read.
    // A new base address (`<base>`) resolves them all anew.
    if (doc.baseURI !== this.base) [this.base, this.judged] = [doc.baseURI, new WeakMap()];
    const own = ownOrigin ? `${ownOrigin}/` : null;
    // Paths on the page's own origin, when none of its links can be flagged: not read at all. One that was
    // marked and now is such a path loses its mark (and is judged afresh if it changes again).
    const ownPaths = own !== null && this.base.startsWith(own);
    this.marks.sweep((a) => {
      const gone = ownPaths && OWN_PATH.test(a.getAttribute('href') ?? '');
      if (gone) this.judged.delete(a);
      return gone;
    });
    if (!this.active) return null;
    const links: FreshLinks['links'] = [];
    const urls = new Set<string>();
    for (const scope of [doc, ...roots]) {
      const anchors = scope.querySelectorAll<HTMLAnchorElement>(ownPaths ? NOT_OWN_PATH : 'a[href]');
      for (let i = 0; i < anchors.length && links.length < MAX_LINKS_PER_MESSAGE; i++) {
        const a = anchors[i] as HTMLAnchorElement;
        const raw = a.getAttribute('href') ?? '';
        if (this.judged.get(a) === raw) continue;
        this.judged.set(a, raw);
        // Written absolute, it is sent as written (the background parses it as `href` would); anything else is resolved.
        const href = /^https?:\/\//i.test(raw) ? raw : a.href;
        if (/^https?:/i.test(href) && (own === null || !href.startsWith(own))) {
          links.push({ a, raw, href });
          urls.add(href);
        } else this.marks.drop(a);
      }
    }
    return links.length === 0 ? null : { links, urls: [...urls] };
  }

  /** Mark the collected links the background flagged (nothing, when it gave no answer). */
  apply(fresh: FreshLinks, judged: Judged | null): void {
    if (!judged) return;
    for (const { a, raw, href } of fresh.links) {
      // The link was judged again while we waited (its `href` changed): that newer judgement decides.
      if (this.judged.get(a) !== raw) continue;
      if (judged.levels[href]) this.mark(a, judged.targets[href] || hostOf(href));
      else this.marks.drop(a);
    }
  }

  private mark(a: HTMLAnchorElement, site: string): void {
    const old = this.marks.get(a);
    if (old && old.host.previousSibling === a) {
      old.site = site;
      return;
    }
    this.marks.drop(a);
    if (this.marks.size >= MAX_MARKS) return;
    this.marks.set(a, { host: markAfter(a, 'jaga-prakerja-link-mark', this.t('link_mark'), this.css), site });
  }

  private onClick(e: Event): void {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    const m = a ? this.marks.get(a) : undefined;
    if (!a || !m) return;
    if (!window.confirm(this.t('link_confirm', m.site))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url.slice(0, 80);
  }
}
