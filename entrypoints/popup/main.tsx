import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist } from '../../components/Checklist';
import { VerdictCard } from '../../components/VerdictCard';
import { CHECKLIST, CHECKLIST_IDS } from '../../lib/checklist';
import { translator } from '../../lib/ext/i18n';
import { activeTabState } from '../../lib/ext/messaging';
import { currentRules, loadRules } from '../../lib/ext/rules';
import { checklistItem, readChecklist } from '../../lib/ext/storage';
import type { Translate } from '../../lib/i18n';
import type { TabState } from '../../lib/messages';
import { reportChannel, reportText } from '../../lib/report';

function Popup({ t, initial, checked: initialChecked }: { t: Translate; initial: TabState | null; checked: string[] }) {
  const links = currentRules().raw.links;
  const [state, setState] = useState(initial);
  const [checked, setChecked] = useState(new Set(initialChecked));
  const [reported, setReported] = useState(false);
  useEffect(() => {
    if (state?.scanned) return;
    const timer = setInterval(async () => setState((await activeTabState()).state), 300);
    return () => clearInterval(timer);
  }, [state?.scanned]);
  const auto = new Set<string>(state?.verdict.level === 'official' ? ['official_only'] : []);
  const save = (next: Set<string>) => {
    setChecked(next);
    void checklistItem.setValue({ checked: [...next] });
  };
  const report = async () => {
    if (!state) return;
    await navigator.clipboard.writeText(reportText(state.url, state.verdict, t)).catch(() => undefined);
    setReported(true);
    await browser.tabs.create({ url: reportChannel(state.verdict, links) });
  };
  return (
    <main>
      <header class="top">
        <h1>{t('popup_title')}</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popup_options')}
        </a>
      </header>
      <p class="unofficial">{t('unofficialNote')}</p>
      <VerdictCard state={state} t={t} officialUrl={links.officialSite} onReport={report} reported={reported} />
      <div class="links">
        <a class="complaint" href={links.complaintForm} target="_blank" rel="noopener noreferrer">
          {t('popup_complaint')}
        </a>
        <a href={links.helpCentre} target="_blank" rel="noopener noreferrer">
          {t('popup_help')}
        </a>
      </div>
      <Checklist
        items={CHECKLIST}
        checked={checked}
        autoChecked={auto}
        links={links}
        t={t}
        onToggle={(id, value) => {
          const next = new Set(checked);
          if (value) next.add(id);
          else next.delete(id);
          save(next);
        }}
        onReset={() => save(new Set())}
      />
    </main>
  );
}

async function start() {
  await loadRules();
  const [{ t, lang }, { state }, progress] = await Promise.all([translator(), activeTabState(), readChecklist(CHECKLIST_IDS)]);
  document.documentElement.lang = lang;
  render(<Popup t={t} initial={state} checked={progress.checked} />, document.getElementById('app') as HTMLElement);
}

void start();
