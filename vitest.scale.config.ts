import { defineConfig } from 'vitest/config';

/** `npm run test:scale`: the two-instance tests (real processes, PostgreSQL and Redis); minutes, not seconds. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
