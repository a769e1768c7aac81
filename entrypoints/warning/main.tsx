import { render } from 'preact';
import { WarningView } from '../../components/WarningView';
import { translator } from '../../lib/ext/i18n';
import { allowHost } from '../../lib/ext/messaging';
import { currentRules, loadRules } from '../../lib/ext/rules';
import { readAllowlist } from '../../lib/ext/storage';
import { classifyUrl } from '../../lib/url/classify';
import { normalizeUrl } from '../../lib/url/normalize';

async function start() {
  const app = document.getElementById('app') as HTMLElement;
  await loadRules();
  const { t, lang } = await translator();
  document.documentElement.lang = lang;
  document.title = t('warning_title');
  // Anti-clickjacking: inside a frame, offer only to open the warning in its own tab.
  if (window.top !== window) {
    const a = document.createElement('a');
    a.href = location.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = t('warning_open_tab');
    const p = document.createElement('p');
    p.textContent = t('warning_framed');
    app.replaceChildren(p, a);
    return;
  }
  const rules = currentRules();
  const blockedUrl = new URLSearchParams(location.search).get('url') ?? '';
  const target = normalizeUrl(blockedUrl);
  const host = target.kind === 'web' ? target.unicodeHost : '';
  // Judged again here, so a reload after a rules update or an exception shows the current verdict.
  const verdict = classifyUrl(blockedUrl, rules, await readAllowlist());
  const official = rules.raw.links.officialSite;
  render(
    <WarningView
      blockedUrl={blockedUrl}
      host={host}
      verdict={verdict}
      t={t}
      officialUrl={official}
      onGoOfficial={() => location.replace(official)}
      onBack={() => goBack(new URLSearchParams(location.search).get('from'))}
      onProceed={async () => {
        if (target.kind !== 'web') return;
        await allowHost(target.host);
        location.replace(blockedUrl);
      }}
    />,
    app,
  );
}

/** Back to the last safe page; never to the blocked one (it would only be blocked again). */
function goBack(from: string | null) {
  if (from && /^https?:/i.test(from)) location.replace(from);
  else if (history.length > 1) history.back();
  else location.replace('about:blank');
}

void start();
