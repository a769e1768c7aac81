import type { Translate } from '../lib/i18n';
import type { BannerText } from '../lib/report';
import { el } from './shadow';

/**
 * The in-page warning, rendered into a closed shadow root (see shadow.ts). Its words come from the
 * background (lib/report.ts `bannerText`); page-controlled text (quotes, hosts) only ever goes through
 * textContent.
 */
export interface BannerActions {
  officialUrl: string;
  onReport(): void;
  onDismiss(): void;
}

/** The login reminder's style (the checklist's three points on the official login page). */
export const TIP_CSS = `:host { all: initial; } div { font: 14px/1.4 system-ui, sans-serif; color: #111; background: #f0fdf4;
  border: 2px solid #1a7f37; border-radius: 8px; padding: 10px 12px; max-width: 320px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
h2 { font-size: 15px; margin: 0 0 4px; } ul { margin: 0 0 6px; padding-left: 18px; }
button { font: inherit; min-height: 44px; padding: 5px 12px; border-radius: 6px; border: 1px solid #6b7280; background: #fff; cursor: pointer; }`;

/** The warning beside a sensitive field (the form guard). */
export const FIELD_CSS = `:host { all: initial; } div { display: inline-block; margin: 2px 0; padding: 4px 8px; border-radius: 6px;
  font: 13px/1.35 system-ui, sans-serif; color: #7f1d1d; background: #fef2f2; border: 2px solid #b91c1c; }`;

/** The ⚠ mark after a flagged link or typed address. */
export const MARK_CSS = `:host { all: initial; } span { font: bold 12px/1 system-ui, sans-serif; color: #fff; background: #b91c1c;
  border-radius: 4px; padding: 1px 4px; margin-left: 3px; }`;

export const BANNER_CSS = `
:host { all: initial; }
.bar { position: relative; font: 15px/1.4 system-ui, sans-serif; color: #111;
  background: #fff7ed; border-bottom: 4px solid #b45309; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: 12px 16px; }
.bar.dangerous { background: #fef2f2; border-color: #b91c1c; }
h2 { margin: 0 0 4px; font-size: 17px; }
ul { margin: 4px 0 8px; padding-left: 20px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
a.primary { background: #1d4ed8; color: #fff; padding: 8px 12px; border-radius: 6px; text-decoration: none; font-weight: 600; }
a.primary, button { display: inline-flex; align-items: center; min-height: 44px; box-sizing: border-box; }
button { font: inherit; padding: 7px 12px; border-radius: 6px; border: 1px solid #6b7280; background: #fff; color: #111; cursor: pointer; }
.small { font-size: 12px; color: #374151; margin-top: 6px; }
`;

export function renderBanner(root: ShadowRoot, text: BannerText, t: Translate, actions: BannerActions): void {
  for (const child of Array.from(root.children)) if (child.tagName !== 'STYLE') child.remove();
  const safe = el('a', { className: 'primary', text: t('banner_safe_action') });
  safe.href = actions.officialUrl;
  safe.rel = 'noopener noreferrer';
  const report = el('button', { text: t('banner_report') });
  report.type = 'button';
  report.addEventListener('click', () => actions.onReport());
  const dismiss = el('button', { text: t('banner_dismiss') });
  dismiss.type = 'button';
  dismiss.addEventListener('click', () => actions.onDismiss());
  const bar = el(
    'div',
    { className: `bar ${text.level}` },
    el('h2', { text: text.title }),
    el('ul', {}, ...text.lines.map((line) => el('li', { text: line }))),
    el('div', { className: 'actions' }, safe, report, dismiss),
    el('div', { className: 'small', text: t('unofficialNote') }),
  );
  bar.setAttribute('role', 'alert');
  root.append(bar);
}
