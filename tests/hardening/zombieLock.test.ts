import { memoryLogger } from '../../test-support/memoryLogger.ts';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../../bot/platform/store/dataDirLock.ts';

/**
 * A restart right after a SIGKILL: until its parent (a supervisor, a shell, a container's init) reaps it, the killed
 * bot is a zombie. Its pid still answers kill(pid, 0), yet it runs no code; its lock must be taken over, not obeyed
 * (issue 15, finding 9).
 */

const cleanups: Array<() => void> = [];
const held: DataDirLock[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  for (const l of held.splice(0)) await l.release();
});

const sink = () => memoryLogger('info');

const stat = (pid: number) => {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf-8');
  return s.slice(s.lastIndexOf(')') + 2).split(' ');
};
/** As the lock records it: "<boot time>:<start in clock ticks>". */
const processStart = (pid: number) => `${/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf-8'))?.[1]}:${stat(pid)[22 - 3]}`;

/** A process that has ended but is not reaped: its parent execs into `sleep`, which never waits for children. */
async function zombie(): Promise<number> {
  const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  cleanups.push(() => parent.kill('SIGKILL'));
  const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  await vi.waitFor(() => expect(stat(pid)[0]).toBe('Z'), { timeout: 5000, interval: 20 });
  return pid;
}

describe.runIf(existsSync('/proc/self/stat'))('the DATA_DIR lock of a zombie', () => {
  it('a lock held by a killed process that is not reaped yet is taken over; a live holder is still obeyed', async () => {
    const pid = await zombie();
    expect(() => process.kill(pid, 0)).not.toThrow(); // what made the lock think it still ran

    const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-zombie-'));
    const lockFile = path.join(dataDir, '.lock');
    await writeFile(lockFile, JSON.stringify({ pid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z', token: 'killed', processStart: processStart(pid) }));
    const { logs, log } = sink();
    held.push(await acquireDataDirLock(dataDir, log));
    expect(logs.find((l) => l.event === 'lock-taken-over')).toMatchObject({ reason: 'process-gone', holderPid: pid });
    expect(JSON.parse(await readFile(lockFile, 'utf-8'))).toMatchObject({ pid: process.pid });

    // The check is about the zombie state, not a looser one: a running holder (this process) still refuses.
    const second = sink();
    await expect(acquireDataDirLock(dataDir, second.log)).rejects.toBeInstanceOf(DataDirLockedError);
  });
});
