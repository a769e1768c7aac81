import { extraTokens, lureOf, reason, type UrlDetector } from '../detector';

/**
 * Brand plus other words in the registrable name (combosquatting): `kartu-prakerja.com`, `prakerja12.xyz`,
 * `daftarprakerja.net`. Lure words, wave numbers or an abused TLD make it `dangerous`; anything else
 * (`infoprakerja.com`) is only `suspicious`, since blogs about the programme exist.
 */
export const brandCombo: UrlDetector = {
  id: 'brand-combo',
  detect(ctx) {
    if (ctx.isPrivateSuffix) return null;
    const { joined, tokens } = ctx.sld;
    if (!joined.includes(ctx.rules.brand) || joined === ctx.rules.brand) return null;
    let rest = extraTokens(ctx, tokens);
    if (rest.length === tokens.length) rest = joined.split(ctx.rules.brand).filter(Boolean); // `daftarprakerja`
    const lure = lureOf(ctx, rest);
    return reason(ctx, this.id, lure.length > 0 ? 'dangerous' : 'suspicious', { words: rest, lure });
  },
  examples: {
    match: [
      'https://kartu-prakerja.com/',
      'https://prakerja12.xyz/',
      'https://daftarprakerja.net/',
      'https://prakerja-id.com/',
      'https://infoprakerja.com/',
    ],
    noMatch: ['https://pekerjaan.id/', 'https://prakerin.sch.id/'],
  },
};
