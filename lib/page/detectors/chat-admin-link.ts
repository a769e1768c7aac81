import type { PageDetector, PageExamples } from '../detector';

/**
 * A WhatsApp or Telegram contact offered for registering, unblocking or cashing out on a branded page: the
 * programme has no WhatsApp number (facts 1.3). Share buttons (`wa.me/?text=`) and a newsroom's tip line
 * ("hubungi redaksi") are not that. A channel: alone it is only noted; with scam wording it warns.
 */
export const chatAdminLink: PageDetector = {
  id: 'chat-admin-link',
  detect(ctx) {
    const { contactPurpose, contactNewsroom } = ctx.rules;
    const links = ctx.page.chatLinks.filter((l) => l.contact && contactPurpose.test(l.context) && !contactNewsroom.test(l.context));
    if (links.length === 0) return [];
    return [{ code: this.id, level: 'neutral', evidence: { links: links.slice(0, 3).map((l) => l.href) } }];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [{ url: 'https://admin.example/', html: '<h1>Admin Prakerja</h1><a href="https://wa.me/6281234567890">Chat admin</a>' }],
  noMatch: [
    { url: 'https://shop.example/', html: '<h1>Prakerja</h1><a href="https://example.com/contact">Kontak</a>' },
    { url: 'https://berita.example/a', html: '<h1>Prakerja</h1><a href="https://wa.me/?text=Baca%20ini">Bagikan ke WhatsApp</a>' },
    { url: 'https://berita.example/b', html: '<h1>Prakerja</h1><p>Punya info? <a href="https://wa.me/6281100000000">Hubungi redaksi</a></p>' },
  ],
};
