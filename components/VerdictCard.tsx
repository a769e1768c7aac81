import { explainReason, shownReasons, type Translate } from '../lib/i18n';
import type { TabState } from '../lib/messages';
import { isWarning } from '../lib/verdict';

export interface VerdictCardProps {
  state: TabState | null;
  t: Translate;
  officialUrl: string;
  onReport?: () => void;
  reported?: boolean;
}

/** The current tab's verdict, its reasons in plain words, and for lookalikes the real site to go to. */
export function VerdictCard({ state, t, officialUrl, onReport, reported }: VerdictCardProps) {
  const level = state?.verdict.level ?? 'unknown';
  const reasons = state ? shownReasons(state.verdict.reasons) : [];
  return (
    <section class={`verdict verdict-${level}`} aria-labelledby="verdict-title" data-level={level}>
      <p class="site">
        {t('popup_current_site')}: <span class="host">{state ? hostOf(state.url) : '-'}</span>
      </p>
      <h2 id="verdict-title">{t(`level_${level}`)}</h2>
      {reasons.length > 0 && (
        <details open={isWarning(level as never)}>
          <summary>{t(isWarning(level as never) ? 'popup_why' : 'popup_details')}</summary>
          <ul>
            {reasons.map((r) => (
              <li key={r.code}>{explainReason(r, t)}</li>
            ))}
          </ul>
        </details>
      )}
      {state && isWarning(state.verdict.level) && (
        <div class="actions">
          <a class="button primary" href={officialUrl} target="_blank" rel="noopener noreferrer">
            {t('popup_go_official')}
          </a>
          {onReport && (
            <button type="button" onClick={onReport}>
              {t('popup_report')}
            </button>
          )}
        </div>
      )}
      {reported && <p role="status">{t('popup_report_done')}</p>}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url.slice(0, 60);
  }
}
