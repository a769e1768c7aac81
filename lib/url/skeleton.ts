import { CONFUSABLES } from './confusables.generated';

let table: Map<number, string> | undefined;
function confusables(): Map<number, string> {
  if (!table) {
    table = new Map();
    for (const pair of CONFUSABLES.split(',')) {
      const [cp, to] = pair.split(':') as [string, string];
      table.set(Number.parseInt(cp, 36), to);
    }
  }
  return table;
}

/** What a character that differs from its skeleton is, for "why" text: script name and code point. */
export interface GlyphSwap {
  char: string;
  codePoint: string;
  script: 'cyrillic' | 'greek' | 'latin-diacritic' | 'digit' | 'other';
  looksLike: string;
}

function scriptOf(ch: string): GlyphSwap['script'] {
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Latin}/u.test(ch)) return 'latin-diacritic';
  if (/\d/u.test(ch)) return 'digit';
  return 'other';
}

/**
 * UTS-39 style skeleton of one label (Chromium's recipe, §5.2 of anchors.md): strip diacritics, fold
 * confusables to ASCII, lower-case. `pr\u0430kerj\u0430` (Cyrillic а) -> `prakerja`.
 */
export function skeleton(label: string): { value: string; swaps: GlyphSwap[] } {
  if (ASCII.test(label)) return { value: label.toLowerCase(), swaps: [] };
  let value = '';
  const swaps: GlyphSwap[] = [];
  for (const ch of label.toLowerCase()) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128) {
      value += ch;
      continue;
    }
    const fold = foldOf(ch, cp);
    value += fold.to;
    if (fold.swap) swaps.push(fold.swap);
  }
  return { value, swaps };
}

interface Fold {
  to: string;
  swap: GlyphSwap | null;
}
const folds = new Map<number, Fold>();

/** A non-ASCII character's skeleton and, when it differs, the swap to report; remembered per character. */
function foldOf(ch: string, cp: number): Fold {
  let fold = folds.get(cp);
  if (!fold) {
    const to = confusables().get(cp) ?? stripMarks(ch);
    const swap: GlyphSwap | null =
      to === ch
        ? null
        : Object.freeze({ char: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, script: scriptOf(ch), looksLike: to });
    fold = { to, swap };
    if (folds.size > 4096) folds.clear();
    folds.set(cp, fold);
  }
  return fold;
}

const ASCII = /^[^\u0080-\uffff]*$/;

function stripMarks(ch: string): string {
  return ch.normalize('NFD').replace(/\p{Mn}/gu, '');
}

const LEET: Partial<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };
const isLetter = (c: number) => c >= 97 && c <= 122;

/**
 * Digit-for-letter folding, only for digits *inside* a word (`pr4kerja`), so wave numbers such as the
 * trailing `12` in `prakerja12` stay digits and are judged by the brand-plus-number rule instead.
 */
const NO_DIGITS: string[] = [];
Object.freeze(NO_DIGITS);

export function unleet(token: string): { value: string; digits: string[] } {
  let digits = NO_DIGITS;
  let value = token;
  // A digit with a letter on each side (checked on the input, so `a11a` keeps both ones).
  for (let i = token.length - 2; i >= 1; i--) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const d = token[i] as string;
    const to = LEET[d];
    if (to && isLetter(token.charCodeAt(i - 1)) && isLetter(token.charCodeAt(i + 1))) {
      if (digits === NO_DIGITS) digits = [];
      digits.unshift(d);
      value = value.slice(0, i) + to + value.slice(i + 1);
    }
  }
  // `1` may stand for `l` as well as `i`: the caller also tries this variant.
  return { value, digits };
}
