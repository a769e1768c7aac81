import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { makeBackup, parseBackup } from '../../lib/backup';
import { CHECKLIST_IDS } from '../../lib/checklist';
import { translator } from '../../lib/ext/i18n';
import { getAllowlist, removeAllow, send } from '../../lib/ext/messaging';
import { currentRules, loadRules, type RulesStatus } from '../../lib/ext/rules';
import { allowlistItem, checklistItem, readChecklist, readSettings, settingsItem } from '../../lib/ext/storage';
import type { Translate } from '../../lib/i18n';
import { isValidRulesUrl, type Settings } from '../../lib/state';
import type { AllowEntry } from '../../lib/url/classify';

// The settings write in flight: a rules check started right after the address was typed must see it saved.
let saving: Promise<void> = Promise.resolve();

function Options({
  t,
  initialSettings,
  initialAllow,
  initialRulesStatus,
}: {
  t: Translate;
  initialSettings: Settings;
  initialAllow: AllowEntry[];
  initialRulesStatus: string | null;
}) {
  const [settings, setSettings] = useState(initialSettings);
  const [allow, setAllow] = useState(initialAllow);
  const [exportUrl, setExportUrl] = useState<string | null>(null);
  const [importStatus, setImportStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [rulesStatus, setRulesStatus] = useState<string | null>(initialRulesStatus);
  const raw = currentRules().raw;
  return (
    <OptionsView
      t={t}
      settings={settings}
      allowlist={allow}
      rulesVersion={{ dataVersion: raw.dataVersion, updated: raw.updated }}
      rulesStatus={rulesStatus}
      onCheckUpdate={async () => {
        setRulesStatus(t('options_rules_checking'));
        await saving;
        const { status } = await send<{ status: RulesStatus }>({ type: 'update-rules', url: settings.rulesUrl });
        await loadRules();
        setRulesStatus(describeStatus(status, t));
      }}
      onSettings={async (next) => {
        if (!isValidRulesUrl(next.rulesUrl)) {
          setRulesStatus(t('options_rules_url_invalid'));
          return;
        }
        setSettings(next);
        saving = settingsItem.setValue(next);
        await saving;
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
  await loadRules();
  const [{ t, lang }, settings, allow] = await Promise.all([translator(), readSettings(), getAllowlist()]);
  document.documentElement.lang = lang;
  document.title = t('options_title');
  const { status } = await send<{ status: RulesStatus | null }>({ type: 'get-rules-status' });
  render(
    <Options t={t} initialSettings={settings} initialAllow={allow} initialRulesStatus={status ? describeStatus(status, t) : null} />,
    document.getElementById('app') as HTMLElement,
  );
}

function describeStatus(status: RulesStatus, t: Translate): string {
  const when = new Date(status.at).toLocaleString();
  return status.ok ? t('options_rules_updated', [String(status.dataVersion), when]) : t('options_rules_rejected', [status.reason ?? '?', when]);
}

void start();
