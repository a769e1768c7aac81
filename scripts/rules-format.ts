/**
 * Canonical form of the ruleset: arrays of entries sorted by id, word lists sorted and de-duplicated,
 * two-space JSON with a final newline. `npm run rules:format` rewrites the file; a test checks it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Ruleset } from '../lib/rules/schema';

export function canonicalRuleset(r: Ruleset): string {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  const words = (xs: string[]) => [...new Set(xs)].sort();
  const out: Ruleset = {
    ...r,
    brand: { ...r.brand, terms: byId(r.brand.terms) },
    official: byId(r.official),
    partners: byId(r.partners),
    reported: byId(r.reported),
    lureWords: words(r.lureWords),
    abusedTlds: words(r.abusedTlds),
    commonWords: words(r.commonWords),
    sharedHosts: byId(r.sharedHosts),
    phrases: byId(r.phrases),
    advice: byId(r.advice),
    sensitiveFields: byId(r.sensitiveFields),
    vettedRegistries: byId(r.vettedRegistries),
    channels: byId(r.channels),
    redirectors: byId(r.redirectors),
    shortLinkHosts: byId(r.shortLinkHosts),
    socialHosts: byId(r.socialHosts),
    formSinks: byId(r.formSinks),
    social: byId(r.social),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL('../lib/rules/ruleset.json', import.meta.url);
  const rules = JSON.parse(readFileSync(path, 'utf8'));
  writeFileSync(path, canonicalRuleset(rules));
  console.log('ruleset formatted');
}
