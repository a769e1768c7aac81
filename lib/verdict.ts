/**
 * The one verdict shape shared by URL and page checks, the background, the content script, the popup and
 * the CLI. UI text is never stored here: each reason carries a `code` that maps to an i18n message key.
 */
export const LEVELS = ['official', 'partner', 'neutral', 'suspicious', 'dangerous'] as const;
export type Level = (typeof LEVELS)[number];

export interface Reason {
  /** Stable id of the rule that fired, e.g. `registry-swap`; also the i18n key suffix (`reason_registry_swap`). */
  code: string;
  /** Severity this reason alone supports. */
  level: Level;
  /** Plain data explaining the reason (imitated site, differing characters, matched phrase...). */
  evidence?: Record<string, string | number | boolean | string[]>;
}

export interface Verdict {
  level: Level;
  reasons: Reason[];
}

const RISK: Record<Level, number> = { official: 0, partner: 0, neutral: 1, suspicious: 2, dangerous: 3 };

export function riskOf(level: Level): number {
  return RISK[level];
}

export function isWarning(level: Level): boolean {
  return level === 'suspicious' || level === 'dangerous';
}

/** The most severe of the reasons; `official`/`partner` reasons only win when nothing risky fired. */
export function levelOf(reasons: readonly Reason[], fallback: Level = 'neutral'): Level {
  let worst: Level = fallback;
  for (const r of reasons) {
    if (riskOf(r.level) > riskOf(worst) || (riskOf(r.level) === 0 && worst === 'neutral')) worst = r.level;
  }
  return worst;
}

export function verdict(reasons: Reason[], fallback: Level = 'neutral'): Verdict {
  return { level: levelOf(reasons, fallback), reasons };
}

/** i18n message key for a reason code: `registry-swap` -> `reason_registry_swap`. */
export function reasonMessageKey(code: string): string {
  return `reason_${code.replace(/-/g, '_')}`;
}

/**
 * The tab's verdict from its URL verdict and its page verdict. An official or partner URL wins outright
 * (the page cannot make the official site look dangerous); otherwise the worse of the two stands.
 */
export function combineVerdicts(url: Verdict, page: Verdict | null): Verdict {
  if (!page || url.level === 'official' || url.level === 'partner') return url;
  const userAllowed = url.reasons.some((r) => r.code === 'user-allowed');
  const reasons = [...url.reasons, ...page.reasons.filter((r) => r.code !== 'official' && r.code !== 'partner')];
  if (userAllowed) return { level: 'neutral', reasons };
  return verdict(reasons);
}
