import { type CompiledRules, hostSuffixes, tail } from '../rules/compile';
import { isWarning, type Reason, type Verdict, verdict } from '../verdict';
import { hostContext } from './context';
import { URL_DETECTORS, VETTED_DETECTORS } from './detectors';
import { hostMatches } from './host';
import { normalizeUrl } from './normalize';
import { GOVERNMENT_REGISTRIES, shortcut } from './prefilter';
import { trustedSite } from './trust';
import { MAX_WRAP_DEPTH, redirectorFor, wrappedTarget } from './unwrap';

/** A site the user chose to trust from the warning page; expires so a mistake does not last forever. */
export interface AllowEntry {
  host: string;
  expires: number;
}

/**
 * Judge a URL against the rules. Never throws: malformed input gets a `neutral` verdict with an
 * `invalid-url` reason; non-web schemes get `non-web-url`.
 */
const NO_EXCEPTIONS: readonly AllowEntry[] = Object.freeze([]);

export function classifyUrl(url: string, rules: CompiledRules, userAllowlist: readonly AllowEntry[] = NO_EXCEPTIONS, now?: number): Verdict {
  return classify(url, rules, userAllowlist, now, true);
}

/**
 * A link through a redirector (`l.facebook.com/l.php?u=...`) is judged by where it leads, wrappers inside
 * wrappers included, so a click on a wrapped lookalike is stopped before the redirect hop. A wrapper that
 * cannot be read, or nests too deep, gets a `neutral` verdict that says why; a wrapped official, partner or
 * ordinary site is `neutral`.
 */
function classifyWrapped(
  wrapperHost: string,
  path: string,
  redirector: NonNullable<ReturnType<typeof redirectorFor>>,
  rules: CompiledRules,
  userAllowlist: readonly AllowEntry[],
  now: number | undefined,
  useShortcut: boolean,
  depth: number,
): Verdict {
  const inner = wrappedTarget(path, redirector);
  if (!inner.ok) return verdict([{ code: 'wrapped-link', level: 'neutral', evidence: { wrapper: wrapperHost, unreadable: inner.why } }]);
  if (depth >= MAX_WRAP_DEPTH)
    return verdict([{ code: 'wrapped-link', level: 'neutral', evidence: { wrapper: wrapperHost, unreadable: 'too-deep' } }]);
  const target = classify(inner.url, rules, userAllowlist, now, useShortcut, depth + 1);
  const t = normalizeUrl(inner.url);
  const evidence: NonNullable<Reason['evidence']> = { wrapper: wrapperHost, target: t.kind === 'web' ? t.unicodeHost : inner.url.slice(0, 200) };
  // A wrapper further in that could not be read: say so at the outermost one too.
  const unreadable = target.reasons[0]?.code === 'wrapped-link' ? target.reasons[0].evidence?.unreadable : undefined;
  if (unreadable !== undefined) evidence.unreadable = unreadable;
  if (!isWarning(target.level)) return verdict([{ code: 'wrapped-link', level: 'neutral', evidence }]);
  return {
    level: target.level,
    reasons: [{ code: 'wrapped-link', level: target.level, evidence }, ...target.reasons.filter((r) => r.code !== 'wrapped-link')],
  };
}

/**
 * True when no rule reads the path, query or scheme of a URL on `host`, so every link to it (without a
 * `user@` part) gets the same verdict as the host's own address: the rules that read a path (redirectors,
 * partners' path scopes, reported URLs, shared hosts, short links) all name their host, and IP addresses
 * are judged by their path. The content script need not send a page's links to its own host when this
 * holds and the page itself is not flagged.
 */
export function judgedByHostAlone(host: string, rules: CompiledRules): boolean {
  const target = normalizeUrl(`https://${host}/`);
  if (target.kind !== 'web' || target.isIp || target.userinfo) return false;
  return !hostSuffixes(target.host).some((k) => rules.knownHosts.has(k));
}

// Not frozen: a frozen array takes V8 off its fast for-of path, which costs more than the whole lookup it skips.
const NO_KEYS: readonly string[] = [];

/** The informational "government site" note, for `go.id` and `mil.id` only (a school is not the government). */
function governmentSite(registry: string | null): Reason[] {
  return registry && GOVERNMENT_REGISTRIES.includes(registry) ? [{ code: 'government-site', level: 'neutral', evidence: { registry } }] : [];
}

/** `shortcut: false` runs every rule on every host; tests use it to check the shortcut changes nothing. */
export function classify(
  url: string,
  rules: CompiledRules,
  userAllowlist: readonly AllowEntry[],
  now: number | undefined,
  useShortcut: boolean,
  depth = 0,
): Verdict {
  const target = normalizeUrl(url);
  if (target.kind === 'invalid') return verdict([{ code: 'invalid-url', level: 'neutral', evidence: { why: target.why } }]);
  if (target.kind === 'non-web') return verdict([{ code: 'non-web-url', level: 'neutral', evidence: { scheme: target.scheme } }]);

  const { host } = target;
  const hostTail = tail(host);
  // Most hosts end in no known host's last two labels: they need no suffix list and no host lookups.
  const keys = rules.knownTails === null || rules.knownTails.has(hostTail) ? hostSuffixes(host) : NO_KEYS;
  let known = false;
  for (let i = 0; i < keys.length && !known; i++) known = rules.knownHosts.has(keys[i] as string);
  const redirector = known && !target.userinfo ? redirectorFor(host, target.path, rules) : null;
  if (redirector) return classifyWrapped(host, target.path, redirector, rules, userAllowlist, now, useShortcut, depth);
  const trusted = known ? trustedSite(host, target.path, target.userinfo, rules, keys) : null;
  if (trusted) return verdict([trusted]);

  const quick = useShortcut ? shortcut(target, rules, known ? keys : NO_KEYS, hostTail) : null;
  if (quick) return verdict(governmentSite(quick.registry));
  const ctx = hostContext(target, rules, known ? keys : NO_KEYS);
  const reasons: Reason[] = [];
  const vetted = rules.vettedRegistries.includes(ctx.icannSuffix);
  const detectors = vetted ? VETTED_DETECTORS : URL_DETECTORS;
  for (const d of detectors) {
    const r = d.detect(ctx);
    if (r) reasons.push(r);
  }
  if (reasons.length === 0 && vetted) reasons.push(...governmentSite(ctx.icannSuffix));
  const result = verdict(reasons);
  if (userAllowlist.length > 0 && (result.level === 'dangerous' || result.level === 'suspicious')) {
    const at = now ?? Date.now();
    const allowed = userAllowlist.find((a) => a.expires > at && hostMatches(host, a.host));
    if (allowed) {
      return {
        level: 'neutral',
        reasons: [
          { code: 'user-allowed', level: 'neutral', evidence: { host: allowed.host, expires: allowed.expires, was: result.level } },
          ...reasons,
        ],
      };
    }
  }
  return result;
}
