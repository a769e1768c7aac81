import type { CompiledRules } from '../rules/compile';
import type { Reason } from '../verdict';
import type { PageModel } from './extract';
import type { PhraseHit } from './phrases';

export interface PageContext {
  rules: CompiledRules;
  page: PageModel;
  pageUrl: string;
  host: string;
  /** Where the programme's name appears (title, heading, form, logo...); empty when it does not. */
  brandWhere: string[];
  /** The page mostly warns about scams (news, forum advice): lure phrases there are quotes, not lures. */
  adviceHeavy: boolean;
  /** Scam-phrase matches in title, headings and text, found once per scan and shared by the rules. */
  phraseHits: PhraseHit[];
}

/** An HTML example at a URL, run by the tests against every page rule. */
export interface PageExample {
  url: string;
  html: string;
}

export interface PageDetector {
  id: string;
  detect(ctx: PageContext): Reason[];
}

/**
 * A rule's examples, exported beside it (not inside it) so the content-script bundle leaves them out:
 * only the tests import `PAGE_EXAMPLES`.
 */
export interface PageExamples {
  match: PageExample[];
  noMatch: PageExample[];
}
