/**
 * Letters scam texts swap in to dodge filters, shared by the page text normaliser (lib/page) and the
 * rules compiler (lib/rules), which sits below it: leetspeak digits and Cyrillic/Greek lookalikes.
 */
export const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

// Cyrillic and Greek letters that look like Latin ones, the ones scam texts use to dodge filters.
export const TEXT_CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ј: 'j',
  і: 'i',
  ѕ: 's',
  г: 'r',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ν: 'v',
};
/**
 * A loose pattern for the brand in raw text that has only been NFKC-normalised: every other obfuscation
 * `normalizeText` undoes (lookalike letters, leetspeak, up to 8 separators or invisible characters between
 * letters) is allowed, so it matches whenever the normalised text could. Used to skip pages that never
 * mention the programme before any real work is done.
 */
export function rawBrandPattern(brand: string): RegExp {
  // One pass over each table (every content script builds this on start, in a fresh script context).
  const stands = new Map<string, string>();
  for (const table of [TEXT_CONFUSABLES, LEET]) {
    for (const from in table) {
      const to = table[from] as string;
      stands.set(to, (stands.get(to) ?? '') + from);
    }
  }
  let source = '';
  for (const c of brand) {
    const alts = `${c}${stands.get(c) ?? ''}`.replace(/[$^\\\]-]/g, '\\$&');
    source += `${source ? '[^a-zA-Z0-9]{0,8}' : ''}[${alts}]`;
  }
  return new RegExp(source, 'i');
}

/** Every letter a digit in a host name can stand for, generously (`1` for `i` and `l`), for counting. */
export const DIGIT_LETTERS: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

/**
 * A brand's letters packed for counting in one pass: each of up to eight distinct letters gets an 8-bit
 * field in one of two accumulators, and each character code adds one to the fields of the letters it is
 * or stands for. Letters past the eighth are assumed present (`assumed`), so a count can only be too high:
 * it is only ever used to rule a host out.
 */
export interface BrandTally {
  lo: Int32Array;
  hi: Int32Array;
  /** Per field (lo's four, then hi's four): how many of that letter the brand has. */
  need: Uint8Array;
  assumed: number;
}

export function brandTally(brand: string): BrandTally {
  const counts = new Map<string, number>();
  for (const ch of brand) if (ch >= 'a' && ch <= 'z') counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const letters = [...counts.keys()];
  const lo = new Int32Array(128);
  const hi = new Int32Array(128);
  const need = new Uint8Array(8);
  letters.slice(0, 8).forEach((letter, field) => {
    need[field] = counts.get(letter) as number;
    const inc = 1 << ((field % 4) * 8);
    const acc = field < 4 ? lo : hi;
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (ch === letter || DIGIT_LETTERS[ch]?.includes(letter)) acc[c] = (acc[c] as number) + inc;
    }
  });
  let assumed = 0;
  for (const letter of letters.slice(8)) assumed += counts.get(letter) as number;
  return { lo, hi, need, assumed };
}

/** Letters of `s[from, to)` the brand has (each counted up to the brand's own number of it), digits read generously. */
export function sharedLetters(s: string, t: BrandTally, from: number, to: number): number {
  // A field holds up to 255 (a host name is at most 253 characters); anything longer is not ruled out.
  if (to - from > 255) return Number.MAX_SAFE_INTEGER;
  let lo = 0;
  let hi = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      lo += t.lo[c] as number;
      hi += t.hi[c] as number;
    }
  }
  let common = t.assumed;
  for (let f = 0; f < 8; f++) {
    const have = ((f < 4 ? lo : hi) >>> ((f % 4) * 8)) & 255;
    const need = t.need[f] as number;
    common += Math.min(have, need);
  }
  return common;
}
