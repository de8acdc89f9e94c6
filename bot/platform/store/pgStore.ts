import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { z } from 'zod';
import { applyBatch, StoreError, type BatchJob, type StoreStatus } from './jsonStore.ts';
import { createCommitQueue } from './commitQueue.ts';
import { describePgError, STORE_CHANNEL, type PgDatabase, type StoreNotification } from './pgDatabase.ts';
import type { ObservedStore, StoreBackend, StoreOpenOptions } from './storeBackend.ts';

/**
 * The stores on PostgreSQL (the scaled mode): the same JsonStore as the lowdb files (one zod-validated document,
 * read from memory, changed through update()), kept as one row per record so that a write touches only what
 * changed, and shared by every instance.
 *
 * - Rows: each top-level property of the document has a shape row ("p:<prop>": an array, a map, or a plain value),
 *   and an array or map has one row per item ("i:<prop>/<key>"). An array item's key is its `id`, else its
 *   `conversationId`, else a hash of its content (audit lines); a map item's key is its map key. `ord` keeps the
 *   order of arrays and maps.
 * - A write: update() keeps the lowdb store's semantics (serialized per process, a batch of queued updates in one
 *   commit, an update that throws or breaks the schema refused alone, the new state visible after the commit).
 *   The commit is one transaction holding the store's head row (SELECT ... FOR UPDATE): when another instance wrote
 *   since this one last read, the rows are read again inside the transaction and the batch's updates run again on
 *   them, so no instance overwrites another's change. Then only the changed rows are written, the revision goes up,
 *   and NOTIFY tells the other instances, which reload the store.
 * - Document versions and migrations as with the files, under a transaction-scoped advisory lock per store.
 */

type Doc = Record<string, unknown>;
interface Row {
  readonly key: string;
  readonly json: string;
  readonly data: unknown;
}
type Shape = { k: 'array' } | { k: 'map' } | { k: 'value'; v: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key of an array item: its id, its conversation, or (records without one) its content and how often it occurred. */
function itemKeys(items: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    let base: string;
    if (isPlainObject(item) && typeof item['id'] === 'string') base = `id:${item['id']}`;
    else if (isPlainObject(item) && typeof item['conversationId'] === 'string') base = `c:${item['conversationId']}`;
    else base = `h:${createHash('sha1').update(JSON.stringify(item)).digest('base64url')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}

/** The rows of a document, in order, and per array or map the order of its item keys. */
function rowsOf(doc: Doc): { rows: Map<string, Row>; order: Map<string, string[]> } {
  const rows = new Map<string, Row>();
  const order = new Map<string, string[]>();
  // As in a JSON file: an undefined array item is null (JSON.stringify gives undefined, which jsonb cannot hold).
  const put = (key: string, data: unknown) => rows.set(key, { key, json: JSON.stringify(data) ?? 'null', data: data ?? null });
  for (const [prop, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      put(`p:${prop}`, { k: 'array' });
      const keys = itemKeys(value).map((k) => `i:${prop}/${k}`);
      keys.forEach((key, i) => put(key, value[i]));
      order.set(prop, keys);
    } else if (isPlainObject(value)) {
      put(`p:${prop}`, { k: 'map' });
      // A map entry holding undefined is left out, as a JSON file leaves it out.
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      const keys = entries.map(([k]) => `i:${prop}/${k}`);
      entries.forEach(([, v], i) => put(keys[i] as string, v));
      order.set(prop, keys);
    } else put(`p:${prop}`, { k: 'value', v: value });
  }
  return { rows, order };
}

/** The document back from its rows (already in `ord` order). */
function docOf(rows: ReadonlyArray<{ key: string; data: unknown }>): Doc {
  const doc: Doc = {};
  for (const { key, data } of rows) {
    if (!key.startsWith('p:')) continue;
    const shape = data as Shape;
    doc[key.slice(2)] = shape.k === 'array' ? [] : shape.k === 'map' ? {} : shape.v;
  }
  for (const { key, data } of rows) {
    if (!key.startsWith('i:')) continue;
    const slash = key.indexOf('/');
    const prop = key.slice(2, slash);
    const container = doc[prop];
    if (Array.isArray(container)) container.push(data);
    else if (isPlainObject(container)) container[key.slice(slash + 1)] = data;
  }
  return doc;
}

/** The survivors keep their order and new items only come after them: then rows can be written one by one. */
function appendOnly(before: readonly string[], after: readonly string[]): boolean {
  const had = new Set(before);
  const survivors = after.filter((k) => had.has(k));
  const kept = new Set(survivors);
  const wasOrder = before.filter((k) => kept.has(k));
  if (survivors.some((k, i) => k !== wasOrder[i])) return false;
  const lastSurvivor = after.findLastIndex((k) => had.has(k));
  return after.slice(0, lastSurvivor + 1).every((k) => had.has(k));
}

interface Loaded {
  doc: Doc;
  ords: Map<string, number>;
  maxOrd: number;
  revision: number;
  version: number;
}

async function load(db: pg.ClientBase, store: string): Promise<Loaded | undefined> {
  const head = await db.query<{ version: number; revision: string }>('SELECT version, revision FROM store_heads WHERE store = $1', [store]);
  const h = head.rows[0];
  if (!h) return undefined;
  const res = await db.query<{ key: string; ord: string; data: unknown }>('SELECT key, ord, data FROM store_records WHERE store = $1 ORDER BY ord', [store]);
  const ords = new Map<string, number>();
  let maxOrd = 0;
  for (const r of res.rows) {
    const o = Number(r.ord);
    ords.set(r.key, o);
    if (o > maxOrd) maxOrd = o;
  }
  return { doc: docOf(res.rows), ords, maxOrd, revision: Number(h.revision), version: h.version };
}

/** Writes `next` over `prev` (the rows as they are in the database), touching only the rows that differ. */
async function writeDiff(db: pg.ClientBase, store: string, prev: Doc, next: Doc, state: { ords: Map<string, number>; maxOrd: number }): Promise<number> {
  const a = rowsOf(prev);
  const b = rowsOf(next);
  const remove: string[] = [];
  const upsert: Row[] = [];
  const newOrd = new Map<string, number>();
  for (const key of a.rows.keys()) if (!b.rows.has(key)) remove.push(key);
  // A property whose surviving items moved is written again whole, in its new order.
  const rewritten = new Set<string>();
  for (const [prop, keys] of b.order) {
    const before = a.order.get(prop) ?? [];
    if (!appendOnly(before, keys)) rewritten.add(prop);
  }
  for (const [prop, keys] of b.order) {
    for (const key of keys) {
      const row = b.rows.get(key) as Row;
      if (rewritten.has(prop) || !state.ords.has(key)) newOrd.set(key, ++state.maxOrd);
      if (rewritten.has(prop) || a.rows.get(key)?.json !== row.json) upsert.push(row);
    }
  }
  for (const [key, row] of b.rows) {
    if (!key.startsWith('p:')) continue;
    if (!state.ords.has(key)) newOrd.set(key, ++state.maxOrd);
    if (a.rows.get(key)?.json !== row.json) upsert.push(row);
  }
  if (remove.length > 0) await db.query('DELETE FROM store_records WHERE store = $1 AND key = ANY($2::text[])', [store, remove]);
  if (upsert.length > 0) {
    const ordOf = (key: string) => newOrd.get(key) ?? (state.ords.get(key) as number);
    await db.query(
      `INSERT INTO store_records (store, key, ord, data)
       SELECT $1, k, o, d FROM unnest($2::text[], $3::bigint[], $4::jsonb[]) AS t(k, o, d)
       ON CONFLICT (store, key) DO UPDATE SET ord = EXCLUDED.ord, data = EXCLUDED.data`,
      [store, upsert.map((r) => r.key), upsert.map((r) => ordOf(r.key)), upsert.map((r) => r.json)],
    );
  }
  for (const key of remove) state.ords.delete(key);
  for (const [key, o] of newOrd) state.ords.set(key, o);
  return remove.length + upsert.length;
}

async function inTransaction<R>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<R>): Promise<R> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const r = await work(client);
    await client.query('COMMIT');
    return r;
  } catch (err) {
    // A connection that cannot even roll back (it timed out, its network is gone) is closed, not handed out again.
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** The operator's next step when a store in PostgreSQL cannot be read or written (a transaction leaves nothing half done). */
const PG_ADVICE = 'In de database is niets half veranderd; herstel de oorzaak (verbinding, rechten, de rijen van deze opslag) of zet een reservekopie van de database terug.';

/** What the backend keeps of an open store, for catchUp(). */
interface OpenStore {
  revision(): number;
  /** Resolves when the store holds `revision` or later, or after `timeoutMs` (false then). */
  reach(revision: number, timeoutMs: number): Promise<boolean>;
  /** Its rows were removed (a finished update's deliveries): stop listening for its changes. */
  forget(): void;
}

interface BackendHooks {
  /** After the store was reloaded because another instance changed it. */
  reloaded(name: string): void;
  opened(name: string, store: OpenStore): void;
}

async function openPgStore<S extends z.ZodType>(database: PgDatabase, options: StoreOpenOptions<S>, hooks: BackendHooks): Promise<ObservedStore<z.output<S>>> {
  type T = z.output<S>;
  const { pool } = database;
  const name = options.name;
  const where = `postgres:${name}`;
  const storeError = (message: string) => new StoreError(where, message, PG_ADVICE);
  const parse = (data: unknown, what: string): T => {
    const parsed = options.schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw storeError(`${what} klopt niet met het schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`);
    }
    return parsed.data as T;
  };

  // Open: create, or migrate, under a lock per store (two instances opening a new store create it once).
  let state: Loaded;
  try {
    state = await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meldwijzer-store:${name}`]);
      const found = await load(client, name);
      if (!found) {
        const initial = parse(options.initial(), 'de beginwaarde');
        await client.query('INSERT INTO store_heads (store, version, revision) VALUES ($1, $2, 0)', [name, options.version]);
        const fresh = { ords: new Map<string, number>(), maxOrd: 0 };
        await writeDiff(client, name, {}, initial as Doc, fresh);
        return { doc: initial as Doc, ...fresh, revision: 0, version: options.version };
      }
      if (found.version > options.version) throw storeError(`heeft versie ${found.version}, nieuwer dan deze Meldwijzer (versie ${options.version})`);
      if (found.version < options.version) {
        let data: unknown = found.doc;
        for (let v = found.version; v < options.version; v++) {
          const migrate = options.migrations?.[v];
          if (!migrate) throw storeError(`geen migratie van versie ${v} naar ${v + 1}`);
          data = migrate(data);
        }
        const migrated = parse(data, 'de gemigreerde inhoud') as Doc;
        await writeDiff(client, name, found.doc, migrated, found);
        const revision = found.revision + 1;
        await client.query('UPDATE store_heads SET version = $2, revision = $3, updated_at = now() WHERE store = $1', [name, options.version, revision]);
        await client.query('SELECT pg_notify($1, $2)', [STORE_CHANNEL, JSON.stringify({ s: name, r: revision })]);
        return { ...found, doc: migrated, revision, version: options.version };
      }
      return { ...found, doc: parse(found.doc, 'de inhoud') as Doc };
    });
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw storeError(`kan niet gelezen worden (${describePgError(err)})`);
  }

  let current = state.doc as T;
  const remoteListeners = new Set<() => void>();
  let lastWriteAt: string | undefined;
  let lastError: string | undefined;
  let reloading: Promise<void> | undefined;
  let reloadFailures = 0;
  /** A newer revision was announced while a commit or a reload ran: read again after it. */
  let behind = false;

  const refused = (issue: z.core.$ZodIssue | undefined) =>
    storeError(`wijziging geweigerd (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'onbekend'})`);

  /** Callers of reach() waiting for a revision this process has not read yet. */
  const waiters = new Set<{ revision: number; done: (reached: boolean) => void }>();
  const wake = () => {
    for (const w of waiters) if (state.revision >= w.revision) w.done(true);
  };

  const adopt = (fresh: Loaded): boolean => {
    if (fresh.revision <= state.revision) return false;
    current = parse(fresh.doc, 'de inhoud van een andere instantie');
    state = { ...fresh, doc: current as Doc };
    wake();
    return true;
  };
  const announce = () => {
    for (const l of remoteListeners) l();
    hooks.reloaded(name);
  };

  /** The state a commit wrote, taken over once the transaction has committed. */
  let pending: Loaded | undefined;
  const commit = async (batch: BatchJob<T>[]) => {
    let outcome: { results: Map<BatchJob<T>, unknown>; failures: Map<BatchJob<T>, unknown>; ok: BatchJob<T>[] };
    let changedByOthers = false;
    try {
      outcome = await inTransaction(pool, async (client) => {
        const head = await client.query<{ revision: string }>('SELECT revision FROM store_heads WHERE store = $1 FOR UPDATE', [name]);
        const revision = Number(head.rows[0]?.revision ?? NaN);
        if (Number.isNaN(revision)) throw storeError('is uit de database verdwenen');
        let base = state;
        if (revision !== state.revision) {
          // Another instance wrote since this one read: its rows are the base, and the updates run on them.
          const fresh = await load(client, name);
          if (!fresh) throw storeError('is uit de database verdwenen');
          base = { ...fresh, doc: parse(fresh.doc, 'de inhoud van een andere instantie') as Doc };
          changedByOthers = true;
        }
        const { next, results, failures } = applyBatch(base.doc as T, batch, options.schema, refused);
        const ok = batch.filter((j) => !failures.has(j));
        const ords = { ords: new Map(base.ords), maxOrd: base.maxOrd };
        let written = 0;
        if (ok.length > 0) written = await writeDiff(client, name, base.doc, next as Doc, ords);
        const nextRevision = written > 0 ? revision + 1 : revision;
        if (written > 0) {
          await client.query('UPDATE store_heads SET revision = $2, updated_at = now() WHERE store = $1', [name, nextRevision]);
          await client.query('SELECT pg_notify($1, $2)', [STORE_CHANNEL, JSON.stringify({ s: name, r: nextRevision })]);
        }
        // Visible once committed (inTransaction commits before this value is used).
        pending = { ...base, doc: (ok.length > 0 ? next : base.doc) as Doc, ords: ords.ords, maxOrd: ords.maxOrd, revision: nextRevision };
        return { results, failures, ok };
      });
    } catch (err) {
      pending = undefined;
      const message = err instanceof StoreError ? err.message : describePgError(err);
      lastError = message.slice(0, 300);
      const failure = err instanceof StoreError ? err : storeError(`kon niet geschreven worden (${lastError})`);
      for (const job of batch) job.reject(failure);
      return;
    }
    if (pending) {
      state = pending;
      current = pending.doc as T;
      pending = undefined;
      wake();
    }
    lastError = undefined;
    lastWriteAt = new Date().toISOString();
    for (const [job, err] of outcome.failures) job.reject(err);
    for (const job of outcome.ok) job.resolve(outcome.results.get(job));
    if (changedByOthers) announce();
  };

  // A change announced while this process committed is read after the commit.
  const queue = createCommitQueue<T>(commit, () => {
    if (behind) void reload();
  });

  /** Reads the store again after another instance changed it (or after the listener missed changes). */
  const reload = (): Promise<void> => {
    if (queue.busy() || reloading) {
      behind = true;
      return reloading ?? Promise.resolve();
    }
    behind = false;
    reloading = (async () => {
      try {
        const client = await pool.connect();
        let done = false;
        let fresh: Loaded | undefined;
        try {
          // One snapshot: the head and the rows as of the same moment.
          await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          fresh = await load(client, name);
          await client.query('COMMIT');
          done = true;
        } finally {
          // A connection that failed half-way (a timeout, a lost network) may still be in the transaction: closed.
          client.release(!done);
        }
        if (reloadFailures > 0 && lastError?.startsWith('herladen: ')) lastError = undefined;
        reloadFailures = 0;
        // A commit of this process may have started meanwhile; it reads the rows itself if they moved on.
        if (fresh && !queue.busy() && adopt(fresh)) announce();
      } catch (err) {
        lastError = `herladen: ${err instanceof StoreError ? err.message : describePgError(err)}`.slice(0, 300);
        // Tried again, less often the longer it fails (500 ms up to 30 s), until the database is closed: without
        // this the store would show stale data until its next write or the next change notice.
        reloadFailures += 1;
        if (!database.closed()) setTimeout(() => void reload(), Math.min(30_000, 500 * 2 ** Math.min(reloadFailures - 1, 6))).unref();
      } finally {
        reloading = undefined;
        if (behind) void reload();
      }
    })();
    return reloading;
  };

  const unlisten = database.listen((change: StoreNotification | undefined) => {
    if (change === undefined || (change.store === name && change.revision > state.revision)) void reload();
  });

  hooks.opened(name, {
    revision: () => state.revision,
    reach(revision, timeoutMs) {
      if (state.revision >= revision) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const waiter = {
          revision,
          done: (reached: boolean) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(reached);
          },
        };
        const timer = setTimeout(() => waiter.done(false), timeoutMs);
        waiters.add(waiter);
        // Read now, or (while a commit of this process is under way) right after it: a commit that saw the newer
        // revision has read the rows itself.
        void reload();
      });
    },
    forget() {
      unlisten();
      for (const w of waiters) w.done(false);
    },
  });

  const store: ObservedStore<T> = {
    file: where,
    read: () => current,
    update: (fn) => queue.update(fn),
    flush: () => queue.flush(),
    status(): StoreStatus {
      const now: StoreStatus = { file: where, ok: lastError === undefined, pendingWrites: queue.pending(), lastWriteAt, lastError };
      // Reach the database again (a write of nothing still takes the head row): the status recovers with it.
      queue.retryWhile(lastError !== undefined);
      return now;
    },
    onRemoteChange(listener) {
      remoteListeners.add(listener);
      return () => remoteListeners.delete(listener);
    },
  };
  // Closing the database ends the listening; a store whose rows are removed stops listening then (forget).
  return store;
}

/** The scaled mode's backend: every store in the database's two tables. */
export function postgresBackend(database: PgDatabase): StoreBackend {
  const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const listeners = new Set<(name: string) => void>();
  /** Every store opened through this backend, by name (a name opened twice has two). */
  const open = new Map<string, Set<OpenStore>>();
  const hooks: BackendHooks = {
    reloaded(name) {
      for (const l of listeners) l(name);
    },
    opened(name, store) {
      const same = open.get(name) ?? new Set<OpenStore>();
      same.add(store);
      open.set(name, same);
    },
  };
  return {
    kind: 'postgres',
    open: (options) => openPgStore(database, options, hooks),
    async catchUp(timeoutMs = 2000) {
      if (open.size === 0) return;
      const deadline = Date.now() + timeoutMs;
      const work = async () => {
        // One query for the heads of all open stores; only a store that is behind is read again.
        const heads = await database.pool.query<{ store: string; revision: string }>('SELECT store, revision FROM store_heads WHERE store = ANY($1::text[])', [[...open.keys()]]);
        const waits: Promise<boolean>[] = [];
        for (const head of heads.rows) {
          const revision = Number(head.revision);
          for (const store of open.get(head.store) ?? []) if (store.revision() < revision) waits.push(store.reach(revision, Math.max(0, deadline - Date.now())));
        }
        await Promise.all(waits);
      };
      // A slow database (every pooled connection busy) holds the action up by timeoutMs at most.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      try {
        await Promise.race([work(), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    onRemoteChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async exists(name) {
      const r = await database.pool.query('SELECT 1 FROM store_heads WHERE store = $1', [name]);
      return r.rowCount !== null && r.rowCount > 0;
    },
    async children(prefix) {
      const p = prefix.endsWith('/') ? prefix : `${prefix}/`;
      const r = await database.pool.query<{ store: string }>('SELECT store FROM store_heads WHERE store LIKE $1', [likePrefix(p)]);
      return [...new Set(r.rows.map((row) => row.store.slice(p.length).split('/')[0] ?? '').filter((s) => s !== ''))];
    },
    async remove(prefix) {
      const folder = prefix.endsWith('/') ? prefix : `${prefix}/`;
      for (const [name, stores] of open) {
        if (name !== prefix && !name.startsWith(folder)) continue;
        for (const store of stores) store.forget();
        open.delete(name);
      }
      await database.pool.query('DELETE FROM store_heads WHERE store = $1 OR store LIKE $2', [prefix, likePrefix(folder)]);
    },
    locate: (name) => `postgres:${name}`,
  };
}
