import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Leadership } from '../../bot/platform/leadership.ts';
import { pgLeadership } from '../../bot/platform/pgLeadership.ts';
import { openPgDatabase, type PgDatabase } from '../../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../../bot/platform/store/pgStore.ts';
import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { dropSchema, freshSchema, postgresUnavailable, TEST_DATABASE_URL } from '../../test-support/services.ts';

/**
 * A network that dies without a word (a VM or a route gone: the TCP connection stays half open, nothing is closed):
 * a proxy between an instance and PostgreSQL that stops passing bytes on the connections it has, while new ones
 * pass. Nothing may hang for good: the instance's listener notices and reloads, and a leader steps down before
 * the server frees its lock for another instance.
 */

const pgUnavailable = await postgresUnavailable('PostgreSQL on a dying network');

interface FreezingProxy {
  readonly url: string;
  /**
   * Every connection open now stops passing bytes (both ways), and stays open. New connections then pass (the old
   * ones were lost in a failover or a NAT reset), or hang like the old ones (the route is gone).
   */
  freeze(newConnections: 'pass' | 'hang'): void;
  close(): Promise<void>;
}

async function freezingProxy(): Promise<FreezingProxy> {
  const target = new URL(TEST_DATABASE_URL);
  const open = new Set<{ client: net.Socket; server: net.Socket; frozen: boolean }>();
  let hangNew = false;
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname);
    const pair = { client, server, frozen: hangNew };
    open.add(pair);
    client.on('data', (b) => void (pair.frozen || server.write(b)));
    server.on('data', (b) => void (pair.frozen || client.write(b)));
    // Once frozen, a close does not get through either: the other side keeps its connection (until close()).
    const end = (side: net.Socket, other: net.Socket) => () => {
      side.destroy();
      if (pair.frozen) return;
      open.delete(pair);
      other.destroy();
    };
    client.on('close', end(client, server)).on('error', end(client, server));
    server.on('close', end(server, client)).on('error', end(server, client));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = new URL(TEST_DATABASE_URL);
  url.host = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
  return {
    url: url.toString(),
    freeze: (newConnections) => {
      hangNew = newConnections === 'hang';
      for (const p of open) p.frozen = true;
    },
    close: async () => {
      for (const p of open) {
        p.client.destroy();
        p.server.destroy();
      }
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

const schema = z.object({ items: z.array(z.object({ id: z.string() })) });
const options = { name: 'network.json', schema, initial: () => ({ items: [] }), version: 1 };

describe.skipIf(pgUnavailable !== undefined)('PostgreSQL when the network dies without a word', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c().catch(() => undefined);
  });

  it('an instance whose connections hang notices, reconnects and reloads: it sees a change made meanwhile', async () => {
    const name = freshSchema();
    cleanup.push(() => dropSchema(name));
    const proxy = await freezingProxy();
    cleanup.push(() => proxy.close());
    const direct = await openPgDatabase({ url: TEST_DATABASE_URL, schema: name });
    cleanup.push(() => direct.close());
    const viaProxy: PgDatabase = await openPgDatabase({ url: proxy.url, schema: name, pingMs: 200, queryTimeoutMs: 500 });
    cleanup.push(() => viaProxy.close());
    const a = await postgresBackend(direct).open(options);
    const b = await postgresBackend(viaProxy).open(options);
    await a.update((d) => {
      d.items.push({ id: 'before' });
    });
    await vi.waitFor(() => expect(b.read().items).toHaveLength(1), { timeout: 5000, interval: 20 });

    proxy.freeze('pass');
    await a.update((d) => {
      d.items.push({ id: 'during' });
    });
    await vi.waitFor(() => expect(b.read().items.map((i) => i.id)).toEqual(['before', 'during']), { timeout: 10_000, interval: 50 });
    // And B writes again (its hanging pool connections were given up, not handed out again).
    await b.update((d) => {
      d.items.push({ id: 'after' });
    });
    await vi.waitFor(() => expect(a.read().items).toHaveLength(3), { timeout: 5000, interval: 20 });
    expect(viaProxy.health().listening).toBe(true);
  }, 30_000);

  it('a leader cut off steps down before the server frees its lock, and another instance takes over: never two at once', async () => {
    const name = freshSchema();
    const proxy = await freezingProxy();
    cleanup.push(() => proxy.close());
    const log = memoryLogger().log;
    const retryMs = 100;
    const cut: Leadership = pgLeadership({ url: proxy.url, schema: name, log, retryMs, deadSessionMs: 1500 });
    cleanup.push(() => cut.stop());
    await vi.waitFor(() => expect(cut.isLeader()).toBe(true), { timeout: 5000, interval: 10 });
    const other: Leadership = pgLeadership({ url: TEST_DATABASE_URL, schema: name, log, retryMs, deadSessionMs: 1500 });
    cleanup.push(() => other.stop());
    await new Promise((resolve) => setTimeout(resolve, 3 * retryMs));
    expect(other.isLeader()).toBe(false);

    let both = false;
    const watch = setInterval(() => (both ||= cut.isLeader() && other.isLeader()), 5);
    cleanup.push(() => Promise.resolve(clearInterval(watch)));
    const frozenAt = Date.now();
    proxy.freeze('hang');
    await vi.waitFor(() => expect(cut.isLeader()).toBe(false), { timeout: 2000, interval: 10 });
    const steppedDown = Date.now() - frozenAt;
    await vi.waitFor(() => expect(other.isLeader()).toBe(true), { timeout: 10_000, interval: 10 });
    const takenOver = Date.now() - frozenAt;
    expect(both).toBe(false);
    expect(steppedDown).toBeLessThan(takenOver);
    expect(takenOver).toBeLessThan(5000);
  }, 30_000);
});
