import type { AllowEntry } from './url/classify';

/** The user's settings, checklist progress and exceptions: defaults, and repair of corrupt stored data. */
export interface Settings {
  lang: 'auto' | 'id' | 'en';
  linkMarking: boolean;
  formGuard: boolean;
  /** Where to fetch signed ruleset updates from; '' (the default) means never fetch. */
  rulesUrl: string;
}
export const DEFAULT_SETTINGS: Settings = { lang: 'auto', linkMarking: true, formGuard: true, rulesUrl: '' };

/** An update address must be HTTPS (plain HTTP only on this machine's loopback, for tests). */
export function isValidRulesUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 500) return false;
  if (v === '') return true;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost'));
  } catch {
    return false;
  }
}

export interface Checklist {
  checked: string[];
}
export const DEFAULT_CHECKLIST: Checklist = { checked: [] };

/** Exceptions from the warning page last one day. */
export const ALLOW_TTL_MS = 24 * 60 * 60 * 1000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The two switches a page's content script reads, repaired the same way (and without the URL check). */
export type Switches = Pick<Settings, 'linkMarking' | 'formGuard'>;

export function sanitizeSwitches(v: unknown): Switches {
  const o = isObj(v) ? v : {};
  return {
    linkMarking: typeof o.linkMarking === 'boolean' ? o.linkMarking : DEFAULT_SETTINGS.linkMarking,
    formGuard: typeof o.formGuard === 'boolean' ? o.formGuard : DEFAULT_SETTINGS.formGuard,
  };
}

export function sanitizeSettings(v: unknown): Settings {
  if (!isObj(v)) return { ...DEFAULT_SETTINGS };
  return {
    lang: v.lang === 'id' || v.lang === 'en' || v.lang === 'auto' ? v.lang : DEFAULT_SETTINGS.lang,
    ...sanitizeSwitches(v),
    rulesUrl: isValidRulesUrl(v.rulesUrl) ? v.rulesUrl : DEFAULT_SETTINGS.rulesUrl,
  };
}

export function sanitizeChecklist(v: unknown, knownIds?: readonly string[]): Checklist {
  if (!isObj(v) || !Array.isArray(v.checked)) return { checked: [] };
  const ids = v.checked.filter((x): x is string => typeof x === 'string' && x.length < 64 && (!knownIds || knownIds.includes(x)));
  return { checked: [...new Set(ids)] };
}

const HOST_RE = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$|^\d{1,3}(?:\.\d{1,3}){3}$/;

export function sanitizeAllowlist(v: unknown): AllowEntry[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(
      (e): e is AllowEntry =>
        isObj(e) && typeof e.host === 'string' && HOST_RE.test(e.host) && typeof e.expires === 'number' && Number.isFinite(e.expires),
    )
    .map((e) => ({ host: e.host, expires: e.expires }))
    .slice(0, 500);
}

export function isValidHost(host: unknown): host is string {
  return typeof host === 'string' && host.length <= 253 && HOST_RE.test(host);
}
