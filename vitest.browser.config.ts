import { configDefaults, defineConfig } from 'vitest/config';

const CARD_PICTURES = 'tests/browser/cardPictures.test.ts';

/**
 * `npm run test:browser`: tests in Debian's Chromium (tests/browser; `.ci/browser` installs Chromium and runs them).
 * Not part of `npm test`: they need a browser and take a few minutes. One worker, files one after another.
 * Two projects: the user journeys in Microsoft 365 Agents Playground (they share one bot and two Playgrounds,
 * started by the global setup), and the card pictures (cards rendered on their own; no bot, no Playground).
 */
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    // A journey that failed once in a browser tells us something; no silent retries.
    retry: 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'journeys',
          include: ['tests/browser/**/*.test.ts'],
          exclude: [...configDefaults.exclude, CARD_PICTURES],
          globalSetup: ['tests/browser/globalSetup.ts'],
        },
      },
      { extends: true, test: { name: 'card-pictures', include: [CARD_PICTURES] } },
    ],
  },
});
