import { reason, type UrlDetector } from '../detector';

/** The official name pasted into another domain: `prakerja.go.id.verify.site`, `prakerja-go-id.com`, `prakerjagoid.com`. */
export const targetEmbedding: UrlDetector = {
  id: 'target-embedding',
  detect(ctx) {
    if (!ctx.rules.brandEmbedded.test(ctx.hostSkeleton)) return null;
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
