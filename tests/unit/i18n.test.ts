import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../lib/checklist';
import contentMessages from '../../lib/ext/content/messages.generated.json';
import { explainReason, type Messages, makeTranslator } from '../../lib/i18n';
import { PAGE_DETECTORS } from '../../lib/page/detectors';
import { reportChannel, reportText } from '../../lib/report';
import { ALL_URL_DETECTORS } from '../../lib/url/detectors';
import { reasonMessageKey } from '../../lib/verdict';
import { ROOT, RULES } from './helpers';

const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const id = load('id');
const en = load('en');

describe('locales', () => {
  it('Indonesian and English have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(id[key]?.placeholders ?? {}));
  });
  it('every reason code and checklist item has text', () => {
    const codes = [
      ...ALL_URL_DETECTORS.map((d) => d.id),
      ...PAGE_DETECTORS.map((d) => d.id),
      'official',
      'partner',
      'data-harvest',
      'lure-channel',
      'wrapped-link',
      'brand-mention',
      'invalid-url',
      'non-web-url',
      'user-allowed',
      'government-site',
    ];
    for (const c of codes) expect(id[reasonMessageKey(c)], c).toBeDefined();
    for (const c of RULES.raw.channels) expect(id[`channel_${c.id.replace(/-/g, '_')}`], c.id).toBeDefined();
    for (const item of CHECKLIST) {
      expect(id[`check_${item.id}`]).toBeDefined();
      expect(id[`check_${item.id}_why`]).toBeDefined();
    }
  });
  it('says plainly that the tool is unofficial, in both languages', () => {
    expect(id.extName?.message).toMatch(/tidak resmi/);
    expect(en.extName?.message).toMatch(/unofficial/);
  });
  it('explains a reason with its evidence filled in', () => {
    const t = makeTranslator(id);
    expect(explainReason({ code: 'registry-swap', level: 'dangerous', evidence: { registry: 'web.id' } }, t)).toBe(
      'Alamat ini meniru prakerja.go.id, tetapi berakhiran .web.id, bukan .go.id.',
    );
    expect(explainReason({ code: 'idn-homograph', level: 'dangerous', evidence: { scripts: ['cyrillic'] } }, t)).toContain('huruf Kiril');
  });
});

describe('reports', () => {
  const t = makeTranslator(id);
  const links = {
    complaintForm: 'https://bantuan.prakerja.go.id/hc/id/requests/new',
    aduankonten: 'https://aduankonten.id/',
    cekrekening: 'https://cekrekening.id/home',
  } as never;
  it('go to cekrekening.id when money is involved, aduankonten.id for a scam site, the complaint form otherwise', () => {
    expect(
      reportChannel({ level: 'dangerous', reasons: [{ code: 'sensitive-form', level: 'suspicious', evidence: { fields: ['pin'] } }] }, links),
    ).toBe('https://cekrekening.id/home');
    expect(reportChannel({ level: 'dangerous', reasons: [{ code: 'reported-host', level: 'dangerous' }] }, links)).toBe('https://aduankonten.id/');
    expect(reportChannel({ level: 'neutral', reasons: [] }, links)).toBe('https://bantuan.prakerja.go.id/hc/id/requests/new');
  });
  it('describe the address and why, in plain words', () => {
    const text = reportText(
      'https://prakerja.web.id/',
      { level: 'dangerous', reasons: [{ code: 'registry-swap', level: 'dangerous', evidence: { registry: 'web.id' } }] },
      t,
    );
    expect(text).toContain('https://prakerja.web.id/');
    expect(text).toContain('bukan .go.id');
  });
});

describe('content-script messages', () => {
  it('are the generated subset of _locales, in step with them (node scripts/gen-messages.mjs)', () => {
    const both = { id, en };
    for (const lang of ['id', 'en'] as const) {
      const sub = (contentMessages as Record<string, Record<string, unknown>>)[lang] ?? {};
      expect(Object.keys(sub).length).toBeGreaterThan(15);
      for (const [key, entry] of Object.entries(sub)) expect(entry, key).toEqual(both[lang][key]);
      for (const key of Object.keys(both[lang]).filter((k) => /^(banner_(safe_action|report|dismiss)|field|link|tip|form)_?/.test(k)))
        expect(sub[key], key).toBeDefined();
    }
  });
});
