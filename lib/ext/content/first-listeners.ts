import { WINDOW_EVENTS, WINDOW_EVENTS_HOOK } from '../../content-files';

type Listener = (e: Event) => void;

/** What the form guard and the link marker attach their window listeners to: a window, or `FirstListeners`. */
export interface ListenerTarget {
  addEventListener(type: string, listener: Listener, capture: boolean): void;
}

/**
 * The content script's capture listeners on window (`WINDOW_EVENTS`), added before the page's own scripts run, so
 * that a page cannot stop an event before our form guard and link marks see it (a capture listener on window that
 * the page adds first runs first). Made when the script starts, before it waits for anything: in Firefox that is
 * before the page's first script. In Chrome the module loads later, and the loader, which runs first, has added
 * listeners that call `WINDOW_EVENTS_HOOK`; this sets the hook. Each event reaches the handlers once, whichever
 * of the two listeners sees it first (told apart by the event object: a page that dispatches one event object twice
 * in a row reaches our handlers with the first dispatch only). The guard and the marker attach their handlers here
 * as they would to window.
 */
export class FirstListeners implements ListenerTarget {
  private readonly handlers = new Map<string, Set<Listener>>();
  private last: Event | null = null;
  private readonly dispatch = (e: Event) => {
    if (e === this.last) return;
    this.last = e;
    for (const h of this.handlers.get(e.type) ?? []) h(e);
  };

  constructor() {
    (globalThis as Record<string, unknown>)[WINDOW_EVENTS_HOOK] = this.dispatch;
    this.attach();
  }

  /** Our own listeners on window. Again on every scan: `document.open()` (a frame written by script) erases them. */
  attach(): void {
    for (const type of WINDOW_EVENTS) window.addEventListener(type, this.dispatch, true);
  }

  /** A handler for one of `WINDOW_EVENTS` (adding the same one again is a no-op, as on window). */
  addEventListener(type: string, listener: Listener): void {
    const set = this.handlers.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.handlers.set(type, set);
  }
}
