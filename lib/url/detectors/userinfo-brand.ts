import { reason, type UrlDetector } from '../detector';
import { skeleton } from '../skeleton';

/** `https://prakerja.go.id@evil.example/`: the part before `@` is a user name, not the site visited. */
export const userinfoBrand: UrlDetector = {
  id: 'userinfo-brand',
  detect(ctx) {
    const info = ctx.target.userinfo;
    if (!info) return null;
    const flat = skeleton(info).value.replace(/[^a-z0-9]/g, '');
    return flat.includes(ctx.rules.brand) ? reason(ctx, this.id, 'dangerous', { userinfo: info.slice(0, 80) }) : null;
  },
  examples: {
    match: ['https://prakerja.go.id@evil.example/login', 'http://www.prakerja.go.id:443@198.51.100.7/'],
    noMatch: ['https://user@example.com/', 'https://example.com/?next=prakerja.go.id'],
  },
};
