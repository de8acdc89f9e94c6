import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the user journeys in Microsoft 365 Agents Playground, in Debian's Chromium
 * (tests/browser; `.ci/browser` installs Chromium and runs them). Not part of `npm test`: they need a browser
 * and take a few minutes. One worker, files one after another: they share one bot and two Playgrounds.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    // A journey that failed once in a browser tells us something; no silent retries.
    retry: 0,
  },
});
