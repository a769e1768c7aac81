/**
 * Normalise page text against the obfuscations scam pages use: zero-width characters, compatibility
 * forms (fullwidth, styled letters), lookalike letters, letter-spacing (`P R A K E R J A`), leetspeak inside
 * words (`pr4k3rja`) and runs of spaces. HTML entities are already decoded by the DOM parser.
 */
import { LEET, TEXT_CONFUSABLES } from '../letters';
import { once } from '../once';

// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible code point is listed on purpose
const ZERO_WIDTH = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
// The Unicode-class patterns are made on first use (lib/once.ts): text that is all ASCII never needs them.
const SPACED = once(() => /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .*_\u00a0-]){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu);
const LEET_IN_WORD = once(() => /(?<=\p{L})[013457@$](?=\p{L})|(?<=\p{L}[013457@$])[013457@$](?=\p{L})/gu);

export const MAX_TEXT = 400_000;

/**
 * Text that is all ASCII (most field names and labels, much page text) has nothing for NFKC, the invisible
 * characters or the lookalike letters to do, and its letters are `a-z`: the same steps with patterns free of
 * Unicode classes, which a page's fresh script context compiles several times faster.
 */
export const ASCII = /^[\0-\x7f]*$/;
const SPACED_ASCII = /(?<![a-z0-9])(?:[a-z0-9][ .*_-]){3,}[a-z0-9](?![a-z0-9])/g;
const LEET_IN_WORD_ASCII = /(?<=[a-z])[013457@$](?=[a-z])|(?<=[a-z][013457@$])[013457@$](?=[a-z])/g;

/**
 * `input.normalize('NFKC')`, without the call for text that is all ASCII, which NFKC leaves as it is. In a new
 * renderer the first NFKC call loads ICU's tables, 1.4 to 4.5 ms in Chromium: the brand probe, which runs on
 * every page, would pay that on every page opened in a new renderer.
 */
export const nfkc = (input: string): string => (ASCII.test(input) ? input : input.normalize('NFKC'));

export function normalizeText(input: string): string {
  const s = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  return ASCII.test(s) ? normalizeAscii(s) : normalizeAny(s);
}

/** Any text: the steps in full. Exported for the test that the ASCII path agrees with it. */
export function normalizeAny(input: string): string {
  let s = input.normalize('NFKC').replace(ZERO_WIDTH, '').toLowerCase();
  s = foldConfusables(s);
  s = s.replace(SPACED(), (m) => m.replace(/[ .*_\u00a0-]/g, ''));
  s = s.replace(LEET_IN_WORD(), (c) => LEET[c] ?? c);
  return s.replace(/[ \t\r\f\v\u00a0]+/g, ' ');
}

function normalizeAscii(input: string): string {
  let s = input.toLowerCase();
  s = s.replace(SPACED_ASCII, (m) => m.replace(/[ .*_-]/g, ''));
  s = s.replace(LEET_IN_WORD_ASCII, (c) => LEET[c] ?? c);
  return s.replace(/[ \t\r\f\v]+/g, ' ');
}

const TEXT_CONFUSABLE_RE = new RegExp(`[${Object.keys(TEXT_CONFUSABLES).join('')}]`, 'g');

function foldConfusables(s: string): string {
  return s.replace(TEXT_CONFUSABLE_RE, (c) => TEXT_CONFUSABLES[c] ?? c);
}
