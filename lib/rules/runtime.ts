import type { Ruleset } from './schema';

const DROPPED = new Set(['source', 'match', 'noMatch', '$comment']);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!DROPPED.has(k)) out[k] = strip(v);
    return out;
  }
  return value;
}

/**
 * The form of the rules a content script receives: the same data without the examples (`match`/`noMatch`),
 * the sources and the comment, which only the tests, the CLI and the background's explanations read (about a
 * third of the size). The background makes it once per ruleset in force (bundled or a verified update) and
 * hands it over in the content pack; a test checks `scanPage` judges alike with either form.
 */
export function runtimeRuleset(r: Ruleset): Ruleset {
  return strip(r) as Ruleset;
}
