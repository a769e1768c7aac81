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
  let r: unknown;
  try {
    r = JSON.parse(s.payload);
  } catch {
    return null;
  }
  if (!looksLikeRuleset(r) || r.dataVersion <= bundledVersion) return null;
  return r;
}

/** Cheap structural checks (no zod): the lists and fields the engine reads are there. */
export function looksLikeRuleset(value: unknown): value is Ruleset {
  const r = value as Partial<Ruleset> | null;
  if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || typeof r.dataVersion !== 'number') return false;
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
    r.channels,
    r.vettedRegistries,
    r.redirectors,
    r.shortLinkHosts,
    r.socialHosts,
    r.status?.openPeriods,
  ];
  return lists.every(Array.isArray) && typeof r.brand?.token === 'string' && !!r.links && !!r.contactCues && !!r.payment;
}
