import { storage } from 'wxt/utils/storage';
import { type Checklist, DEFAULT_CHECKLIST, DEFAULT_SETTINGS, type Settings, sanitizeAllowlist, sanitizeChecklist, sanitizeSettings } from '../state';
import type { AllowEntry } from '../url/classify';

/** Every stored item, defined once, versioned from day one; reads repair corrupt values item by item. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // v2 added the rule update address; existing users keep updates switched off.
    2: (v1: Omit<Settings, 'rulesUrl'>): Settings => ({ ...v1, rulesUrl: '' }),
  },
});
export const checklistItem = storage.defineItem<Checklist>('local:checklist', { fallback: DEFAULT_CHECKLIST, version: 1 });
export const allowlistItem = storage.defineItem<AllowEntry[]>('local:allowlist', { fallback: [], version: 1 });
export const loginTipItem = storage.defineItem<boolean>('local:loginTipDismissed', { fallback: false, version: 1 });

export async function readSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue().catch(() => null));
}
export async function readChecklist(knownIds?: readonly string[]): Promise<Checklist> {
  return sanitizeChecklist(await checklistItem.getValue().catch(() => null), knownIds);
}
export async function readAllowlist(now = Date.now()): Promise<AllowEntry[]> {
  return sanitizeAllowlist(await allowlistItem.getValue().catch(() => null)).filter((e) => e.expires > now);
}
