import type { PageDetector, PageExamples } from '../detector';

/**
 * An Android package (`.apk`) offered on a branded page: an app from outside the stores can read SMS codes
 * and drain e-wallets. Fake Prakerja apps circulated in 2020 and 2023 (facts 3.2). A channel.
 */
export const appDownload: PageDetector = {
  id: 'app-download',
  detect(ctx) {
    if (ctx.page.downloads.length === 0) return [];
    return [{ code: this.id, level: 'neutral', evidence: { files: ctx.page.downloads.slice(0, 3) } }];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [{ url: 'https://apk.example/', html: '<h1>Aplikasi Kartu Prakerja</h1><a href="/unduh/prakerja-2025.apk">Unduh</a>' }],
  noMatch: [{ url: 'https://berita.example/', html: '<h1>Prakerja</h1><a href="https://play.google.com/store/apps">Google Play</a>' }],
};
