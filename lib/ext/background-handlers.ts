import { browser } from 'wxt/browser';
import { BANNER_CSS, FIELD_CSS, MARK_CSS, TIP_CSS } from '../../components/banner';
import { CONTENT_SCRIPT, INJECT_MESSAGE } from '../content-files';
import { type Lang, type Messages, pickLang } from '../i18n';
import type { ContentMessage, ContentPack, LinkLevels, PageMessage } from '../messages';
import { MAX_LINKS_PER_MESSAGE } from '../messages';
import { parsePageModel } from '../page/model-schema';
import { judgeModel } from '../page/scan';
import { type BannerText, bannerText } from '../report';
import { runtimeRuleset } from '../rules/runtime';
import type { Ruleset } from '../rules/schema';
import { ALLOW_TTL_MS, isValidHost, isValidRulesUrl } from '../state';
import { type AllowEntry, classifyUrl, judgedByHostAlone } from '../url/classify';
import { isOfficialLogin } from '../url/login';
import { normalizeUrl } from '../url/normalize';
import { isWarning, type Verdict, verdict } from '../verdict';
import contentMessages from './content/messages.generated.json';
import { translator } from './i18n';
import { currentRules, rulesStatusItem } from './rules';
import { checkForUpdate } from './rules-update';
import { allowlistItem, loginTipItem, readAllowlist, readSettings } from './storage';
import { addFrameFindings, getTab, setPageVerdict, setUrlVerdict, tabUrl } from './tabs';

type Sender = { url?: string; origin?: string; tab?: { id?: number; url?: string }; frameId?: number; id?: string; documentId?: string };

export function warningPageUrl(blockedUrl: string, from?: string): string {
  const params = new URLSearchParams({ url: blockedUrl });
  if (from) params.set('from', from);
  return `${browser.runtime.getURL('/warning.html')}?${params}`;
}

// The allowlist is read on every navigation: keep it in memory, refreshed whenever storage changes.
let allowCache: Promise<AllowEntry[]> | null = null;
allowlistItem.watch(() => {
  allowCache = null;
});
function cachedAllowlist(): Promise<AllowEntry[]> {
  allowCache ??= readAllowlist(0);
  return allowCache;
}

export async function verdictFor(url: string): Promise<Verdict> {
  return classifyUrl(url, currentRules(), await cachedAllowlist());
}

/** Stop a dangerous site before it renders by sending the tab to the extension's warning page. */
export async function judgeNavigation(tabId: number, url: string): Promise<void> {
  if (tabId < 0 || !/^(?:https?|blob):/i.test(url)) return;
  const started = performance.now();
  const v = await verdictFor(url);
  const from = await setUrlVerdict(tabId, url, v, performance.now() - started);
  if (v.level === 'dangerous') {
    await browser.tabs.update(tabId, { url: warningPageUrl(url, from) }).catch(() => undefined);
  }
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function isExtensionPage(sender: Sender): boolean {
  const base = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** Route one message; untrusted senders only get the answers a page scan needs. */
export async function handleMessage(message: unknown, sender: Sender): Promise<unknown> {
  if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') return { error: 'bad-message' };
  if (sender.id !== browser.runtime.id) return { error: 'foreign-sender' };
  if (isExtensionPage(sender)) return handlePageMessage(message as PageMessage);
  return handleContentMessage(message as ContentMessage, sender);
}

async function handleContentMessage(m: ContentMessage, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (m.type === 'page-model') {
    if (tabId === undefined || sender.frameId !== 0 || typeof sender.url !== 'string') return { error: 'not-a-top-frame' };
    // The page's links are judged whatever becomes of its model.
    const links = m.links === undefined ? {} : await classifyLinks(m.links);
    // After history.pushState the page URL changes but never its origin: accept the script's URL only then.
    const url = typeof m.url === 'string' && sameOrigin(m.url, sender.url) ? m.url : sender.url;
    const page = judgeReceived(m.model, url);
    if (!page.ok) return { error: 'bad-model', why: page.why, ...links };
    // The URL verdict is always the background's own: a page cannot vouch for itself.
    const urlVerdict = await verdictFor(url);
    const ms = (v: unknown) => (typeof v === 'number' && v >= 0 && v < 600_000 ? v : undefined);
    const verdict = await setPageVerdict(tabId, url, urlVerdict, page.verdict, { scanMs: ms(m.scanMs) });
    return { verdict, banner: await bannerFor(url, verdict), ownLinks: await ownLinksSafe(url), ...links };
  }
  if (m.type === 'classify-links') return classifyLinks(m.urls);
  if (m.type === 'frame-model') return frameModel(m, sender);
  if (m.type === 'content-pack') {
    // A top frame's request, sent at document_start, is also the second line of defence: navigation events miss
    // some first loads (tabs opened by automation, prerendering), so its address is judged here too.
    const url = sender.frameId === 0 ? sender.url : undefined;
    // A failure there must not cost the page its pack (its reading, form guard and link marks).
    const judged = tabId !== undefined && typeof url === 'string' ? judgeNavigation(tabId, url).catch(() => undefined) : null;
    const [pack] = await Promise.all([contentPack(sender), judged]);
    return pack;
  }
  if (m.type === 'login-tip-dismissed') {
    await loginTipItem.setValue(true);
    return { ok: true };
  }
  if (m.type === INJECT_MESSAGE) {
    // Chrome's loader could not import the content script (a page's window.stop() cancels the import): inject
    // the same file into the same document, which no page can cancel. Firefox has no loader (nor `scripting`).
    if (tabId === undefined || !browser.scripting) return { error: 'cannot-inject' };
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.executeScript({ target, files: [`/${CONTENT_SCRIPT}`], injectImmediately: true });
    return { ok: true };
  }
  return { error: 'not-allowed' };
}

/**
 * Addresses from a page (its links, the addresses typed in its text), judged with the one engine: the
 * dangerous and suspicious ones, and the site each really leads to. Anything else is not named.
 */
async function classifyLinks(urls: unknown): Promise<{ levels: LinkLevels; targets: Record<string, string> } | { error: string }> {
  if (!Array.isArray(urls)) return { error: 'bad-links' };
  const rules = currentRules();
  const allow = await cachedAllowlist();
  const levels: LinkLevels = {};
  const targets: Record<string, string> = {};
  for (const u of urls.slice(0, MAX_LINKS_PER_MESSAGE)) {
    if (typeof u !== 'string' || u.length > 2048) continue;
    const v = classifyUrl(u, rules, allow);
    if (v.level !== 'dangerous' && v.level !== 'suspicious') continue;
    levels[u] = v.level;
    // What a confirm names: the site a wrapped link really leads to, else the link's own host.
    const first = v.reasons[0];
    targets[u] = first?.code === 'wrapped-link' ? String(first.evidence?.target ?? '') : String(first?.evidence?.host ?? '');
  }
  return { levels, targets };
}

/**
 * Whether the page's links to its own origin can go unjudged: no rule reads their path on this host and
 * the page's own address is not flagged, so none of them can be.
 */
async function ownLinksSafe(url: string): Promise<boolean> {
  const target = normalizeUrl(url);
  if (target.kind !== 'web') return false;
  const rules = currentRules();
  return judgedByHostAlone(target.host, rules) && !isWarning(classifyUrl(url, rules, await cachedAllowlist()).level);
}

/** The banner's words for a warning verdict, in the user's language; null when there is nothing to warn of. */
async function bannerFor(url: string, v: Verdict): Promise<BannerText | null> {
  if (!isWarning(v.level)) return null;
  const { t } = await translator();
  return bannerText(url, v, t, currentRules().raw.links);
}

/**
 * A frame's warnings count for the tab only when the frame has the top page's origin: the page's own
 * srcdoc, script-written (about:blank) or blob: frames, which is where kits hide forms. A cross-origin frame
 * (an ad, an embed) can neither smear the page nor vouch for it: official/partner reasons never come from
 * frames, and nothing a frame says lowers the verdict. Chromium tells us the sender's origin; Firefox does
 * not, so there the frame's content script reports it (pages cannot send these messages).
 */
async function frameModel(m: Extract<ContentMessage, { type: 'frame-model' }>, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.frameId) return { error: 'not-a-frame' };
  const url = typeof m.url === 'string' && m.url.length <= 2048 ? m.url : (sender.url ?? '');
  const judged = judgeReceived(m.model, url);
  if (!judged.ok) return { error: 'bad-model', why: judged.why };
  // The frame's own verdict goes back to it (its form guard), whatever the tab makes of it.
  const found = judged.verdict;
  const top = await tabUrl(tabId);
  const origin = sender.origin ?? m.origin;
  if (!isWarning(found.level) || !top || typeof origin !== 'string' || origin === 'null' || !sameOrigin(top, `${origin}/`)) return { verdict: found };
  const next = await addFrameFindings(tabId, top, found);
  if (next) {
    const message = { type: 'verdict-changed', verdict: next, banner: await bannerFor(top, next) };
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  }
  return { verdict: found };
}

/**
 * A page model from a content script, checked and judged with the rules in force: the other half of
 * `scanPage` (lib/page/scan.ts). No model means the content script found nothing to judge.
 */
function judgeReceived(model: unknown, url: string): { ok: true; verdict: Verdict } | { ok: false; why: string } {
  if (model === null) return { ok: true, verdict: verdict([]) };
  const parsed = parsePageModel(model);
  if (!parsed.ok) return parsed;
  const target = normalizeUrl(url);
  return { ok: true, verdict: judgeModel(parsed.model, url, target.kind === 'web' ? target.host : '', currentRules()) };
}

// The runtime form of the rules in force, made once per ruleset (rules change only on a verified update).
let packRules: { from: Ruleset; rules: Ruleset } | null = null;

async function contentPack(sender: Sender): Promise<ContentPack> {
  const raw = currentRules().raw;
  if (packRules?.from !== raw) packRules = { from: raw, rules: runtimeRuleset(raw) };
  const settings = await readSettings();
  const lang = pickLang(settings.lang, globalThis.navigator?.language ?? 'id');
  const bundles = contentMessages as unknown as Record<Lang, Messages>;
  return {
    rules: packRules.rules,
    styles: { banner: BANNER_CSS, tip: TIP_CSS, field: FIELD_CSS, mark: MARK_CSS },
    messages: bundles[lang],
    settings,
    loginTip:
      sender.frameId === 0 &&
      typeof sender.url === 'string' &&
      isOfficialLogin(sender.url, currentRules()) &&
      !(await loginTipItem.getValue().catch(() => false)),
    ownLinks: sender.frameId === 0 && typeof sender.url === 'string' && (await ownLinksSafe(sender.url)),
  };
}

async function handlePageMessage(m: PageMessage): Promise<unknown> {
  switch (m.type) {
    case 'get-tab-verdict': {
      if (typeof m.tabId !== 'number') return { error: 'bad-tab' };
      return { state: (await getTab(m.tabId)) ?? null };
    }
    case 'allow-host': {
      if (!isValidHost(m.host)) return { error: 'bad-host' };
      const list = (await readAllowlist()).filter((e) => e.host !== m.host);
      list.push({ host: m.host, expires: Date.now() + ALLOW_TTL_MS });
      await allowlistItem.setValue(list);
      return { ok: true };
    }
    case 'remove-allow': {
      await allowlistItem.setValue((await readAllowlist()).filter((e) => e.host !== m.host));
      return { ok: true };
    }
    case 'get-allowlist':
      return { allowlist: await readAllowlist() };
    case 'update-rules': {
      // The options page sends the address it has just saved, so that a check clicked right after typing it does
      // not depend on this context reading that write back in time (it once read none: the privacy e2e flaked).
      const url = isValidRulesUrl(m.url) ? m.url : (await readSettings()).rulesUrl;
      return { status: await checkForUpdate(url) };
    }
    case 'get-rules-status':
      return {
        status: await rulesStatusItem.getValue().catch(() => null),
        dataVersion: currentRules().raw.dataVersion,
        updated: currentRules().raw.updated,
      };
    default:
      return { error: 'unknown-type' };
  }
}
