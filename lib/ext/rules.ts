import { storage } from 'wxt/utils/storage';
import { BUNDLED_RULES } from '../rules/bundled';
import { type CompiledRules, compileRules } from '../rules/compile';
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

let active: CompiledRules = compileRules(BUNDLED_RULES);

/** The rules in force in this context (bundled until `loadRules` found a newer verified update). */
export function currentRules(): CompiledRules {
  return active;
}

/** Load the stored update if it is sound and newer than the bundled rules; otherwise keep the bundled ones. */
export async function loadRules(): Promise<CompiledRules> {
  const stored = storedRuleset(await rulesUpdateItem.getValue().catch(() => null), BUNDLED_RULES.dataVersion);
  try {
    active = compileRules(stored ?? BUNDLED_RULES);
  } catch {
    active = compileRules(BUNDLED_RULES);
  }
  return active;
}
