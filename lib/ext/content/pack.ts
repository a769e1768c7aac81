import { browser } from 'wxt/browser';
import { type Messages, makeTranslator, type Translate } from '../../i18n';
import type { ContentMessage, ContentPack } from '../../messages';
import { compilePageRules, type PageRules } from '../../rules/compile';
import { type Switches, sanitizeSwitches } from '../../state';

export interface ContentStart {
  rules: PageRules;
  styles: ContentPack['styles'];
  t: Translate;
  settings: Switches;
  loginTip: boolean;
  /** The top frame's links to its own origin need not be sent (`ContentPack['ownLinks']`). */
  ownLinks: boolean;
}

/** One message to the background; null when it cannot answer (the extension reloading or updating). */
export function send(msg: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(msg).catch(() => null);
}

/**
 * Ask the background for the rules, messages and settings (lib/messages.ts `ContentPack`) instead of
 * bundling them into every page: the content script stays small. Null when the background cannot answer
 * (extension reloading) or answers with something unsound: the page is then left alone.
 */
export async function requestContentPack(): Promise<ContentStart | null> {
  const msg: ContentMessage = { type: 'content-pack' };
  const pack = (await send(msg)) as Partial<ContentPack> | null;
  if (!pack?.rules || typeof pack.messages !== 'object' || pack.messages === null || typeof pack.styles?.banner !== 'string') return null;
  // The background built these rules from a validated set; a broken pack still cannot break the page.
  try {
    return {
      rules: compilePageRules(pack.rules),
      styles: { banner: pack.styles.banner, tip: String(pack.styles.tip), field: String(pack.styles.field), mark: String(pack.styles.mark) },
      t: makeTranslator(pack.messages as Messages),
      settings: sanitizeSwitches(pack.settings),
      loginTip: pack.loginTip === true,
      ownLinks: pack.ownLinks === true,
    };
  } catch {
    return null;
  }
}

/** Settings changes made in the options page, read from the storage event (no storage library on pages). */
export function watchSettings(apply: (s: Switches) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes.settings) apply(sanitizeSwitches(changes.settings.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
