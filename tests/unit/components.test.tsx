// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { OptionsView } from '../../components/OptionsView';
import { VerdictCard } from '../../components/VerdictCard';
import { WarningView } from '../../components/WarningView';
import { CHECKLIST } from '../../lib/checklist';
import { type Messages, makeTranslator } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/state';
import { ROOT } from './helpers';

const t = makeTranslator(JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'id', 'messages.json'), 'utf8')) as Messages);
const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};

describe('components render from props, with fake actions', () => {
  it('Checklist: auto-checked items are ticked and locked; toggling calls back', () => {
    const onToggle = vi.fn();
    const root = mount(
      <Checklist
        items={CHECKLIST}
        checked={new Set(['no_jockey'])}
        autoChecked={new Set(['official_only'])}
        links={{ terms: 'https://www.prakerja.go.id/syarat-ketentuan' }}
        t={t}
        onToggle={onToggle}
        onReset={() => {}}
      />,
    );
    const official = root.querySelector('input[data-id="official_only"]') as HTMLInputElement;
    expect(official.checked && official.disabled).toBe(true);
    expect(root.querySelector('.progress')?.textContent).toBe(`2 dari ${CHECKLIST.length} sudah dibaca`);
    (root.querySelector('input[data-id="read_terms"]') as HTMLInputElement).click();
    expect(onToggle).toHaveBeenCalledWith('read_terms', true);
  });

  it('VerdictCard: a lookalike shows why, the official site first, and a report button', () => {
    const onReport = vi.fn();
    const state = {
      url: 'https://prakerja.web.id/',
      scanned: true,
      verdict: { level: 'dangerous' as const, reasons: [{ code: 'registry-swap', level: 'dangerous' as const, evidence: { registry: 'web.id' } }] },
    };
    const root = mount(<VerdictCard state={state} t={t} officialUrl="https://www.prakerja.go.id/" onReport={onReport} />);
    expect(root.querySelector('.host')?.textContent).toBe('prakerja.web.id');
    expect(root.querySelector('li')?.textContent).toContain('.web.id, bukan .go.id');
    const [first] = Array.from(root.querySelectorAll('.actions > *'));
    expect((first as HTMLAnchorElement).href).toBe('https://www.prakerja.go.id/');
    (root.querySelector('.actions button') as HTMLButtonElement).click();
    expect(onReport).toHaveBeenCalled();
  });

  it('OptionsView: an import error is announced as an alert', () => {
    const root = mount(
      <OptionsView
        t={t}
        settings={DEFAULT_SETTINGS}
        allowlist={[]}
        rulesVersion={{ dataVersion: 1, updated: '2026-11-29' }}
        onSettings={() => {}}
        onRemoveAllow={() => {}}
        exportUrl={null}
        onExport={() => {}}
        onImport={() => {}}
        importStatus={{ ok: false, message: 'Berkas ditolak' }}
        rulesStatus={null}
        onCheckUpdate={() => {}}
      />,
    );
    expect(root.querySelector('#import-status')?.getAttribute('role')).toBe('alert');
    expect(root.querySelector('#allow-empty')).not.toBeNull();
  });

  it('WarningView: "continue" needs a second, explicit confirmation', async () => {
    const onProceed = vi.fn();
    const root = mount(
      <WarningView
        blockedUrl="https://prakerja12.xyz/"
        host="prakerja12.xyz"
        verdict={{ level: 'dangerous', reasons: [{ code: 'reported-host', level: 'dangerous' }] }}
        t={t}
        officialUrl="https://www.prakerja.go.id/"
        onGoOfficial={() => {}}
        onBack={() => {}}
        onProceed={onProceed}
      />,
    );
    (root.querySelector('#proceed') as HTMLButtonElement).click();
    expect(onProceed).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    (root.querySelector('#proceed-yes') as HTMLButtonElement).click();
    expect(onProceed).toHaveBeenCalledOnce();
  });
});
