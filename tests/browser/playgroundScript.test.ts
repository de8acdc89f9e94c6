/**
 * `npm run playground` itself (scripts/playground.ts, run with tsx as the npm script does): it starts the bot and
 * the Playground, prints the address, and one Ctrl-C stops both with nothing left running; a bot that cannot
 * start gives a clear message and exit code 1, and takes the Playground down with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../../scripts/playground.ts';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const running: ChildProcess[] = [];
const temps: string[] = [];

afterEach(() => {
  for (const child of running.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Gone.
    }
  }
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meldwijzer-playground-'));
  temps.push(dir);
  return dir;
}

/** Starts the script as a terminal would: in a process group of its own, so "Ctrl-C" can go to the whole group. */
function start(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let out = '';
  const child = spawn(TSX, [path.join(ROOT, 'scripts', 'playground.ts'), ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function until(ok: () => boolean, timeoutMs: number, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Processes (Linux) whose environment mentions this folder: what the script started for this run. */
function processesUsing(dir: string): number[] {
  if (!fs.existsSync('/proc/self/environ')) return [];
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'latin1').includes(dir)) found.push(Number(name));
    } catch {
      // Gone, or not ours.
    }
  }
  return found;
}

describe('npm run playground', () => {
  it('starts the bot and the Playground, prints the address, and one Ctrl-C stops both', async () => {
    const [port, botPort] = [await freePort(), await freePort()];
    const dir = tempDir();
    const run = start(['--port', String(port), '--bot-port', String(botPort), '--data-dir', path.join(dir, 'data'), '--log-dir', path.join(dir, 'logs')]);
    await until(() => run.output().includes('Stoppen: Ctrl-C'), 150_000, 'the address', run.output);

    expect(run.output()).toContain(`Open http://localhost:${port} in uw browser.`);
    expect(run.output()).toContain('U bent Projectleider GHNT (projectleider)');
    // A fresh data folder gets the experts' group, linked to the tenant's experts' channel, and says how to try it.
    expect(run.output()).toContain('Vraag het een expert: open eerst één keer het kanaal "Vragen aan experts"');
    expect(run.output()).toContain('De groep "Netwerk aandachtsfunctionarissen" is voor u klaargezet als groep van de experts.');
    const page = await fetch(`http://localhost:${port}/`);
    expect(await page.text()).toContain('Microsoft 365 Agents Playground');
    const health = (await (await fetch(`http://127.0.0.1:${botPort}/healthz`)).json()) as { mode?: string };
    expect(health.mode).toBe('local');
    expect(processesUsing(dir).length).toBeGreaterThanOrEqual(2);

    // What a terminal does on Ctrl-C: SIGINT to the foreground process group.
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain('SIGINT: de Playground en de bot stoppen');
    expect(await listening(port)).toBe(false);
    expect(await listening(botPort)).toBe(false);
    expect(processesUsing(dir)).toEqual([]);
  }, 200_000);

  it('says why the bot did not start, exits 1 and leaves nothing running', async () => {
    const [port, botPort] = [await freePort(), await freePort()];
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'data', 'conversations.json'), '{ kapot');
    const run = start(['--port', String(port), '--bot-port', String(botPort), '--data-dir', path.join(dir, 'data'), '--log-dir', path.join(dir, 'logs')]);

    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('De bot is gestopt (exit 1) voordat hij antwoordde');
    expect(run.output()).toContain('conversations.json');
    expect(await listening(port)).toBe(false);
    expect(processesUsing(dir)).toEqual([]);
  }, 200_000);
});
