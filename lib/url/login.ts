import type { PageRules } from '../rules/compile';
import { pathMatches } from './host';
import { normalizeUrl } from './normalize';

// Background-only: the content script is told by the background whether to show the login reminder, so it
// never loads the URL normaliser for this.

/** The official log-in page (dashboard.prakerja.go.id/masuk), where the "before you log in" reminder shows. */
export function isOfficialLogin(url: string, rules: PageRules): boolean {
  const target = normalizeUrl(url);
  const login = normalizeUrl(rules.raw.links.login);
  if (target.kind !== 'web' || login.kind !== 'web') return false;
  const [loginPath] = login.path.split('?');
  return target.host === login.host && pathMatches(target.path, loginPath);
}
