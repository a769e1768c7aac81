import { BUNDLED_RULES } from '../rules/bundled';
import { type CompiledRules, compileRules } from '../rules/compile';
import { rulesOver } from './rules-store';

export { type RulesStatus, rulesStatusItem, rulesUpdateItem } from './rules-store';

let active: CompiledRules = compileRules(BUNDLED_RULES);

/** The rules in force in this context (bundled until `loadRules` found a newer verified update). */
export function currentRules(): CompiledRules {
  return active;
}

/** Load the stored update if it is sound and newer than the bundled rules; otherwise keep the bundled ones. */
export async function loadRules(): Promise<CompiledRules> {
  active = await rulesOver(BUNDLED_RULES);
  return active;
}
