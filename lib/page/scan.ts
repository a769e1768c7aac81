import type { CompiledRules } from '../rules/compile';
import { normalizeUrl } from '../url/normalize';
import { trustedSite } from '../url/trust';
import { type Level, type Reason, riskOf, type Verdict, verdict } from '../verdict';
import type { PageContext } from './detector';
import { PAGE_DETECTORS } from './detectors';
import type { PageExtras, PageModel } from './extract';
import { countAdvice, findPhrases } from './phrases';
import { brandedModel } from './read';
import { normalizeText } from './text';

export { mayMentionBrand } from './read';

/** Channels that take the user's data; the others (contact, payment, download) lead the user away. */
const DATA_GRAB = new Set(['sensitive-form', 'form-sink']);
/** Scam wording: never a warning alone, only beside a channel. */
const LURES = new Set(['scam-phrase', 'registration-claim']);

/** Where the programme's name appears on the page; empty when it does not appear at all. */
export function brandLocations(page: PageModel, rules: CompiledRules): string[] {
  const where: string[] = [];
  if (rules.brandTerms.test(page.title)) where.push('title');
  if (rules.brandTerms.test(page.headings)) where.push('heading');
  if (rules.brandTerms.test(page.alts) || page.logoSources.length > 0) where.push('image');
  if (page.forms.some((f) => rules.brandTerms.test(f.text) || f.fields.some((x) => rules.brandTerms.test(x.descriptor)))) where.push('form');
  if (rules.brandTerms.test(page.body)) where.push('text');
  return where;
}

/**
 * Judge a page: the live document in the content script, or a parsed one in Node. The official site and
 * partners are never flagged; other pages are flagged only when they use the programme's name. In a
 * browser, `extras` brings the page's shadow roots and CSS-drawn labels into the same model.
 */
export function scanPage(doc: Document, url: string, rules: CompiledRules, extras: PageExtras = {}): Verdict {
  const target = normalizeUrl(url);
  if (target.kind === 'web') {
    const trusted = trustedSite(target.host, target.path, target.userinfo, rules);
    if (trusted) return verdict([trusted]);
  }
  const page = brandedModel(doc, url, rules, extras);
  return page ? judgeModel(page, url, target.kind === 'web' ? target.host : '', rules) : verdict([]);
}

export function judgeModel(read: PageModel, url: string, host: string, rules: CompiledRules): Verdict {
  const page: PageModel = {
    ...read,
    title: normalizeText(read.title),
    headings: normalizeText(read.headings),
    body: normalizeText(read.body),
    alts: normalizeText(read.alts),
  };
  const brandWhere = brandLocations(page, rules);
  if (brandWhere.length === 0) return verdict([]);
  const text = `${page.title}\n${page.headings}\n${page.body}`;
  const advice = countAdvice(text, rules);
  const ctx: PageContext = { rules, page, pageUrl: url, host, brandWhere, adviceHeavy: advice >= 3, phraseHits: findPhrases(text, rules) };
  const reasons: Reason[] = [{ code: 'brand-mention', level: 'neutral', evidence: { where: brandWhere, adviceSentences: advice } }];
  for (const d of PAGE_DETECTORS) reasons.push(...d.detect(ctx));
  return verdict(combine(reasons, rules));
}

/**
 * The one combiner (SpamAssassin-style): detectors report findings, the ruleset's `channels` say what each
 * channel supports alone and beside scam wording. Wording without a channel stays `neutral`: a page can
 * only hurt through a form, a contact, a payment instruction or a download. The combined reason names
 * both the channel and the words, so the banner can say which and why.
 */
export function combine(findings: Reason[], rules: CompiledRules): Reason[] {
  const reasons = findings.map((r) => {
    const spec = rules.channels.get(r.code);
    return spec ? { ...r, level: spec.alone } : r;
  });
  const lures = reasons.filter((r) => LURES.has(r.code) && r.evidence?.lure === true);
  const channels = reasons.filter((r) => rules.channels.has(r.code));
  if (lures.length === 0 || channels.length === 0) return reasons;
  let level: Level = 'neutral';
  for (const c of channels) {
    const withLure = rules.channels.get(c.code)?.withLure ?? 'neutral';
    if (riskOf(withLure) > riskOf(level)) level = withLure;
  }
  const grabs = channels.filter((c) => DATA_GRAB.has(c.code));
  const evidence = {
    channels: channels.map((c) => c.code),
    lures: lures.map((l) => String(l.evidence?.category ?? l.code)),
    quote: String(lures[0]?.evidence?.quote ?? ''),
  };
  if (grabs.length > 0) {
    const asks = grabs.flatMap((g) => (g.evidence?.fields as string[] | undefined) ?? [String(g.evidence?.sink ?? g.code)]);
    reasons.unshift({ code: 'data-harvest', level, evidence: { ...evidence, asks } });
  } else reasons.unshift({ code: 'lure-channel', level, evidence });
  return reasons;
}
