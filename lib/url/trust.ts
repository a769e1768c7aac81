import type { CompiledRules } from '../rules/compile';
import type { Reason } from '../verdict';
import { hostMatches, pathMatches } from './host';

/**
 * The official site and partner check, shared by `classifyUrl` and `scanPage` (host label matching only,
 * no Public Suffix List, so the content script stays small). Returns null for every other site.
 */
export function trustedSite(host: string, path: string, userinfo: string, rules: CompiledRules): Reason | null {
  const official = rules.raw.official.find((o) => hostMatches(host, o.host));
  if (official && !userinfo) return { code: 'official', level: 'official', evidence: { role: official.role, host: official.host } };
  const partner = rules.raw.partners.find((p) => hostMatches(host, p.host) && pathMatches(path, p.pathPrefix));
  if (partner) return { code: 'partner', level: 'partner', evidence: { name: partner.name, kind: partner.kind, years: partner.years } };
  return null;
}
