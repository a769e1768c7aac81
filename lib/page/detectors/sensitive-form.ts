import type { Reason } from '../../verdict';
import type { PageDetector, PageExamples } from '../detector';

const HIGH = new Set(['nik', 'kk', 'otp', 'pin', 'card-number', 'cvv', 'mother', 'bank-account']);

/**
 * A page that uses the programme's name and asks for NIK, KK, OTP, PIN, card or bank data: a channel. The
 * real flows ask for these only on prakerja.go.id and at partners, which never reach this rule. A password
 * field, or a field known only by its shape (16 digits, a 6-digit code), counts only when the form itself
 * (or the page title or heading) carries the brand: forums have log-in forms, shops have code boxes.
 */
export const sensitiveForm: PageDetector = {
  id: 'sensitive-form',
  detect(ctx) {
    const kinds = new Set<string>();
    const brandInTitle = ctx.brandWhere.includes('title') || ctx.brandWhere.includes('heading');
    for (const form of ctx.page.forms) {
      const formBranded = ctx.rules.brandTerms.test(form.text) || brandInTitle;
      for (const f of form.fields) {
        if (!f.kind) continue;
        if ((HIGH.has(f.kind) && !f.byShape) || (formBranded && !ctx.adviceHeavy)) kinds.add(f.kind);
      }
    }
    if (kinds.size === 0) return [];
    const r: Reason = { code: this.id, level: 'suspicious', evidence: { fields: [...kinds].sort() } };
    return [r];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [
    {
      url: 'https://bantuan-dana.example/',
      html: '<title>Pencairan Kartu Prakerja</title><form><label for=n>NIK</label><input id=n><input placeholder="Kode OTP"></form>',
    },
    { url: 'https://login-helper.example/', html: '<h1>Masuk Prakerja</h1><form><input type=password name=pass></form>' },
  ],
  noMatch: [
    { url: 'https://forum.example/t/1', html: '<p>Ada yang tahu soal prakerja?</p><form><input name=q placeholder="Cari"></form>' },
    { url: 'https://dashboard.prakerja.go.id/masuk', html: '<title>Masuk Prakerja</title><form><input placeholder="Kode OTP"></form>' },
    {
      url: 'https://forum.example/t/2',
      html: '<h1>Forum</h1><div class=post>Ada yang minta kode OTP Prakerja lewat WA, hati-hati ya semuanya, itu penipuan.</div><form><textarea name=reply></textarea></form>',
    },
  ],
};
