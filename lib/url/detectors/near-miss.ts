import { atBrandDistance, glyphEvidence, reason, type UrlDetector } from '../detector';

/**
 * One edit away from the brand, transpositions included, and digit-for-letter spellings (`pr4kerja`,
 * `prakreja`, `prakerjaa`, `pra-kerja`). Unlike Chrome we keep digits and hyphens: those are exactly the
 * Prakerja scam patterns (anchors.md §4).
 */
export const nearMiss: UrlDetector = {
  id: 'near-miss',
  detect(ctx) {
    const label = ctx.sld;
    if (label.joined === ctx.rules.brand && label.leetDigits.length > 0 && label.bare !== ctx.rules.brand) {
      return reason(ctx, 'near-miss', 'dangerous', { token: label.skel, kind: 'digit-for-letter', digits: label.leetDigits });
    }
    const token = atBrandDistance(ctx, label, 1);
    return token === null ? null : reason(ctx, this.id, 'dangerous', { token, distance: 1, kind: 'edit', glyphs: glyphEvidence(label.swaps) });
  },
  examples: {
    match: ['https://pr4kerja.com/', 'https://prakreja.com/', 'https://prakerjaa.net/', 'https://prakerija.com/', 'https://prakrja.site/'],
    noMatch: ['https://pekerja.com/', 'https://prakarya.id/'],
  },
};
