import { reason, type UrlDetector } from '../detector';
import { skeleton } from '../skeleton';

/** A bare IP address serving a page named after the programme: no real Prakerja page lives on one. */
export const ipHostBrand: UrlDetector = {
  id: 'ip-host-brand',
  detect(ctx) {
    if (!ctx.target.isIp) return null;
    const flat = skeleton(ctx.target.path).value.replace(/[^a-z0-9]/g, '');
    return flat.includes(ctx.rules.brand) ? reason(ctx, this.id, 'suspicious', { ip: ctx.target.host }) : null;
  },
  examples: {
    match: ['http://203.0.113.9/prakerja/login.php', 'http://[2001:db8::1]/daftar-prakerja'],
    noMatch: ['http://192.0.2.1/', 'http://198.51.100.2/admin'],
  },
};
