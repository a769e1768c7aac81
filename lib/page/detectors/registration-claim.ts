import type { Ruleset } from '../../rules/schema';
import type { PageDetector, PageExamples } from '../detector';

type Status = Ruleset['status'];

/** Whether a `YYYY-MM(-DD)` date falls inside one of the months registration was really open. */
export function inOpenPeriod(date: string, status: Status): boolean {
  const month = date.slice(0, 7);
  return status.openPeriods.some((p) => p.from <= month && month <= p.to);
}

/**
 * "Pendaftaran dibuka" judged against time: registration ran in waves from April 2020 to Gelombang 71 in
 * August 2024 and has been closed since (ruleset `status`). On a page dated inside an open period the claim
 * is old news and no lure; a wave beyond the last real one, a page dated after the closure, or an undated
 * claim is a lure. The date is the page's own claim and a scam can backdate itself: it only ever lowers the
 * weight of this wording, never a channel's.
 */
export const registrationClaim: PageDetector = {
  id: 'registration-claim',
  detect(ctx) {
    const status = ctx.rules.raw.status;
    if (status.registrationOpen || ctx.adviceHeavy) return [];
    const hit = ctx.phraseHits.find((h) => h.category === 'registration-open' && !h.advised);
    if (!hit) return [];
    const wave = Number(/gelombang\s*(\d{1,3})/.exec(hit.quote)?.[1] ?? Number.NaN);
    const date = ctx.page.date?.value ?? null;
    const when = wave > status.lastWave ? 'after-last-wave' : date === null ? 'undated' : inOpenPeriod(date, status) ? 'old-news' : 'while-closed';
    const evidence = { quote: hit.quote, lastWave: status.lastWave, lastWaveDate: status.lastWaveDate, when, lure: when !== 'old-news' };
    return [{ code: this.id, level: 'neutral', evidence: date ? { ...evidence, pageDate: date } : evidence }];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [
    { url: 'https://info-bansos.example/', html: '<h1>Kartu Prakerja Gelombang 72 Telah Dibuka</h1><a href="#">Daftar</a>' },
    { url: 'https://arsip.example/2021/02/20/gelombang-12', html: '<h1>Kartu Prakerja gelombang 12 dibuka hari ini</h1>' },
  ],
  noMatch: [{ url: 'https://cekfakta.example/', html: '<h1>Hoaks: Kartu Prakerja dibuka kembali</h1><p>Informasi ini tidak benar.</p>' }],
};
