import { parse } from 'tldts';
import type { CompiledRules } from '../rules/compile';
import type { Target } from './normalize';
import { type GlyphSwap, skeleton, unleet } from './skeleton';

/** One label of the host, with the forms every lookalike rule needs, computed once per URL. */
export interface LabelView {
  raw: string;
  /** Confusable skeleton (ASCII where possible). */
  skel: string;
  swaps: GlyphSwap[];
  /** Skeleton split on `-` and at letter/digit boundaries: `prakerja12` -> [`prakerja`, `12`]. */
  tokens: string[];
  /** Skeleton with `-` removed and inner digits read as letters (`pr4-kerja` -> `prakerja`). */
  joined: string;
  leetDigits: string[];
}

export interface HostContext {
  target: Extract<Target, { kind: 'web' }>;
  rules: CompiledRules;
  /** Public suffix, private suffixes included (`vercel.app`, `blogspot.com`, `web.id`). */
  suffix: string;
  icannSuffix: string;
  isPrivateSuffix: boolean;
  /** Registrable domain with private suffixes (`scam.vercel.app`). */
  domain: string;
  /** The registrable label (`kartu-prakerja` in `kartu-prakerja.com`). */
  sld: LabelView;
  subdomains: LabelView[];
  /** The whole host folded to its skeleton with separators removed, for embedding checks. */
  flat: string;
  /** Top-level label (`xyz`). */
  tld: string;
  /** Memo of token -> edit distance to the brand (capped at 3), shared by the rules for this URL. */
  distances: Map<string, number>;
}

export function labelView(raw: string): LabelView {
  const { value: skel, swaps } = skeleton(raw);
  const tokens = skel.split(/-+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/).filter(Boolean);
  const { value: joined, digits } = unleet(skel.replace(/-/g, ''));
  return { raw, skel, swaps, tokens, joined, leetDigits: digits };
}

export function hostContext(target: Extract<Target, { kind: 'web' }>, rules: CompiledRules): HostContext {
  const priv = parse(target.host, { allowPrivateDomains: true });
  const suffix = priv.publicSuffix ?? '';
  // Only a private suffix (vercel.app, blogspot.com) makes the ICANN view differ: parse again only then.
  const icannSuffix = priv.isPrivate ? (parse(target.host, { allowPrivateDomains: false }).publicSuffix ?? '') : suffix;
  const unicodeLabels = target.unicodeHost.split('.');
  const suffixCount = suffix ? suffix.split('.').length : 1;
  const sldIndex = Math.max(0, unicodeLabels.length - suffixCount - 1);
  const sldRaw = unicodeLabels[sldIndex] ?? target.unicodeHost;
  const subdomains = unicodeLabels
    .slice(0, sldIndex)
    .filter((l) => l !== 'www')
    .map(labelView);
  const flat = skeleton(target.unicodeHost).value.replace(/[-.]/g, '');
  return {
    target,
    rules,
    suffix,
    icannSuffix,
    isPrivateSuffix: Boolean(priv.isPrivate),
    domain: priv.domain ?? target.host,
    sld: labelView(sldRaw),
    subdomains,
    flat,
    tld: unicodeLabels[unicodeLabels.length - 1] ?? '',
    distances: new Map(),
  };
}
