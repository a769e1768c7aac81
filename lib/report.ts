import { explainReason, shownReasons, type Translate } from './i18n';
import type { Ruleset } from './rules/schema';
import type { Verdict } from './verdict';

const MONEY_FIELDS = new Set(['bank-account', 'pin', 'card-number', 'cvv']);

/**
 * Where a report should go: cekrekening.id when a bank or e-wallet account is involved, aduankonten.id for
 * a scam site, and the programme's own complaint form otherwise (account problems). Nothing is sent.
 */
export function reportChannel(v: Verdict, links: Ruleset['links']): string {
  const fields = v.reasons.flatMap((r) => (r.code === 'sensitive-form' ? ((r.evidence?.fields as string[] | undefined) ?? []) : []));
  const money = fields.some((f) => MONEY_FIELDS.has(f)) || v.reasons.some((r) => r.code === 'scam-phrase' && r.evidence?.category === 'bank-deposit');
  if (money) return links.cekrekening;
  if (v.level === 'dangerous' || v.level === 'suspicious') return links.aduankonten;
  return links.complaintForm;
}

/** The short description copied to the clipboard with a report: the address and why it was flagged. */
export function reportText(url: string, v: Verdict, t: Translate): string {
  const why = shownReasons(v.reasons)
    .map((r) => explainReason(r, t))
    .join(' ');
  return t('report_text', [url, why]);
}
