import type { Ruleset } from './schema';
import type { SignedRules } from './signed';

/**
 * The ruleset from a stored update, for contexts that do not ship zod (content script, pages). Only the
 * background writes the stored update, after checking its signature and schema; this re-reads it with
 * cheap structural checks so corrupt storage falls back to the bundled rules instead of breaking pages.
 * A stored set older than the bundled one (after an extension update) is ignored.
 */
export function storedRuleset(stored: unknown, bundledVersion: number): Ruleset | null {
  const s = stored as Partial<SignedRules> | null;
  if (!s || typeof s !== 'object' || typeof s.payload !== 'string') return null;
  let r: Partial<Ruleset>;
  try {
    r = JSON.parse(s.payload);
  } catch {
    return null;
  }
  if (r?.schemaVersion !== 1 || typeof r.dataVersion !== 'number' || r.dataVersion <= bundledVersion) return null;
  const lists = [
    r.official,
    r.partners,
    r.reported,
    r.phrases,
    r.advice,
    r.sensitiveFields,
    r.formSinks,
    r.sharedHosts,
    r.lureWords,
    r.abusedTlds,
    r.commonWords,
  ];
  if (!lists.every(Array.isArray) || typeof r.brand?.token !== 'string' || !r.links || !r.status) return null;
  return r as Ruleset;
}
