import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { renderBanner } from '../../components/banner';
import type { ContentMessage } from '../messages';
import { scanPage } from '../page/scan';
import { isWarning, type Verdict } from '../verdict';
import { translator } from './i18n';
import { currentRules } from './rules';

const RESCAN_DEBOUNCE_MS = 400;
const MAX_RESCANS_PER_MINUTE = 20;

/**
 * The content script's work on one page: scan, tell the background, show or hide the banner, and keep
 * watching the DOM (debounced and rate-limited, so a page flooding mutations cannot burn the CPU).
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  if (window === window.top) void browser.runtime.sendMessage({ type: 'page-start' } satisfies ContentMessage).catch(() => undefined);
  if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  const rules = currentRules();
  const { t } = await translator();
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let shown: Verdict | null = null;
  let dismissedFor: string | null = null;
  let lastKey = '';

  const ensureBanner = (v: Verdict) => {
    if (!host) {
      host = document.createElement('jaga-prakerja-banner');
      shadow = host.attachShadow({ mode: 'closed' });
    }
    const key = JSON.stringify(v);
    if (key !== lastKey && shadow) {
      lastKey = key;
      renderBanner(shadow, v, t, {
        officialUrl: rules.raw.links.officialSite,
        onReport: () => {
          const text = `${location.href}\n${t(`level_${v.level}`)}`;
          void navigator.clipboard?.writeText(text).catch(() => undefined);
          window.open(rules.raw.links.aduankonten, '_blank', 'noopener');
        },
        onDismiss: () => {
          dismissedFor = location.href;
          host?.remove();
        },
      });
    }
    const style =
      'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; right: 0 !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important;';
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    if (!host.isConnected) document.documentElement.append(host);
  };

  const scan = async () => {
    if (!ctx.isValid) return;
    const page = scanPage(document, location.href, rules);
    let verdict = page;
    if (window === window.top) {
      const msg: ContentMessage = { type: 'page-verdict', url: location.href, verdict: page };
      const res = (await browser.runtime.sendMessage(msg).catch(() => null)) as { verdict?: Verdict } | null;
      verdict = res?.verdict ?? page;
    }
    shown = isWarning(verdict.level) && dismissedFor !== location.href ? verdict : null;
    if (shown) ensureBanner(shown);
    else host?.remove();
  };

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
  const observer = new MutationObserver(() => {
    // A removed or hidden banner comes back at once; page changes are re-scanned after a pause.
    if (shown && host && !host.isConnected) ensureBanner(shown);
    schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'action'],
  });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  await scan();
}
