import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderBanner } from '../../../components/banner';
import { el, OWN_HOSTS } from '../../../components/shadow';
import type { ContentMessage } from '../../messages';
import { extractPage, type PageModel } from '../../page/extract';
import { guardsForms } from '../../page/guard';
import { mayMentionBrand } from '../../page/read';
import { SHADOW_LIMITS, shadowRootsIn } from '../../page/shadow';
import { sanitizeBannerText } from '../../report';
import { hostMatches } from '../../url/host';
import { trustedSite } from '../../url/trust';
import type { Verdict } from '../../verdict';
import { FirstListeners } from './first-listeners';
import { FormGuard } from './form-guard';
import { judgedFrom, LinkMarker } from './link-marker';
import { Overlay } from './overlay';
import { requestContentPack, send, watchSettings } from './pack';
import { generatedText, HOST_CANDIDATES, hostRootOf, shadowRootOf, visibleText } from './shadow';
import { TextMarker } from './text-marker';

const RESCAN_DEBOUNCE_MS = 400;
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden', 'action', 'href'],
};
const MAX_RESCANS_PER_MINUTE = 20;

/**
 * Resolves once the document is no longer being parsed. Its readyState is what counts: a page that calls
 * `window.stop()` while it is parsed never fires DOMContentLoaded (its readyState goes straight to "complete"). The
 * change of state is announced by an event, which a page can swallow (a capture listener on window, added first,
 * that stops it), so the state is also looked at every 100 ms: a timer of our own world, which no page reaches.
 */
function domParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (document.readyState === 'loading') return;
      clearInterval(poll);
      document.removeEventListener('readystatechange', check);
      resolve();
    };
    const poll = setInterval(check, 100);
    document.addEventListener('readystatechange', check);
  });
}

/**
 * The content script's work on one page: scan, tell the background, show or hide the banner, guard forms
 * and mark links, and keep watching the DOM (debounced and rate-limited, so a page flooding mutations
 * cannot burn the CPU).
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const top = window === window.top;
  // Our window listeners first, before anything is awaited and ahead of the page's scripts (a page can otherwise stop
  // an event before our form guard sees it); the guard and link marks attach to them once they exist.
  const first = new FirstListeners();
  // The rules, messages and settings are asked for now, in parallel with the page's parsing (in a top frame the
  // request also has the background judge the address, in case the navigation events missed this load).
  const ready = requestContentPack();
  await domParsed();
  const start = await ready;
  if (!start || !ctx.isValid) return;
  const { rules, settings, t, styles } = start;
  // The first scan waits for the load event (at most 500 ms after the DOM is ready), so scanning a large
  // page never delays the page's own loading; the navigation verdict already ran before the page loaded.
  if (document.readyState !== 'complete') {
    await new Promise<void>((resolve) => {
      window.addEventListener('load', () => setTimeout(resolve, 0), { once: true }); // after the load event, not inside it
      setTimeout(resolve, 500);
    });
  }
  const banner = new Overlay('jaga-prakerja-banner', styles.banner, 'top');
  const rootOf = shadowRootOf();
  // The page walk asks only elements that can hold a root (the focus path asks any element).
  const walkRootOf = hostRootOf(rootOf);
  // Roots the user reached (focus) that the page walk's cheap probe skipped: scanned from then on.
  const reached = new Set<ShadowRoot>();
  const guard = new FormGuard(rules, t, styles.field, rootOf, (root) => {
    if (reached.size < 100) reached.add(root);
    schedule();
  });
  const links = new LinkMarker(t, styles.mark);
  links.active = settings.linkMarking;
  guard.attach(first);
  links.attach(first);
  // Plain-text addresses are read on chat, social and mail sites only (ruleset `socialHosts`).
  const social = [...rules.socialHosts].some((h) => hostMatches(location.hostname, h));
  const texts = social ? new TextMarker(t, styles.mark) : null;
  if (texts) texts.active = settings.linkMarking;
  let formGuardOn = settings.formGuard;
  ctx.onInvalidated(
    watchSettings((next) => {
      links.active = next.linkMarking;
      if (texts) texts.active = next.linkMarking;
      formGuardOn = next.formGuard;
    }),
  );
  let dismissedFor: string | null = null;
  let lastKey = '';
  // Links to the page's own origin, when the background says none of them can be flagged (see
  // `judgedByHostAlone`): most of a large page's links, which then are never sent. Said in the pack, and again
  // in each answer to the page model.
  let ownLinks = top && start.ownLinks;

  // Shadow roots found so far: watched for changes, their forms held, their links marked.
  const watchedRoots = new WeakSet<ShadowRoot>();
  let roots: ShadowRoot[] = [];
  const scan = async () => {
    if (!ctx.isValid) return;
    // Again on every scan: a script that writes this frame with document.open() erases window listeners.
    first.attach();
    const started = performance.now();
    roots = shadowRootsIn(document, walkRootOf, SHADOW_LIMITS, HOST_CANDIDATES);
    for (const r of reached) if (r.host.isConnected && !roots.includes(r)) roots.push(r);
    for (const root of roots) {
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, OBSERVED);
      guard.watchRoot(root);
      links.watchRoot(root);
    }
    // The page is read here; the background judges what was read, off the page's main thread. The official
    // site and partners are not read at all, nor are pages that never name the programme.
    const trusted = trustedSite(location.hostname, location.pathname + location.search, '', rules);
    let model: PageModel | null = null;
    let scanMs = performance.now() - started;
    if (!trusted && mayMentionBrand(document, rules, roots)) {
      // Three more tasks after this one (the shadow-root search and the brand probe), so that the page's own work
      // can run in between: the laid-out text (on a large page `innerText` is a third of the reading, 21 of 58 ms
      // on a 50k-element page, and one call that cannot be split), the rest of the model, then handing it to the
      // browser (copying a 50k-element page's model into the message took 10 to 15 ms). In a hidden tab a timer
      // may wait up to a second. `roots` may be replaced by another scan meanwhile: keep this one's.
      const found = roots;
      scanMs = performance.now() - started;
      // Each reading step's time counts towards the scan's (sent with the model), the waits between them do not.
      const timed = <T>(read: () => T): T => {
        const resumed = performance.now();
        const out = read();
        scanMs += performance.now() - resumed;
        return out;
      };
      if (!(await nextTask(ctx))) return;
      const text = timed(() => visibleText(document));
      if (!(await nextTask(ctx))) return;
      const laidOut = (root: Node) => (root === document ? text : visibleText(root));
      model = timed(() => extractPage(document, location.href, rules, { shadowRoots: found, generatedText, visibleText: laidOut }));
      if (!(await nextTask(ctx))) return;
    }
    // With no answer from the background, a page that names the programme keeps its forms guarded.
    let verdict: Verdict | null = null;
    const ownOrigin = ownLinks ? location.origin : null;
    if (top) {
      // The page's links go with its model: one message, one answer.
      const fresh = links.collect(document, roots, ownOrigin);
      const msg: ContentMessage = { type: 'page-model', url: location.href, model, scanMs, links: fresh?.urls };
      const res = (await send(msg)) as { verdict?: Verdict; banner?: unknown; ownLinks?: unknown } | null;
      verdict = res?.verdict ?? null;
      if (res && typeof res.ownLinks === 'boolean') ownLinks = res.ownLinks;
      showBanner(res?.banner);
      if (!ctx.isValid) return;
      if (fresh) links.apply(fresh, judgedFrom(res));
    } else if (model) {
      // A frame's findings count for the tab only if the background finds the frame is the page's own.
      const msg: ContentMessage = { type: 'frame-model', origin: self.origin, url: location.href, model };
      verdict = ((await send(msg)) as { verdict?: Verdict } | null)?.verdict ?? null;
    }
    if (!ctx.isValid) return;
    guard.active = formGuardOn && (verdict ? guardsForms(verdict) : model !== null);
    if (!top) await links.scan(document, roots);
  };

  // The banner belongs to the top page only; frames get the form guard and link marks.
  /** Show the background's banner text for this page (null or anything unsound: no banner). */
  function showBanner(received: unknown): void {
    const text = sanitizeBannerText(received);
    if (text && dismissedFor !== location.href) {
      const key = JSON.stringify(text);
      if (key !== lastKey) {
        lastKey = key;
        renderBanner(banner.root, text, t, {
          officialUrl: rules.raw.links.officialSite,
          onReport: () => {
            // The same report as the popup's: address and reasons copied, the right channel opened.
            void navigator.clipboard?.writeText(text.report).catch(() => undefined);
            window.open(text.channel, '_blank', 'noopener');
          },
          onDismiss: () => {
            dismissedFor = location.href;
            banner.hide();
          },
        });
      }
      banner.show();
    } else banner.hide();
  }
  if (top) {
    // A same-origin frame (a srcdoc or script-written one) raised the tab's verdict after our own scan; or the
    // page changed its address without loading (history.pushState), which the background sees.
    const onVerdict = (m: unknown, sender: { id?: string }) => {
      const msg = m as { type?: string; verdict?: Verdict; banner?: unknown } | null;
      if (sender.id !== browser.runtime.id) return;
      if (msg?.type === 'location-changed') schedule();
      else if (msg?.type === 'verdict-changed' && typeof msg.verdict?.level === 'string') {
        guard.active = formGuardOn && guardsForms(msg.verdict);
        showBanner(msg.banner);
      }
    };
    browser.runtime.onMessage.addListener(onVerdict);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onVerdict));
  }

  const overlays = [banner];
  if (top && start.loginTip) {
    const tip = new Overlay('jaga-prakerja-tip', styles.tip, 'corner');
    const close = el('button', { text: t('tip_dismiss') });
    close.type = 'button';
    close.addEventListener('click', () => {
      tip.hide();
      void send({ type: 'login-tip-dismissed' });
    });
    tip.root.append(
      el('div', {}, el('h2', { text: t('tip_title') }), el('ul', {}, ...['tip_1', 'tip_2', 'tip_3'].map((k) => el('li', { text: t(k) }))), close),
    );
    tip.show();
    overlays.push(tip);
  }

  let timer: number | undefined;
  let budget = MAX_RESCANS_PER_MINUTE;
  ctx.setInterval(() => {
    budget = MAX_RESCANS_PER_MINUTE;
  }, 60_000);
  const schedule = () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (budget-- > 0) void scan();
    }, RESCAN_DEBOUNCE_MS);
  };
  // A change that only adds, removes or restyles our own marks and banners is no reason to read the page again.
  const ours = (r: MutationRecord) =>
    OWN_HOSTS.has(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => OWN_HOSTS.has(n)));
  const observer: MutationObserver = new MutationObserver((all) => {
    // A removed or hidden banner comes back at once; page changes are re-scanned after a pause.
    for (const o of overlays) o.restore();
    const records = all.filter((r) => !ours(r));
    if (records.length === 0) return;
    if (texts) texts.collect(records);
    schedule();
  });
  // The document itself, not its root element: document.open() in a script-written frame replaces that.
  observer.observe(document, OBSERVED);
  ctx.onInvalidated(() => observer.disconnect());
  // Covering needs no DOM change of ours to notice (CSS, scrolling): look again once a second.
  ctx.setInterval(() => {
    for (const o of overlays) o.restore();
  }, 1_000);
  await scan();
  if (texts && document.body) texts.add(document.body);
}

/** The next task (a timer: Firefox ESR has no `scheduler.yield`), and whether the script still runs then. */
const nextTask = (ctx: ContentScriptContext) => new Promise<boolean>((resolve) => setTimeout(() => resolve(ctx.isValid), 0));
