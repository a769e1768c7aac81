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
  /** Skeleton without hyphens (`pra-kerja` -> `prakerja`). */
  bare: string;
  /** Skeleton split on `-` and at letter/digit boundaries: `prakerja12` -> [`prakerja`, `12`]. */
  tokens: string[];
  /** Skeleton with `-` removed and inner digits read as letters (`pr4-kerja` -> `prakerja`). */
  joined: string;
  leetDigits: string[];
}

export interface HostContext {
  target: Extract<Target, { kind: 'web' }>;
  rules: CompiledRules;
  /**
   * The host and each of its label suffixes (`a.b.c`, `b.c`, `c`) for lookups in the rules' host sets;
   * empty when none of them is in `rules.knownHosts`.
   */
  keys: readonly string[];
  /** Public suffix, private suffixes included (`vercel.app`, `blogspot.com`, `web.id`). */
  suffix: string;
  icannSuffix: string;
  isPrivateSuffix: boolean;
  /** Registrable domain with private suffixes (`scam.vercel.app`). */
  domain: string;
  /** The registrable label (`kartu-prakerja` in `kartu-prakerja.com`). */
  sld: LabelView;
  subdomains: LabelView[];
  /** The whole host folded to its skeleton, for embedding checks. */
  hostSkeleton: string;
  /** Top-level label (`xyz`). */
  tld: string;
}

const LETTER = 1;
const DIGIT = 2;
const kind = (c: number) => (c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0);

/** `prakerja12-daftar` -> [`prakerja`, `12`, `daftar`]: split on hyphens and letter/digit boundaries. */
export function tokenize(skel: string): string[] {
  // Two passes: count first so the list is allocated at its size (most labels are one token).
  const count = tokenBounds(skel, null);
  if (count === 1 && !skel.includes('-')) return [skel];
  const tokens = new Array<string>(count);
  tokenBounds(skel, tokens);
  return tokens;
}

/** Counts the tokens of `skel`, filling `out` when given. */
function tokenBounds(skel: string, out: string[] | null): number {
  let n = 0;
  let start = 0;
  let prev = 0;
  for (let i = 0; i < skel.length; i++) {
    const c = skel.charCodeAt(i);
    if (c === 45) {
      if (i > start) {
        if (out) out[n] = skel.slice(start, i);
        n++;
      }
      start = i + 1;
      prev = 0;
      continue;
    }
    const k = kind(c);
    if (i > start && prev !== 0 && k !== 0 && k !== prev) {
      if (out) out[n] = skel.slice(start, i);
      n++;
      start = i;
    }
    prev = k;
  }
  if (skel.length > start) {
    if (out) out[n] = skel.slice(start);
    n++;
  }
  return n;
}

/** `plain`: the label comes from a host without punycode, so it is lower-case ASCII and its own skeleton. */
export function labelView(raw: string, plain = false): LabelView {
  const folded = plain ? null : skeleton(raw);
  const skel = folded ? folded.value : raw;
  const swaps = folded ? folded.swaps : NO_SWAPS;
  const bare = skel.includes('-') ? skel.replaceAll('-', '') : skel;
  const { value: joined, digits } = unleet(bare);
  return { raw, skel, swaps, bare, tokens: tokenize(skel), joined, leetDigits: digits };
}

// Shared empty lists for the common case: nothing in a context is ever mutated.
const NO_SWAPS: GlyphSwap[] = [];
const NO_LABELS: LabelView[] = [];
Object.freeze(NO_SWAPS);
Object.freeze(NO_LABELS);

/** Hostnames the browser already parsed: tldts need not extract or re-validate them, only IPs need detecting. */
const PSL_PRIVATE = { allowPrivateDomains: true, extractHostname: false, mixedInputs: false, validateHostname: false, detectIp: false };
const PSL_ICANN = { ...PSL_PRIVATE, allowPrivateDomains: false };

export function hostContext(target: Extract<Target, { kind: 'web' }>, rules: CompiledRules, keys: readonly string[]): HostContext {
  const { host, unicodeHost } = target;
  const priv = target.isIp ? parse(host, { allowPrivateDomains: true }) : parse(host, PSL_PRIVATE);
  const suffix = priv.publicSuffix ?? '';
  // Only a private suffix (vercel.app, blogspot.com) makes the ICANN view differ: parse again only then.
  const icannSuffix = priv.isPrivate ? (parse(host, PSL_ICANN).publicSuffix ?? '') : suffix;
  const plain = unicodeHost === host;
  // The registrable label sits just before the suffix's labels; when the host is no longer than its
  // suffix, it is the first label. Found by walking back over dots, without splitting the host.
  let suffixLabels = 1;
  for (let i = suffix.indexOf('.'); i >= 0; i = suffix.indexOf('.', i + 1)) suffixLabels++;
  let dot = unicodeHost.length;
  for (let k = 0; k < suffixLabels && dot >= 0; k++) dot = dot === 0 ? -1 : unicodeHost.lastIndexOf('.', dot - 1);
  const firstDot = unicodeHost.indexOf('.');
  const sldEnd = dot >= 0 ? dot : firstDot < 0 ? unicodeHost.length : firstDot;
  const sldStart = dot > 0 ? unicodeHost.lastIndexOf('.', dot - 1) + 1 : 0;
  let subdomains = NO_LABELS;
  if (sldStart > 0) {
    subdomains = [];
    for (const l of unicodeHost.slice(0, sldStart - 1).split('.')) if (l !== 'www') subdomains.push(labelView(l, plain));
  }
  return {
    target,
    rules,
    keys,
    suffix,
    icannSuffix,
    isPrivateSuffix: Boolean(priv.isPrivate),
    domain: priv.domain ?? host,
    sld: labelView(unicodeHost.slice(sldStart, sldEnd), plain),
    subdomains,
    hostSkeleton: plain ? host : skeleton(unicodeHost).value,
    tld: unicodeHost.slice(unicodeHost.lastIndexOf('.') + 1),
  };
}
