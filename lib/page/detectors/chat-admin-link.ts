import type { PageDetector } from '../detector';

/** Links to a WhatsApp or Telegram "admin" on a branded page: the programme has no WhatsApp number. */
export const chatAdminLink: PageDetector = {
  id: 'chat-admin-link',
  detect(ctx) {
    if (ctx.page.chatLinks.length === 0 || ctx.adviceHeavy) return [];
    return [{ code: this.id, level: 'neutral', evidence: { links: ctx.page.chatLinks.slice(0, 3) } }];
  },
  examples: {
    match: [{ url: 'https://admin.example/', html: '<h1>Admin Prakerja</h1><a href="https://wa.me/6281234567890">Chat admin</a>' }],
    noMatch: [{ url: 'https://shop.example/', html: '<h1>Prakerja</h1><a href="https://example.com/contact">Kontak</a>' }],
  },
};
