import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that need modules of their own: botbuilder keeps the Bot Framework's signing keys in a static cache per
 * metadata address, and these files each make their own keys under the same key id.
 */
const OWN_MODULES = ['tests/teams/auth.e2e.test.ts', 'tests/hardening/auth.test.ts', 'tests/hardening/authKeysUnavailable.test.ts'];

/**
 * Measured on this 2-core machine (tests/teams, broadcasts, meetings, store, platform: 32 files): a fresh module
 * graph per file (vitest's default) 61 s, shared per worker 30 s, shared with two workers 18 s. Most of a file's
 * cost was importing botbuilder and building the answer service, now built once per worker and knowledge folder
 * (test-support/sharedAnswers.ts). The bot code keeps no module-level state (DESIGN.md, principle 1), so sharing is safe
 * except for the files above.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'threads',
    // vitest's default is one worker fewer than the cores: one, here. The slow files mostly wait on processes,
    // sockets and rate limits, so a third worker fills the cores: `npx vitest run` 65.6 s with two, 53.4 s with three,
    // 51.1 s with four (2026-12-05, this 2-core machine). Three keeps the timing tests' margins.
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/browser/**', 'tests/scale/**', ...OWN_MODULES],
          isolate: false,
          setupFiles: ['test-support/sharedModules.ts'],
        },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
    ],
  },
});
