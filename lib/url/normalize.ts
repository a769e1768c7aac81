import { toUnicode } from 'punycode/punycode.es6.js';
import { cleanHost } from './host';

export type Target =
  | { kind: 'web'; host: string; unicodeHost: string; path: string; userinfo: string; isIp: boolean }
  | { kind: 'non-web'; scheme: string }
  | { kind: 'invalid'; input: string; why: string };

const MAX_URL = 8192;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Turn any string into something the rules can judge, never throwing. `blob:`/`filesystem:` URLs are
 * judged by their inner origin (the Chromium blob: bypass, anchors.md §5.1); bare hosts get `http://`.
 */
export function normalizeUrl(input: string): Target {
  if (typeof input !== 'string') return { kind: 'invalid', input: String(input), why: 'not-a-string' };
  const raw = input.trim();
  if (raw === '') return { kind: 'invalid', input, why: 'empty' };
  if (raw.length > MAX_URL) return { kind: 'invalid', input: raw.slice(0, 80), why: 'too-long' };
  let url = tryUrl(raw);
  if (!url && !/^[a-z][a-z0-9+.-]*:/i.test(raw)) url = tryUrl(`http://${raw}`);
  if (!url) return { kind: 'invalid', input: raw.slice(0, 200), why: 'unparsable' };
  if (url.protocol === 'blob:' || url.protocol === 'filesystem:') {
    const inner = tryUrl(url.pathname);
    if (!inner || (inner.protocol !== 'http:' && inner.protocol !== 'https:')) return { kind: 'non-web', scheme: url.protocol.slice(0, -1) };
    url = inner;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'non-web', scheme: url.protocol.slice(0, -1) };
  const host = cleanHost(url.hostname);
  if (!host) return { kind: 'invalid', input: raw.slice(0, 200), why: 'no-host' };
  const isIp = host.startsWith('[') || IPV4.test(host);
  let unicodeHost = host;
  if (!isIp && host.includes('xn--')) {
    try {
      unicodeHost = toUnicode(host);
    } catch {
      unicodeHost = host;
    }
  }
  const userinfo = url.username || url.password ? decodeSafe(url.username + (url.password ? `:${url.password}` : '')) : '';
  return { kind: 'web', host, unicodeHost, path: url.pathname + url.search, userinfo, isIp };
}

function tryUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
