import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { describeError } from '../describeError.ts';
import { StartupError } from '../startupError.ts';

/**
 * One Meldwijzer process per data directory. Every store keeps its data in memory and writes whole files, so a
 * second process on the same DATA_DIR would silently overwrite the first one's writes. On start the process
 * creates `DATA_DIR/.lock` with the `wx` flag (fails if it exists), holding its pid, host, start time and a
 * random token; it is removed on close and on exit.
 *
 * A lock left behind by a process that is gone (SIGKILL, crash, power loss) is taken over:
 * - same host: the pid no longer runs (or, Linux, is a zombie: ended, not yet reaped by its parent), or (Linux) the
 *   pid now belongs to another process: a pid is reused after a reboot or in a new container, so the lock also
 *   records the process's start as the kernel counts it (`/proc/<pid>/stat`), and a live pid with another start is
 *   not the holder;
 * - same host, another directory: a copy of DATA_DIR taken while the bot runs (a backup, README) holds that bot's
 *   lock, but that bot does not use the copy; the lock records the directory's device and inode, which a copy
 *   does not share;
 * - another host (DATA_DIR on shared storage, or a container that came back with a new hostname): its pid cannot
 *   be checked from here, so the holder touches the file every minute, and a lock untouched for 5 minutes is stale.
 * A lock that cannot be read (never written by this code, or damaged) is taken over too.
 *
 * Not proper-lockfile: it judges staleness by mtime only (so a restart right after a SIGKILL waits out the stale
 * period), keeps no pid to name in the message, and by default throws from a timer when an update is late.
 */

const LOCK_NAME = '.lock';
const HEARTBEAT_MS = 60_000;
/** A lock from another host that was not touched for this long is stale (5 heartbeats: room for a slow disk or clock skew). */
export const FOREIGN_STALE_MS = 5 * HEARTBEAT_MS;

const lockSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  token: z.string().min(1),
  /** Linux: "<boot time>:<start in clock ticks since boot>" of the holder process; absent elsewhere. */
  processStart: z.string().optional(),
  /** "<device>:<inode>" of the locked directory, as the holder saw it. */
  dir: z.string().optional(),
});
export type LockHolder = z.infer<typeof lockSchema>;

export class DataDirLockedError extends StartupError {
  constructor(
    readonly dataDir: string,
    readonly file: string,
    readonly holder: LockHolder,
  ) {
    super(
      `Gegevensmap ${dataDir} is in gebruik door een ander Meldwijzer-proces (pid ${holder.pid} op ${holder.hostname}, gestart ${holder.startedAt}). ` +
        `Er mag maar één Meldwijzer tegelijk met dezelfde DATA_DIR werken; stop dat proces eerst. ` +
        `Weet u zeker dat het niet meer draait, verwijder dan ${file}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): Promise<void>;
}

/** "<btime>:<starttime>" of a process (Linux), or undefined where /proc is not there. */
async function processStart(pid: number | 'self'): Promise<string | undefined> {
  try {
    const [stat, procStat] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf-8'), readFile('/proc/stat', 'utf-8')]);
    // Field 2 (comm) may hold spaces and parentheses; the fields after its closing ")" start at field 3.
    const starttime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
    const btime = /^btime (\d+)$/m.exec(procStat)?.[1];
    return starttime && btime ? `${btime}:${starttime}` : undefined;
  } catch {
    return undefined;
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it runs, under another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !hasEnded(pid);
}

/**
 * Linux: a process that has ended but was not yet reaped by its parent (a zombie, state Z; or X while it is being
 * reaped) still answers kill(pid, 0), but it runs no code and holds no file. A restart right after a SIGKILL,
 * while a supervisor has not reaped the killed bot yet, must not be refused for it.
 */
function hasEnded(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
    // Field 2 (comm) may hold spaces and parentheses; field 3, the state, follows its closing ")".
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return false; // no /proc (macOS, Windows): kill(pid, 0) is all we know
  }
}

async function dirIdentity(dir: string): Promise<string> {
  const s = await stat(dir, { bigint: true });
  return `${s.dev}:${s.ino}`;
}

type Verdict = { alive: true } | { alive: false; reason: 'process-gone' | 'pid-reused' | 'copied' | 'no-heartbeat' | 'unreadable' };

async function judge(holder: LockHolder, touchedAt: number, dir: string): Promise<Verdict> {
  // Device numbers differ between hosts that mount the same share, so the directory is compared on one host only.
  if (holder.hostname !== hostname()) return Date.now() - touchedAt < FOREIGN_STALE_MS ? { alive: true } : { alive: false, reason: 'no-heartbeat' };
  if (holder.dir !== undefined && holder.dir !== dir) return { alive: false, reason: 'copied' };
  if (!pidRuns(holder.pid)) return { alive: false, reason: 'process-gone' };
  if (holder.processStart !== undefined) {
    const now = await processStart(holder.pid);
    if (now !== undefined && now !== holder.processStart) return { alive: false, reason: 'pid-reused' };
  }
  return { alive: true };
}

/** Reads the lock; a file just created by another starter may be empty for a moment, so an unreadable one is read again. */
async function readHolder(file: string): Promise<{ raw: string; holder: LockHolder | undefined; touchedAt: number } | undefined> {
  for (let attempt = 0; ; attempt++) {
    let raw: string;
    let touchedAt: number;
    try {
      [raw, touchedAt] = await Promise.all([readFile(file, 'utf-8'), stat(file).then((s) => s.mtimeMs)]);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    let holder: LockHolder | undefined;
    try {
      holder = lockSchema.parse(JSON.parse(raw));
    } catch {
      holder = undefined;
    }
    if (holder || attempt >= 4) return { raw, holder, touchedAt };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Takes the lock on dataDir (creating the directory), or throws DataDirLockedError naming the holder. Logs a
 * refusal as `data-dir-locked` and a take-over as `lock-taken-over`.
 */
export async function acquireDataDirLock(dataDir: string, log: Logger): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), token: randomUUID() };
  const start = await processStart('self');
  if (start !== undefined) mine.processStart = start;
  mine.dir = await dirIdentity(dataDir);
  const content = `${JSON.stringify(mine, null, 2)}\n`;

  // A few rounds: each either creates the file, refuses, or removes a stale lock and tries again. More than one
  // round only when several processes start at once on a stale lock.
  for (let round = 0; round < 5; round++) {
    try {
      const fh = await open(file, 'wx');
      try {
        await fh.writeFile(content);
      } finally {
        await fh.close();
      }
      return held(file, mine.token, log);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const found = await readHolder(file);
    if (!found) continue; // released in between
    const verdict: Verdict = found.holder ? await judge(found.holder, found.touchedAt, mine.dir) : { alive: false, reason: 'unreadable' };
    if (verdict.alive) {
      const h = found.holder as LockHolder;
      log.error(
        { event: 'data-dir-locked', dataDir, holderPid: h.pid, holderHost: h.hostname, holderStartedAt: h.startedAt },
        `DATA_DIR ${dataDir} is in use by another Meldwijzer process (pid ${h.pid} on ${h.hostname}); start refused`,
      );
      throw new DataDirLockedError(dataDir, file, h);
    }
    // Move the stale lock aside under a name of our own, and make sure it was the one judged: another starter
    // may have replaced it with a fresh lock since; that one is put back.
    const aside = `${file}.stale-${mine.token}`;
    try {
      await rename(file, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const movedRaw = await readFile(aside, 'utf-8');
    if (movedRaw !== found.raw) {
      await rename(aside, file).catch(() => undefined);
      continue;
    }
    await unlink(aside);
    log.warn(
      {
        event: 'lock-taken-over',
        dataDir,
        reason: verdict.reason,
        holderPid: found.holder?.pid,
        holderHost: found.holder?.hostname,
        holderStartedAt: found.holder?.startedAt,
      },
      'took over a stale DATA_DIR lock (its process is gone, or the lock was copied along with the data)',
    );
  }
  throw new Error(`could not take the lock ${file}: other processes keep taking it`);
}

function held(file: string, token: string, log: Logger): DataDirLock {
  const ours = (raw: string) => {
    try {
      return lockSchema.parse(JSON.parse(raw)).token === token;
    } catch {
      return false;
    }
  };
  // On process.exit (also the hard shutdown limit) no promise runs any more: remove the file synchronously.
  const onExit = () => {
    try {
      if (ours(readFileSync(file, 'utf-8'))) unlinkSync(file);
    } catch {
      // gone already
    }
  };
  process.on('exit', onExit);
  // The heartbeat tells a process on another host that this one still runs (see FOREIGN_STALE_MS).
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(file, now, now).catch((err: unknown) => log.warn({ event: 'lock-heartbeat-failed', err: describeError(err) }, 'could not touch the DATA_DIR lock'));
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      process.off('exit', onExit);
      try {
        if (ours(await readFile(file, 'utf-8'))) await unlink(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ event: 'lock-release-failed', err: describeError(err) }, 'could not remove the DATA_DIR lock');
      }
    },
  };
}
