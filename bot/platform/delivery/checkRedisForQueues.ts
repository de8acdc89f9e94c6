import type { Redis } from 'ioredis';
import { StartupError } from '../startupError.ts';
import { redisClient, type RedisConnection } from './queuedDelivery.ts';

/** A Redis address for messages: host and port, never a password. */
function describe(connection: RedisConnection): string {
  if (typeof connection !== 'string') return `${connection.host ?? '127.0.0.1'}:${connection.port ?? 6379}`;
  try {
    const u = new URL(connection);
    return `${u.hostname}:${u.port || '6379'}`;
  } catch {
    return 'REDIS_URL';
  }
}

/** maxmemory-policy by CONFIG GET, or by INFO memory where CONFIG is disabled (Azure Cache for Redis, most hosted Redis). */
export async function readMaxmemoryPolicy(client: Redis): Promise<string | undefined> {
  try {
    const reply = (await client.call('CONFIG', 'GET', 'maxmemory-policy')) as unknown;
    if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
  } catch {
    // CONFIG renamed or refused: INFO below
  }
  const info = await client.info('memory');
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
}

/**
 * Refuses to start on a Redis that may evict keys. BullMQ keeps jobs, locks and the limiter in keys without an
 * expiry; a Redis that evicts under memory pressure would drop queued reminders or a job's lock without a word,
 * and a dropped lock means a second send. BullMQ's own advice: `maxmemory-policy noeviction`.
 */
export async function checkRedisForQueues(connection: RedisConnection): Promise<void> {
  const where = describe(connection);
  const client = redisClient(connection, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null });
  // ioredis reports the cause (ECONNREFUSED, ENOTFOUND, ...) as an event and rejects with "Connection is closed".
  let cause: Error | undefined;
  client.on('error', (err: Error) => (cause = err));
  try {
    try {
      await client.connect();
    } catch (err) {
      throw new StartupError(
        `Redis op ${where} is niet bereikbaar (${(cause ?? (err as Error)).message.slice(0, 120)}). Controleer REDIS_URL en of Redis draait; ` +
          'zonder Redis kan Meldwijzer niet met meer dan één instantie versturen.',
        { cause: err },
      );
    }
    let policy: string | undefined;
    try {
      policy = await readMaxmemoryPolicy(client);
    } catch (err) {
      throw new StartupError(`Redis op ${where} geeft geen antwoord op INFO memory; de instelling maxmemory-policy is niet te controleren.`, { cause: err });
    }
    if (policy !== 'noeviction') {
      throw new StartupError(
        `Redis op ${where} staat op maxmemory-policy ${policy ?? '(onbekend)'}; Meldwijzer vraagt noeviction. ` +
          'Met een andere instelling kan Redis bij geheugengebrek wachtende berichten of vergrendelingen weggooien, ' +
          'waardoor herinneringen verloren gaan of dubbel worden verstuurd. ' +
          "Zet in redis.conf 'maxmemory-policy noeviction' (Azure Cache for Redis: Geavanceerde instellingen, maxmemory-policy = noeviction) en start opnieuw.",
      );
    }
  } finally {
    client.disconnect();
  }
}
