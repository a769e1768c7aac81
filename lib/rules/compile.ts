import type { Ruleset } from './schema';

/** A phrase or field rule with its regular expression built once. */
export interface CompiledPattern {
  id: string;
  re: RegExp;
}

/**
 * The ruleset in the form the engine uses: regexes compiled and word lists in sets. Pure and zod-free, so
 * the content script can compile rules it received without shipping the validator. Patterns run on text
 * that `normalizeText` already lower-cased, so they are compiled without the slower `i`/`u` flags.
 */
export interface CompiledRules {
  raw: Ruleset;
  brand: string;
  brandTerms: RegExp;
  lureWords: ReadonlySet<string>;
  abusedTlds: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  phrases: Array<CompiledPattern & Ruleset['phrases'][number]>;
  advice: RegExp;
  sensitive: Array<CompiledPattern & Ruleset['sensitiveFields'][number]>;
}

const cache = new WeakMap<Ruleset, CompiledRules>();

export function compileRules(raw: Ruleset): CompiledRules {
  const hit = cache.get(raw);
  if (hit) return hit;
  const compiled: CompiledRules = {
    raw,
    brand: raw.brand.token,
    brandTerms: new RegExp(raw.brand.terms.map((t) => `(?:${t.pattern})`).join('|')),
    lureWords: new Set(raw.lureWords),
    abusedTlds: new Set(raw.abusedTlds),
    commonWords: new Set(raw.commonWords),
    phrases: raw.phrases.map((p) => ({ ...p, re: new RegExp(p.pattern, 'g') })),
    advice: new RegExp(raw.advice.map((a) => `(?:${a.pattern})`).join('|')),
    sensitive: raw.sensitiveFields.map((f) => ({ ...f, re: new RegExp(f.pattern) })),
  };
  cache.set(raw, compiled);
  return compiled;
}
