import nock from 'nock';
import { afterAll } from 'vitest';

/**
 * Setup for the test files that share one module graph per worker (vitest.config.ts, project `shared`): what a
 * file left in nock (interceptors, a blocked network) must not reach the next file in the same worker.
 */
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});
