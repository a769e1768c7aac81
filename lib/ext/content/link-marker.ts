import { browser } from 'wxt/browser';
import { shadowHost } from '../../../components/shadow';
import type { Translate } from '../../i18n';
import { type ContentMessage, type LinkLevels, MAX_LINKS_PER_MESSAGE } from '../../messages';

const MARK_CSS = `:host { all: initial; } span { font: bold 12px/1 system-ui, sans-serif; color: #fff; background: #b91c1c;
  border-radius: 4px; padding: 1px 4px; margin-left: 3px; }`;

/**
 * Marks links to dangerous or suspicious hosts (the background judges them with the same engine) and asks
 * before following one. Each link is judged once per href; work per pass is bounded.
 */
export class LinkMarker {
  active = true;
  private readonly seen = new WeakMap<HTMLAnchorElement, string>();
  private readonly marked = new WeakMap<HTMLAnchorElement, string>();

  constructor(private readonly t: Translate) {}

  attach(target: { addEventListener: Window['addEventListener'] }): void {
    target.addEventListener('click', (e) => this.onClick(e), true);
  }

  async scan(doc: Document): Promise<void> {
    if (!this.active) return;
    const fresh: HTMLAnchorElement[] = [];
    for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      if (fresh.length >= MAX_LINKS_PER_MESSAGE) break;
      const href = a.href;
      if (this.seen.get(a) === href || !/^https?:/i.test(href)) continue;
      this.seen.set(a, href);
      fresh.push(a);
    }
    if (fresh.length === 0) return;
    const urls = [...new Set(fresh.map((a) => a.href))];
    const msg: ContentMessage = { type: 'classify-links', urls };
    const res = (await browser.runtime.sendMessage(msg).catch(() => null)) as { levels?: LinkLevels } | null;
    for (const a of fresh) {
      const level = res?.levels?.[a.href];
      if (level && !this.marked.has(a)) this.mark(a, level);
    }
  }

  private mark(a: HTMLAnchorElement, level: string): void {
    this.marked.set(a, level);
    const { host, root } = shadowHost('jaga-prakerja-link-mark', MARK_CSS);
    const badge = document.createElement('span');
    badge.textContent = '\u26a0';
    badge.title = this.t('link_mark');
    badge.setAttribute('aria-label', this.t('link_mark'));
    badge.setAttribute('role', 'img');
    root.append(badge);
    host.setAttribute('style', 'all: initial !important; display: inline !important;');
    a.insertAdjacentElement('afterend', host);
  }

  private onClick(e: Event): void {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a || !this.marked.has(a)) return;
    if (!window.confirm(this.t('link_confirm', new URL(a.href).hostname))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }
}
