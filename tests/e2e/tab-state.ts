import type { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messages';
import type { AnyPage } from './browsers';

/** The background's state for the tab showing `url`, once the content script has decided (or timeout). */
export async function tabState(
  ext: AnyPage,
  url: string,
  opts: { scanned?: boolean } = { scanned: true },
): Promise<TabState & { tabId: number; badge: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await ext.evaluate(
      async ({ url }) => {
        const g = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
        const api = g.browser ?? g.chrome;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const res = (await api.runtime.sendMessage({ type: 'get-tab-verdict', tabId: tab.id })) as { state: TabState | null };
          if (res.state?.url === url) {
            const action = api.action ?? (api as unknown as { browserAction: typeof browser.action }).browserAction;
            return { ...res.state, tabId: tab.id, badge: await action.getBadgeText({ tabId: tab.id }) };
          }
        }
        return null;
      },
      { url },
    );
    if (found && (!opts.scanned || found.scanned)) return found;
    if (Date.now() > deadline) throw new Error(`no ${opts.scanned ? 'scanned ' : ''}tab state for ${url}: ${JSON.stringify(found)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
