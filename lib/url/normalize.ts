import { cleanHost } from './host';
import { hostToUnicode } from './punycode';

export type Target =
  | { kind: 'web'; host: string; unicodeHost: string; path: string; userinfo: string; isIp: boolean }
  | { kind: 'non-web'; scheme: string }
  | { kind: 'invalid'; input: string; why: string };

const MAX_URL = 8192;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * The everyday URL, on which the WHATWG parser changes nothing but letter case: an http(s) scheme, an
 * ASCII host of letters, digits and hyphens whose last label starts with a letter (so never an IPv4
 * number, never punycode to validate), an optional port, and a path and query without dot segments,
 * percent escapes or characters the parser would encode. Anything else goes through `URL`; a property
 * test checks both ways agree. Character classes by code: 1 host, 2 path, 4 query.
 */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = (/[a-zA-Z0-9-]/.test(ch) ? 1 : 0) | (/[\w\-.~/=&+,;:@!$()*]/.test(ch) ? 2 | 4 : 0) | (ch === '?' ? 4 : 0);
}
const HOST = 1;
const PATH = 2;
const QUERY = 4;

/**
 * Turn any string into something the rules can judge, never throwing. `blob:`/`filesystem:` URLs are
 * judged by their inner origin (the Chromium blob: bypass, anchors.md §5.1); bare hosts get `http://`.
 */
export function normalizeUrl(input: string): Target {
  if (typeof input !== 'string') return { kind: 'invalid', input: String(input), why: 'not-a-string' };
  const raw = input.trim();
  if (raw === '') return { kind: 'invalid', input, why: 'empty' };
  if (raw.length > MAX_URL) return { kind: 'invalid', input: raw.slice(0, 80), why: 'too-long' };
  return plainUrl(raw) ?? parsedUrl(raw);
}

/** `normalizeUrl` without the fast path, for inputs `plainUrl` does not cover (and for tests). */
export function parsedUrl(raw: string): Target {
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
      unicodeHost = hostToUnicode(host);
    } catch {
      unicodeHost = host;
    }
  }
  const userinfo = url.username || url.password ? decodeSafe(url.username + (url.password ? `:${url.password}` : '')) : '';
  return { kind: 'web', host, unicodeHost, path: url.pathname + url.search, userinfo, isIp };
}

const isAlpha = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** The fast path for the everyday URL described at `CLASS`: the result `URL` would give, without building one. */
function plainUrl(raw: string): Target | null {
  const n = raw.length;
  let i = 0;
  if (
    (raw.charCodeAt(0) | 0x20) !== 104 ||
    (raw.charCodeAt(1) | 0x20) !== 116 ||
    (raw.charCodeAt(2) | 0x20) !== 116 ||
    (raw.charCodeAt(3) | 0x20) !== 112
  )
    return null;
  i = (raw.charCodeAt(4) | 0x20) === 115 ? 5 : 4;
  if (raw.charCodeAt(i) !== 58 || raw.charCodeAt(i + 1) !== 47 || raw.charCodeAt(i + 2) !== 47) return null;
  i += 3;
  // Host: labels of [a-zA-Z0-9-], no empty label, at most one trailing dot, last label starting with a letter.
  const hostStart = i;
  let labelStart = i;
  let lastLabelStart = i;
  let upper = false;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart) return null;
      lastLabelStart = labelStart;
      labelStart = i + 1;
    } else if (c < 128 && (CLASS[c] as number) & HOST) {
      if (c >= 65 && c <= 90) upper = true;
    } else break;
  }
  let hostEnd = i;
  if (i === labelStart) {
    // Ends with a dot (or is empty): the label before it is the last one.
    if (i === hostStart || raw.charCodeAt(i - 1) !== 46) return null;
    hostEnd = i - 1;
  } else lastLabelStart = labelStart;
  if (!isAlpha(raw.charCodeAt(lastLabelStart))) return null;
  // Port.
  if (raw.charCodeAt(i) === 58) {
    const portStart = ++i;
    let port = 0;
    for (; i < n && i - portStart < 5; i++) {
      const c = raw.charCodeAt(i);
      if (c < 48 || c > 57) break;
      port = port * 10 + c - 48;
    }
    if (i === portStart || port > 65535) return null;
  }
  // Path, then query; a fragment may hold anything.
  const pathStart = i;
  if (raw.charCodeAt(i) === 47) {
    for (; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 128 || !((CLASS[c] as number) & PATH)) break;
      if (c === 46 && raw.charCodeAt(i - 1) === 47) return null;
    }
  }
  const pathEnd = i;
  if (raw.charCodeAt(i) === 63) {
    for (i++; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 128 || !((CLASS[c] as number) & QUERY)) break;
    }
  }
  const queryEnd = i;
  if (i < n && raw.charCodeAt(i) !== 35) return null;
  const hostRaw = raw.slice(hostStart, hostEnd);
  const host = upper ? hostRaw.toLowerCase() : hostRaw;
  if (host.includes('xn--')) return null;
  const path = pathEnd > pathStart ? raw.slice(pathStart, pathEnd) : '/';
  return {
    kind: 'web',
    host,
    unicodeHost: host,
    path: queryEnd - pathEnd > 1 ? path + raw.slice(pathEnd, queryEnd) : path,
    userinfo: '',
    isIp: false,
  };
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
