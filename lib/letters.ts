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
  const classes = [...brand].map((c) => {
    const alts = new Set([c]);
    for (const [from, to] of Object.entries(TEXT_CONFUSABLES)) if (to === c) alts.add(from);
    for (const [from, to] of Object.entries(LEET)) if (to === c) alts.add(from);
    return `[${[...alts].map((a) => a.replace(/[$^\\\]-]/g, '\\$&')).join('')}]`;
  });
  return new RegExp(classes.join('[^a-zA-Z0-9]{0,8}'), 'i');
}
