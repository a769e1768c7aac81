import { BUNDLED_RULES } from '../rules/bundled';
import { RULES_KEYS } from '../rules/keys';
import { downloadSignedRules, verifySignedRules } from '../rules/signed';
import { currentRules, loadRules, type RulesStatus, rulesStatusItem, rulesUpdateItem } from './rules';

/**
 * Background-only (it pulls in zod): fetch, verify and install a ruleset update. Anything rejected leaves
 * the rules in force untouched and records why, for the options page.
 */
export async function checkForUpdate(url: string, keys: Readonly<Record<string, string>> = RULES_KEYS, timeoutMs = 15_000): Promise<RulesStatus> {
  const done = async (status: RulesStatus) => {
    await rulesStatusItem.setValue(status);
    return status;
  };
  if (!url) return done({ at: Date.now(), ok: false, reason: 'no-address' });
  const download = await downloadSignedRules(url, { timeoutMs });
  if (!download.ok) return done({ at: Date.now(), ok: false, reason: download.reason });
  const verdict = await verifySignedRules(download.text, keys, currentRules().raw.dataVersion);
  if (!verdict.ok) return done({ at: Date.now(), ok: false, reason: verdict.reason });
  await rulesUpdateItem.setValue(verdict.signed);
  await loadRules();
  return done({ at: Date.now(), ok: true, dataVersion: verdict.rules.dataVersion });
}

/** At start-up, re-verify a stored update (signature and schema); drop it if it no longer checks out. */
export async function verifyStoredUpdate(keys: Readonly<Record<string, string>> = RULES_KEYS): Promise<void> {
  const stored = await rulesUpdateItem.getValue().catch(() => null);
  if (stored) {
    const verdict = await verifySignedRules(stored, keys, BUNDLED_RULES.dataVersion);
    if (!verdict.ok) {
      await rulesUpdateItem.setValue(null);
      await rulesStatusItem.setValue({ at: Date.now(), ok: false, reason: `stored-update-dropped (${verdict.reason})` });
    }
  }
  await loadRules();
}
