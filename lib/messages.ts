import type { INJECT_MESSAGE } from './content-files';
import type { Messages } from './i18n';
import type { PageModel } from './page/extract';
import type { Ruleset } from './rules/schema';
import type { Settings } from './state';
import type { Verdict } from './verdict';

/**
 * The one message protocol between the content script, extension pages and the background. Messages from
 * content scripts are untrusted: the background validates them and grants them no privileged action.
 */
export type ContentMessage =
  /**
   * The top page's model for the background to judge (null: the page does not name the programme, or is
   * the official site or a partner's). `scanMs` is the content script's time to read the page. `links`: the
   * page's links to judge, as `classify-links` would (one message instead of two on every page).
   */
  | { type: 'page-model'; url: string; model: PageModel | null; scanMs?: number; links?: string[] }
  | { type: 'classify-links'; urls: string[] }
  | { type: 'content-pack' }
  /** A frame's model, judged for the frame; its warnings count for the tab only when it has the top page's origin. */
  | { type: 'frame-model'; origin: string; url: string; model: PageModel }
  | { type: 'login-tip-dismissed' }
  /** Chrome's loader: its import of the content script failed (a page's `window.stop()` cancels it); inject it. */
  | { type: typeof INJECT_MESSAGE };

/**
 * What a content script needs to start, sent by the background instead of bundled into every page: the
 * rules in force in their runtime form, the content messages in the user's language, the styles of the
 * banner and the login reminder, and the settings.
 */
export interface ContentPack {
  rules: Ruleset;
  /** The style sheets of the banner, the login reminder, the field warning and the link mark (components/banner.ts), sent rather than bundled. */
  styles: { banner: string; tip: string; field: string; mark: string };
  messages: Messages;
  settings: Settings;
  /** Show the login reminder: the frame is the official login page and the user has not dismissed it. */
  loginTip: boolean;
  /** A top frame's links to its own origin cannot be flagged (see `judgedByHostAlone`): they need not be sent. */
  ownLinks: boolean;
}

export type PageMessage =
  | { type: 'get-tab-verdict'; tabId: number }
  | { type: 'allow-host'; host: string }
  | { type: 'remove-allow'; host: string }
  | { type: 'get-allowlist' }
  /** `url`: the update address the options page has just saved (the saved setting is read if it is missing or not valid). */
  | { type: 'update-rules'; url?: string }
  | { type: 'get-rules-status' };

export interface TabState {
  url: string;
  verdict: Verdict;
  /** True once the content script has scanned the page (tests and the popup wait for it). */
  scanned: boolean;
  /** The content script's own scan time for the latest verdict, in ms (for `npm run bench`). */
  scanMs?: number;
  /** Page verdicts received for this URL so far. */
  scans?: number;
  /** The background's time for the navigation verdict, in ms (for `npm run bench`). */
  judgeMs?: number;
}

export type LinkLevels = Record<string, 'dangerous' | 'suspicious'>;

export const MAX_LINKS_PER_MESSAGE = 500;
