import { defineConfig } from '@playwright/test';

// Browsers run one at a time (2-core machines): one worker, Chromium first, then Firefox ESR.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [{ name: 'chromium' }, { name: 'firefox' }],
});
