import { extraTokens, lureOf, reason, type UrlDetector } from '../detector';

const notTld = (lure: string) => !lure.startsWith('.');

/**
 * A free-hosting tenant named after the programme (`prakerja-daftar.vercel.app`, `prakerja.blogspot.com`).
 * The Public Suffix List's private section makes the tenant, not the platform, the registrable domain.
 */
export const hostingTenant: UrlDetector = {
  id: 'hosting-tenant',
  detect(ctx) {
    if (!ctx.isPrivateSuffix) return null;
    if (!ctx.sld.joined.includes(ctx.rules.brand)) return null;
    const lure = lureOf(ctx, extraTokens(ctx, ctx.sld.tokens)).filter(notTld);
    return reason(ctx, this.id, lure.length > 0 || ctx.sld.joined === ctx.rules.brand ? 'dangerous' : 'suspicious', {
      platform: ctx.suffix,
      lure,
    });
  },
  examples: {
    match: ['https://prakerja-daftar.vercel.app/', 'https://prakerja.blogspot.com/', 'https://info-prakerja.github.io/'],
    noMatch: ['https://my-portfolio.vercel.app/', 'https://prakerja.com/'],
  },
};
