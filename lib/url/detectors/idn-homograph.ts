import { anyNearBrand, glyphEvidence, reason, type UrlDetector } from '../detector';

const scriptName = (s: { script: string }) => s.script;

/** A label written with lookalike letters (Cyrillic `р`, Greek `α`, `é`) whose skeleton spells the brand. */
export const idnHomograph: UrlDetector = {
  id: 'idn-homograph',
  detect(ctx) {
    if (ctx.target.unicodeHost === ctx.target.host) return null; // no IDN, no lookalike letters
    for (const label of [ctx.sld, ...ctx.subdomains]) {
      if (label.swaps.length === 0) continue;
      if (label.bare.includes(ctx.rules.brand) || anyNearBrand(ctx, label.tokens)) {
        const scripts = [...new Set(label.swaps.map(scriptName))];
        return reason(ctx, this.id, 'dangerous', { label: label.raw, skeleton: label.skel, scripts, glyphs: glyphEvidence(label.swaps) });
      }
    }
    return null;
  },
  examples: {
    match: [
      'https://\u0440\u0433\u0430kerja.com/',
      'https://pr\u0430kerj\u0430.go.id/',
      'https://xn--kerja-3veu7h.com/',
      'https://prak\u00e9rja.id/',
    ],
    noMatch: ['https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/', 'https://caf\u00e9.example/'],
  },
};
