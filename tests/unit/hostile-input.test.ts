import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/scan';
import { normalizeText } from '../../lib/page/text';
import { classifyUrl } from '../../lib/url/classify';
import { doc, RULES } from './helpers';

// Adversarial inputs: no throw, no hang. Each test has a generous timeout as a hang guard; speed itself is
// measured by `npm run bench`, not asserted here.
const HANG_GUARD = 20_000;

describe('every rule regex on pathological text', () => {
  const patterns = [
    ...RULES.phrases.map((p) => [p.id, p.re] as const),
    ...RULES.sensitive.map((p) => [p.id, p.re] as const),
    ['advice', RULES.advice] as const,
    ['brand', RULES.brandTerms] as const,
    ['brand-probe', RULES.brandProbe] as const,
  ];
  it(
    'finishes on repeated near-matches, long runs and random text',
    () => {
      for (const [id, re] of patterns) {
        const examples = [...(RULES.phrases.find((p) => p.id === id)?.match ?? []), 'biaya admin rp', 'kode otp ke admin', 'pra kerja'];
        const nearMisses = examples.map((e) => e.toLowerCase().slice(0, -1));
        const inputs = [
          ...nearMisses.map((e) => `${e} `.repeat(20_000)),
          'a '.repeat(100_000),
          ' '.repeat(200_000),
          'p r a k e r j'.repeat(20_000),
          '\u0440\u0433\u0430'.repeat(50_000),
        ];
        for (const s of inputs) {
          re.lastIndex = 0;
          expect(() => re.test(s), id).not.toThrow();
        }
      }
      fc.assert(
        fc.property(fc.string({ maxLength: 3_000 }), (s) => {
          for (const [, re] of patterns) {
            re.lastIndex = 0;
            re.test(s);
          }
        }),
        { numRuns: 300 },
      );
    },
    HANG_GUARD,
  );
  it(
    'normalises huge and hostile text',
    () => expect(normalizeText('P\u200b R A K E R J A 4 '.repeat(50_000)).length).toBeGreaterThan(0),
    HANG_GUARD,
  );
});

describe('URL verdicts on adversarial hosts', () => {
  it(
    'very long hosts and labels',
    () => {
      const label = 'a'.repeat(63);
      for (const host of [
        `${[label, label, label].join('.')}.com`,
        `${'prakerja-'.repeat(6)}x.xyz`,
        `${'pr\u0430k\u0435rj\u0430.'.repeat(20)}com`,
        `${'x.'.repeat(120)}id`,
        `${'1'.repeat(250)}.com`,
      ]) {
        expect(() => classifyUrl(`https://${host}/`, RULES)).not.toThrow();
      }
    },
    HANG_GUARD,
  );
  it('random unicode hosts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void classifyUrl(`https://${s}.com/`, RULES)),
      { numRuns: 1_000 },
    );
  });
});

describe('page verdicts on adversarial documents', () => {
  it(
    'many forms and fields',
    () => {
      const forms = Array.from(
        { length: 3_000 },
        (_, i) =>
          `<form action="https://api.telegram.org/bot${i}/x"><label for="n${i}">NIK</label><input id="n${i}"><input placeholder="OTP"></form>`,
      ).join('');
      const v = scanPage(doc(`<h1>Kartu Prakerja</h1>${forms}`), 'https://x.example/', RULES);
      expect(v.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['sensitive-form', 'form-sink']));
    },
    HANG_GUARD,
  );
  it(
    'thousands of labels for one field, and a padded placeholder that tries to push the label out of view',
    () => {
      const labels = Array.from({ length: 10_000 }, () => '<label for="a">NIK</label>').join('');
      const v = scanPage(
        doc(`<h1>Prakerja</h1>${labels}<form><input id="a" placeholder="${'x'.repeat(100_000)}"></form>`),
        'https://x.example/',
        RULES,
      );
      expect(v.reasons.map((r) => r.code)).toContain('sensitive-form');
    },
    HANG_GUARD,
  );
});
