import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import type { Logger } from '../log.ts';
import { StartupError } from '../startupError.ts';

/**
 * The PostgreSQL database of the scaled mode: a small pool for the stores, one listening connection that hears
 * when another instance changed a store (NOTIFY meldwijzer_store), and the schema migrations, run at start with
 * node-pg-migrate, which holds an advisory lock while it runs: instances that start together migrate once.
 */
export const STORE_CHANNEL = 'meldwijzer_store';
/** migrations/ at the package root: three folders up from bot/platform/store/, four from the build's dist/bot/platform/store/. */
const MIGRATIONS_DIR = ['../../../migrations', '../../../../migrations']
  .map((up) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), up))
  .find((dir) => existsSync(path.join(dir, '1764806400000_stores.sql'))) ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
const RECONNECT_MS = [250, 500, 1000, 2000, 5000] as const;

export interface StoreNotification {
  readonly store: string;
  readonly revision: number;
}

export interface PgDatabase {
  readonly pool: pg.Pool;
  /** Told of every store change by any instance (its own too), and with `undefined` after the listener reconnected (changes may have been missed). */
  listen(listener: (change: StoreNotification | undefined) => void): () => void;
  /** For /healthz: can the pool and the listener reach the server. No URL, no names. */
  health(): { ok: boolean; listening: boolean; lastError: string | undefined };
  close(): Promise<void>;
  /** Whether close() was called (work that retries stops then). */
  closed(): boolean;
}

export interface PgDatabaseOptions {
  readonly url: string;
  /** A schema of its own (tests): created if missing, and the search path of every connection. */
  readonly schema?: string;
  readonly log?: Pick<Logger, 'info' | 'warn' | 'error'>;
  readonly maxConnections?: number;
  /**
   * How the connections show in pg_stat_activity (the listener's with "-listen" after it), so an operator can tell
   * Meldwijzer's connections apart. Default "meldwijzer".
   */
  readonly applicationName?: string;
  /**
   * A query that gets no answer in this time fails (default 30 s): a connection whose network died without a word
   * (a half-open TCP connection: a VM or a route gone) would otherwise hang every write of a store for good.
   */
  readonly queryTimeoutMs?: number;
  /** How often the listening connection is checked (a SELECT 1 that must answer within the same time); default 15 s. */
  readonly pingMs?: number;
}

/** A database failure in words an operator can act on, without the URL (it may hold a password). */
export function describePgError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return `${e.code ?? 'fout'}: ${(e.message ?? String(err)).replace(/postgres(?:ql)?:\/\/\S+/g, '<DATABASE_URL>').slice(0, 200)}`;
}

export async function openPgDatabase(options: PgDatabaseOptions): Promise<PgDatabase> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}`);
  const applicationName = options.applicationName ?? 'meldwijzer';
  const pingMs = options.pingMs ?? 15_000;
  // TCP keep-alive finds a dead peer after a while; the query timeout bounds what waits on it meanwhile.
  const connection = {
    connectionString: options.url,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    connectionTimeoutMillis: 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
  const pool = new pg.Pool({ ...connection, query_timeout: options.queryTimeoutMs ?? 30_000, application_name: applicationName, max: options.maxConnections ?? 5, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  let lastError: string | undefined;
  // An idle client that loses its server is reported here; without a listener it would end the process.
  pool.on('error', (err) => {
    lastError = describePgError(err);
    options.log?.warn({ event: 'database-idle-error', error: lastError }, 'database connection lost');
  });
  try {
    // IF NOT EXISTS is not safe against a concurrent CREATE (instances of a test starting together): the loser's
    // unique violation means the schema is there.
    if (schema) {
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((err: unknown) => {
        if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42P06') throw err;
      });
    }
    const client = await pool.connect();
    try {
      await runner({
        dbClient: client,
        dir: MIGRATIONS_DIR,
        direction: 'up',
        migrationsTable: 'meldwijzer_migrations',
        ...(schema ? { schema } : {}),
        checkOrder: true,
        // The runner's advisory lock: an instance that starts while another migrates waits for it and then finds
        // nothing left to do. ('fail', the default, would stop the second instance's start.)
        advisoryLockMode: 'wait',
        log: () => undefined,
      });
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new StartupError(`PostgreSQL (DATABASE_URL) is niet bruikbaar: ${describePgError(err)}. Controleer de database en de toegang.`);
  }

  const listeners = new Set<(change: StoreNotification | undefined) => void>();
  const tell = (change: StoreNotification | undefined) => {
    for (const l of listeners) {
      try {
        l(change);
      } catch (err) {
        options.log?.error({ event: 'store-listener-failed', error: describePgError(err) }, 'a store listener threw');
      }
    }
  };
  let listener: pg.Client | undefined;
  let ping: NodeJS.Timeout | undefined;
  let listening = false;
  let closed = false;
  let attempt = 0;
  const connectListener = async (): Promise<void> => {
    const client = new pg.Client({ ...connection, query_timeout: pingMs, application_name: `${applicationName}-listen` });
    client.on('notification', (msg) => {
      if (msg.channel !== STORE_CHANNEL || msg.payload === undefined) return;
      try {
        const p = JSON.parse(msg.payload) as { s?: unknown; r?: unknown };
        if (typeof p.s === 'string' && typeof p.r === 'number') tell({ store: p.s, revision: p.r });
      } catch {
        // not ours
      }
    });
    const lost = (err?: unknown) => {
      if (client !== listener) return;
      clearInterval(ping);
      listening = false;
      listener = undefined;
      if (err !== undefined) lastError = describePgError(err);
      if (!closed) retry();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    listener = client;
    await client.connect();
    await client.query(`LISTEN ${STORE_CHANNEL}`);
    // A listener whose network died hears nothing and says nothing: it is asked now and then, and replaced when it
    // does not answer (the stores then reload, as after any reconnect).
    clearInterval(ping);
    ping = setInterval(() => {
      client.query('SELECT 1').catch((err: unknown) => {
        if (client !== listener) return;
        lost(err);
        void client.end().catch(() => undefined);
      });
    }, pingMs);
    ping.unref();
    listening = true;
    lastError = undefined;
    const again = attempt > 0;
    attempt = 0;
    // Changes made while nobody listened are not replayed: every store reloads.
    if (again) tell(undefined);
  };
  const retry = () => {
    const wait = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)] ?? 5000;
    attempt += 1;
    const t = setTimeout(() => {
      if (closed) return;
      connectListener().catch((err: unknown) => {
        lastError = describePgError(err);
        options.log?.warn({ event: 'database-listen-failed', error: lastError }, 'listening for store changes failed; retrying');
        const failed = listener;
        listener = undefined;
        void failed?.end().catch(() => undefined);
        retry();
      });
    }, wait);
    t.unref();
  };
  try {
    await connectListener();
  } catch (err) {
    await listener?.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw new StartupError(`PostgreSQL (DATABASE_URL): luisteren naar wijzigingen lukt niet: ${describePgError(err)}`);
  }

  return {
    pool,
    listen(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    health: () => ({ ok: listening && lastError === undefined, listening, lastError }),
    closed: () => closed,
    async close() {
      closed = true;
      clearInterval(ping);
      listeners.clear();
      const l = listener;
      listener = undefined;
      await l?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
