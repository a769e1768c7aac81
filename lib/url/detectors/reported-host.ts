import { anyKeyIn, reason, type UrlDetector } from '../detector';
import { hostMatches, pathMatches } from '../host';

/** Hosts and URLs reported in the news as fake Prakerja sites (ruleset `reported`, each with its source). */
export const reportedHost: UrlDetector = {
  id: 'reported-host',
  detect(ctx) {
    if (!anyKeyIn(ctx, ctx.rules.reportedHosts)) return null;
    const { host, path } = ctx.target;
    const hit = ctx.rules.raw.reported.find((r) => hostMatches(host, r.host) && pathMatches(path, r.pathPrefix));
    return hit ? reason(ctx, this.id, 'dangerous', { entry: hit.id, reported: hit.reported, source: hit.source }) : null;
  },
  examples: {
    match: ['http://dashboard.prakerja12.xyz/?gel=12', 'https://prakerja.vip/', 'https://telegra.ph/Daftar-Prakerja-Gelombang-12-02-23'],
    noMatch: ['https://telegra.ph/Resep-Nasi-Goreng-01-01', 'https://notprakerja12.xyz.example.com/'],
  },
};
