import type { HostContext, LabelView } from '../context';
import { anyNearBrand, extraTokens, lureOf, reason, typoInside, type UrlDetector } from '../detector';

function brandedSubdomain(ctx: HostContext): LabelView | undefined {
  for (const l of ctx.subdomains) if (l.joined.includes(ctx.rules.brand) || anyNearBrand(ctx, l.tokens) || typoInside(ctx, l.joined)) return l;
  return undefined;
}

/**
 * The brand as a subdomain of an unrelated site: `prakerja.insentif.online` (reported Nov 2025),
 * `daftar-prakerja.example.com`. Strong with a lure word or an abused TLD, weak otherwise.
 */
export const brandSubdomain: UrlDetector = {
  id: 'brand-subdomain',
  detect(ctx) {
    const label = brandedSubdomain(ctx);
    if (!label) return null;
    const lure = lureOf(ctx, [...ctx.sld.tokens, ...extraTokens(ctx, label.tokens)]);
    return reason(ctx, this.id, lure.length > 0 ? 'dangerous' : 'suspicious', { label: label.raw, realDomain: ctx.domain, lure });
  },
  examples: {
    match: [
      'https://prakerja.insentif.online/',
      'https://daftar-prakerja.example.com/',
      'https://prakerja.example.com/',
      'https://klaimprakreja.example.com/',
    ],
    noMatch: ['https://www.example.com/', 'https://kerja.example.com/'],
  },
};
