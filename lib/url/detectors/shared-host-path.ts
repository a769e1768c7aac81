import { anyKeyIn, reason, type UrlDetector } from '../detector';
import { hostMatches } from '../host';
import { skeleton } from '../skeleton';

/** A page named after the programme on a platform where anyone can publish (Google Sites, telegra.ph, forms). */
export const sharedHostPath: UrlDetector = {
  id: 'shared-host-path',
  detect(ctx) {
    if (!anyKeyIn(ctx, ctx.rules.sharedHosts)) return null;
    const { host } = ctx.target;
    const shared = ctx.rules.raw.sharedHosts.find((s) => hostMatches(host, s.host));
    if (!shared) return null;
    // The path names the page (and a form's or site's id); the query holds search terms and tracking.
    const end = ctx.target.path.search(/[?#]/);
    let path = end < 0 ? ctx.target.path : ctx.target.path.slice(0, end);
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the raw path
    }
    const flat = skeleton(path).value.replace(/[^a-z0-9]/g, '');
    return flat.includes(ctx.rules.brand) ? reason(ctx, this.id, 'suspicious', { platform: shared.host }) : null;
  },
  examples: {
    match: ['https://sites.google.com/view/daftar-prakerja-2025', 'https://telegra.ph/Pencairan-Prakerja-11-02'],
    noMatch: ['https://sites.google.com/view/resep-kue', 'https://docs.google.com/document/d/abc', 'https://linktr.ee/search?q=prakerja'],
  },
};
