import { lureOf, reason, typoInside, type UrlDetector } from '../detector';

/**
 * Two tricks at once: a misspelt brand inside a longer name (`infoprakerrja.xyz`, `klaimprakeja.site`,
 * `layananpraekrja.com`). Each trick alone is caught by `near-miss` or `brand-combo`; together they slipped
 * through. A lure word, wave number or abused TLD makes it `dangerous`.
 */
export const typoCombo: UrlDetector = {
  id: 'typo-combo',
  detect(ctx) {
    if (ctx.isPrivateSuffix) return null;
    const hit = typoInside(ctx, ctx.sld.joined);
    if (!hit) return null;
    const lure = lureOf(ctx, hit.rest);
    return reason(ctx, this.id, lure.length > 0 ? 'dangerous' : 'suspicious', { token: hit.token, words: hit.rest, lure });
  },
  examples: {
    match: ['https://infoprakerrja.xyz/', 'https://klaimprakeja.site/', 'https://layananpraekrja.com/', 'https://daftar-pr4kerija.com/'],
    noMatch: ['https://pekerjaanku.com/', 'https://infoprakerja.com/', 'https://lowongankerja.id/', 'https://mitrakerja.id/'],
  },
};
