import { sharedLetters } from '../letters';
import type { Level, Reason } from '../verdict';
import type { HostContext, LabelView } from './context';
import { damerau } from './distance';

/** One lookalike rule: an id (also its reason code), a pure check, and examples that the tests run both ways. */
export interface UrlDetector {
  id: string;
  detect(ctx: HostContext): Reason | null;
  examples: { match: string[]; noMatch: string[] };
}

/** The official host a lookalike imitates ("did you mean prakerja.go.id?"). */
export function imitated(ctx: HostContext): string {
  return ctx.rules.officialByRole.get('main')?.host ?? 'prakerja.go.id';
}

export function reason(ctx: HostContext, code: string, level: Level, extra: Reason['evidence'] = {}): Reason {
  const evidence: NonNullable<Reason['evidence']> = { imitates: imitated(ctx), host: ctx.target.unicodeHost, ...extra };
  if (ctx.target.unicodeHost !== ctx.target.host) evidence.punycode = ctx.target.host;
  return { code, level, evidence };
}

/** True when a token is the brand, or one edit away from it, and not a real word such as `pekerja`. */
export function nearBrand(ctx: HostContext, token: string, max = 1): number | null {
  if (token.length < ctx.rules.brand.length - max) return null;
  const d = damerau(token, ctx.rules.brand, max);
  return d <= max && !ctx.rules.commonWords.has(token) ? d : null;
}

/**
 * The first form of a label (the whole label with digits read as letters, then each token) exactly
 * `distance` edits from the brand, skipping forms shorter than `minLength`; null when there is none.
 */
export function atBrandDistance(ctx: HostContext, label: LabelView, distance: number, minLength = 0): string | null {
  for (let i = -1; i < label.tokens.length; i++) {
    const candidate = i < 0 ? label.joined : (label.tokens[i] as string);
    if (candidate.length >= minLength && nearBrand(ctx, candidate, distance) === distance) return candidate;
  }
  return null;
}

/**
 * A misspelt brand inside a longer name (`infoprakerrja`, `klaimprakeja`, `layananpraekrja`): some window of
 * `s` one edit from the brand, outside every common word of the label (`pekerjaan`). Returns the window and
 * the rest of the name around it, or null. Whole-label misspellings are `near-miss`'s, not this.
 */
export function typoInside(ctx: HostContext, s: string): { token: string; rest: string[] } | null {
  const b = ctx.rules.brand;
  if (s.length <= b.length + 1 || s.includes(b)) return null;
  // A window one edit from the brand holds all its letters but one: a label without them has no such window.
  if (sharedLetters(s, ctx.rules.brandTally, 0, s.length) < b.length - 1) return null;
  for (let len = b.length - 1; len <= b.length + 1; len++) {
    for (let start = 0; start + len <= s.length; start++) {
      const w = s.slice(start, start + len);
      if (damerau(w, b, 1) !== 1 || insideCommonWord(ctx, s, start, len)) continue;
      return { token: w, rest: [s.slice(0, start), s.slice(start + len)].filter(Boolean) };
    }
  }
  return null;
}

/**
 * True when the window overlaps a real word of the label (`pekerjaan`, `prakarya`, or `mitra` in
 * `mitrakerja`: "mitra kerja" is one edit from the brand read across the word boundary). Words inside the
 * brand itself (`kerja`) do not count.
 */
function insideCommonWord(ctx: HostContext, s: string, start: number, len: number): boolean {
  for (const word of ctx.rules.commonWords) {
    if (ctx.rules.brand.includes(word)) continue;
    for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) if (at < start + len && start < at + word.length) return true;
  }
  return false;
}

/** True when any token is the brand or within `max` edits of it. */
export function anyNearBrand(ctx: HostContext, tokens: readonly string[], max = 1): boolean {
  for (const t of tokens) if (nearBrand(ctx, t, max) !== null) return true;
  return false;
}

/** True when any of the host's label suffixes is in the set (hosts are matched on label boundaries). */
export function anyKeyIn(ctx: HostContext, set: ReadonlySet<string>): boolean {
  for (const k of ctx.keys) if (set.has(k)) return true;
  return false;
}

/** Tokens of a label other than the brand itself: the "combo" part (`kartu`, `12`, `daftar`). */
export function extraTokens(ctx: HostContext, tokens: string[]): string[] {
  return tokens.filter((t) => t !== ctx.rules.brand);
}

/** A lure word, a wave number or an abused TLD makes "brand + something" strong evidence. */
export function lureOf(ctx: HostContext, words: string[]): string[] {
  const found: string[] = [];
  for (const w of words) {
    if (isNumber(w)) found.push(w);
    else if (ctx.rules.lureWords.has(w)) found.push(w);
    else if (ctx.rules.lureInside.test(w)) for (const lure of ctx.rules.lureWords) if (lure.length >= 4 && w.includes(lure)) found.push(lure);
  }
  if (ctx.rules.abusedTlds.has(ctx.tld)) found.push(`.${ctx.tld}`);
  return found.length > 1 ? [...new Set(found)] : found;
}

function isNumber(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function glyphEvidence(swaps: HostContext['sld']['swaps']): string[] {
  return swaps.map((s) => `${s.char} ${s.codePoint} ${s.script} -> ${s.looksLike}`);
}
