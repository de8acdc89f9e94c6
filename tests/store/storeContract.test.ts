import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';
import { openPgDatabase, type PgDatabase } from '../../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../../bot/platform/store/pgStore.ts';
import { embeddedBackend, type StoreBackend } from '../../bot/platform/store/storeBackend.ts';
import { dropSchema, freshSchema, postgresUnavailable, TEST_DATABASE_URL } from '../../test-support/services.ts';

/**
 * One contract for both store backends: the lowdb files of the embedded mode and PostgreSQL of the scaled mode.
 * Every feature's store is a JsonStore on one of them, so what holds here holds for every store.
 */

const item = z.object({ id: z.string(), n: z.number().int() });
const schema = z.object({
  items: z.array(item),
  byKey: z.record(z.string(), z.object({ label: z.string() })),
  audit: z.array(z.object({ at: z.string(), action: z.string() })),
  counter: z.number().int().nonnegative(),
  note: z.string().optional(),
});
type Doc = z.infer<typeof schema>;
const initial = (): Doc => ({ items: [], byKey: {}, audit: [], counter: 0 });
const open = (backend: StoreBackend, name = 'contract.json') => backend.open({ name, schema, initial, version: 1 });

/** A backend and a way to open a second one on the same data (a restart, or another instance). */
interface Fixture {
  backend: StoreBackend;
  another(): Promise<StoreBackend>;
  close(): Promise<void>;
}

const pgUnavailable = await postgresUnavailable('PostgreSQL store contract');

async function embeddedFixture(): Promise<Fixture> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-contract-'));
  return { backend: embeddedBackend(dir), another: async () => embeddedBackend(dir), close: () => rm(dir, { recursive: true, force: true }) };
}

async function postgresFixture(): Promise<Fixture & { databases: PgDatabase[]; schema: string }> {
  const schema = freshSchema();
  const databases: PgDatabase[] = [];
  const connect = async () => {
    const db = await openPgDatabase({ url: TEST_DATABASE_URL, schema });
    databases.push(db);
    return postgresBackend(db);
  };
  const backend = await connect();
  return {
    backend,
    another: connect,
    databases,
    schema,
    async close() {
      for (const db of databases) await db.close();
      await dropSchema(schema);
    },
  };
}

const fixtures: Array<[string, () => Promise<Fixture>]> = [['embedded (lowdb files)', embeddedFixture]];
if (pgUnavailable === undefined) fixtures.push(['PostgreSQL', postgresFixture]);

describe.each(fixtures)('store contract: %s', (_name, make) => {
  let fixture: Fixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  it('starts from the initial data, shows an update once it is committed, and keeps it over a restart', async () => {
    fixture = await make();
    const store = await open(fixture.backend);
    expect(store.read()).toEqual(initial());
    const result = await store.update((d) => {
      d.items.push({ id: 'a', n: 1 }, { id: 'b', n: 2 });
      d.byKey['x'] = { label: 'X' };
      d.audit.push({ at: '2026-12-04T10:00:00.000Z', action: 'created' });
      d.counter = 2;
      d.note = 'hallo';
      return 'done';
    });
    expect(result).toBe('done');
    const reopened = await open(await fixture.another());
    expect(reopened.read()).toEqual(store.read());
    expect(reopened.read().items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('keeps order through appends, removals, reorders, the same audit line twice and a property that goes away', async () => {
    fixture = await make();
    const store = await open(fixture.backend);
    const line = { at: '2026-12-04T10:00:00.000Z', action: 'same' };
    await store.update((d) => {
      for (const id of ['a', 'b', 'c', 'd']) d.items.push({ id, n: 0 });
      d.audit.push(line, { ...line }, { at: '2026-12-04T11:00:00.000Z', action: 'other' });
      d.note = 'weg straks';
      for (const k of ['k1', 'k2', 'k3']) d.byKey[k] = { label: k };
    });
    await store.update((d) => {
      d.items = d.items.filter((i) => i.id !== 'b');
      d.items.push({ id: 'e', n: 5 });
      d.audit.shift();
      delete d.byKey['k2'];
      delete d.note;
    });
    await store.update((d) => {
      d.items.reverse();
    });
    const expected: Doc = {
      items: [
        { id: 'e', n: 5 },
        { id: 'd', n: 0 },
        { id: 'c', n: 0 },
        { id: 'a', n: 0 },
      ],
      byKey: { k1: { label: 'k1' }, k3: { label: 'k3' } },
      audit: [line, { at: '2026-12-04T11:00:00.000Z', action: 'other' }],
      counter: 0,
    };
    expect(store.read()).toEqual(expected);
    expect((await open(await fixture.another())).read()).toEqual(expected);
  });

  it('refuses an update that throws, or that breaks the schema, alone: the others in the same batch still go in', async () => {
    fixture = await make();
    const store = await open(fixture.backend);
    const results = await Promise.allSettled([
      store.update((d) => {
        d.counter += 1;
      }),
      store.update(() => {
        throw new Error('no');
      }),
      store.update((d) => {
        d.counter = 1.5;
      }),
      store.update((d) => {
        d.counter += 10;
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(StoreError);
    expect(store.read().counter).toBe(11);
    expect((await open(await fixture.another())).read().counter).toBe(11);
  });

  it('migrates older data on open and refuses data of a newer version', async () => {
    fixture = await make();
    const v1 = z.object({ names: z.array(z.string()) });
    const old = await fixture.backend.open({ name: 'versioned.json', schema: v1, initial: () => ({ names: [] }), version: 1 });
    await old.update((d) => {
      d.names.push('een', 'twee');
    });
    await old.flush();
    const v2 = z.object({ people: z.array(z.object({ id: z.string(), name: z.string() })) });
    const migrations = { 1: (data: unknown) => ({ people: (data as { names: string[] }).names.map((name, i) => ({ id: String(i), name })) }) };
    const migrated = await (await fixture.another()).open({ name: 'versioned.json', schema: v2, initial: () => ({ people: [] }), version: 2, migrations });
    expect(migrated.read().people).toEqual([
      { id: '0', name: 'een' },
      { id: '1', name: 'twee' },
    ]);
    await expect((await fixture.another()).open({ name: 'versioned.json', schema: v1, initial: () => ({ names: [] }), version: 1 })).rejects.toThrow(/versie 2/);
  });

  it('writes a map entry that holds undefined as a JSON file does: left out, and kept out after a restart', async () => {
    fixture = await make();
    const optional = z.object({ labels: z.record(z.string(), z.string().optional()) });
    const options = { name: 'optional.json', schema: optional, initial: () => ({ labels: {} }), version: 1 };
    const store = await fixture.backend.open(options);
    await store.update((d) => {
      d.labels['a'] = 'A';
      d.labels['b'] = undefined;
    });
    await store.update((d) => {
      d.labels['a'] = undefined;
      d.labels['c'] = 'C';
    });
    const reopened = await (await fixture.another()).open(options);
    expect(reopened.read()).toEqual({ labels: { c: 'C' } });
    expect(Object.keys(reopened.read().labels)).toEqual(['c']);
  });

  it('lists, finds and removes stores by path', async () => {
    fixture = await make();
    for (const name of ['deliveries/b1/index.json', 'deliveries/b1/part-0000.json', 'deliveries/b2/index.json']) await (await open(fixture.backend, name)).flush();
    expect((await fixture.backend.children('deliveries/')).sort()).toEqual(['b1', 'b2']);
    expect(await fixture.backend.exists('deliveries/b1/part-0000.json')).toBe(true);
    await fixture.backend.remove('deliveries/b1');
    expect(await fixture.backend.children('deliveries/')).toEqual(['b2']);
    expect(await fixture.backend.exists('deliveries/b1/index.json')).toBe(false);
  });
});

describe.skipIf(pgUnavailable !== undefined)('PostgreSQL stores shared by two instances', () => {
  let fixture: Awaited<ReturnType<typeof postgresFixture>> | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  it('an instance sees the other one change a store, told by NOTIFY (no polling)', async () => {
    fixture = await postgresFixture();
    const a = await open(fixture.backend);
    const b = await open(await fixture.another());
    const seen = new Promise<void>((resolve) => b.onRemoteChange(resolve));
    await a.update((d) => {
      d.items.push({ id: 'from-a', n: 1 });
    });
    await seen;
    expect(b.read().items).toEqual([{ id: 'from-a', n: 1 }]);
  });

  it('catchUp() reads what another instance wrote before its change notice arrives: a user action sees its previous one', async () => {
    fixture = await postgresFixture();
    const a = await open(fixture.backend);
    const otherBackend = await fixture.another();
    const b = await open(otherBackend);
    // The change as another instance's commit leaves it, but without the NOTIFY: only catchUp() can find it.
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${fixture.schema}` });
    await client.connect();
    try {
      await client.query(`INSERT INTO store_records (store, key, ord, data) VALUES ('contract.json', 'i:items/id:quiet', 1000, '{"id":"quiet","n":3}')`);
      await client.query(`UPDATE store_heads SET revision = revision + 1 WHERE store = 'contract.json'`);
    } finally {
      await client.end();
    }
    expect(b.read().items).toEqual([]);
    await otherBackend.catchUp();
    expect(b.read().items).toEqual([{ id: 'quiet', n: 3 }]);
    // Also while this instance's own commit is under way: the wait ends when that commit has read the newer rows.
    const write = a.update((d) => {
      d.counter += 1;
    });
    await fixture.backend.catchUp();
    await write;
    expect(a.read()).toMatchObject({ items: [{ id: 'quiet', n: 3 }], counter: 1 });
  });

  it('catchUp() waits at most its timeout when the database does not answer in time', async () => {
    const pgFixture = await postgresFixture();
    fixture = pgFixture;
    await open(pgFixture.backend);
    // Every pooled connection busy: the heads query waits for one.
    const pool = (pgFixture.databases[0] as PgDatabase).pool;
    const held = await Promise.all(Array.from({ length: 5 }, () => pool.connect()));
    try {
      const started = Date.now();
      await pgFixture.backend.catchUp(300);
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(290);
      expect(waited).toBeLessThan(3000);
    } finally {
      for (const c of held) c.release();
    }
  });

  it('loses no update when both write at once: 2 x 50 increments end at 100 on both', async () => {
    fixture = await postgresFixture();
    const a = await open(fixture.backend);
    const b = await open(await fixture.another());
    const bump = (s: typeof a) =>
      s.update((d) => {
        d.counter += 1;
      });
    await Promise.all(Array.from({ length: 100 }, (_, i) => bump(i % 2 === 0 ? a : b)));
    const settled = async (s: typeof a) => {
      while (s.read().counter !== 100) await new Promise<void>((resolve) => s.onRemoteChange(resolve));
    };
    await Promise.all([settled(a), settled(b)]);
    expect([a.read().counter, b.read().counter]).toEqual([100, 100]);
  });

  it('writes only the records that changed: one recipient of 2,000 is one row', async () => {
    fixture = await postgresFixture();
    const store = await open(fixture.backend);
    await store.update((d) => {
      for (let i = 0; i < 2000; i++) d.items.push({ id: `r${i}`, n: 0 });
    });
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${fixture.schema}` });
    await client.connect();
    try {
      const versions = async () => new Map((await client.query<{ key: string; x: string }>(`SELECT key, xmin::text AS x FROM store_records WHERE store = 'contract.json'`)).rows.map((r) => [r.key, r.x]));
      const before = await versions();
      await store.update((d) => {
        (d.items[1234] as { n: number }).n = 1;
      });
      const after = await versions();
      const changed = [...after].filter(([k, x]) => before.get(k) !== x).map(([k]) => k);
      expect(changed).toEqual(['i:items/id:r1234']);
      expect(after.size).toBe(before.size);
    } finally {
      await client.end();
    }
  });

  it('two instances opening a new store at once create it once', async () => {
    fixture = await postgresFixture();
    const other = await fixture.another();
    const [a, b] = await Promise.all([open(fixture.backend, 'fresh.json'), open(other, 'fresh.json')]);
    await a.update((d) => {
      d.counter = 7;
    });
    await b.update((d) => {
      d.counter += 1;
    });
    expect((await open(await fixture.another(), 'fresh.json')).read().counter).toBe(8);
  });
});
