import data from './ruleset.json';
import type { Ruleset } from './schema';

/**
 * The ruleset shipped inside the extension. It is validated by the zod schema in the test suite and by
 * `npm run build` (scripts/check-rules), so runtime code can trust its shape without bundling zod.
 */
export const BUNDLED_RULES = data as unknown as Ruleset;
