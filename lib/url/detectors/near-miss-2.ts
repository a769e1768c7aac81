import { nearBrand, reason, type UrlDetector } from '../detector';

/** Two edits from the brand (`prekerja`, `prakeja`): weak evidence only (MetaMask's lesson: distance 2 is noisy). */
export const nearMiss2: UrlDetector = {
  id: 'near-miss-2',
  detect(ctx) {
    if (ctx.sld.joined.includes(ctx.rules.brand)) return null; // brand-combo judges these
    for (let i = -1; i < ctx.sld.tokens.length; i++) {
      const candidate = i < 0 ? ctx.sld.joined : (ctx.sld.tokens[i] as string);
      if (candidate.length < 6) continue;
      if (nearBrand(ctx, candidate, 2) === 2) return reason(ctx, this.id, 'suspicious', { token: candidate, distance: 2 });
    }
    return null;
  },
  examples: {
    match: ['https://prekerjo.com/', 'https://prakeia.id/', 'https://pracerjo.net/'],
    noMatch: ['https://pekerja.com/', 'https://prakerin.id/', 'https://bekerja.com/'],
  },
};
