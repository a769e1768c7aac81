// Three reusable rows: damerau() runs a few times per URL on the hot path, so no per-call allocation.
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/** Per pattern: a bit mask of its positions for each character (ASCII in an array, the rest in a map). */
interface Masks {
  ascii: Int32Array;
  other: Map<number, number>;
}
const masks = new Map<string, Masks>();

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap neighbours).
 * Distances above `max` come back as some value above `max` (we only care about small distances).
 * Against a short `b` such as the brand it runs bit-parallel, one machine word per character of `a`.
 */
export function damerau(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return b.length > 0 && b.length <= 30 ? damerauBits(a, b) : damerauTable(a, b, max);
}

/**
 * Hyyrö's bit-parallel edit distance with transpositions (Myers' algorithm extended; Hyyrö 2001,
 * "Explaining and extending the bit-parallel approximate string matching algorithm of Myers"): bit i of
 * each vector is a vertical difference in column i of the dynamic-programming table over `b`.
 */
export function damerauBits(a: string, b: string): number {
  let peq = masks.get(b);
  if (!peq) {
    if (masks.size > 64) masks.clear();
    peq = { ascii: new Int32Array(128), other: new Map() };
    for (let i = 0; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c < 128) peq.ascii[c] = (peq.ascii[c] as number) | (1 << i);
      else peq.other.set(c, (peq.other.get(c) ?? 0) | (1 << i));
    }
    masks.set(b, peq);
  }
  const { ascii, other } = peq;
  const high = 1 << (b.length - 1);
  let vp = (1 << b.length) - 1;
  let vn = 0;
  let d0 = 0;
  let pmPrev = 0;
  let score = b.length;
  for (let j = 0; j < a.length; j++) {
    const c = a.charCodeAt(j);
    const pm = c < 128 ? (ascii[c] as number) : (other.get(c) ?? 0);
    const tr = ((~d0 & pm) << 1) & pmPrev;
    d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & high) score++;
    else if (hn & high) score--;
    const x = (hp << 1) | 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    pmPrev = pm;
  }
  return score;
}

/** The same distance by the dynamic-programming table, with an early exit once a row exceeds `max`. */
export function damerauTable(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (prev.length <= n) {
    prev2 = new Int32Array(n + 1);
    prev = new Int32Array(n + 1);
    cur = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    let bPrev = -1;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = (prev[j - 1] as number) + (ai === bj ? 0 : 1);
      const up = (prev[j] as number) + 1;
      if (up < v) v = up;
      const left = (cur[j - 1] as number) + 1;
      if (left < v) v = left;
      if (ai === bPrev && aPrev === bj) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < v) v = swap;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
      bPrev = bj;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] as number;
}
