import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../bot/main.ts';
import { sharedAnswers } from '../../test-support/harness.ts';
import { createLogger } from '../../bot/platform/log.ts';
import { openJsonStore, StoreError } from '../../bot/platform/store/jsonStore.ts';
import { z } from 'zod';
import { killStoreSchema } from './fixtures/killSchema.ts';
import { spawnBot } from './fixtures/botProcess.ts';

/**
 * Crash safety of the JSON stores. jsonStore.ts writes through lowdb's JSONFile, i.e. steno's Writer
 * (node_modules/steno/lib/index.js, Writer#write): `writeFile('.<name>.tmp')`, then `rename(tmp, file)`. A rename
 * on one file system is atomic, so a reader sees the old file or the new one, never a torn one. Here a writer
 * process is killed with SIGKILL at random moments, many times, and after every kill the file must parse, pass
 * its schema and hold every write the writer had acknowledged (printed after `await update`).
 */
const KILLS = 32;

let dir: string;
let writer: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-kill-'));
  // One bundle, started with plain node: a tsx start costs seconds on a busy CI machine, 32 of them too many.
  writer = path.join(dir, 'killWriter.mjs');
  await build({
    entryPoints: [path.resolve('tests/hardening/fixtures/killWriter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writer,
    logLevel: 'silent',
  });
}, 60_000);

/** Deterministic "random" delays (xorshift), so a failure can be replayed. */
function prng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

interface Run {
  acked: number[];
  sawReady: boolean;
  stalled: boolean;
  exit: { code: number | null; signal: NodeJS.Signals | null };
}

/** Where a run is killed: after a random delay, or at a fixed point inside a write (see killWriter.ts). */
type KillAt =
  | { kind: 'random'; delayMs: number; afterReady: boolean }
  | { kind: 'window'; window: 'mid-temp-write' | 'before-rename'; afterWrites: number };

function runAndKill(dataDir: string, at: KillAt): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    if (at.kind === 'window') {
      env.KILL_WINDOW = at.window;
      env.KILL_AFTER_WRITES = String(at.afterWrites);
    }
    const child = spawn(process.execPath, [writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    let sawReady = false;
    let stalled = false;
    let timer: NodeJS.Timeout | undefined;
    const killIn = (delayMs: number) => {
      timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (at.kind === 'random' && !at.afterReady) killIn(at.delayMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!sawReady && out.startsWith('ready\n')) {
        sawReady = true;
        if (at.kind === 'random' && at.afterReady) killIn(at.delayMs);
      }
      if (!stalled && at.kind === 'window' && out.includes('stalled\n')) {
        stalled = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== null) return reject(new Error(`writer exited by itself (${code}): ${err}`));
      // A number counts once its newline arrived: the writer prints it only after the update resolved.
      const lines = out.split('\n').slice(0, -1).filter((l) => /^\d+$/.test(l));
      resolve({ acked: lines.map(Number), sawReady, stalled, exit: { code, signal } });
    });
  });
}

/** Two files, each killed KILLS / LANES times in a row, at the same time: the kills' waits overlap. */
const LANES = 2;

describe('a writer killed with SIGKILL at random moments', () => {
  it(`never leaves a torn or invalid file, and never loses an acknowledged write (${KILLS} kills)`, async () => {
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => killLane(lane)));
    const allAcked = lanes.flatMap((l) => l.acked);
    const interrupted = { 'mid-temp-write': 0, 'before-rename': 0 };
    for (const l of lanes) for (const w of ['mid-temp-write', 'before-rename'] as const) interrupted[w] += l.interrupted[w];
    expect(allAcked.length).toBeGreaterThan(KILLS); // the writer did get work done between kills
    expect(interrupted).toEqual({ 'mid-temp-write': KILLS / 8, 'before-rename': KILLS / 8 });
  }, 120_000);
});

/** One file, killed KILLS / LANES times in a row; after every kill it must parse and hold every acknowledged write. */
async function killLane(lane: number): Promise<{ acked: number[]; interrupted: Record<'mid-temp-write' | 'before-rename', number> }> {
  const dataDir = path.join(dir, `data-${lane}`);
  const file = path.join(dataDir, 'kill.json');
  const tmp = path.join(dataDir, '.kill.json.tmp');
  const random = prng(0x5eed + lane);
  const allAcked: number[] = [];
  const interrupted = { 'mid-temp-write': 0, 'before-rename': 0 };
  for (let i = 0; i < KILLS / LANES; i++) {
    // Every 8th run is killed half-way through writing the temp file, every 8th (offset 4) after the temp
    // file is complete but before the rename: the two moments a torn file could appear. Of the rest, most
    // are killed at a random moment while updates stream, and every fourth at a random moment from the
    // spawn (also while opening the file, or before it exists).
    const at: KillAt =
      i % 8 === 0 || i % 8 === 4
        ? { kind: 'window', window: i % 8 === 0 ? 'mid-temp-write' : 'before-rename', afterWrites: Math.floor(random() * 6) }
        : i % 4 === 3
          ? { kind: 'random', delayMs: Math.floor(random() * 400), afterReady: false }
          : { kind: 'random', delayMs: Math.floor(random() * 250), afterReady: true };
    const before = existsSync(file) ? await readFile(file, 'utf-8') : undefined;
    const run = await runAndKill(dataDir, at);
    expect(run.exit.signal).toBe('SIGKILL');
    allAcked.push(...run.acked);
    if (at.kind === 'window') {
      expect(run.stalled, `lane ${lane}, run ${i}: the writer reached the ${at.window} point`).toBe(true);
      interrupted[at.window]++;
      // The kill came in the middle of a write: the temp file holds (part of) the new state...
      const partial = await readFile(tmp, 'utf-8');
      expect(partial.length).toBeGreaterThan(0);
      if (at.window === 'mid-temp-write') expect(() => JSON.parse(partial)).toThrow();
      // ...and kill.json is exactly what the last completed write left, whatever this run acknowledged.
      if (run.acked.length === 0 && before !== undefined) expect(await readFile(file, 'utf-8')).toBe(before);
    }
    if (!existsSync(file)) {
      expect(allAcked).toEqual([]); // nothing acknowledged, so nothing to lose
      continue;
    }
    const envelope = JSON.parse(await readFile(file, 'utf-8')) as { version: number; data: unknown };
    expect(envelope.version).toBe(1);
    const data = killStoreSchema.parse(envelope.data);
    // Serialized writes: the file holds 0..n in order, and n covers everything acknowledged so far.
    expect(data.seqs).toEqual(data.seqs.map((_, k) => k));
    const present = new Set(data.seqs);
    const lost = allAcked.filter((s) => !present.has(s));
    expect(lost, `lane ${lane}, run ${i}: acknowledged but missing`).toEqual([]);
  }
  // The files next to kill.json: only the temp file (never a second copy of the data).
  const names = (await readdir(dataDir)).sort();
  expect(names.filter((n) => n !== 'kill.json' && n !== '.kill.json.tmp')).toEqual([]);
  return { acked: allAcked, interrupted };
}

describe('a damaged data file at start', () => {
  const cases: Array<[string, string]> = [
    ['not JSON (torn by hand)', '{"version":1,"data":{"conversations":{"a":'],
    ['JSON, but not a Meldwijzer file', '[1,2,3]'],
    ['failing its schema', JSON.stringify({ version: 2, data: { conversations: { x: { conversationId: 5 } } } })],
    ['from a newer Meldwijzer', JSON.stringify({ version: 99, data: { conversations: {} } })],
  ];
  for (const [label, content] of cases) {
    it(`${label}: the start is refused, naming the file, and the file is left byte for byte`, async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-damaged-'));
      const file = path.join(dataDir, 'conversations.json');
      await writeFile(file, content);
      const error = await startApp({ env: { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' }, log: createLogger('silent'), answers: await sharedAnswers() }).then(
        async (app) => {
          await app.close();
          return undefined;
        },
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as Error).message).toContain(file);
      expect(await readFile(file, 'utf-8')).toBe(content);
      // Nothing else was written over it or next to it.
      expect((await readdir(dataDir)).filter((n) => n.startsWith('conversations'))).toEqual(['conversations.json']);
    });
  }

  it('as a process: the bot exits with 1 and says which file on stderr', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-damaged-'));
    const file = path.join(dataDir, 'answers.json');
    const content = '{"version":1,"data":';
    await writeFile(file, content);
    const bot = await spawnBot({ DATA_DIR: dataDir });
    const result = await bot.exited;
    expect(result.code).toBe(1);
    expect(bot.stderr()).toContain(file);
    expect(bot.stderr()).toMatch(/niet aangeraakt/);
    expect(await readFile(file, 'utf-8')).toBe(content);
  }, 60_000);
});


describe('a write that fails (disk full, file replaced)', () => {
  it('rejects the update with a StoreError, keeps the old data in memory, reports it, and the next write works', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-writefail-'));
    const store = await openJsonStore({ dir: dataDir, name: 'n.json', schema: z.object({ n: z.number() }), initial: () => ({ n: 0 }), version: 1 });
    await store.update((d) => {
      d.n = 1;
    });
    // A directory where the file is: steno's rename onto it fails, as a full disk would fail the write.
    await rm(store.file);
    await mkdir(path.join(store.file, 'blocker'), { recursive: true });
    await expect(
      store.update((d) => {
        d.n = 2;
      }),
    ).rejects.toBeInstanceOf(StoreError);
    expect(store.read().n).toBe(1); // the refused change is not visible, and a later write cannot persist it
    expect(store.status()).toMatchObject({ ok: false, pendingWrites: 0 });
    await rm(store.file, { recursive: true });
    await store.update((d) => {
      d.n += 10;
    });
    expect(store.read().n).toBe(11);
    expect(store.status().ok).toBe(true);
    expect(JSON.parse(await readFile(store.file, 'utf-8'))).toEqual({ version: 1, data: { n: 11 } });
  });
});
