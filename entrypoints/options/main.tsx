import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { makeBackup, parseBackup } from '../../lib/backup';
import { CHECKLIST_IDS } from '../../lib/checklist';
import { translator } from '../../lib/ext/i18n';
import { getAllowlist, removeAllow } from '../../lib/ext/messaging';
import { currentRules } from '../../lib/ext/rules';
import { allowlistItem, checklistItem, readChecklist, readSettings, settingsItem } from '../../lib/ext/storage';
import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/state';
import type { AllowEntry } from '../../lib/url/classify';

function Options({ t, initialSettings, initialAllow }: { t: Translate; initialSettings: Settings; initialAllow: AllowEntry[] }) {
  const [settings, setSettings] = useState(initialSettings);
  const [allow, setAllow] = useState(initialAllow);
  const [exportUrl, setExportUrl] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const raw = currentRules().raw;
  return (
    <OptionsView
      t={t}
      settings={settings}
      allowlist={allow}
      rulesVersion={{ dataVersion: raw.dataVersion, updated: raw.updated }}
      onSettings={async (next) => {
        setSettings(next);
        await settingsItem.setValue(next);
        if (next.lang !== settings.lang) location.reload();
      }}
      onRemoveAllow={async (host) => {
        await removeAllow(host);
        setAllow(await getAllowlist());
      }}
      exportUrl={exportUrl}
      onExport={async () => {
        const backup = makeBackup({ settings, checklist: await readChecklist(CHECKLIST_IDS), allowlist: await getAllowlist() });
        if (exportUrl) URL.revokeObjectURL(exportUrl);
        setExportUrl(URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' })));
      }}
      importStatus={importStatus}
      onImport={async (file) => {
        const result = parseBackup(await file.text(), CHECKLIST_IDS);
        if (!result.ok) {
          setImportStatus({ ok: false, message: t('options_import_rejected', result.error) });
          return;
        }
        await Promise.all([
          settingsItem.setValue(result.data.settings),
          checklistItem.setValue(result.data.checklist),
          allowlistItem.setValue(result.data.allowlist),
        ]);
        setSettings(result.data.settings);
        setAllow(await getAllowlist());
        setImportStatus({ ok: true, message: t('options_import_done') });
      }}
    />
  );
}

async function start() {
  const [{ t, lang }, settings, allow] = await Promise.all([translator(), readSettings(), getAllowlist()]);
  document.documentElement.lang = lang;
  document.title = t('options_title');
  render(<Options t={t} initialSettings={settings} initialAllow={allow} />, document.getElementById('app') as HTMLElement);
}

void start();
