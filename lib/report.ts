import { explainReason, shownReasons, type Translate } from './i18n';
import type { Ruleset } from './rules/schema';
import type { Level, Verdict } from './verdict';

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

/**
 * Everything the in-page banner says, written by the background in the user's language and sent with the
 * tab's verdict: the content script then needs neither the reason texts nor the explanation code.
 */
export interface BannerText {
  level: Level;
  title: string;
  lines: string[];
  /** What "Laporkan" copies, and where it opens. */
  report: string;
  channel: string;
}

export function bannerText(url: string, v: Verdict, t: Translate, links: Ruleset['links']): BannerText {
  return {
    level: v.level,
    title: t(v.level === 'dangerous' ? 'banner_title_dangerous' : 'banner_title_suspicious'),
    lines: shownReasons(v.reasons).map((r) => explainReason(r, t)),
    report: reportText(url, v, t),
    channel: reportChannel(v, links),
  };
}

/** A banner text received in a message, checked before it is shown: the expected strings, an https channel. */
export function sanitizeBannerText(value: unknown): BannerText | null {
  const b = value as BannerText | null;
  const ok =
    typeof b?.title === 'string' &&
    typeof b.report === 'string' &&
    Array.isArray(b.lines) &&
    b.lines.every((l) => typeof l === 'string') &&
    /^https:\/\//.test(String(b.channel));
  return ok ? b : null;
}
