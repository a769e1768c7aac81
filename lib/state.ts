import type { AllowEntry } from './url/classify';
import { LEVELS, type Level, type Reason, type Verdict } from './verdict';

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

export function sanitizeSettings(v: unknown): Settings {
  if (!isObj(v)) return { ...DEFAULT_SETTINGS };
  return {
    lang: v.lang === 'id' || v.lang === 'en' || v.lang === 'auto' ? v.lang : DEFAULT_SETTINGS.lang,
    linkMarking: typeof v.linkMarking === 'boolean' ? v.linkMarking : DEFAULT_SETTINGS.linkMarking,
    formGuard: typeof v.formGuard === 'boolean' ? v.formGuard : DEFAULT_SETTINGS.formGuard,
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

/** Validate a verdict that crossed a trust boundary (from a content script sharing a tab with a hostile page). */
export function sanitizeVerdict(v: unknown): Verdict | null {
  if (!isObj(v) || typeof v.level !== 'string' || !LEVELS.includes(v.level as Level) || !Array.isArray(v.reasons)) return null;
  const reasons: Reason[] = [];
  for (const r of v.reasons.slice(0, 40)) {
    if (!isObj(r) || typeof r.code !== 'string' || !/^[a-z0-9-]{1,40}$/.test(r.code) || !LEVELS.includes(r.level as Level)) return null;
    const evidence: NonNullable<Reason['evidence']> = {};
    if (isObj(r.evidence)) {
      for (const [k, val] of Object.entries(r.evidence).slice(0, 12)) {
        if (typeof val === 'string') evidence[k] = val.slice(0, 200);
        else if (typeof val === 'number' || typeof val === 'boolean') evidence[k] = val;
        else if (Array.isArray(val))
          evidence[k] = val
            .filter((x): x is string => typeof x === 'string')
            .slice(0, 10)
            .map((x) => x.slice(0, 200));
      }
    }
    reasons.push({ code: r.code, level: r.level as Level, evidence });
  }
  return { level: v.level as Level, reasons };
}
