import type { Reason } from '../../verdict';
import type { PageDetector, PageExamples } from '../detector';

/**
 * Scam wording (fees, "pasti lolos", joki, account sale, cash-out, OTP requests, share gates...) on a page
 * that uses the programme's name. A lure, not a warning: news and blogs report exactly these words, so a
 * page is flagged only when the wording comes with a channel (`judgeModel`). Sentences that give advice
 * ("jangan berikan kode OTP") do not count, and on pages that mostly warn, phrases are quotes.
 */
export const scamPhrase: PageDetector = {
  id: 'scam-phrase',
  detect(ctx) {
    const hits = ctx.phraseHits.filter((h) => !h.advised && h.category !== 'registration-open');
    if (ctx.adviceHeavy || hits.length === 0) return [];
    const byCategory = new Map<string, (typeof hits)[number]>();
    for (const h of hits) if (!byCategory.has(h.category) || h.weight === 'strong') byCategory.set(h.category, h);
    const weakCount = [...byCategory.values()].filter((h) => h.weight === 'weak').length;
    const reasons: Reason[] = [];
    for (const h of byCategory.values()) {
      // A lone weak phrase ("kuota terbatas") is too common to count as a lure even beside a channel.
      const lure = h.weight === 'strong' || weakCount >= 2;
      reasons.push({ code: this.id, level: 'neutral', evidence: { category: h.category, rule: h.id, quote: h.quote, lure } });
    }
    return reasons;
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [
    { url: 'https://joki.example/', html: '<h1>Joki Prakerja</h1><p>Open joki prakerja, dijamin lolos! Hubungi admin via WhatsApp.</p>' },
    { url: 'https://akun.example/', html: '<title>Kartu Prakerja</title><p>Jual akun prakerja, tinggal nunggu cair.</p>' },
  ],
  noMatch: [
    {
      url: 'https://news.example/waspada',
      html: '<h1>Waspada penipuan Kartu Prakerja</h1><p>Jangan berikan kode OTP kepada siapa pun.</p><p>Tidak ada pihak yang dapat menjamin kelolosan.</p><p>Hati-hati dengan joki.</p>',
    },
    { url: 'https://recipes.example/', html: '<h1>Resep</h1><p>Dijamin lolos seleksi lomba masak!</p>' },
  ],
};
