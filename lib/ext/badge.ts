import { browser } from 'wxt/browser';
import type { Level } from '../verdict';

const BADGE: Record<Level, { text: string; color: string }> = {
  official: { text: '\u2713', color: '#1a7f37' },
  partner: { text: '\u2713', color: '#1a7f37' },
  neutral: { text: '', color: '#6b7280' },
  suspicious: { text: '!', color: '#b45309' },
  dangerous: { text: '!', color: '#b91c1c' },
};

/** MV3 has `action`, Firefox MV2 `browserAction`: one adapter for both. */
export function actionApi(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action;
}

export async function setBadge(tabId: number, level: Level): Promise<void> {
  const api = actionApi();
  const b = BADGE[level];
  try {
    await api.setBadgeText({ tabId, text: b.text });
    await api.setBadgeBackgroundColor({ tabId, color: b.color });
  } catch {
    // the tab was closed meanwhile
  }
}
