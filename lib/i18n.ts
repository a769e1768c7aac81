import type { Reason } from './verdict';
import { reasonMessageKey } from './verdict';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type Translate = (key: string, subs?: string | string[]) => string;
export type Lang = 'id' | 'en';

/** A `chrome.i18n.getMessage` work-alike over a bundled messages.json, so the user can pick a language. */
export function makeTranslator(messages: Messages, fallback?: Messages): Translate {
  return (key, subs) => {
    const entry = messages[key] ?? fallback?.[key];
    if (!entry) return key;
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
    });
  };
}

/** Pick the UI language: the user's setting, else the browser's, Indonesian for anything but English. */
export function pickLang(setting: 'auto' | Lang, browserLang: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLang.toLowerCase().startsWith('en') ? 'en' : 'id';
}

function ev(r: Reason, key: string): string {
  const v = r.evidence?.[key];
  return Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v);
}

/** One plain sentence for a reason, from its code and evidence. */
export function explainReason(r: Reason, t: Translate): string {
  const key = reasonMessageKey(r.code);
  switch (r.code) {
    case 'partner':
      return t(key, ev(r, 'name'));
    case 'userinfo-brand':
      return t(key, ev(r, 'host'));
    case 'idn-homograph':
      return t(key, ((r.evidence?.scripts as string[] | undefined) ?? []).map((s) => t(`script_${s.replace(/-/g, '_')}`)).join(', '));
    case 'target-embedding':
      return t(key, ev(r, 'realDomain'));
    case 'registry-swap':
      return t(key, ev(r, 'registry'));
    case 'hosting-tenant':
    case 'shared-host-path':
      return t(key, ev(r, 'platform'));
    case 'near-miss':
    case 'near-miss-2':
      return t(key, ev(r, 'token'));
    case 'brand-subdomain':
      return t(key, ev(r, 'realDomain'));
    case 'sensitive-form':
      return t(key, ((r.evidence?.fields as string[] | undefined) ?? []).map((f) => t(`field_${f.replace(/-/g, '_')}`)).join(', '));
    case 'form-sink':
      return t(key, ev(r, 'sink'));
    case 'scam-phrase':
      return t(key, ev(r, 'quote'));
    case 'registration-claim':
      return t(key, ev(r, 'lastWave'));
    case 'wrapped-link':
      return t(key, [ev(r, 'wrapper'), ev(r, 'target') || '?']);
    case 'short-link':
      return t(key, ev(r, 'platform'));
    case 'typo-combo':
      return t(key, ev(r, 'token'));
    case 'vetted-lookalike':
      return t(key, [ev(r, 'token'), ev(r, 'registry')]);
    case 'data-harvest':
      return t(key, ev(r, 'quote'));
    case 'lure-channel':
      return t(key, [
        ev(r, 'quote'),
        ((r.evidence?.channels as string[] | undefined) ?? []).map((c) => t(`channel_${c.replace(/-/g, '_')}`)).join(', '),
      ]);
    default:
      return t(key);
  }
}

/** Reasons worth showing a person: warnings first, informational ones only when nothing else fired. */
export function shownReasons(reasons: readonly Reason[], max = 3): Reason[] {
  const risky = reasons.filter((r) => r.level === 'dangerous' || r.level === 'suspicious');
  const list = risky.length > 0 ? risky : reasons.filter((r) => r.code !== 'brand-mention');
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.code) && seen.add(r.code)).slice(0, max);
}
