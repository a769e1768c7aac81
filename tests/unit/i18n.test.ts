import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../lib/checklist';
import { explainReason, type Messages, makeTranslator } from '../../lib/i18n';
import { PAGE_DETECTORS } from '../../lib/page/detectors';
import { URL_DETECTORS } from '../../lib/url/detectors';
import { reasonMessageKey } from '../../lib/verdict';
import { ROOT } from './helpers';

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
      ...URL_DETECTORS.map((d) => d.id),
      ...PAGE_DETECTORS.map((d) => d.id),
      'official',
      'partner',
      'data-harvest',
      'brand-mention',
      'invalid-url',
      'non-web-url',
      'user-allowed',
      'government-site',
    ];
    for (const c of codes) expect(id[reasonMessageKey(c)], c).toBeDefined();
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
