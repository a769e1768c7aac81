import type { CompiledRules } from '../rules/compile';

export interface PhraseHit {
  id: string;
  category: string;
  weight: 'strong' | 'weak';
  quote: string;
  /** The sentence around the match gives advice ("jangan", "waspada", "hoaks"): a warning, not a lure. */
  advised: boolean;
}

const MAX_HITS_PER_RULE = 20;

function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && start - a < 300 && !/[.!?\n]/.test(text[a - 1] as string)) a--;
  while (b < text.length && b - end < 300 && !/[.!?\n]/.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** Every scam-phrase match in normalised text, each marked as advice or not by its own sentence. */
export function findPhrases(text: string, rules: CompiledRules): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const p of rules.phrases) {
    p.re.lastIndex = 0;
    let n = 0;
    for (let m = p.re.exec(text); m && n < MAX_HITS_PER_RULE; m = p.re.exec(text), n++) {
      if (m[0] === '') {
        p.re.lastIndex++;
        continue;
      }
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      hits.push({ id: p.id, category: p.category, weight: p.weight, quote: m[0].slice(0, 120), advised: rules.advice.test(sentence) });
    }
  }
  return hits;
}

/** Number of sentences that carry advice cues, bounded. */
export function countAdvice(text: string, rules: CompiledRules, cap = 50): number {
  let n = 0;
  for (const sentence of text.split(/[.!?\n]+/)) {
    if (sentence.length > 3 && rules.advice.test(sentence) && ++n >= cap) break;
  }
  return n;
}
