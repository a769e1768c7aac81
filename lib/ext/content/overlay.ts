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
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private wanted = false;
  private readonly style: string;

  constructor(
    tag: string,
    css: string,
    private readonly place: 'top' | 'corner',
  ) {
    ({ host: this.host, root: this.root } = shadowHost(tag, css));
    this.style = `${PINNED} ${place === 'top' ? 'position: relative !important;' : 'position: fixed !important; bottom: 16px !important; right: 16px !important;'}`;
  }

  show(): void {
    this.wanted = true;
    this.restore();
  }

  hide(): void {
    this.wanted = false;
    this.host.remove();
  }

  restore(): void {
    if (!this.wanted) return;
    if (this.host.getAttribute('style') !== this.style) this.host.setAttribute('style', this.style);
    if (this.place === 'top' && document.body) {
      if (document.body.firstChild !== this.host) document.body.prepend(this.host);
    } else if (!this.host.isConnected) document.documentElement.append(this.host);
  }
}
