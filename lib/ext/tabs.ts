import { browser } from 'wxt/browser';
import type { TabState } from '../messages';
import { combineVerdicts, type Verdict } from '../verdict';
import { setBadge } from './badge';

/**
 * Per-tab verdicts, kept in memory and mirrored to session storage so a restarted service worker still
 * answers the popup. Nothing here is ever written to disk.
 */
const tabs = new Map<number, TabState & { urlVerdict: Verdict }>();
const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;

async function persist(tabId: number): Promise<void> {
  const s = tabs.get(tabId);
  if (!session) return;
  await session.set({ [`tab:${tabId}`]: s ?? null }).catch(() => undefined);
}

export async function getTab(tabId: number): Promise<(TabState & { urlVerdict: Verdict }) | undefined> {
  const hit = tabs.get(tabId);
  if (hit || !session) return hit;
  const stored = (await session.get(`tab:${tabId}`).catch(() => ({}))) as Record<string, TabState & { urlVerdict: Verdict }>;
  const v = stored[`tab:${tabId}`];
  if (v) tabs.set(tabId, v);
  return v ?? undefined;
}

export async function setUrlVerdict(tabId: number, url: string, urlVerdict: Verdict): Promise<void> {
  const prev = await getTab(tabId);
  // Same document, same URL: keep the page findings. A new URL starts over.
  const keepPage = prev && prev.url === url && prev.scanned;
  const state = { url, urlVerdict, verdict: keepPage ? prev.verdict : urlVerdict, scanned: Boolean(keepPage) };
  tabs.set(tabId, state);
  await setBadge(tabId, state.verdict.level);
  await persist(tabId);
}

export async function setPageVerdict(tabId: number, url: string, urlVerdict: Verdict, page: Verdict): Promise<Verdict> {
  const combined = combineVerdicts(urlVerdict, page);
  tabs.set(tabId, { url, urlVerdict, verdict: combined, scanned: true });
  await setBadge(tabId, combined.level);
  await persist(tabId);
  return combined;
}

export async function forgetTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  if (session) await session.remove(`tab:${tabId}`).catch(() => undefined);
}
