import { BUNDLED_RULES } from '../rules/bundled';
import { type CompiledRules, compileRules } from '../rules/compile';

/** The rules in force. Today the bundled, build-validated ruleset; signed updates plug in here (issue 6). */
export function currentRules(): CompiledRules {
  return compileRules(BUNDLED_RULES);
}
