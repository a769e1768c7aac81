import { type BrandTally, brandTally, rawBrandPattern } from '../letters';
import type { Ruleset } from './schema';

/** A phrase or field rule with its regular expression built once. */
export interface CompiledPattern {
  id: string;
  re: RegExp;
}

/**
 * The part of the compiled rules the in-page half of the engine reads (the content script: the brand probe,
 * field kinds, the official site and partners, the sites where addresses are read in text). Compiled on its
 * own so the content script carries none of the rest.
 */
export interface PageRules {
  raw: Ruleset;
  /** Loose brand pattern for raw page text: a page it does not match cannot mention the programme. */
  brandProbe: RegExp;
  sensitive: Array<CompiledPattern & Ruleset['sensitiveFields'][number]>;
  /** Host-keyed indexes: a host is looked up by each of its label suffixes, never by substring. */
  officialByHost: ReadonlyMap<string, Ruleset['official'][number]>;
  partnersByHost: ReadonlyMap<string, Array<Ruleset['partners'][number]>>;
  socialHosts: ReadonlySet<string>;
}

/**
 * The ruleset in the form the engine uses: regexes compiled and word lists in sets. Pure and zod-free, so
 * the content script can compile rules it received without shipping the validator. Patterns run on text
 * that `normalizeText` already lower-cased, so they are compiled without the slower `i`/`u` flags.
 */
export interface CompiledRules extends PageRules {
  brand: string;
  brandTerms: RegExp;
  lureWords: ReadonlySet<string>;
  /** The official name `<brand>goid` with any hyphens and dots between its letters (`prakerja-go-id.com`). */
  brandEmbedded: RegExp;
  /** The brand's letters packed for one-pass counting (lib/letters.ts): the URL shortcut counts a host's letters against these. */
  brandTally: BrandTally;
  /** Matches a word containing any lure word of 4+ letters (`akundaftar`): a cheap gate before naming which. */
  lureInside: RegExp;
  abusedTlds: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  phrases: Array<CompiledPattern & Ruleset['phrases'][number]>;
  advice: RegExp;
  /** The first official entry of each role (`main` is the site lookalikes imitate). */
  officialByRole: ReadonlyMap<string, Ruleset['official'][number]>;
  reportedHosts: ReadonlySet<string>;
  redirectorsByHost: ReadonlyMap<string, Array<Ruleset['redirectors'][number]>>;
  shortLinkHosts: ReadonlySet<string>;
  /** Registries that vet registrants (`go.id`, `ac.id`...). */
  vettedRegistries: readonly string[];
  /** The two-label ones among them (all of today's), found with one lookup of a host's `tail`... */
  vettedTails: ReadonlySet<string>;
  /** ...and the others, matched on label boundaries. */
  vettedOthers: readonly string[];
  /** Level each harm channel supports alone and with scam wording, by channel id. */
  channels: ReadonlyMap<string, Ruleset['channels'][number]>;
  contactPurpose: RegExp;
  contactNewsroom: RegExp;
  payment: RegExp;
  sharedHosts: ReadonlySet<string>;
  /** Every host named anywhere above: a host none of whose label suffixes is here needs no other lookup. */
  knownHosts: ReadonlySet<string>;
  /**
   * The last two labels (`google.com`, `s.id`) of every known host: a host whose own `tail` is not here has
   * no label suffix in `knownHosts`, so most hosts need no suffix list at all. Null when some known host has
   * a single label, and every host must be looked up.
   */
  knownTails: ReadonlySet<string> | null;
}

const twoLabels = (host: string) => host.split('.').length === 2;

/** A host's last two labels (`a.b.example.com` -> `example.com`), or the host when it has fewer. */
export function tail(host: string): string {
  let dots = 0;
  let k = host.length - 1;
  for (; k >= 0; k--) if (host.charCodeAt(k) === 46 && ++dots === 2) break;
  return k < 0 ? host : host.slice(k + 1);
}

function groupBy<T extends { host: string }>(xs: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(x.host, [...(m.get(x.host) ?? []), x]);
  return m;
}

/** `a.b.example` -> `a.b.example`, `b.example`, `example`: the keys a host can match on label boundaries. */
export function hostSuffixes(host: string): string[] {
  let dots = 0;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) dots++;
  // Sized up front: pushing onto `[]` would reserve room for 17 entries on every call.
  const out = new Array<string>(dots + 1);
  out[0] = host;
  let i = 1;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) out[i++] = host.slice(dot + 1);
  return out;
}

/** `s` as a regular-expression literal: everything but lower-case letters and digits escaped. */
const literal = (s: string) => s.replace(/[^a-z0-9]/g, '\\$&');

const pageCache = new WeakMap<Ruleset, PageRules>();

export function compilePageRules(raw: Ruleset): PageRules {
  const hit = pageCache.get(raw);
  if (hit) return hit;
  const compiled: PageRules = {
    raw,
    brandProbe: rawBrandPattern(raw.brand.token),
    sensitive: raw.sensitiveFields.map((f) => ({ ...f, re: new RegExp(f.pattern) })),
    officialByHost: new Map(raw.official.map((o) => [o.host, o])),
    partnersByHost: groupBy(raw.partners),
    socialHosts: new Set(raw.socialHosts.map((s) => s.host)),
  };
  pageCache.set(raw, compiled);
  return compiled;
}

const cache = new WeakMap<Ruleset, CompiledRules>();

export function compileRules(raw: Ruleset): CompiledRules {
  const hit = cache.get(raw);
  if (hit) return hit;
  const knownHosts = new Set(
    [raw.official, raw.partners, raw.reported, raw.sharedHosts, raw.redirectors, raw.shortLinkHosts].flatMap((list) => list.map((e) => e.host)),
  );
  const compiled: CompiledRules = {
    ...compilePageRules(raw),
    brand: raw.brand.token,
    brandTerms: new RegExp(raw.brand.terms.map((t) => `(?:${t.pattern})`).join('|')),
    lureWords: new Set(raw.lureWords),
    brandEmbedded: new RegExp([...`${raw.brand.token}goid`].map(literal).join('[-.]*')),
    brandTally: brandTally(raw.brand.token),
    lureInside: new RegExp(
      raw.lureWords
        .filter((w) => w.length >= 4)
        .map(literal)
        .join('|') || '(?!)',
    ),
    abusedTlds: new Set(raw.abusedTlds),
    commonWords: new Set(raw.commonWords),
    phrases: raw.phrases.map((p) => ({ ...p, re: new RegExp(p.pattern, 'g') })),
    advice: new RegExp(raw.advice.map((a) => `(?:${a.pattern})`).join('|')),
    officialByRole: new Map([...raw.official].reverse().map((o) => [o.role, o])),
    reportedHosts: new Set(raw.reported.map((r) => r.host)),
    vettedRegistries: raw.vettedRegistries.map((v) => v.suffix),
    redirectorsByHost: groupBy(raw.redirectors),
    shortLinkHosts: new Set(raw.shortLinkHosts.map((s) => s.host)),
    channels: new Map(raw.channels.map((c) => [c.id, c])),
    contactPurpose: new RegExp(raw.contactCues.purpose),
    contactNewsroom: new RegExp(raw.contactCues.newsroom),
    payment: new RegExp(raw.payment.pattern),
    sharedHosts: new Set(raw.sharedHosts.map((s) => s.host)),
    knownHosts,
    knownTails: [...knownHosts].every((h) => h.includes('.')) ? new Set([...knownHosts].map(tail)) : null,
    vettedTails: new Set(raw.vettedRegistries.map((v) => v.suffix).filter(twoLabels)),
    vettedOthers: raw.vettedRegistries.map((v) => v.suffix).filter((v) => !twoLabels(v)),
  };
  cache.set(raw, compiled);
  return compiled;
}
