import pg from 'pg';
import type { Logger } from './log.ts';
import type { Leadership } from './leadership.ts';
import { describePgError } from './store/pgDatabase.ts';

/** Scaled mode's leadership (see leadership.ts): the instance that holds a PostgreSQL advisory lock. */
export interface PgLeadershipOptions {
  readonly url: string;
  /** The tests' own schema: the lock is per schema, so parallel test databases do not compete. */
  readonly schema?: string;
  readonly log: Pick<Logger, 'info' | 'warn'>;
  /** How often a follower tries to take the lock, and the leader checks that it still holds it. */
  readonly retryMs?: number;
  /**
   * After how long without a word the server ends a session (idle_session_timeout), releasing its lock: a leader
   * whose network died without closing the connection (a VM gone) then frees the lock for another instance. The
   * leader steps down when a check gets no answer within (deadSessionMs - retryMs) / 2 (at least retryMs), so it has
   * stopped before another can take over. Default max(10 s, 5 x retryMs), at least 3 x retryMs.
   */
  readonly deadSessionMs?: number;
}

export function pgLeadership(options: PgLeadershipOptions): Leadership {
  const retryMs = options.retryMs ?? 2000;
  const deadSessionMs = Math.max(options.deadSessionMs ?? Math.max(10_000, 5 * retryMs), 3 * retryMs);
  // As long as it can be (a busy process must not step down for nothing) while the leader still steps down before
  // the server ends its session: its last answered check + retryMs + this < the same + deadSessionMs.
  const checkTimeoutMs = Math.max(retryMs, Math.floor((deadSessionMs - retryMs) / 2));
  const listeners: Array<(leader: boolean) => void> = [];
  let leader = false;
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastError: string | undefined;
  const key = `meldwijzer:background:${options.schema ?? ''}`;

  const set = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    options.log.info({ event: value ? 'leader-gained' : 'leader-lost' }, value ? 'this instance runs the background work' : 'this instance no longer runs the background work');
    for (const l of listeners) l(value);
  };
  const drop = () => {
    const c = client;
    client = undefined;
    void c?.end().catch(() => undefined);
    set(false);
  };
  const attempt = async () => {
    timer = undefined;
    if (stopped) return;
    try {
      if (!client) {
        const c = new pg.Client({
          connectionString: options.url,
          keepAlive: true,
          keepAliveInitialDelayMillis: 10_000,
          connectionTimeoutMillis: Math.max(retryMs, 5000),
          // A check without an answer in time fails: the leader steps down rather than wait on a dead network.
          query_timeout: checkTimeoutMs,
          application_name: 'meldwijzer-leader',
          ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
        });
        // A lost connection releases the lock on the server: this instance is no longer the leader.
        c.on('error', (err) => {
          lastError = describePgError(err);
          if (c === client) drop();
        });
        c.on('end', () => {
          if (c === client) drop();
        });
        client = c;
        await c.connect();
        // PostgreSQL 14 and later; older servers only find a dead client by TCP keep-alive (the setting is skipped).
        await c.query(`SELECT set_config('idle_session_timeout', $1, false)`, [`${deadSessionMs}ms`]).catch(() => undefined);
      }
      if (!leader) {
        const r = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [key]);
        lastError = undefined;
        if (r.rows[0]?.ok === true) set(true);
      } else {
        // The leader checks its session too: a connection that died without an error event also lost the lock.
        await client.query('SELECT 1');
      }
    } catch (err) {
      lastError = describePgError(err);
      options.log.warn({ event: 'leader-check-failed', error: lastError }, 'could not check who runs the background work');
      drop();
    }
    if (!stopped) {
      timer = setTimeout(() => void attempt(), retryMs);
      timer.unref();
    }
  };
  void attempt();
  return {
    isLeader: () => leader,
    onChange: (l) => listeners.push(l),
    health: () => ({ leader, lastError }),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = undefined;
      leader = false;
      // Ending the session releases the lock at once: the next instance need not wait for a timeout.
      await c?.end().catch(() => undefined);
    },
  };
}
