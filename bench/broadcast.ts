/**
 * Broadcast benchmark (issue 4): a broadcast to N recipients through the real bot, run as a child process
 * (`npx tsx bot/main.ts`), against a stand-in Bot Connector on 127.0.0.1 that accepts at most 50 requests per
 * second (sliding window; 429 + Retry-After above it) and answers 2 % of requests with 503.
 *
 * Measures: total time from "Versturen" to the last delivery, against the theoretical minimum N / 50 s, as a
 * ratio; lost and duplicate deliveries (both should be 0); and the same with the bot process SIGKILLed halfway
 * and started again (duplicates then at most the crash bound, maxUnconfirmed).
 *
 *   npx tsx bench/broadcast.ts                       # 1,000 recipients x3 and 5,000 x1, each plain and with a kill
 *   npx tsx bench/broadcast.ts --sizes 5000x3        # sizes as NxRUNS, comma-separated
 *   npx tsx bench/broadcast.ts --kill no|only|both --rate 45 --server-rate 50 --fail 0.02
 *
 * Without --rate the bot runs as it ships (TEAMS_RATE_PER_SECOND unset: the whole budget of 50/s).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultDeliveryPolicy } from '../bot/broadcasts/deliveryRun.ts';
import { BROADCAST_VERBS } from '../cards/broadcastVerbs.ts';
import { findConfirmId, flag, freePort, health, killGroup, median, root, startBot, waitFor } from './benchKit.ts';
import { executeInvoke, LEADER, TENANT_ID, BOT_ID } from '../test-support/activities.ts';
import { startConnectorServer, type ConnectorServer } from '../test-support/connectorServer.ts';

const sizes = flag('sizes', '1000x3,5000x1')
  .split(',')
  .map((s) => s.split('x').map(Number) as [number, number]);
const killMode = flag('kill', 'both') as 'no' | 'only' | 'both';
const rateFlag = flag('rate', '');
const rate = rateFlag === '' ? 50 : Number(rateFlag);
const serverRate = Number(flag('server-rate', '50'));
const failRate = Number(flag('fail', '0.02'));
const LEADER_CHAT = 'a:1personal-chat-with-leader';

interface Result {
  recipients: number;
  kill: boolean;
  seconds: number;
  minimum: number;
  ratio: number;
  lost: number;
  duplicates: number;
  deliveredAtKill: number | undefined;
  /** From the SIGKILL until the new process answers /healthz. */
  restartSeconds: number | undefined;
  /** Deliveries per second between the 10 % and 90 % marks (without start and tail; with a kill, the restart is inside). */
  steadyRate: number;
  requests: number;
  throttled: number;
  unavailable: number;
  peakPerSecond: number;
}


/** Conversation records as the bot stores them after an install, written directly (5,000 installs would take long). */
async function seed(dataDir: string, n: number, serviceUrl: string) {
  const now = new Date().toISOString();
  const conversations: Record<string, unknown> = {};
  const add = (id: string, aad: string) => {
    conversations[id] = { conversationId: id, conversationType: 'personal', channelId: 'msteams', serviceUrl, tenantId: TENANT_ID, botId: BOT_ID, botName: 'Meldwijzer', userAadObjectId: aad, installedAt: now, lastSeenAt: now, active: true, updatesOptOut: false };
  };
  add(LEADER_CHAT, LEADER.aadObjectId);
  for (let i = 1; i < n; i++) {
    // Teams personal conversation ids are long opaque strings; keep the size realistic.
    add(`a:1${randomBytes(48).toString('base64url')}`, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  }
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'conversations.json'), JSON.stringify({ version: 1, data: { conversations } }));
}





async function invoke(url: string, connector: ConnectorServer, verb: string, data: Record<string, unknown>) {
  const activity = { ...executeInvoke(verb, data, 'personal', LEADER), serviceUrl: connector.url, replyToId: 'report-card-1', conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: LEADER_CHAT } };
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return (await res.json()) as { value: Record<string, unknown> };
}


async function runOnce(n: number, kill: boolean, seedNo: number): Promise<Result> {
  const connector = await startConnectorServer({ ratePerSecond: serverRate, failRate, seed: seedNo });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-bench-'));
  await seed(dataDir, n, connector.url);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.tmpdir(),
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    LOG_LEVEL: 'warn',
    PROJECT_LEADERS: LEADER.aadObjectId,
    ...(rateFlag === '' ? {} : { TEAMS_RATE_PER_SECOND: rateFlag }),
  };
  const logFile = path.join(dataDir, 'bot.log');
  let child = startBot(env, logFile);
  try {
    await waitFor(() => health(url), 60_000, 100);
    const form = { title: 'Benchmark-update', text: 'Een update voor iedereen, om de levering te meten.', audience: 'personal' };
    const preview = await invoke(url, connector, BROADCAST_VERBS.preview, form);
    const id = findConfirmId(preview.value);
    connector.reset();
    const t0 = Date.now();
    let at10: number | undefined;
    let at90: number | undefined;
    const marks = setInterval(() => {
      const d = connector.delivered.size;
      if (at10 === undefined && d >= n * 0.1) at10 = Date.now();
      if (at90 === undefined && d >= n * 0.9) at90 = Date.now();
    }, 5);
    await invoke(url, connector, BROADCAST_VERBS.confirm, { id });

    let deliveredAtKill: number | undefined;
    let restartSeconds: number | undefined;
    if (kill) {
      await waitFor(() => (connector.delivered.size >= n / 2 ? true : undefined), 600_000, 5);
      killGroup(child, 'SIGKILL');
      deliveredAtKill = connector.delivered.size;
      await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
      const killedAt = Date.now();
      child = startBot(env, logFile);
      void waitFor(() => health(url), 120_000, 50).then(() => {
        restartSeconds = (Date.now() - killedAt) / 1000;
      });
    }
    let lastDelivery = t0;
    let seen = 0;
    await waitFor(
      () => {
        if (connector.delivered.size !== seen) {
          seen = connector.delivered.size;
          lastDelivery = Date.now();
        }
        return connector.delivered.size >= n ? true : undefined;
      },
      900_000,
      5,
    );
    clearInterval(marks);
    // Then wait for the bot to call it done (the queue closed, the report card final).
    await waitFor(async () => {
      const h = await health(url);
      const b = h?.broadcasts as { sending?: number } | undefined;
      return b && b.sending === 0 ? true : undefined;
    }, 120_000, 200);
    const seconds = (lastDelivery - t0) / 1000;
    const minimum = n / serverRate;
    let duplicates = 0;
    for (const count of connector.delivered.values()) duplicates += count - 1;
    return {
      recipients: n,
      kill,
      seconds,
      minimum,
      ratio: seconds / minimum,
      lost: n - connector.delivered.size,
      duplicates,
      deliveredAtKill,
      restartSeconds,
      steadyRate: at10 !== undefined && at90 !== undefined && at90 > at10 ? Math.round(((n * 0.8) / ((at90 - at10) / 1000)) * 10) / 10 : NaN,
      requests: connector.requests,
      throttled: connector.statuses.get(429) ?? 0,
      unavailable: connector.statuses.get(503) ?? 0,
      peakPerSecond: connector.peakPerSecond,
    };
  } finally {
    killGroup(child, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    killGroup(child, 'SIGKILL');
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}


const bound = defaultDeliveryPolicy({ ratePerSecond: rate, maxAttempts: 6 }).maxUnconfirmed;
process.stdout.write(
  `Broadcast benchmark: nproc ${os.cpus().length}, node ${process.version}; bot rate ${rate}/s, connector limit ${serverRate}/s, ${failRate * 100} % 503; crash bound ${bound}\n`,
);
const rows: string[] = [];
let failed = false;
for (const [n, runs] of sizes) {
  for (const kill of killMode === 'both' ? [false, true] : killMode === 'only' ? [true] : [false]) {
    const results: Result[] = [];
    for (let r = 0; r < runs; r++) {
      const res = await runOnce(n, kill, 1000 + r);
      results.push(res);
      process.stdout.write(`${JSON.stringify(res)}\n`);
      if (res.lost > 0 || (!kill && res.duplicates > 0) || (kill && res.duplicates > bound)) failed = true;
    }
    const sum = (k: keyof Result) => results.reduce((a, x) => a + (x[k] as number), 0);
    const restart = kill ? `${median(results.map((x) => x.restartSeconds ?? NaN)).toFixed(1)}` : '–';
    rows.push(
      `| ${n.toLocaleString('en')} | ${kill ? 'SIGKILL at ½, restart' : 'no'} | ${runs} | ${median(results.map((x) => x.seconds)).toFixed(1)} | ${(n / serverRate).toFixed(0)} | ${median(results.map((x) => x.ratio)).toFixed(2)} | ${restart} | ${sum('lost')} | ${sum('duplicates')} | ${sum('throttled')} | ${sum('unavailable')} | ${Math.max(...results.map((x) => x.peakPerSecond))} |`,
    );
  }
}
process.stdout.write(
  `\n| recipients | kill | runs | total s (median) | minimum s | ratio (median) | restart s (median) | lost (all runs) | duplicates (all runs) | 429s (all runs) | 503s (all runs) | peak req/s at connector |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
process.exit(failed ? 1 : 0);
