import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setBadge } from '../../lib/ext/badge';
import { readAllowlist, readChecklist, readSettings, settingsItem } from '../../lib/ext/storage';
import { DEFAULT_SETTINGS, sanitizeVerdict } from '../../lib/state';

describe('storage adapters (WXT fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replace corrupt items with defaults without touching the others', async () => {
    await fakeBrowser.storage.local.set({
      settings: 'garbage',
      checklist: { checked: ['never_share_otp', 42, 'unknown'] },
      allowlist: [{ host: 'ok.example', expires: Date.now() + 10_000 }, { host: '<script>', expires: 1 }, 'x'],
    });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await readChecklist(['never_share_otp'])).checked).toEqual(['never_share_otp']);
    expect((await readAllowlist()).map((e) => e.host)).toEqual(['ok.example']);
  });

  it("migrates version-1 settings to version 2 without losing the user's choices", async () => {
    await fakeBrowser.storage.local.set({ settings: { lang: 'en', linkMarking: false, formGuard: true }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await readSettings()).toEqual({ lang: 'en', linkMarking: false, formGuard: true, rulesUrl: '' });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('sets the badge text and colour per tab', async () => {
    await setBadge(7, 'dangerous');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
    await setBadge(7, 'official');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('\u2713');
  });
});

describe('untrusted verdicts from content scripts', () => {
  it('are rejected when malformed and trimmed when oversized', () => {
    expect(sanitizeVerdict({ level: 'official!', reasons: [] })).toBeNull();
    expect(sanitizeVerdict({ level: 'neutral', reasons: [{ code: '<img>', level: 'neutral' }] })).toBeNull();
    const v = sanitizeVerdict({
      level: 'suspicious',
      reasons: [{ code: 'scam-phrase', level: 'suspicious', evidence: { quote: 'x'.repeat(5000), f: () => 1 } }],
    });
    expect(String(v?.reasons[0]?.evidence?.quote).length).toBe(200);
    expect(v?.reasons[0]?.evidence?.f).toBeUndefined();
  });
});
