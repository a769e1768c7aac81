import { lureOf, nearBrand, reason, type UrlDetector } from '../detector';

/**
 * The brand as a subdomain of an unrelated site: `prakerja.insentif.online` (reported Nov 2025),
 * `daftar-prakerja.example.com`. Strong with a lure word or an abused TLD, weak otherwise.
 */
export const brandSubdomain: UrlDetector = {
  id: 'brand-subdomain',
  detect(ctx) {
    const label = ctx.subdomains.find((l) => l.joined.includes(ctx.rules.brand) || l.tokens.some((t) => nearBrand(ctx, t) !== null));
    if (!label) return null;
    const lure = lureOf(ctx, [...ctx.sld.tokens, ...label.tokens.filter((t) => t !== ctx.rules.brand)]);
    return reason(ctx, this.id, lure.length > 0 ? 'dangerous' : 'suspicious', { label: label.raw, realDomain: ctx.domain, lure });
  },
  examples: {
    match: ['https://prakerja.insentif.online/', 'https://daftar-prakerja.example.com/', 'https://prakerja.example.com/'],
    noMatch: ['https://www.example.com/', 'https://kerja.example.com/'],
  },
};
