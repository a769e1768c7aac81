import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import { translator } from '../../lib/ext/i18n';
import { getAllowlist, removeAllow } from '../../lib/ext/messaging';
import { currentRules } from '../../lib/ext/rules';
import { readSettings, settingsItem } from '../../lib/ext/storage';
import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/state';
import type { AllowEntry } from '../../lib/url/classify';

function Options({ t, initialSettings, initialAllow }: { t: Translate; initialSettings: Settings; initialAllow: AllowEntry[] }) {
  const [settings, setSettings] = useState(initialSettings);
  const [allow, setAllow] = useState(initialAllow);
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
