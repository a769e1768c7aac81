import type { CompiledRules } from '../rules/compile';
import type { Ruleset } from '../rules/schema';
import { pathMatches } from './host';

type Redirector = Ruleset['redirectors'][number];

/** Wrappers inside wrappers (a Gmail link to a Facebook shim to a short link) are followed this deep. */
export const MAX_WRAP_DEPTH = 4;

/** The redirector (`l.facebook.com/l.php`) serving this exact host and path, if any. */
export function redirectorFor(host: string, path: string, rules: CompiledRules): Redirector | null {
  const list = rules.redirectorsByHost.get(host);
  if (!list) return null;
  const q = path.indexOf('?');
  const bare = q < 0 ? path : path.slice(0, q);
  return list.find((r) => pathMatches(bare, r.pathPrefix)) ?? null;
}

export type Unwrapped = { ok: true; url: string } | { ok: false; why: 'no-target' | 'not-a-web-url' };

/** The address a redirector's link leads to, read from its parameter (`u`, `q`, `url`), decoded once by the query parser. */
export function wrappedTarget(path: string, r: Redirector): Unwrapped {
  const q = path.indexOf('?');
  if (q < 0) return { ok: false, why: 'no-target' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(path.slice(q + 1).split('#')[0]);
  } catch {
    return { ok: false, why: 'no-target' };
  }
  for (const name of r.params) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    return /^https?:\/\/[^/?#\s]/i.test(value) ? { ok: true, url: value } : { ok: false, why: 'not-a-web-url' };
  }
  return { ok: false, why: 'no-target' };
}
