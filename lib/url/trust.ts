import { hostSuffixes, type PageRules } from '../rules/compile';
import type { Reason } from '../verdict';
import { pathMatches } from './host';

/**
 * The official site and partner check, shared by `classifyUrl` and `scanPage` (label-suffix lookups only,
 * no Public Suffix List, so the content script stays small). Returns null for every other site.
 */
export function trustedSite(
  host: string,
  path: string,
  userinfo: string,
  rules: PageRules,
  keys: readonly string[] = hostSuffixes(host),
): Reason | null {
  for (const key of keys) {
    const official = rules.officialByHost.get(key);
    if (official && !userinfo) return { code: 'official', level: 'official', evidence: { role: official.role, host: official.host } };
    const partner = rules.partnersByHost.get(key)?.find((p) => pathMatches(path, p.pathPrefix));
    if (partner) return { code: 'partner', level: 'partner', evidence: { name: partner.name, kind: partner.kind, years: partner.years } };
  }
  return null;
}
