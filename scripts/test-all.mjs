// `npm test`: everything CI runs, in order, stopping at the first failure, then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', '-s', 'build']],
  ['size budget', 'node', ['scripts/check-size.mjs']],
  ['web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2']],
  ['e2e', 'npx', ['playwright', 'test']],
];

const browsers = [
  [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', 'chromium'],
  [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'],
];

function counts() {
  let passed = 0;
  let failed = 0;
  try {
    const u = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
    passed += u.numPassedTests;
    failed += u.numFailedTests;
  } catch {}
  try {
    const e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += e.stats.expected;
    failed += e.stats.unexpected + e.stats.flaky;
  } catch {}
  return { passed, failed };
}

rmSync('test-results', { recursive: true, force: true });
for (const [name, cmd, args] of steps) {
  if (name === 'e2e') {
    const missing = browsers.filter(([path]) => !existsSync(path));
    if (missing.length > 0) {
      for (const [path, pkg] of missing)
        console.error(`\n${pkg} is not installed (looked for ${path}). Install it with:\n  sudo apt-get install -y ${pkg}\n`);
      const { passed, failed } = counts();
      console.log(`${passed} passed, ${failed + 1} failed`);
      process.exit(1);
    }
  }
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${name} failed (exit ${r.status})`);
    const { passed, failed } = counts();
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
const { passed, failed } = counts();
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
