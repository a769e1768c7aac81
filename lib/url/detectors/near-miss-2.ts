import { atBrandDistance, reason, type UrlDetector } from '../detector';

/** Two edits from the brand (`prekerja`, `prakeja`): weak evidence only (MetaMask's lesson: distance 2 is noisy). */
export const nearMiss2: UrlDetector = {
  id: 'near-miss-2',
  detect(ctx) {
    if (ctx.sld.joined.includes(ctx.rules.brand)) return null; // brand-combo judges these
    const token = atBrandDistance(ctx, ctx.sld, 2, 6);
    return token === null ? null : reason(ctx, this.id, 'suspicious', { token, distance: 2 });
  },
  examples: {
    match: ['https://prekerjo.com/', 'https://prakeia.id/', 'https://pracerjo.net/'],
    noMatch: ['https://pekerja.com/', 'https://prakerin.id/', 'https://bekerja.com/'],
  },
};
