/**
 * Pieces the process benchmarks (bench/broadcast.ts, bench/delivery.ts) share: command-line flags, a free port, the
 * bot as a child process in its own process group, polling, /healthz, the Versturen button's id and the median.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROADCAST_VERBS } from '../cards/broadcastVerbs.ts';
import { BOT_ID, BOT_NAME, TENANT_ID } from '../test-support/activities.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
/** The value after `--name` on the command line, or the fallback. */
export const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** The bot as `npx tsx bot/main.ts`, logging to a file; detached, so a signal to its group reaches npx, tsx and node. */
export function startBot(env: Record<string, string>, logFile: string): ChildProcess {
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn('npx', ['tsx', 'bot/main.ts'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Polls until the probe gives a value; throws after timeoutMs. */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, stepMs = 50): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('benchmark: timed out');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export async function health(url: string): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch(`${url}/healthz`);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The id in the preview card's Versturen button. */
export function findConfirmId(card: unknown): string {
  const m = new RegExp(`"verb":"${BROADCAST_VERBS.confirm.replace('.', '\\.')}","data":\\{"id":"([^"]+)"`).exec(JSON.stringify(card));
  if (!m?.[1]) throw new Error('benchmark: no Versturen button in the preview');
  return m[1];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * A Teams message from load person `n` in their own personal chat, as a JSON body (the load benchmarks send
 * thousands: each person and chat has its own ids, made from `label`, and `seq` makes every activity id new).
 */
export function loadActivity(label: string, serviceUrl: string, n: number, text: string, seq: number, aadPrefix: string): string {
  const user = { id: `29:${label}-user-${n}`, name: `${label} ${n}`, aadObjectId: `${aadPrefix}-0000-4000-8000-${String(n).padStart(12, '0')}` };
  return JSON.stringify({
    type: 'message',
    id: `${label}-${n}-${seq}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimezone: 'Europe/Amsterdam',
    locale: 'nl-NL',
    from: user,
    recipient: { id: BOT_ID, name: BOT_NAME },
    conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: `a:${label}-conversation-${n}` },
    channelData: { tenant: { id: TENANT_ID } },
    text,
    textFormat: 'plain',
  });
}
