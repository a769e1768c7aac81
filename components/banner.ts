import { explainReason, shownReasons, type Translate } from '../lib/i18n';
import type { Verdict } from '../lib/verdict';

/**
 * The in-page warning, in a closed shadow root so page CSS and scripts cannot restyle or read it. Built
 * with textContent only: page-controlled text (quotes, hosts) is never parsed as HTML.
 */
export interface BannerActions {
  officialUrl: string;
  onReport(): void;
  onDismiss(): void;
}

const CSS = `
:host { all: initial; }
.bar { position: relative; font: 15px/1.4 system-ui, sans-serif; color: #111;
  background: #fff7ed; border-bottom: 4px solid #b45309; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: 12px 16px; }
.bar.dangerous { background: #fef2f2; border-color: #b91c1c; }
h2 { margin: 0 0 4px; font-size: 17px; }
ul { margin: 4px 0 8px; padding-left: 20px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
a.primary { background: #1d4ed8; color: #fff; padding: 8px 12px; border-radius: 6px; text-decoration: none; font-weight: 600; }
button { font: inherit; padding: 7px 12px; border-radius: 6px; border: 1px solid #6b7280; background: #fff; color: #111; cursor: pointer; }
.small { font-size: 12px; color: #374151; margin-top: 6px; }
`;

export function renderBanner(shadow: ShadowRoot, verdict: Verdict, t: Translate, actions: BannerActions): void {
  shadow.replaceChildren();
  const style = document.createElement('style');
  style.textContent = CSS;
  const bar = document.createElement('div');
  bar.className = `bar ${verdict.level}`;
  bar.setAttribute('role', 'alert');
  const h = document.createElement('h2');
  h.textContent = t(verdict.level === 'dangerous' ? 'banner_title_dangerous' : 'banner_title_suspicious');
  const ul = document.createElement('ul');
  for (const r of shownReasons(verdict.reasons)) {
    const li = document.createElement('li');
    li.textContent = explainReason(r, t);
    ul.append(li);
  }
  const row = document.createElement('div');
  row.className = 'actions';
  const safe = document.createElement('a');
  safe.className = 'primary';
  safe.href = actions.officialUrl;
  safe.rel = 'noopener noreferrer';
  safe.textContent = t('banner_safe_action');
  const report = document.createElement('button');
  report.type = 'button';
  report.textContent = t('banner_report');
  report.addEventListener('click', () => actions.onReport());
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = t('banner_dismiss');
  dismiss.addEventListener('click', () => actions.onDismiss());
  row.append(safe, report, dismiss);
  const note = document.createElement('div');
  note.className = 'small';
  note.textContent = t('unofficialNote');
  bar.append(h, ul, row, note);
  shadow.append(style, bar);
}
