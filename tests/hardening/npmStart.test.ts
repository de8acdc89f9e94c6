import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL_KNOWLEDGE } from './fixtures/botProcess.ts';

/**
 * `npm start` as a container runs it: npm is the first process and the only one the runtime signals (`docker stop`
 * sends SIGTERM to PID 1), or a terminal signals the whole process group (Ctrl-C). Either way the bot must get the
 * signal, stop cleanly and free its data directory. With `sh -c "tsx bot/main.ts"` npm forwarded SIGTERM to the
 * shell only: npm and sh exited, tsx and the bot ran on as orphans holding the lock (issue 15, finding 2).
 */

interface NpmStart {
  npmPid: number;
  url: Promise<string>;
  logs: Array<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function npmStart(dataDir: string): NpmStart {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: path.resolve('.'),
    // Only what npm and the bot need: no credentials from the test's environment turn off local mode.
    // The one-entry knowledge folder: this tests the process and its signals, not the answers (half the start's CPU).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), npm_config_update_notifier: 'false', DATA_DIR: dataDir, KNOWLEDGE_DIR: SMALL_KNOWLEDGE, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info' },
    // Its own process group, as under a container runtime or a terminal.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let resolveUrl: (u: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (resolveUrl = resolve));
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue; // npm's own lines
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.event === 'local-mode' && typeof entry.url === 'string') resolveUrl(entry.url.replace(/\/api\/messages$/, ''));
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // A start that ends before it listens fails the test with what it said, instead of a timeout.
  const listening = Promise.race([url, exited.then((e) => Promise.reject(new Error(`npm start exited (${JSON.stringify(e)}) before listening: ${stderr.slice(-2000)}`)))]);
  return { npmPid: child.pid ?? 0, url: listening, logs, exited };
}

const runs = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** The parent pid and the command line of a process (Linux /proc). */
const parentOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};
const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf-8').split('\0').filter(Boolean);

describe.runIf(existsSync('/proc/self/stat'))('npm start: the bot gets the signal', () => {
  for (const target of ['npm only (a container runtime signals PID 1)', 'the process group (Ctrl-C, kill -- -<pgid>)'] as const) {
    it(`SIGTERM to ${target}: the bot stops cleanly, npm exits 0, the lock is gone and nothing runs on`, async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'meldwijzer-npm-start-'));
      const bot = npmStart(dataDir);
      try {
        const url = await bot.url;
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        // One process under npm: the bot itself (node), no shell and no tsx launcher in between.
        const botPid = (JSON.parse(await readFile(path.join(dataDir, '.lock'), 'utf-8')) as { pid: number }).pid;
        expect(parentOf(botPid)).toBe(bot.npmPid);
        expect(path.basename(commandOf(botPid)[0] ?? '')).toBe('node');

        process.kill(target.startsWith('npm') ? bot.npmPid : -bot.npmPid, 'SIGTERM');
        expect(await bot.exited).toEqual({ code: 0, signal: null });
        expect(bot.logs.find((l) => l.event === 'stopping')).toMatchObject({ signal: 'SIGTERM' });
        expect(bot.logs.map((l) => l.event)).toContain('stopped');
        expect(runs(botPid)).toBe(false);
        expect(existsSync(path.join(dataDir, '.lock'))).toBe(false);
      } finally {
        // Whatever failed above, leave no bot behind.
        try {
          process.kill(-bot.npmPid, 'SIGKILL');
        } catch {
          // gone already
        }
      }
    }, 90_000);
  }
});
