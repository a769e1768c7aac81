import { reason, type UrlDetector } from '../detector';

const patterns = new Map<string, RegExp>();

/** `prakerjagoid` spelt with any hyphens and dots between its letters (`prakerja-go-id`, `prakerja.go.id.`). */
function embedded(brand: string): RegExp {
  let re = patterns.get(brand);
  if (!re) {
    re = new RegExp([...`${brand}goid`].map((c) => c.replace(/[^a-z0-9]/g, '\\$&')).join('[-.]*'));
    patterns.set(brand, re);
  }
  return re;
}

/** The official name pasted into another domain: `prakerja.go.id.verify.site`, `prakerja-go-id.com`, `prakerjagoid.com`. */
export const targetEmbedding: UrlDetector = {
  id: 'target-embedding',
  detect(ctx) {
    if (!embedded(ctx.rules.brand).test(ctx.hostSkeleton)) return null;
    return reason(ctx, this.id, 'dangerous', { embedded: 'prakerja.go.id', realDomain: ctx.domain });
  },
  examples: {
    match: [
      'https://prakerja.go.id.verify-akun.site/',
      'https://prakerja-go-id.com/',
      'https://prakerjagoid.com/daftar',
      'https://www.prakerja.go.id.daftar-online.xyz/',
    ],
    noMatch: ['https://go.id.example.com/', 'https://prakerjago.com/'],
  },
};
