/**
 * Build step (wxt.config.ts): the content script's copy of webextension-polyfill carries the API metadata of
 * only the namespaces a content script can reach, and is bundled as an ES module. The polyfill wraps `chrome.*`
 * by a table of every API's argument counts (alarms, bookmarks, tabs, windows, ...), more than half of its size.
 * A content script gets `runtime`, `storage`, `i18n` and `extension` (Chrome and Firefox); for any other namespace the
 * polyfill's proxy answers `undefined` before it looks at the table (`!(prop in target)`), so those
 * entries are dead weight in every page. The background, popup, options and warning pages keep the whole
 * table. The polyfill's code is not changed, only that table; a polyfill release that lays it out
 * differently fails the build here rather than shipping unpruned or broken.
 *
 * As a CommonJS (UMD) file, the polyfill is imported through the bundler's interop helper, which copies every
 * own property of the exported `browser` onto a new object on each page: on a browser with a native `browser`
 * (Firefox, recent Chromium) that reads each API namespace the page's script can see, and the browser builds
 * each of them on first touch. `asModule` gives the UMD wrapper the `module` it looks for and exports what it
 * puts there, so the content script's `browser` is the polyfill's own object, copied nowhere.
 */
import type { Plugin } from 'vite';

export const CONTENT_NAMESPACES: ReadonlySet<string> = new Set(['extension', 'i18n', 'runtime', 'storage']);

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;
const CONTENT_ENTRY = /[\\/]entrypoints[\\/]content(?:\.ts|[\\/]index\.ts)$/;

/**
 * `code` (the polyfill's source) with the `apiMetadata` table reduced to the namespaces in `keep`. Throws
 * when the table is not laid out as in webextension-polyfill 0.12 (one namespace per block, each opening
 * `"name": {` and closing `}` at the same indent).
 */
export function pruneApiMetadata(code: string, keep: ReadonlySet<string>): string {
  const lines = code.split('\n');
  const start = lines.findIndex((l) => /^\s*const apiMetadata = \{$/.test(l));
  const indent = lines[start]?.match(/^\s*/)?.[0] ?? '';
  const end = lines.findIndex((l, i) => i > start && l === `${indent}};`);
  if (start < 0 || end < 0) throw new Error('webextension-polyfill: no `const apiMetadata = {...};` table; check scripts/polyfill-for-content.ts');
  const inner = `${indent}  `;
  const kept: string[] = [];
  const found = new Set<string>();
  for (let i = start + 1; i < end; ) {
    const name = lines[i]?.startsWith(`${inner}"`) ? /^\s*"(\w+)": \{$/.exec(lines[i] as string)?.[1] : undefined;
    const close = lines.findIndex((l, j) => j > i && j < end && (l === `${inner}}` || l === `${inner}},`));
    if (!name || close < 0) throw new Error(`webextension-polyfill: unexpected apiMetadata line ${i + 1}; check scripts/polyfill-for-content.ts`);
    found.add(name);
    if (keep.has(name)) kept.push(...lines.slice(i, close + 1));
    i = close + 1;
  }
  for (const name of keep) if (!found.has(name)) throw new Error(`webextension-polyfill: apiMetadata has no "${name}"`);
  return [...lines.slice(0, start + 1), ...kept, ...lines.slice(end)].join('\n');
}

/** The polyfill's UMD source as an ES module whose default export is what the UMD wrapper exports. */
export function asModule(code: string): string {
  if (!/typeof exports !== "undefined"\) \{\s*factory\(module\);/.test(code))
    throw new Error('webextension-polyfill: no UMD wrapper calling factory(module); check scripts/polyfill-for-content.ts');
  return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

/** The Vite plugin: prunes the polyfill, as an ES module, only in the build whose input is the content script. */
export function polyfillForContentScripts(): Plugin {
  let content = false;
  return {
    name: 'jaga:polyfill-for-content-scripts',
    buildStart(options) {
      const input = options.input;
      const entries = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      content = entries.some((p) => CONTENT_ENTRY.test(p));
    },
    transform(code, id) {
      return content && POLYFILL.test(id) ? { code: asModule(pruneApiMetadata(code, CONTENT_NAMESPACES)), map: null } : null;
    },
  };
}
