import { reason, type UrlDetector } from '../detector';

/** The exact name under another registry: `prakerja.com`, `prakerja.web.id`, `prakerja.co.id`. Only `.go.id` is official. */
export const registrySwap: UrlDetector = {
  id: 'registry-swap',
  detect(ctx) {
    if (ctx.isPrivateSuffix) return null; // a hosting tenant, judged by `hosting-tenant`
    if (ctx.sld.bare !== ctx.rules.brand) return null;
    return reason(ctx, this.id, 'dangerous', { registry: ctx.suffix, officialRegistry: 'go.id' });
  },
  examples: {
    match: ['https://prakerja.web.id/', 'https://www.prakerja.com/', 'https://prakerja.co.id/', 'https://pra-kerja.my.id/'],
    noMatch: ['https://prakerja.vercel.app/', 'https://prakerjaku.com/'],
  },
};
