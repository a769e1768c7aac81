import type { Translate } from '../../i18n';
import { hostOf, judgeUrls, Marks, markAfter } from './link-marker';

/**
 * A host-shaped word in message text: `prakerja12.xyz`, `daftar di s.id/prakerja72`, `ргаkerja.com`. Labels
 * of letters, digits and hyphens, a final label of 2+ letters, an optional path. E-mail addresses are
 * skipped (the `@` before them).
 */
const HOST_TOKEN = /(?<![\p{L}\p{N}@.-])(?:https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(\/[^\s<>"'()]*)?/gu;
const SKIP = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE']);
/** Per idle period: text nodes read, and at most this many nodes waiting (older ones are dropped). */
const BATCH = 300;
const MAX_PENDING = 5_000;
const MAX_MARKS = 1_000;

type Idle = (cb: () => void) => void;
const idle: Idle =
  typeof requestIdleCallback === 'function' ? (cb) => void requestIdleCallback(cb, { timeout: 2_000 }) : (cb) => void setTimeout(cb, 50);

/** The addresses in a piece of text, as URLs the engine can judge, with the word each came from. */
export function addressesIn(text: string): Array<{ word: string; url: string }> {
  const out: Array<{ word: string; url: string }> = [];
  HOST_TOKEN.lastIndex = 0;
  for (let m = HOST_TOKEN.exec(text); m && out.length < 20; m = HOST_TOKEN.exec(text)) {
    const host = m[1] as string;
    try {
      out.push({ word: m[0], url: new URL(`http://${host}${m[2] ?? '/'}`).href });
    } catch {
      // not a host after all
    }
  }
  return out;
}

/**
 * Marks addresses typed as plain text in chat, social and mail pages ("daftar di prakerja12.xyz"), the way
 * links are marked: the background judges them with the same engine. Only text the page adds or changes
 * is read (plus what is there at the start), in idle time and in bounded batches.
 */
export class TextMarker {
  active = true;
  private readonly pending = new Set<Text>();
  private readonly marks = new Marks<Text, { host: HTMLElement; text: string }>();
  private scheduled = false;

  constructor(private readonly t: Translate) {}

  /** Queue the text under `root` (at the start, or a subtree the page added). */
  add(root: Node): void {
    if (root.nodeType === 3) {
      this.queue(root as Text);
      return;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && this.pending.size < MAX_PENDING; n = walker.nextNode()) this.queue(n as Text);
  }

  /** Queue what a batch of mutations added or changed. */
  collect(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData' && r.target.nodeType === 3) this.queue(r.target as Text);
      else if (r.type === 'childList') for (const n of Array.from(r.addedNodes)) this.add(n);
    }
  }

  private queue(node: Text): void {
    if (!this.active || this.pending.size >= MAX_PENDING) return;
    this.pending.add(node);
    if (!this.scheduled) {
      this.scheduled = true;
      idle(() => void this.run());
    }
  }

  private async run(): Promise<void> {
    const batch: Text[] = [];
    for (const n of this.pending) {
      this.pending.delete(n);
      batch.push(n);
      if (batch.length >= BATCH) break;
    }
    const found: Array<{ node: Text; word: string; url: string }> = [];
    for (const node of batch) {
      const text = node.nodeValue ?? '';
      const old = this.marks.get(node);
      if (old && old.text === text && node.isConnected) continue;
      if (old) this.marks.drop(node);
      if (!node.isConnected || text.length < 4 || text.length > 5_000 || skipped(node)) continue;
      for (const a of addressesIn(text)) found.push({ node, ...a });
    }
    const judged = await judgeUrls([...new Set(found.map((f) => f.url))]);
    if (judged) {
      for (const f of found) {
        if (!judged.levels[f.url] || this.marks.has(f.node) || this.marks.size >= MAX_MARKS) continue;
        const site = judged.targets[f.url] || hostOf(f.url);
        const host = markAfter(f.node, 'jaga-prakerja-text-mark', this.t('link_text_mark', site));
        this.marks.set(f.node, { host, text: f.node.nodeValue ?? '' });
      }
    }
    this.marks.sweep((node, m) => node.nodeValue !== m.text);
    this.scheduled = false;
    if (this.pending.size > 0) {
      this.scheduled = true;
      idle(() => void this.run());
    }
  }
}

function skipped(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (SKIP.has(el.tagName) || el.isContentEditable || el.tagName.startsWith('JAGA-')) return true;
  }
  return false;
}
