import { type CompiledRules, hostSuffixes } from '../rules/compile';
import { hostMatches } from './host';
import type { Target } from './normalize';

const LEET: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
/** Registries only government bodies can use: a site there with no warning is shown as a government site. */
export const GOVERNMENT_REGISTRIES: readonly string[] = ['go.id', 'mil.id'];

/** The vetted registry (ruleset `vettedRegistries`: `go.id`, `ac.id`...) a host sits in, if any. */
export function vettedRegistry(host: string, rules: CompiledRules): string | null {
  for (const r of rules.vettedRegistries) if (hostMatches(host, r)) return r;
  return null;
}

/** What the shortcut knows: the host cannot be a lookalike, and the vetted registry it sits in, if any. */
export interface Shortcut {
  registry: string | null;
}

/**
 * A sound shortcut for the common case, most hosts a person visits. Every brand-similarity rule needs some
 * label token within two edits of the brand (or containing it); two edits leave at least |brand| - 2
 * brand letters in common. So when the host's letters (digits counted as every letter they can stand for)
 * share fewer than that with the brand, no lookalike rule can fire. Hosts that could trip the other rules
 * (non-ASCII, user info, IP, shared platforms, short links, reported hosts) never take the shortcut. A property test checks the shortcut
 * against the full rule run. Returns null when the full rules must run.
 */
export function shortcut(target: Extract<Target, { kind: 'web' }>, rules: CompiledRules, keys = hostSuffixes(target.host)): Shortcut | null {
  const { host } = target;
  if (target.userinfo || target.isIp || host.includes('xn--')) return null;
  for (const key of keys) if (rules.reportedHosts.has(key) || rules.sharedHosts.has(key) || rules.shortLinkHosts.has(key)) return null;
  if (sharedBrandLetters(host, rules.brandLetters, rules.brand.length - 2) >= rules.brand.length - 2) return null;
  return { registry: vettedRegistry(host, rules) };
}

const A = 'a'.charCodeAt(0);
/** Letters each digit can stand for, as 0..25 indexes (leetspeak). */
const DIGIT_READS: number[][] = [];
for (let d = 0; d < 10; d++) DIGIT_READS.push([...(LEET[String(d)] ?? '')].map((l) => l.charCodeAt(0) - A));
const have = new Uint8Array(26);

/** Counts letter `i` toward the brand if the brand still needs one: 1 if counted, else 0. */
function take(need: Uint8Array, i: number): number {
  if ((have[i] as number) >= (need[i] as number)) return 0;
  have[i] = (have[i] as number) + 1;
  return 1;
}

/** Letters the host shares with the brand (`need`: its letter counts); counting stops at `enough`. */
function sharedBrandLetters(host: string, need: Uint8Array, enough: number): number {
  have.fill(0);
  let common = 0;
  for (let k = 0; k < host.length && common < enough; k++) {
    const c = host.charCodeAt(k);
    if (c >= 97 && c <= 122) common += take(need, c - 97);
    else if (c >= 48 && c <= 57) for (const i of DIGIT_READS[c - 48] as number[]) common += take(need, i);
  }
  return common;
}
