import { sharedLetters } from '../letters';
import { type CompiledRules, hostSuffixes, tail } from '../rules/compile';
import { hostMatches } from './host';
import type { Target } from './normalize';

/** Registries only government bodies can use: a site there with no warning is shown as a government site. */
export const GOVERNMENT_REGISTRIES: readonly string[] = ['go.id', 'mil.id'];

/** The vetted registry (ruleset `vettedRegistries`: `go.id`, `ac.id`...) a host sits in, if any. */
export function vettedRegistry(host: string, rules: CompiledRules, hostTail = tail(host)): string | null {
  if (rules.vettedTails.has(hostTail)) return hostTail;
  for (const r of rules.vettedOthers) if (hostMatches(host, r)) return r;
  return null;
}

/** What the shortcut knows: the host cannot be a lookalike, and the vetted registry it sits in, if any. */
export interface Shortcut {
  readonly registry: string | null;
}
const NOT_A_LOOKALIKE: Shortcut = Object.freeze({ registry: null });

/**
 * A sound shortcut for the common case, most hosts a person visits. Every brand-similarity rule needs some
 * label token within two edits of the brand (or containing it); two edits leave at least |brand| - 2
 * brand letters in common. So when the host's letters (digits counted as every letter they can stand for)
 * share fewer than that with the brand, no lookalike rule can fire. Hosts that could trip the other rules
 * (non-ASCII, user info, IP, shared platforms, short links, reported hosts) never take the shortcut. Under a
 * vetted registry (`go.id`) only the registrable name can trip a rule, one edit from the brand at most, so
 * the count there is of that one label. A property test checks the shortcut against the full rule run. Returns null when the full rules must run.
 */
export function shortcut(
  target: Extract<Target, { kind: 'web' }>,
  rules: CompiledRules,
  keys: readonly string[] = hostSuffixes(target.host),
  hostTail = tail(target.host),
): Shortcut | null {
  const { host } = target;
  if (target.userinfo || target.isIp || host.includes('xn--')) return null;
  for (const key of keys) if (rules.reportedHosts.has(key) || rules.sharedHosts.has(key) || rules.shortLinkHosts.has(key)) return null;
  const n = rules.brand.length;
  const registry = vettedRegistry(host, rules, hostTail);
  if (registry) {
    // Under a vetted registry only the registrable name is read (vetted-lookalike), and it must be the brand,
    // contain it, or be one edit from it: at least |brand| - 1 brand letters in that one label.
    const end = host.length - registry.length - 1;
    if (end <= 0) return { registry };
    const start = host.lastIndexOf('.', end - 1) + 1;
    return sharedLetters(host, rules.brandTally, start, end) >= n - 1 ? null : { registry };
  }
  return sharedLetters(host, rules.brandTally, 0, host.length) >= n - 2 ? null : NOT_A_LOOKALIKE;
}
