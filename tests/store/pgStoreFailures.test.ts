import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';
import { openPgDatabase, type PgDatabase } from '../../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../../bot/platform/store/pgStore.ts';
import type { StoreBackend } from '../../bot/platform/store/storeBackend.ts';
import { dropSchema, freshSchema, postgresUnavailable, TEST_DATABASE_URL } from '../../test-support/services.ts';

/**
 * The PostgreSQL stores when something goes wrong (storeContract.test.ts has what holds for both backends): damaged
 * rows at start, a write the database refuses, a listening connection that drops, and two instances adding the
 * same record at once.
 */

const pgUnavailable = await postgresUnavailable('PostgreSQL store failures');

const schema = z.object({
  items: z.array(z.object({ id: z.string(), n: z.number().int() })),
  counter: z.number().int().nonnegative(),
});
type Doc = z.infer<typeof schema>;
const initial = (): Doc => ({ items: [], counter: 0 });
const NAME = 'failures.json';
const open = (backend: StoreBackend) => backend.open({ name: NAME, schema, initial, version: 1 });

describe.skipIf(pgUnavailable !== undefined)('PostgreSQL stores when things go wrong', () => {
  let schemaName = '';
  const databases: PgDatabase[] = [];
  let admin: pg.Client | undefined;

  /** An instance: its own pool and listener on the test's schema, its connections named after `app`. */
  const instance = async (app: string) => {
    const db = await openPgDatabase({ url: TEST_DATABASE_URL, schema: schemaName, applicationName: `${schemaName}-${app}` });
    databases.push(db);
    return { db, backend: postgresBackend(db) };
  };
  /** A connection of the test itself, outside the stores, on the test's schema. */
  const sql = async (text: string, values: unknown[] = []) => {
    if (!admin) {
      admin = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schemaName}` });
      await admin.connect();
    }
    return admin.query(text, values);
  };

  afterEach(async () => {
    for (const db of databases.splice(0)) await db.close();
    await admin?.end();
    admin = undefined;
    if (schemaName) await dropSchema(schemaName);
    schemaName = '';
  });
  const fresh = () => {
    schemaName = freshSchema();
  };

  it('migrates the schema once when instances start together: the others wait for it instead of failing', async () => {
    fresh();
    const started = await Promise.all(['a', 'b', 'c', 'd'].map((app) => instance(app)));
    expect(started.map((s) => s.db.health().ok)).toEqual([true, true, true, true]);
    const runs = await sql('SELECT count(*)::int AS n FROM meldwijzer_migrations');
    expect(runs.rows).toEqual([{ n: 1 }]);
  });

  it('stops the start with a StoreError naming the store when its rows do not fit the schema', async () => {
    fresh();
    const a = await instance('a');
    const store = await open(a.backend);
    await store.update((d) => {
      d.items.push({ id: 'x', n: 1 });
    });
    await sql(`UPDATE store_records SET data = '{"id":"x","n":"een"}' WHERE store = $1 AND key = 'i:items/id:x'`, [NAME]);
    const b = await instance('b');
    const err = await open(b.backend).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toContain(`postgres:${NAME}`);
    expect((err as Error).message).toMatch(/klopt niet met het schema \(items\.0\.n/);
    // Advice for a database, not for a file.
    expect((err as Error).message).toMatch(/In de database is niets half veranderd/);
    expect((err as Error).message).not.toMatch(/Het bestand/);
  });

  it('reports a write the database refuses, keeps the committed state, and recovers through status() once it works again', async () => {
    fresh();
    const { backend } = await instance('a');
    const store = await open(backend);
    await store.update((d) => {
      d.counter = 1;
    });
    await sql(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'schijf vol'; END $$`);
    await sql(`CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON store_records FOR EACH ROW EXECUTE FUNCTION refuse()`);

    const failed = await store
      .update((d) => {
        d.counter = 2;
      })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(StoreError);
    expect((failed as Error).message).toMatch(/kon niet geschreven worden .*schijf vol/);
    expect(store.read().counter).toBe(1);
    const down = store.status();
    expect(down).toMatchObject({ file: `postgres:${NAME}`, ok: false });
    expect(down.lastError).toMatch(/schijf vol/);
    // The URL (it may hold a password) is never in what /healthz or the log gets.
    expect(down.lastError).not.toContain('postgres://');

    await sql('DROP TRIGGER refuse ON store_records');
    // Asking for the status tries the database again (as /healthz does); the next answer is ok.
    store.status();
    await store.flush();
    expect(store.status().ok).toBe(true);
    await store.update((d) => {
      d.counter = 3;
    });
    expect((await sql(`SELECT data FROM store_records WHERE store = $1 AND key = 'p:counter'`, [NAME])).rows[0]).toEqual({ data: { k: 'value', v: 3 } });
  });

  it('reloads every open store when its listening connection comes back, so a change made meanwhile is not missed', async () => {
    fresh();
    const a = await instance('a');
    const b = await instance('b');
    const storeA = await open(a.backend);
    const storeB = await open(b.backend);
    const killed = await sql('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1', [`${schemaName}-b-listen`]);
    expect(killed.rows).toEqual([{ ok: true }]);
    await vi.waitFor(() => expect(b.db.health().listening).toBe(false), { timeout: 5000, interval: 10 });
    expect(b.db.health().ok).toBe(false);

    // Written while B hears nothing: B learns of it from the reload after it listens again.
    const seen = new Promise<void>((resolve) => storeB.onRemoteChange(resolve));
    await storeA.update((d) => {
      d.items.push({ id: 'while-away', n: 1 });
    });
    await seen;
    expect(storeB.read().items).toEqual([{ id: 'while-away', n: 1 }]);
    expect(b.db.health()).toMatchObject({ ok: true, listening: true });
  });

  it('keeps a record unique when two instances add it at once (each update runs again on the other one\'s rows)', async () => {
    fresh();
    const a = await instance('a');
    const b = await instance('b');
    const storeA = await open(a.backend);
    const storeB = await open(b.backend);
    const addOnce = (store: typeof storeA, id: string) =>
      store.update((d) => {
        if (d.items.some((i) => i.id === id)) return false;
        d.items.push({ id, n: 0 });
        return true;
      });
    const ids = Array.from({ length: 25 }, (_, i) => `r${i}`);
    const added = await Promise.all(ids.flatMap((id) => [addOnce(storeA, id), addOnce(storeB, id)]));
    expect(added.filter(Boolean)).toHaveLength(25);
    const rows = await sql(`SELECT key FROM store_records WHERE store = $1 AND key LIKE 'i:items/%' ORDER BY key`, [NAME]);
    expect(rows.rows.map((r: { key: string }) => r.key)).toEqual(ids.map((id) => `i:items/id:${id}`).sort());
  });
});
