import { shadowHost } from '../../../components/shadow';

const PINNED =
  'all: initial !important; display: block !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; pointer-events: auto !important;';

/**
 * Injected UI (banner, reminder) that the page cannot restyle, hide or delete for long: `restore()`
 * re-pins its style and re-attaches it; the content script calls it from its mutation observer.
 * `top` sits at the start of the page and pushes the content down (nothing the user needs is hidden);
 * `corner` floats over the page.
 */
export class Overlay {
  private made: { host: HTMLElement; root: ShadowRoot } | null = null;
  private wanted = false;
  private style: string;
  /** Moved to the browser's top layer because the page covered it (see `uncover`). */
  private lifted = false;

  constructor(
    private readonly tag: string,
    private readonly css: string,
    private readonly place: 'top' | 'corner',
  ) {
    this.style = `${PINNED} ${place === 'top' ? 'position: relative !important;' : 'position: fixed !important; bottom: 16px !important; right: 16px !important;'}`;
  }

  /** Built when first needed: most pages never show a banner, and its style sheet is the largest we have. */
  private build(): { host: HTMLElement; root: ShadowRoot } {
    this.made ??= shadowHost(this.tag, this.css);
    return this.made;
  }

  private get host(): HTMLElement {
    return this.build().host;
  }

  get root(): ShadowRoot {
    return this.build().root;
  }

  show(): void {
    this.wanted = true;
    this.restore();
  }

  hide(): void {
    this.wanted = false;
    this.made?.host.remove();
  }

  restore(): void {
    if (!this.wanted) return;
    if (this.host.getAttribute('style') !== this.style) this.host.setAttribute('style', this.style);
    if (this.place === 'top' && document.body && !this.lifted) {
      if (document.body.firstChild !== this.host) document.body.prepend(this.host);
    } else if (!this.host.isConnected) document.documentElement.append(this.host);
    if (this.lifted && !this.host.matches(':popover-open')) this.host.showPopover();
    this.uncover();
  }

  /**
   * A page can paint its own element over the banner (any z-index). If what is drawn at the banner's
   * top is not the banner, move it into the top layer (popover), which no page z-index can cover.
   */
  private uncover(): void {
    if (this.lifted || typeof this.host.showPopover !== 'function') return;
    const r = this.host.getBoundingClientRect();
    const y = r.top + Math.min(r.height / 2, 20);
    if (r.height === 0 || y < 0 || y >= window.innerHeight) return;
    const hit = document.elementFromPoint(r.left + r.width / 2, y);
    if (!hit || hit === this.host) return;
    this.lifted = true;
    this.style = `${PINNED} position: fixed !important; inset: 0 0 auto 0 !important; width: 100% !important; margin: 0 !important; border: 0 !important; padding: 0 !important;`;
    this.host.setAttribute('popover', 'manual');
    this.host.setAttribute('style', this.style);
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.host.showPopover();
  }
}
