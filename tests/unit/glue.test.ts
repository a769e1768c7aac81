import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/ext/background-handlers';
import { setBadge } from '../../lib/ext/badge';
import { readAllowlist, readChecklist, readSettings, settingsItem } from '../../lib/ext/storage';
import { getTab } from '../../lib/ext/tabs';
import { LIMITS } from '../../lib/page/extract';
import { parsePageModel } from '../../lib/page/model-schema';
import { brandedModel } from '../../lib/page/read';
import { DEFAULT_SETTINGS, sanitizeSettings, sanitizeSwitches } from '../../lib/state';
import { doc, ROOT, RULES } from './helpers';

const model = (html: string) => {
  const m = brandedModel(doc(html), 'https://halaman.example/', RULES);
  if (!m) throw new Error('the page does not name the programme');
  return m;
};

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

  it("give the content script the user's two switches, repaired like the whole settings", () => {
    for (const v of [null, 'garbage', [], { linkMarking: 'no', formGuard: 0 }, { linkMarking: false }, { formGuard: false, lang: 'xx' }]) {
      const { linkMarking, formGuard } = sanitizeSettings(v);
      expect(sanitizeSwitches(v)).toEqual({ linkMarking, formGuard });
    }
    expect(sanitizeSwitches({ linkMarking: false, formGuard: true, rulesUrl: 'javascript:x' })).toEqual({ linkMarking: false, formGuard: true });
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

describe('page models from content scripts', () => {
  it('are refused with the reason when malformed or oversized', () => {
    expect(parsePageModel('x')).toMatchObject({ ok: false });
    expect(parsePageModel({ ...model('<h1>Kartu Prakerja</h1>'), forms: 'nope' })).toEqual({ ok: false, why: expect.stringMatching(/^forms: /) });
    const huge = { ...model('<h1>Kartu Prakerja</h1>'), body: 'x'.repeat(LIMITS.textChars + 1) };
    expect(parsePageModel(huge)).toEqual({ ok: false, why: expect.stringMatching(/^body: /) });
  });

  it('accept what the extractor reads from any page, however large its parts', () => {
    const big = `<title>${'Prakerja '.repeat(5_000)}</title><form action="https://x.example/${'a'.repeat(9_000)}"><input placeholder="${'NIK '.repeat(9_000)}"></form><h1>${'Kartu Prakerja '.repeat(9_000)}</h1><p>${'kata '.repeat(90_000)}</p>`;
    for (const html of [big, readFileSync(join(ROOT, 'tests', 'fixtures', 'scam-otp.html'), 'utf8')]) {
      const m = model(html);
      expect(parsePageModel(m)).toEqual({ ok: true, model: m });
    }
  });
});

describe("the content script's first request (content pack)", () => {
  beforeEach(() => fakeBrowser.reset());
  const sender = (frameId: number, tabId: number) => ({
    id: fakeBrowser.runtime.id,
    tab: { id: tabId },
    frameId,
    url: 'http://prakerja12.xyz/daftar',
  });

  it('from a top frame, also has its address judged (a load the navigation events missed)', async () => {
    const pack = (await handleMessage({ type: 'content-pack' }, sender(0, 41))) as { rules?: unknown; messages?: unknown };
    expect(pack.rules).toBeTruthy();
    expect(pack.messages).toBeTruthy();
    expect((await getTab(41))?.verdict.level).toBe('dangerous');
  });

  it('from a frame, gets the pack and leaves the tab alone', async () => {
    const pack = (await handleMessage({ type: 'content-pack' }, sender(3, 42))) as { rules?: unknown };
    expect(pack.rules).toBeTruthy();
    expect(await getTab(42)).toBeUndefined();
  });
});

describe("Chrome's loader, when a page cancelled its import", () => {
  beforeEach(() => fakeBrowser.reset());
  const from = (extra: Record<string, unknown>) => ({ id: fakeBrowser.runtime.id, url: 'https://halaman.example/', ...extra });

  it('has the content script injected into the same document, or the same frame where the browser names no document', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await handleMessage({ type: 'inject-scanner' }, from({ tab: { id: 5 }, frameId: 2, documentId: 'DOC' }))).toEqual({ ok: true });
    expect(await handleMessage({ type: 'inject-scanner' }, from({ tab: { id: 5 }, frameId: 2 }))).toEqual({ ok: true });
    expect(inject.mock.calls.map(([c]) => c)).toEqual([
      { target: { tabId: 5, documentIds: ['DOC'] }, files: ['/content-scripts/content.js'], injectImmediately: true },
      { target: { tabId: 5, frameIds: [2] }, files: ['/content-scripts/content.js'], injectImmediately: true },
    ]);
    // No tab, no injection.
    expect(await handleMessage({ type: 'inject-scanner' }, from({ frameId: 0 }))).toEqual({ error: 'cannot-inject' });
    expect(inject).toHaveBeenCalledTimes(2);
    inject.mockRestore();
  });
});

describe("the top page's model and its links, in one message", () => {
  beforeEach(() => fakeBrowser.reset());
  const top = (url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: 51 }, frameId: 0, url });
  const urls = ['http://prakerja12.xyz/daftar', 'https://s.id/daftarprakerja72', 'https://www.prakerja.go.id/', 'https://berita.example/a/1', 42];

  it('judge the links as classify-links does, and the model as before', async () => {
    const alone = await handleMessage({ type: 'classify-links', urls }, top('https://forum.example/t/1'));
    const both = (await handleMessage(
      { type: 'page-model', url: 'https://forum.example/t/1', model: null, links: urls },
      top('https://forum.example/t/1'),
    )) as Record<string, unknown>;
    expect(alone).toMatchObject({ levels: { 'http://prakerja12.xyz/daftar': 'dangerous', 'https://s.id/daftarprakerja72': 'suspicious' } });
    expect({ levels: both.levels, targets: both.targets }).toEqual(alone);
    expect(both).toMatchObject({ verdict: { level: expect.any(String) }, ownLinks: true });
    // Without links the answer names none, as before.
    expect(
      await handleMessage({ type: 'page-model', url: 'https://forum.example/t/1', model: null }, top('https://forum.example/t/1')),
    ).not.toHaveProperty('levels');
  });

  it('still judge the links when the model is refused', async () => {
    const res = await handleMessage(
      { type: 'page-model', url: 'https://forum.example/', model: { forms: 'nope' }, links: urls },
      top('https://forum.example/'),
    );
    expect(res).toMatchObject({ error: 'bad-model', levels: { 'http://prakerja12.xyz/daftar': 'dangerous' } });
  });

  it('tell a top frame in its pack whether its own links need judging', async () => {
    const ownLinks = async (url: string, frameId = 0) =>
      ((await handleMessage({ type: 'content-pack' }, { ...top(url), frameId })) as { ownLinks?: unknown }).ownLinks;
    expect(await ownLinks('https://forum.example/t/1')).toBe(true);
    expect(await ownLinks('https://forum.example/t/1', 2)).toBe(false);
    // A host the rules name (a redirector, the official site) or a flagged one: its own links are judged too.
    expect(await ownLinks('https://l.facebook.com/l.php?u=x')).toBe(false);
    expect(await ownLinks('https://www.prakerja.go.id/')).toBe(false);
    expect(await ownLinks('http://prakerja12.xyz/daftar')).toBe(false);
  });
});
