import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { BUNDLED_RULES } from '../../lib/rules/bundled';
import { compileRules } from '../../lib/rules/compile';

export const RULES = compileRules(BUNDLED_RULES);
export const ROOT = join(import.meta.dirname, '..', '..');

export function doc(html: string): Document {
  const full = /<html/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Document;
}

export function fixture(name: string): Document {
  return doc(readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8'));
}

export function benignDomains(): string[] {
  return readFileSync(join(ROOT, 'tests', 'corpus', 'benign.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
