import type { Reason } from '../../verdict';
import type { PageDetector } from '../detector';

/**
 * Scam phrases (fees, "pasti lolos", joki, account sale, cash-out, OTP requests, share gates...) on a page
 * that uses the programme's name. Sentences that give advice ("jangan berikan kode OTP") do not count,
 * and on pages that mostly warn (news, forum advice) phrases are treated as quotes.
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
      const level = h.weight === 'strong' || weakCount >= 2 ? 'suspicious' : 'neutral';
      reasons.push({ code: this.id, level, evidence: { category: h.category, rule: h.id, quote: h.quote } });
    }
    return reasons;
  },
  examples: {
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
  },
};
