/**
 * Public keys that may sign ruleset updates, by key id. Only these are trusted; the private keys are held
 * by the maintainers outside the repository (see README, "Publishing a ruleset update").
 */
export const RULES_KEYS: Readonly<Record<string, string>> = {
  '04dcd06518a0': '4JAIz90neqjKcNL7ElQ309OS3zSBysWELHtYPKPid7o=',
};
