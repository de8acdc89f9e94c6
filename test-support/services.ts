import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/**
 * The outside services of the scaled mode in tests: PostgreSQL and Redis as real servers (these machines run both
 * on 127.0.0.1). A suite that needs one is skipped with the reason printed when it does not answer, except when the
 * run promises the services (REQUIRE_SERVICES=1, as .ci/run does): then it fails.
 */
export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** undefined when PostgreSQL answers; else why not (and a thrown error under REQUIRE_SERVICES=1). */
export async function postgresUnavailable(what: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  let reason: string | undefined;
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    reason = `PostgreSQL at ${TEST_DATABASE_URL} unreachable: ${(err as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
  if (reason !== undefined) {
    if (process.env['REQUIRE_SERVICES'] === '1') throw new Error(`REQUIRE_SERVICES=1 but ${reason}`);
    console.warn(`${what} skipped: ${reason}`);
  }
  return reason;
}

/** A fresh schema name for one test (dropped by dropSchema). */
export const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`;

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

/** undefined when Redis answers; else why not (and a thrown error under REQUIRE_SERVICES=1). */
export async function redisUnavailable(what: string): Promise<string | undefined> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
  client.on('error', () => undefined);
  let reason: string | undefined;
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    reason = `Redis at ${TEST_REDIS_URL} unreachable: ${(err as Error).message}`;
  } finally {
    client.disconnect();
  }
  if (reason !== undefined) {
    if (process.env['REQUIRE_SERVICES'] === '1') throw new Error(`REQUIRE_SERVICES=1 but ${reason}`);
    console.warn(`${what} skipped: ${reason}`);
  }
  return reason;
}
