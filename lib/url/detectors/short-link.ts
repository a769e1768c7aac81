import { tokenize } from '../context';
import { anyKeyIn, lureOf, reason, typoInside, type UrlDetector } from '../detector';
import { skeleton, unleet } from '../skeleton';

const notTld = (lure: string) => !lure.startsWith('.');

/**
 * A short link (`s.id/daftarprakerja72`, `bit.ly/klaim-prakerja`) whose slug names the programme, or a
 * misspelling of it, with a lure word or a wave number. A short link hides where it leads; nothing is
 * fetched to find out, the slug is all we judge. Other short links stay unmarked. When followed, the page it
 * lands on is judged again.
 */
export const shortLink: UrlDetector = {
  id: 'short-link',
  detect(ctx) {
    if (!anyKeyIn(ctx, ctx.rules.shortLinkHosts)) return null;
    const end = ctx.target.path.search(/[?#]/);
    let slug = end < 0 ? ctx.target.path : ctx.target.path.slice(0, end);
    try {
      slug = decodeURIComponent(slug);
    } catch {
      // keep the raw slug
    }
    const flat = unleet(skeleton(slug.toLowerCase()).value.replace(/[^a-z0-9]/g, '')).value;
    const brand = ctx.rules.brand;
    let rest: string[];
    let token = brand;
    if (flat.includes(brand)) rest = flat.split(brand).filter(Boolean);
    else {
      const typo = typoInside(ctx, flat);
      if (!typo) return null;
      token = typo.token;
      rest = typo.rest;
    }
    const lure = lureOf(ctx, rest.flatMap(tokenize)).filter(notTld);
    return lure.length > 0 ? reason(ctx, this.id, 'suspicious', { platform: ctx.target.host, slug: slug.slice(0, 80), token, lure }) : null;
  },
  examples: {
    match: [
      'https://s.id/daftarprakerja72',
      'https://bit.ly/klaim-prakerja',
      'https://s.id/prakreja-gelombang-72',
      'https://tinyurl.com/pencairan-prakerja',
    ],
    noMatch: ['https://s.id/resepkue', 'https://s.id/prakerja', 'https://bit.ly/3xYz9Q', 'https://example.com/daftarprakerja72'],
  },
};
