import type { PageDetector } from '../detector';

/**
 * "Pendaftaran dibuka" while the programme is closed (last wave 71, August 2024; ruleset `status`). Pages
 * that report it as a hoax give advice in the same sentence and do not count.
 */
export const registrationClaim: PageDetector = {
  id: 'registration-claim',
  detect(ctx) {
    const status = ctx.rules.raw.status;
    if (status.registrationOpen || ctx.adviceHeavy) return [];
    const hit = ctx.phraseHits.find((h) => h.category === 'registration-open' && !h.advised);
    if (!hit) return [];
    return [{ code: this.id, level: 'suspicious', evidence: { quote: hit.quote, lastWave: status.lastWave, lastWaveDate: status.lastWaveDate } }];
  },
  examples: {
    match: [{ url: 'https://info-bansos.example/', html: '<h1>Kartu Prakerja Gelombang 72 Telah Dibuka</h1><a href="#">Daftar</a>' }],
    noMatch: [{ url: 'https://cekfakta.example/', html: '<h1>Hoaks: Kartu Prakerja dibuka kembali</h1><p>Informasi ini tidak benar.</p>' }],
  },
};
