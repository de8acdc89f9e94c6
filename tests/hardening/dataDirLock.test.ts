import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp, type App } from '../../bot/main.ts';
import { sharedAnswers } from '../../test-support/harness.ts';
import { DataDirLockedError, FOREIGN_STALE_MS } from '../../bot/platform/store/dataDirLock.ts';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';
import { spawnBot } from './fixtures/botProcess.ts';

/**
 * One process per DATA_DIR: the stores keep their data in memory and write whole files, so two processes on one
 * directory would overwrite each other's writes. startApp takes `DATA_DIR/.lock` before it opens a store.
 */

const open: App[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close().catch(() => undefined);
});

const sink = () => memoryLogger('info');

async function start(dataDir: string, options: { listen?: boolean } = {}) {
  const { logs, log } = sink();
  const app = await startApp({ env: { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' }, log, listen: options.listen ?? false, answers: await sharedAnswers() });
  open.push(app);
  return { app, logs };
}

async function refusal(dataDir: string): Promise<{ error: unknown; logs: Array<Record<string, unknown>> }> {
  const { logs, log } = sink();
  const error = await startApp({ env: { DATA_DIR: dataDir, NODE_ENV: 'test' }, log, listen: false, answers: await sharedAnswers() }).then(
    async (app) => {
      await app.close();
      return undefined;
    },
    (err: unknown) => err,
  );
  return { error, logs };
}

const lockFile = (dataDir: string) => path.join(dataDir, '.lock');
const readLock = async (dataDir: string) => JSON.parse(await readFile(lockFile(dataDir), 'utf-8')) as { pid: number; hostname: string; startedAt: string; token: string; processStart?: string };
const tempDir = () => mkdtemp(path.join(tmpdir(), 'meldwijzer-lock-'));

/** The pid of a process that has ended (and was reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  return child.pid;
}

describe('one Meldwijzer per DATA_DIR, in one test process', () => {
  it('a second start on the same directory is refused while the first runs, naming the directory and the pid; after close it starts', async () => {
    const dataDir = await tempDir();
    const first = await start(dataDir, { listen: true });
    const lock = await readLock(dataDir);
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    const filesBefore = await readdir(dataDir);

    const { error, logs } = await refusal(dataDir);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    expect(logs.find((l) => l.event === 'data-dir-locked')).toMatchObject({ level: 50, dataDir, holderPid: process.pid });
    // The refused start touched nothing: the first one's lock and files are as they were.
    expect(await readLock(dataDir)).toEqual(lock);
    expect((await readdir(dataDir)).sort()).toEqual(filesBefore.sort());
    // The first one still works.
    expect((await fetch(`${first.app.url}/healthz`)).status).toBe(200);

    await first.app.close();
    open.splice(open.indexOf(first.app), 1);
    expect(existsSync(lockFile(dataDir))).toBe(false);
    const second = await start(dataDir);
    expect((await readLock(dataDir)).token).not.toBe(lock.token);
    expect(second.logs.some((l) => l.event === 'lock-taken-over')).toBe(false);
  });

  it('two starts at the same moment: exactly one gets the directory', async () => {
    const dataDir = await tempDir();
    const results = await Promise.allSettled([0, 1, 2].map(() => start(dataDir)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DataDirLockedError);
  });

  it('a lock left by a process that is gone is taken over, and the take-over is logged', async () => {
    const dataDir = await tempDir();
    const pid = deadPid();
    await writeFile(lockFile(dataDir), JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'old' }));
    const { logs } = await start(dataDir);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ level: 40, reason: 'process-gone', holderPid: pid, holderHost: hostname() });
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid });
    // Nothing left beside it (the stale lock is moved aside, then removed).
    expect((await readdir(dataDir)).filter((n) => n.startsWith('.lock'))).toEqual(['.lock']);
  });

  it.runIf(existsSync('/proc/self/stat'))('a pid that runs but belongs to another process now (pid reused after a reboot or in a new container) is taken over', async () => {
    const dataDir = await tempDir();
    // Our own pid runs, but with another start than the one recorded: not the process that took the lock.
    await writeFile(lockFile(dataDir), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'old', processStart: '1:1' }));
    const { logs } = await start(dataDir);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'pid-reused', holderPid: process.pid });
  });

  it('a copy of a data directory in use (a backup taken while the bot runs) carries the lock along; a start on the copy takes it over', async () => {
    const dataDir = await tempDir();
    await start(dataDir);
    const copy = await tempDir();
    await cp(dataDir, copy, { recursive: true });
    expect(await readLock(copy)).toEqual(await readLock(dataDir)); // the same pid, alive, on this host
    const { logs } = await start(copy);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'copied', holderPid: process.pid });
    // The original is still locked.
    expect((await refusal(dataDir)).error).toBeInstanceOf(DataDirLockedError);
  });

  it('a lock from another host: refused while its holder keeps touching it, taken over when it has not for 5 minutes', async () => {
    const dataDir = await tempDir();
    await writeFile(lockFile(dataDir), JSON.stringify({ pid: 4242, hostname: 'other-host', startedAt: '2026-01-01T00:00:00.000Z', token: 'other' }));
    const { error } = await refusal(dataDir);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain('pid 4242 op other-host');
    const old = new Date(Date.now() - FOREIGN_STALE_MS - 60_000);
    await utimes(lockFile(dataDir), old, old);
    const { logs } = await start(dataDir);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'no-heartbeat', holderHost: 'other-host' });
  });

  it('a lock file that cannot be read (damaged) is taken over', async () => {
    const dataDir = await tempDir();
    await writeFile(lockFile(dataDir), '{"pid": 12');
    const { logs } = await start(dataDir);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'unreadable' });
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid });
  });

  it('a start that fails after taking the lock (a damaged data file) leaves no lock behind', async () => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, 'groups.json'), '{"version":1,');
    const { error } = await refusal(dataDir);
    expect(error).toBeInstanceOf(StoreError);
    expect(existsSync(lockFile(dataDir))).toBe(false);
  });
});

describe('one Meldwijzer per DATA_DIR, as processes', () => {
  it('a bot started on a directory in use exits with 1 and names the directory and the pid on stderr', async () => {
    const dataDir = await tempDir();
    await start(dataDir);
    const bot = await spawnBot({ DATA_DIR: dataDir });
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr()).toContain(dataDir);
    expect(bot.stderr()).toContain(`pid ${process.pid}`);
    expect(bot.logs.find((l) => l.event === 'data-dir-locked')).toMatchObject({ holderPid: process.pid });
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid }); // ours, untouched
  }, 60_000);

  it('a bot killed with SIGKILL leaves its lock, and the next start takes it over', async () => {
    const dataDir = await tempDir();
    const bot = await spawnBot({ DATA_DIR: dataDir });
    await bot.url;
    const pid = bot.child.pid;
    expect(await readLock(dataDir)).toMatchObject({ pid });
    bot.child.kill('SIGKILL');
    expect((await bot.exited).signal).toBe('SIGKILL');
    expect(await readLock(dataDir)).toMatchObject({ pid }); // left behind

    const { app, logs } = await start(dataDir);
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'process-gone', holderPid: pid });
    expect(await readLock(dataDir)).toMatchObject({ pid: process.pid });
    await app.close();
    expect(existsSync(lockFile(dataDir))).toBe(false);
  }, 60_000);

  it('a bot stopped with SIGTERM removes its lock', async () => {
    const dataDir = await tempDir();
    const bot = await spawnBot({ DATA_DIR: dataDir });
    const url = await bot.url;
    expect(existsSync(lockFile(dataDir))).toBe(true);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(existsSync(lockFile(dataDir))).toBe(false);
  }, 60_000);

  it('a SIGTERM while the bot is still starting: it finishes the start, then stops cleanly and removes its lock', async () => {
    const dataDir = await tempDir();
    const bot = await spawnBot({ DATA_DIR: dataDir });
    // The lock is the first thing the start takes; the stores, the knowledge base and the port come after it.
    await vi.waitFor(() => expect(existsSync(lockFile(dataDir))).toBe(true), { timeout: 15_000, interval: 5 });
    bot.child.kill('SIGTERM');
    const exit = await bot.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(bot.logs.map((l) => l.event)).toContain('stopping');
    expect(existsSync(lockFile(dataDir))).toBe(false);
  }, 60_000);
});
