/**
 * Punycode (RFC 3492) decoding of a browser-parsed host: `xn--kerja-3veu7h.com` -> `ргаkerja.com`,
 * shown as the user sees it. Written for the hot path (the general `punycode` package splits, maps and
 * spreads on every call); a property test checks it against that package. Throws on invalid input, as
 * the package does; `normalizeUrl` then keeps the ASCII form.
 */
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const MAX_INT = 2147483647;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - TMIN) * TMAX) >> 1; k += BASE) d = Math.floor(d / (BASE - TMIN));
  return Math.floor(k + ((BASE - TMIN + 1) * d) / (d + SKEW));
}

function digitOf(c: number): number {
  if (c >= 0x30 && c < 0x3a) return c - 22;
  if (c >= 0x41 && c < 0x5b) return c - 0x41;
  if (c >= 0x61 && c < 0x7b) return c - 0x61;
  return BASE;
}

/** Decode one label's payload (the part after `xn--`). */
export function decodeLabel(input: string): string {
  const output: number[] = [];
  const basic = Math.max(0, input.lastIndexOf('-'));
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw new RangeError('not-basic');
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw new RangeError('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) throw new RangeError('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) throw new RangeError('overflow');
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) throw new RangeError('overflow');
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) throw new RangeError('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** Each `xn--` label of a lower-case ASCII host decoded; other labels unchanged. */
export function hostToUnicode(host: string): string {
  if (!host.includes('xn--')) return host;
  let out = '';
  for (let start = 0; ; ) {
    const dot = host.indexOf('.', start);
    const end = dot < 0 ? host.length : dot;
    out += host.startsWith('xn--', start) && end - start >= 4 ? decodeLabel(host.slice(start + 4, end)) : host.slice(start, end);
    if (dot < 0) return out;
    out += '.';
    start = dot + 1;
  }
}
