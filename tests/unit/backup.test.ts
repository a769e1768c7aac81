import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup } from '../../lib/backup';
import { CHECKLIST_IDS } from '../../lib/checklist';
import { DEFAULT_SETTINGS } from '../../lib/state';

const data = {
  settings: { ...DEFAULT_SETTINGS, lang: 'en' as const },
  checklist: { checked: ['never_share_otp'] },
  allowlist: [{ host: 'ok.example', expires: 1_900_000_000_000 }],
};

describe('settings backup', () => {
  it('round-trips', () => {
    const text = JSON.stringify(makeBackup(data, new Date('2026-11-29T00:00:00Z')));
    expect(parseBackup(text, CHECKLIST_IDS)).toEqual({ ok: true, data });
  });
  it.each([
    ['{oops', /not-json/],
    ['[]', /invalid/],
    [JSON.stringify({ ...makeBackup(data), format: 'other' }), /format/],
    [JSON.stringify({ ...makeBackup(data), settings: { ...data.settings, lang: 'fr' } }), /settings\.lang/],
    [JSON.stringify({ ...makeBackup(data), allowlist: [{ host: '<script>', expires: 1 }] }), /allowlist\.0\.host/],
    [JSON.stringify({ ...makeBackup(data), checklist: { checked: ['made_up'] } }), /unknown item made_up/],
    [JSON.stringify({ ...makeBackup(data), extra: 1 }), /invalid/],
    ['x'.repeat(300_000), /too-large/],
  ])('rejects a bad file with a clear reason (%#)', (text, error) => {
    const r = parseBackup(text, CHECKLIST_IDS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});
