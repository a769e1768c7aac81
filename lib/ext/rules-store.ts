import { storage } from 'wxt/utils/storage';
import { type CompiledRules, compileRules } from '../rules/compile';
import type { Ruleset } from '../rules/schema';
import type { SignedRules } from '../rules/signed';
import { storedRuleset } from '../rules/stored';

/** The last verified ruleset update (written only by the background) and the outcome of the last check. */
export const rulesUpdateItem = storage.defineItem<SignedRules | null>('local:rulesUpdate', { fallback: null, version: 1 });
export interface RulesStatus {
  at: number;
  ok: boolean;
  reason?: string;
  dataVersion?: number;
}
export const rulesStatusItem = storage.defineItem<RulesStatus | null>('local:rulesStatus', { fallback: null, version: 1 });

/**
 * The stored update if it is sound and newer than `base`, compiled; otherwise `base` compiled. `base` is the
 * full bundled ruleset in the background and pages, its runtime form in the content script (lib/ext/content).
 */
export async function rulesOver(base: Ruleset): Promise<CompiledRules> {
  const stored = storedRuleset(await rulesUpdateItem.getValue().catch(() => null), base.dataVersion);
  try {
    return compileRules(stored ?? base);
  } catch {
    return compileRules(base);
  }
}
