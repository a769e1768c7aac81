import type { Translate } from '../lib/i18n';
import type { Settings } from '../lib/state';
import type { AllowEntry } from '../lib/url/classify';

export interface OptionsViewProps {
  t: Translate;
  settings: Settings;
  allowlist: AllowEntry[];
  rulesVersion: { dataVersion: number; updated: string };
  onSettings(next: Settings): void;
  onRemoveAllow(host: string): void;
  /** Object URL of the last export, offered as a download link. */
  exportUrl: string | null;
  onExport(): void;
  onImport(file: File): void;
  importStatus: { ok: boolean; message: string } | null;
  /** Outcome of the last update check, already in words. */
  rulesStatus: string | null;
  onCheckUpdate(): void;
}

/** The user's own exceptions, switches and language, and which ruleset is in force. */
export function OptionsView({
  t,
  settings,
  allowlist,
  rulesVersion,
  onSettings,
  onRemoveAllow,
  exportUrl,
  onExport,
  onImport,
  importStatus,
  rulesStatus,
  onCheckUpdate,
}: OptionsViewProps) {
  return (
    <main class="page">
      <h1>{t('options_title')}</h1>
      <p class="unofficial">{t('unofficialNote')}</p>
      <section aria-labelledby="allow-title">
        <h2 id="allow-title">{t('options_allowlist')}</h2>
        {allowlist.length === 0 ? (
          <p id="allow-empty">{t('options_allowlist_empty')}</p>
        ) : (
          <table id="allowlist">
            <thead>
              <tr>
                <th scope="col">{t('options_site')}</th>
                <th scope="col">{t('options_expires')}</th>
                <th scope="col">
                  <span class="sr-only">{t('options_remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {allowlist.map((e) => (
                <tr key={e.host} data-host={e.host}>
                  <td>{e.host}</td>
                  <td>{new Date(e.expires).toLocaleString()}</td>
                  <td>
                    <button type="button" aria-label={`${t('options_remove')} ${e.host}`} onClick={() => onRemoveAllow(e.host)}>
                      {t('options_remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="switch-title">
        <h2 id="switch-title">{t('options_protection')}</h2>
        <p>
          <label>
            <input
              type="checkbox"
              id="link-marking"
              checked={settings.linkMarking}
              onChange={(e) => onSettings({ ...settings, linkMarking: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('options_link_marking')}
          </label>
        </p>
        <p>
          <label>
            <input
              type="checkbox"
              id="form-guard"
              checked={settings.formGuard}
              onChange={(e) => onSettings({ ...settings, formGuard: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {t('options_form_guard')}
          </label>
        </p>
        <p>
          <label for="lang">{t('options_language')}</label>{' '}
          <select
            id="lang"
            value={settings.lang}
            onChange={(e) => onSettings({ ...settings, lang: (e.currentTarget as HTMLSelectElement).value as Settings['lang'] })}
          >
            <option value="auto">{t('options_lang_auto')}</option>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </p>
      </section>
      <section aria-labelledby="backup-title">
        <h2 id="backup-title">{t('options_backup')}</h2>
        <p>{t('options_backup_help')}</p>
        <p class="actions">
          <button type="button" id="export" onClick={onExport}>
            {t('options_export')}
          </button>
          {exportUrl && (
            <a id="export-link" class="button" href={exportUrl} download="jaga-prakerja-pengaturan.json">
              {t('options_export_download')}
            </a>
          )}
        </p>
        <p>
          <label for="import">{t('options_import')}</label>{' '}
          <input
            type="file"
            id="import"
            accept="application/json,.json"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) onImport(file);
            }}
          />
        </p>
        {importStatus && (
          <p id="import-status" role={importStatus.ok ? 'status' : 'alert'} class={importStatus.ok ? 'ok' : 'error'}>
            {importStatus.message}
          </p>
        )}
      </section>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('options_rules')}</h2>
        <p id="rules-version">{t('options_rules_version', [String(rulesVersion.dataVersion), rulesVersion.updated])}</p>
        <p>
          <label for="rules-url">{t('options_rules_url')}</label>
          <br />
          <input
            type="url"
            id="rules-url"
            size={50}
            placeholder="https://"
            value={settings.rulesUrl}
            onChange={(e) => onSettings({ ...settings, rulesUrl: (e.currentTarget as HTMLInputElement).value.trim() })}
          />
        </p>
        <p>{t('options_rules_url_help')}</p>
        <p>
          <button type="button" id="check-update" disabled={!settings.rulesUrl} onClick={onCheckUpdate}>
            {t('options_rules_check')}
          </button>
        </p>
        {rulesStatus && (
          <p id="rules-status" role="status">
            {rulesStatus}
          </p>
        )}
      </section>
    </main>
  );
}
