/** Build step: the bundled ruleset must pass the zod schema before it is built into the extension. */
import { readFileSync } from 'node:fs';
import { parseRuleset } from '../lib/rules/schema';

const text = readFileSync(new URL('../lib/rules/ruleset.json', import.meta.url), 'utf8');
const parsed = parseRuleset(text);
if (!parsed.ok) {
  console.error(`lib/rules/ruleset.json rejected: ${parsed.error}`);
  process.exit(1);
}
console.log(
  `ruleset ok: dataVersion ${parsed.rules.dataVersion}, ${parsed.rules.reported.length} reported hosts, ${parsed.rules.phrases.length} phrase rules`,
);
