import type { Translate } from '../../i18n';
import { MAX_LINKS_PER_MESSAGE } from '../../messages';
import { once } from '../../once';
import { ASCII } from '../../page/text';
import { hostOf, judgeUrls, Marks, markAfter } from './link-marker';

/**
 * A host-shaped word in message text: `prakerja12.xyz`, `daftar di s.id/prakerja72`, `ргаkerja.com`. Labels
 * of letters, digits and hyphens, a final label of 2+ letters, an optional path. E-mail addresses are
 * skipped (the `@` before them). Made on first use (lib/once.ts), as is `HOST_HINT`: text that is all ASCII
 * never needs either.
 */
const HOST_TOKEN = once(
  () => /(?<![\p{L}\p{N}@.-])(?:https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(\/[^\s<>"'()]*)?/gu,
);
/**
 * The same pattern for text that is all ASCII (most messages), where a letter is `A-Za-z` and a digit `0-9`. A
 * page's fresh script context compiles the Unicode classes slowly: on the bench's chat page, in a new renderer
 * each time, the first batch's address search took 1.4 to 1.5 ms (medians of 12 loads) against 1.8 to 2.1 ms.
 * A unit test holds both to the same matches.
 */
const HOST_TOKEN_ASCII = /(?<![A-Za-z0-9@.-])(?:https?:\/\/)?((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})(\/[^\s<>"'()]*)?/g;
/**
 * Where an address is not marked: links (the link marker's), code, form controls, editors (our own marks keep
 * their text in closed shadow roots, which the walk never enters). One native `closest` by attributes:
 * `isContentEditable` would make the browser recompute styles after each mark.
 */
const SKIP = 'a,script,style,noscript,textarea,input,select,option,code,[contenteditable]:not([contenteditable=false])';
/** Per idle period: roots read (a text node, or a subtree the page added), and their text in characters. */
const BATCH = 300;
const BATCH_CHARS = 300_000;
const MAX_PENDING = 5_000;
const MAX_MARKS = 1_000;

/** Idle time (Chromium and Firefox, desktop and Android, both have it), or 2 s at the latest. */
const idle = (cb: () => void) => void requestIdleCallback(cb, { timeout: 2_000 });

/** Addresses already parsed (a chat repeats the same few): the word after `http://`, to its URL or null. */
const parsed = new Map<string, string | null>();

function urlOf(word: string): string | null {
  let url = parsed.get(word);
  if (url !== undefined) return url;
  try {
    url = new URL(`http://${word}`).href;
  } catch {
    url = null; // not a host after all
  }
  if (parsed.size >= 2_000) parsed.clear();
  parsed.set(word, url);
  return url;
}

/** The addresses in a piece of text, as URLs the engine can judge, with the word each came from. */
export function addressesIn(text: string): Array<{ word: string; url: string }> {
  return addressesBy(ASCII.test(text) ? HOST_TOKEN_ASCII : HOST_TOKEN(), text);
}

/** `addressesIn` by the Unicode pattern alone, for any text. Exported for the test that both paths agree. */
export const addressesAny = (text: string) => addressesBy(HOST_TOKEN(), text);

function addressesBy(token: RegExp, text: string): Array<{ word: string; url: string }> {
  const out: Array<{ word: string; url: string }> = [];
  token.lastIndex = 0;
  for (let m = token.exec(text); m && out.length < 20; m = token.exec(text)) {
    const url = urlOf(`${m[1] as string}${m[2] ?? '/'}`);
    if (url) out.push({ word: m[0], url });
  }
  return out;
}

/**
 * Marks addresses typed as plain text in chat, social and mail pages ("daftar di prakerja12.xyz"), the way
 * links are marked: the background judges them with the same engine. Only text the page adds or changes
 * is read (plus what is there at the start), in idle time and in bounded batches. Each added subtree is first
 * read as one string (`textContent`, native), and its text nodes are visited only when that string may hold
 * an address; where a flagged address sits (an editor, a link) is looked at only for flagged ones.
 */
export class TextMarker {
  active = true;
  private readonly pending = new Set<Node>();
  private readonly marks = new Marks<Text, { host: HTMLElement; text: string }>();
  private scheduled = false;

  constructor(
    private readonly t: Translate,
    private readonly css: string,
  ) {}

  /** Queue the text under `root` (at the start, or a subtree the page added). */
  add(root: Node): void {
    if (!this.active || this.pending.size >= MAX_PENDING || (root.nodeType !== 1 && root.nodeType !== 3)) return;
    this.pending.add(root);
    if (!this.scheduled) {
      this.scheduled = true;
      idle(() => void this.run());
    }
  }

  /** Queue what a batch of mutations added or changed. */
  collect(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.add(r.target);
      else if (r.type === 'childList') for (const n of Array.from(r.addedNodes)) this.add(n);
    }
  }

  private async run(): Promise<void> {
    const found: Array<{ node: Text; word: string; url: string }> = [];
    let roots = 0;
    let chars = 0;
    for (const root of this.pending) {
      if (roots >= BATCH || chars >= BATCH_CHARS || found.length >= MAX_LINKS_PER_MESSAGE) break;
      this.pending.delete(root);
      roots++;
      if (!root.isConnected) continue;
      // One native read of the whole subtree first: most rows hold no address at all.
      const all = root.nodeType === 3 ? (root.nodeValue ?? '') : (root.textContent ?? '');
      chars += all.length;
      if (!mayHoldAddress(all)) {
        if (root.nodeType === 3) this.marks.drop(root as Text);
        continue;
      }
      for (const node of textNodes(root)) {
        const text = node.nodeValue ?? '';
        const old = this.marks.get(node);
        if (old && old.text === text) continue;
        if (old) this.marks.drop(node);
        // The address pattern is costly on long text: a message longer than this is not read.
        if (text.length > 5_000) continue;
        for (const a of addressesIn(text)) found.push({ node, ...a });
      }
    }
    // At most one message: the batch stops at 500 addresses (a node's 20 may go a little past).
    const judged = await judgeUrls([...new Set(found.map((f) => f.url))]);
    // Only a flagged address costs a look at where its node sits (a link, code, a form control, an editor).
    for (const f of found) {
      if (!judged?.levels[f.url] || this.marks.has(f.node) || this.marks.size >= MAX_MARKS || f.node.parentElement?.closest(SKIP)) continue;
      const site = judged.targets[f.url] || hostOf(f.url);
      const host = markAfter(f.node, 'jaga-prakerja-text-mark', this.t('link_text_mark', site), this.css);
      this.marks.set(f.node, { host, text: f.node.nodeValue ?? '' });
    }
    this.marks.sweep((node, m) => node.nodeValue !== m.text);
    this.scheduled = false;
    if (this.pending.size > 0) {
      this.scheduled = true;
      idle(() => void this.run());
    }
  }
}

/**
 * A cheap test that a text may hold an address: a letter or digit, a dot, two letters. The ASCII form first;
 * the Unicode one only where one of those three characters is not ASCII (`NON_ASCII_NEAR_DOT`), so a chat full
 * of emoji but with no such address never compiles it.
 */
export function mayHoldAddress(text: string): boolean {
  return HOST_HINT_ASCII.test(text) || (NON_ASCII_NEAR_DOT.test(text) && HOST_HINT().test(text));
}
/** The test by the Unicode pattern alone. Exported for the test that `mayHoldAddress` gives the same answer. */
export const mayHoldAddressAny = (text: string) => HOST_HINT().test(text);
const HOST_HINT = once(() => /[\p{L}\p{N}]\.\p{L}{2}/u);
const HOST_HINT_ASCII = /[A-Za-z0-9]\.[A-Za-z]{2}/;
// Without the `u` flag a character outside the BMP is two code units, both outside ASCII: still caught.
const NON_ASCII_NEAR_DOT = /[^\0-\x7f]\.|\.[^\0-\x7f]|\.[A-Za-z][^\0-\x7f]/;

/**
 * The text nodes under `root` (an element or a text node: `add` takes no other) that may hold an address: those
 * with a dot, as every address has one and most message text has none. One native XPath query (in shadow trees
 * too), so the page's thousands of other text nodes never reach script.
 */
function textNodes(root: Node): Text[] {
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  try {
    const found = (root.ownerDocument ?? document).evaluate('.//text()[contains(., ".")]', root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength && out.length < MAX_PENDING; i++) out.push(found.snapshotItem(i) as Text);
  } catch {
    // A node XPath refuses (none that `add` takes, in Chromium and Firefox): nothing to read there.
  }
  return out;
}
