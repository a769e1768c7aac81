import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

/**
 * What a module costs when it loads. The content script loads in every page, in every new renderer: a
 * pattern with Unicode property classes (`\p{L}`) that a module makes outside any function is parsed from the
 * Unicode tables right then, whether or not the page ever needs it (lib/once.ts). This walks the source (the
 * parser Vite builds with) and lists such patterns, as regular-expression literals or `RegExp(...)` calls.
 */
type AstNode = { type: string; start: number; [key: string]: unknown };

const UNICODE_CLASS = /\\[pP]\{/;
const RUNS_LATER = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function unicodePattern(node: AstNode): boolean {
  const regex = node.regex as { pattern?: string } | undefined;
  if (node.type === 'Literal' && regex) return UNICODE_CLASS.test(regex.pattern ?? '');
  const callee = node.callee as AstNode | undefined;
  if ((node.type === 'NewExpression' || node.type === 'CallExpression') && callee?.type === 'Identifier' && callee.name === 'RegExp') {
    const first = (node.arguments as AstNode[])[0];
    const text = first?.type === 'Literal' ? String(first.value) : first?.type === 'TemplateLiteral' ? JSON.stringify(first.quasis) : '';
    return UNICODE_CLASS.test(text);
  }
  return false;
}

/** The lines of `source` where a Unicode-class pattern is made at load (not inside a function or an instance field). */
function madeAtLoad(source: string, lang: 'ts' | 'tsx' = 'ts'): number[] {
  const lines: number[] = [];
  const visit = (node: unknown, later: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, later);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
    const n = node as AstNode;
    const inside = later || RUNS_LATER.has(n.type) || (n.type === 'PropertyDefinition' && n.static !== true);
    if (!inside && unicodePattern(n)) lines.push(source.slice(0, n.start).split('\n').length);
    for (const value of Object.values(n)) if (value && typeof value === 'object') visit(value, inside);
  };
  visit(parseAst(source, { lang }), false);
  return lines;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('what modules do when they load', () => {
  it('the check finds a pattern made at load, and not one made inside a function or an instance field', () => {
    const source = [
      'const A = /[\\p{L}]/u;',
      "const B = new RegExp('\\\\p{N}', 'u');",
      'const C = /[a-z]/;',
      'const D = () => /\\p{L}/u;',
      'function e() { return new RegExp(`\\\\p{L}`, "u"); }',
      'class F { g = /\\p{L}/u; static h = /\\p{Lu}/u; m() { return /\\p{N}/u; } }',
    ].join('\n');
    expect(madeAtLoad(source)).toEqual([1, 2, 6]);
  });

  it('no module of the engine, the components or the entry points makes a Unicode-class pattern when it loads', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) =>
      madeAtLoad(readFileSync(f, 'utf8'), f.endsWith('.tsx') ? 'tsx' : 'ts').map((line) => `${relative(ROOT, f)}:${line}`),
    );
    expect(found).toEqual([]);
  });
});
