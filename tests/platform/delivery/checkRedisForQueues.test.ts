import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRedisForQueues } from '../../../bot/platform/delivery/checkRedisForQueues.ts';
import { StartupError } from '../../../bot/platform/startupError.ts';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const required = process.env['REQUIRE_SERVICES'] === '1';

const hasRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasRedisServer) {
  if (required) throw new Error('REQUIRE_SERVICES=1 but redis-server is not installed');
  console.warn('checkRedisForQueues tests with their own Redis skipped: redis-server is not installed');
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

const started: ChildProcess[] = [];

/** A Redis of the test's own (never the shared one's config), ready when this resolves. */
async function ownRedis(args: string[]): Promise<string> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)));
  });
  return `redis://127.0.0.1:${port}`;
}

afterEach(async () => {
  await Promise.all(
    started.splice(0).map(async (child) => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }),
  );
});

describe('checkRedisForQueues', () => {
  it.skipIf(!hasRedisServer)('refuses a Redis that may evict keys (allkeys-lru), in Dutch, naming the setting', async () => {
    const url = await ownRedis(['--maxmemory-policy', 'allkeys-lru']);
    const error = await checkRedisForQueues(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/maxmemory-policy allkeys-lru/);
    expect((error as Error).message).toMatch(/noeviction/);
    expect((error as Error).message).toMatch(/Zet in redis\.conf/);
  });

  it.skipIf(!hasRedisServer)('reads the policy from INFO memory where CONFIG is disabled (hosted Redis)', async () => {
    const url = await ownRedis(['--maxmemory-policy', 'volatile-lru', '--rename-command', 'CONFIG', '']);
    const error = await checkRedisForQueues(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/maxmemory-policy volatile-lru/);
  });

  it.skipIf(!hasRedisServer)('accepts noeviction, also without CONFIG', async () => {
    const url = await ownRedis(['--maxmemory-policy', 'noeviction', '--rename-command', 'CONFIG', '']);
    await expect(checkRedisForQueues(url)).resolves.toBeUndefined();
  });

  it.skipIf(!hasRedisServer)('an unreachable Redis is a StartupError that shows no password', async () => {
    const port = await freePort();
    const error = await checkRedisForQueues(`redis://:geheim-wachtwoord@127.0.0.1:${port}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/niet bereikbaar/);
    expect((error as Error).message).not.toMatch(/geheim/);
  });

  it('accepts the shared test Redis (noeviction), when it runs', async () => {
    const error = await checkRedisForQueues(REDIS_URL).catch((e: unknown) => e);
    if (error instanceof StartupError && /niet bereikbaar/.test(error.message) && !required) {
      console.warn(`shared Redis check skipped: ${error.message}`);
      return;
    }
    expect(error).toBeUndefined();
  });
});
