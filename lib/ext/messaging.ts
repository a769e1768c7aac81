import { browser } from 'wxt/browser';
import type { PageMessage, TabState } from '../messages';
import type { AllowEntry } from '../url/classify';

/** Typed calls from extension pages (popup, options, warning page) to the background. */
export async function send<T>(message: PageMessage): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}

/** The verdict of the active tab, or of `?tabId=` when the popup page is opened in a tab of its own. */
export async function activeTabState(): Promise<{ tabId: number | null; state: TabState | null }> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  const [tab] = Number.isInteger(param) && param > 0 ? [{ id: param }] : await browser.tabs.query({ active: true, currentWindow: true });
  const tabId = tab?.id ?? null;
  if (tabId === null) return { tabId, state: null };
  const res = await send<{ state: TabState | null }>({ type: 'get-tab-verdict', tabId });
  return { tabId, state: res.state };
}

export async function allowHost(host: string): Promise<void> {
  await send({ type: 'allow-host', host });
}

export async function removeAllow(host: string): Promise<void> {
  await send({ type: 'remove-allow', host });
}

export async function getAllowlist(): Promise<AllowEntry[]> {
  return (await send<{ allowlist: AllowEntry[] }>({ type: 'get-allowlist' })).allowlist;
}
