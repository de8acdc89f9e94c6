import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openJsonStore, StoreError } from '../../bot/platform/store/jsonStore.ts';

const schema = z.object({ items: z.array(z.object({ n: z.number().int() })) });
const open = (dir: string, extra: { version?: number; migrations?: Record<number, (d: unknown) => unknown> } = {}) =>
  openJsonStore({ dir, name: 'test.json', schema, initial: () => ({ items: [] }), version: extra.version ?? 1, ...(extra.migrations ? { migrations: extra.migrations } : {}) });

describe('the JSON file store', () => {
  it('creates the file, applies updates in order and survives a reopen', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mw-store-'));
    const s = await open(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => s.update((d) => d.items.push({ n: i }))));
    const again = await open(dir);
    expect(again.read().items.map((i) => i.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const onDisk = JSON.parse(await readFile(path.join(dir, 'test.json'), 'utf-8')) as { version: number };
    expect(onDisk.version).toBe(1);
  });

  it('a file that could not be written is healthy again once the disk works, without waiting for a change (status() tries it again)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mw-store-'));
    const s = await open(dir);
    await s.update((d) => d.items.push({ n: 1 }));
    // A directory where the temporary file goes: the write fails (root ignores permissions, so no chmod).
    const blocker = path.join(dir, '.test.json.tmp', 'blocker');
    await mkdir(blocker, { recursive: true });
    await expect(s.update((d) => d.items.push({ n: 2 }))).rejects.toThrow(StoreError);
    expect(s.status()).toMatchObject({ ok: false, lastError: expect.stringMatching(/^E[A-Z]+:/) });
    await s.flush();
    expect(s.status().ok).toBe(false); // still broken: the attempt the call above started failed too
    await s.flush();

    await rm(path.join(dir, '.test.json.tmp'), { recursive: true });
    s.status(); // the platform's next health probe
    await vi.waitFor(() => expect(s.status().ok).toBe(true), { timeout: 10_000 });
    expect(s.status()).toMatchObject({ ok: true, pendingWrites: 0, lastError: undefined });
    // What was on disk is what was committed: the failed change is not in it.
    expect((await open(dir)).read().items).toEqual([{ n: 1 }]);
  });

  it('rolls back an update that breaks the schema or throws, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mw-store-'));
    const s = await open(dir);
    await s.update((d) => d.items.push({ n: 1 }));
    await expect(s.update((d) => d.items.push({ n: 1.5 }))).rejects.toThrow(StoreError);
    await expect(
      s.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await s.update((d) => d.items.push({ n: 2 }));
    expect((await open(dir)).read().items).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it.each([
    ['not JSON', '{"version":1,"data":'],
    ['wrong shape', '{"version":1,"data":{"items":[{"n":"x"}]}}'],
    ['no envelope', '[1,2,3]'],
    ['newer version', '{"version":9,"data":{"items":[]}}'],
  ])('refuses to start on a damaged file (%s), names it and leaves it untouched', async (_label, content) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mw-store-'));
    const file = path.join(dir, 'test.json');
    await writeFile(file, content);
    await expect(open(dir)).rejects.toThrow(file);
    expect(await readFile(file, 'utf-8')).toBe(content);
  });

  it('migrates an older version after making a backup copy', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mw-store-'));
    const file = path.join(dir, 'test.json');
    await writeFile(file, JSON.stringify({ version: 1, data: { numbers: [1, 2] } }));
    const s = await open(dir, {
      version: 2,
      migrations: { 1: (d) => ({ items: (d as { numbers: number[] }).numbers.map((n) => ({ n })) }) },
    });
    expect(s.read().items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await readdir(dir)).toContain('test.json.v1.bak');
    expect(JSON.parse(await readFile(file, 'utf-8'))).toEqual({ version: 2, data: { items: [{ n: 1 }, { n: 2 }] } });
  });
});
