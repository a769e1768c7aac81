import type { PageDetector, PageExamples } from '../detector';

/**
 * A transfer instruction naming an account or e-wallet number ("tf ke DANA 0812..."): the programme never
 * charges, so on a branded page with scam wording this is how the money leaves. Sentences that give advice
 * ("jangan transfer ke rekening ...") do not count. A channel: alone it is only noted.
 */
export const paymentInstruction: PageDetector = {
  id: 'payment-instruction',
  detect(ctx) {
    if (ctx.adviceHeavy) return [];
    const text = ctx.page.body.length > 100_000 ? ctx.page.body.slice(0, 100_000) : ctx.page.body;
    for (const sentence of text.split(/[.!?\n]+/)) {
      if (sentence.length < 12 || sentence.length > 400) continue;
      const m = ctx.rules.payment.exec(sentence);
      if (m && !ctx.rules.advice.test(sentence)) return [{ code: this.id, level: 'neutral', evidence: { quote: m[0].slice(0, 120) } }];
    }
    return [];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [{ url: 'https://joki.example/', html: '<h1>Prakerja</h1><p>Biaya Rp150.000, transfer ke rekening BRI 0123 4567 8910 a.n. Admin.</p>' }],
  noMatch: [
    { url: 'https://berita.example/', html: '<h1>Prakerja</h1><p>Insentif dikirim ke rekening atau e-wallet peserta setiap bulan.</p>' },
    { url: 'https://berita.example/2', html: '<h1>Prakerja</h1><p>Jangan transfer ke rekening 1234567890 yang mengaku panitia.</p>' },
  ],
};
