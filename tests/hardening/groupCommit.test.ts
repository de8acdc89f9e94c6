import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openJsonStore, StoreError } from '../../bot/platform/store/jsonStore.ts';

/** jsonStore's group commit: concurrent updates share writes but behave as if each ran alone, in order. */
const schema = z.object({ n: z.number().int().max(1000), log: z.array(z.string()) });
const open = async () =>
  openJsonStore({ dir: await mkdtemp(path.join(tmpdir(), 'meldwijzer-commit-')), name: 's.json', schema, initial: () => ({ n: 0, log: [] }), version: 1 });

describe('concurrent updates', () => {
  it('each sees the ones before it, and all are on disk when they resolve', async () => {
    const store = await open();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.update((d) => {
          d.n += 1;
          d.log.push(`u${i}`);
          return d.n;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const onDisk = JSON.parse(await readFile(store.file, 'utf-8')) as { data: { n: number; log: string[] } };
    expect(onDisk.data.n).toBe(200);
    expect(onDisk.data.log).toEqual(Array.from({ length: 200 }, (_, i) => `u${i}`));
  });

  it('one that throws and one that breaks the schema are refused alone; the rest of their batch is written', async () => {
    const store = await open();
    const add = (tag: string) =>
      store.update((d) => {
        d.log.push(tag);
        d.n += 1;
        return d.n;
      });
    const outcomes = await Promise.allSettled([
      add('a'),
      store.update((d) => {
        d.log.push('half-done');
        throw new Error('boom');
      }),
      add('b'),
      store.update((d) => {
        d.n = 5000; // over the schema's max
      }),
      add('c'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'boom' });
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(StoreError);
    expect(outcomes.filter((o) => o.status === 'fulfilled').map((o) => (o as PromiseFulfilledResult<number>).value)).toEqual([1, 2, 3]);
    expect(store.read()).toEqual({ n: 3, log: ['a', 'b', 'c'] }); // nothing of the refused ones, not even half
    const onDisk = JSON.parse(await readFile(store.file, 'utf-8')) as { data: unknown };
    expect(onDisk.data).toEqual({ n: 3, log: ['a', 'b', 'c'] });
  });

  it('flush waits for everything queued', async () => {
    const store = await open();
    for (let i = 0; i < 50; i++) void store.update((d) => void (d.n += 1));
    expect(store.status().pendingWrites).toBe(50);
    await store.flush();
    expect(store.status().pendingWrites).toBe(0);
    expect((JSON.parse(await readFile(store.file, 'utf-8')) as { data: { n: number } }).data.n).toBe(50);
  });
});
