import { useState } from 'preact/hooks';
import { explainReason, shownReasons, type Translate } from '../lib/i18n';
import type { Verdict } from '../lib/verdict';

export interface WarningViewProps {
  blockedUrl: string;
  host: string;
  verdict: Verdict;
  t: Translate;
  officialUrl: string;
  onGoOfficial(): void;
  onBack(): void;
  onProceed(): void;
}

/** The full-page warning: the safe action first, the risky one small and behind a confirmation. */
export function WarningView({ blockedUrl, host, verdict, t, officialUrl, onGoOfficial, onBack, onProceed }: WarningViewProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <main class="warning-page">
      <p class="unofficial">{t('unofficialNote')}</p>
      <h1>{t('warning_title')}</h1>
      <ul class="reasons">
        {shownReasons(verdict.reasons).map((r) => (
          <li key={r.code}>{explainReason(r, t)}</li>
        ))}
      </ul>
      <p>{t('warning_address')}</p>
      <p class="address" data-host={host}>
        {blockedUrl}
      </p>
      <p>
        <strong>{t('warning_real_site')}</strong>
      </p>
      <div class="actions">
        <a
          class="button primary"
          id="go-official"
          href={officialUrl}
          onClick={(e) => {
            e.preventDefault();
            onGoOfficial();
          }}
        >
          {t('warning_go_official')}
        </a>
        <button type="button" id="go-back" onClick={onBack}>
          {t('warning_back')}
        </button>
      </div>
      <div class="proceed">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="confirm-text">
            <p id="confirm-text">{t('warning_proceed_confirm')}</p>
            <button type="button" id="proceed-yes" onClick={onProceed}>
              {t('warning_proceed_yes')}
            </button>
          </div>
        ) : (
          <button type="button" id="proceed" onClick={() => setConfirming(true)}>
            {t('warning_proceed')}
          </button>
        )}
      </div>
      <footer>
        <p>{t('warning_privacy')}</p>
      </footer>
    </main>
  );
}
