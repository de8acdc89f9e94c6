/**
 * Scaled-mode benchmark (issue 14, item 6): two real bot processes sharing PostgreSQL and Redis, behind a
 * round-robin proxy (test-support/roundRobinProxy.ts), against the stand-in connector that accepts 50 requests/s
 * (429 + Retry-After above it) and answers 2 % with 503, as in `npm run test:scale`.
 *
 * Per run, on one fresh PostgreSQL database (created on TEST_DATABASE_URL's server, dropped after) and one Redis
 * database of its own (emptied before and after):
 *  1. an update to N seeded people, previewed and confirmed through the proxy with two instances running: seconds
 *     from Versturen to the last delivery against the N / 50 s floor, lost, duplicates, 429s, peak requests/s;
 *     then instance b stopped (SIGTERM) and the same update again with instance a alone: the baseline;
 *  2. turn throughput: autocannon (questions from tests/answers/evaluation-set.ts, as bench/load.ts) for D seconds
 *     against instance a alone, then b started again and the same through the proxy over both.
 *
 *   npx tsx bench/scaled.ts                                   # 5,000 recipients, 1 run, 15 s of turns
 *   npx tsx bench/scaled.ts --recipients 2000 --runs 1 --duration 15 --connections 50 --redis-db 11 --write
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';
import { BROADCAST_VERBS } from '../cards/broadcastVerbs.ts';
import { IN_SCOPE, OUT_OF_SCOPE } from '../tests/answers/evaluation-set.ts';
import { executeInvoke, LEADER, TENANT_ID } from '../test-support/activities.ts';
import { startConnectorServer, type ConnectorServer } from '../test-support/connectorServer.ts';
import { startRoundRobinProxy } from '../test-support/roundRobinProxy.ts';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../test-support/services.ts';
import { scaledBotEnv, seedPersonalChats } from '../test-support/scaledInstances.ts';
import { findConfirmId, flag, freePort, health, loadActivity, median, root, waitFor } from './benchKit.ts';

const RECIPIENTS = Number(flag('recipients', '5000'));
const RUNS = Number(flag('runs', '1'));
const DURATION = Number(flag('duration', '15'));
const CONNECTIONS = Number(flag('connections', '50'));
const REDIS_DB = Number(flag('redis-db', '11'));
const WRITE = process.argv.includes('--write');
const RATE = 50;
const FAIL_RATE = 0.02;
const LEADER_CHAT = 'a:1personal-chat-with-leader';
const SEEDED_PREFIX = 'a:1scaled-';
const QUESTIONS = [...IN_SCOPE.map((q) => q.q), ...OUT_OF_SCOPE.slice(0, Math.ceil(IN_SCOPE.length / 9))];

// ---- processes ----------------------------------------------------------------------------------------------

interface Instance {
  readonly name: string;
  readonly url: string;
  readonly env: Record<string, string>;
  readonly logFile: string;
  child: ChildProcess | undefined;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of running) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function start(instance: Instance): Promise<void> {
  const out = createWriteStream(instance.logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], { cwd: root, env: instance.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  running.add(child);
  child.once('exit', () => running.delete(child));
  instance.child = child;
  const failed = exited(child).then(() => {
    throw new Error(`instance ${instance.name} exited while starting; see ${instance.logFile}`);
  });
  await Promise.race([waitFor(() => health(instance.url), 90_000, 100), failed]);
}

async function stop(instance: Instance): Promise<void> {
  const child = instance.child;
  if (!child) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited(child);
  clearTimeout(timer);
  instance.child = undefined;
}

const isLeader = async (i: Instance) => ((await health(i.url))?.background as { leader?: boolean } | undefined)?.leader === true;
const sending = async (i: Instance) => ((await health(i.url))?.broadcasts as { sending?: number } | undefined)?.sending;

// ---- the update ---------------------------------------------------------------------------------------------

interface UpdateResult {
  instances: number;
  seconds: number;
  floor: number;
  ratio: number;
  reached: number;
  lost: number;
  duplicates: number;
  requests: number;
  throttled: number;
  unavailable: number;
  peakPerSecond: number;
}

/** Resolvers told after each connector call has been recorded (the connector records synchronously after onCall). */
const afterCall = new Set<() => void>();

async function invoke(url: string, connector: ConnectorServer, verb: string, data: Record<string, unknown>) {
  const activity = { ...executeInvoke(verb, data, 'personal', LEADER), serviceUrl: connector.url, conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: LEADER_CHAT } };
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  if (res.status !== 200) throw new Error(`benchmark: ${verb} answered ${res.status}`);
  return (await res.json()) as { value: unknown };
}

const seededDelivered = (connector: ConnectorServer) => {
  let reached = 0;
  let duplicates = 0;
  for (const [id, count] of connector.delivered) {
    if (!id.startsWith(SEEDED_PREFIX)) continue;
    reached++;
    duplicates += count - 1;
  }
  return { reached, duplicates };
};

async function update(label: string, entry: string, connector: ConnectorServer, live: readonly Instance[]): Promise<UpdateResult> {
  const preview = await invoke(entry, connector, BROADCAST_VERBS.preview, { title: `Benchmark ${label}`, text: 'Een update voor iedereen, om de levering over instanties te meten.', audience: 'personal' });
  const id = findConfirmId(preview.value);
  connector.reset();
  connector.peakPerSecond = 0;
  const everyone = new Promise<boolean>((resolve) => {
    const timeout = setTimeout(() => {
      afterCall.delete(check);
      resolve(false);
    }, Math.max(300_000, (RECIPIENTS / RATE) * 4000));
    const check = () => {
      if (seededDelivered(connector).reached < RECIPIENTS) return;
      clearTimeout(timeout);
      afterCall.delete(check);
      resolve(true);
    };
    afterCall.add(check);
  });
  const t0 = Date.now();
  await invoke(entry, connector, BROADCAST_VERBS.confirm, { id });
  const complete = await everyone;
  const last = connector.log.reduce((m, e) => (e.conversationId.startsWith(SEEDED_PREFIX) ? Math.max(m, e.at) : m), t0);
  // The instances call it done (report card final, nothing left in the queue) before the next measurement.
  await waitFor(async () => ((await Promise.all(live.map(sending))).every((s) => s === 0) ? true : undefined), 120_000, 200);
  const { reached, duplicates } = seededDelivered(connector);
  const seconds = (last - t0) / 1000;
  const floor = RECIPIENTS / RATE;
  if (!complete) process.stdout.write(`update with ${live.length} instance(s): not every recipient reached in time\n`);
  return {
    instances: live.length,
    seconds,
    floor,
    ratio: seconds / floor,
    reached,
    lost: RECIPIENTS - reached,
    duplicates,
    requests: connector.requests,
    throttled: connector.statuses.get(429) ?? 0,
    unavailable: connector.statuses.get(503) ?? 0,
    peakPerSecond: connector.peakPerSecond,
  };
}

// ---- turns ------------------------------------------------------------------------------------------------

interface TurnResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
}

const turn = (serviceUrl: string, n: number, text: string, seq: number): string => loadActivity('scaled', serviceUrl, n, text, seq, '5ca1ed00');

/** Each connection is one person in a chat of their own; `firstPerson` keeps the phases' chats apart. */
function turnRequests(serviceUrl: string, firstPerson: number) {
  let next = 0;
  let seq = 0;
  let people = 0;
  return [
    {
      method: 'POST',
      path: '/api/messages',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: { body?: string | Buffer }, context: Record<string, unknown>) => {
        if (context.person === undefined) context.person = firstPerson + ++people;
        return { ...req, body: turn(serviceUrl, context.person as number, QUESTIONS[next++ % QUESTIONS.length] ?? 'meldcode', ++seq) };
      },
    },
  ];
}

let people = 0;
async function turns(url: string, serviceUrl: string): Promise<TurnResult> {
  // Warm-up on chats of its own (JIT, first conversation records), then the measured load on new chats.
  await autocannon({ url: `${url}/api/messages`, connections: 10, amount: 200, requests: turnRequests(serviceUrl, (people += 1000)) });
  const r = await autocannon({ url: `${url}/api/messages`, connections: CONNECTIONS, duration: DURATION, requests: turnRequests(serviceUrl, (people += 1000)) });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, total: r.requests.total, failures: r.errors + r.timeouts + r.non2xx };
}

// ---- one run ----------------------------------------------------------------------------------------------

interface RunResult {
  two: UpdateResult;
  one: UpdateResult;
  turnsOne: TurnResult;
  turnsTwo: TurnResult;
  servedByProxy: number[];
}

async function runOnce(run: number): Promise<RunResult> {
  const dbName = `meldwijzer_bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = new URL(TEST_DATABASE_URL);
  databaseUrl.pathname = `/${dbName}`;
  const redisUrl = new URL(TEST_REDIS_URL);
  redisUrl.pathname = `/${REDIS_DB}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const redis = new Redis(redisUrl.toString());
  await redis.flushdb();
  const connector = await startConnectorServer({ ratePerSecond: RATE, failRate: FAIL_RATE, seed: 100 + run, keep: false, onCall: () => setImmediate(() => afterCall.forEach((f) => f())) });
  // Turns get a connector of their own without limits, as bench/load.ts: the bot's own budget is what is measured.
  const turnConnector = await startConnectorServer({ keep: false });
  const work = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-scaled-'));
  const instances: Instance[] = [];
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>> | undefined;
  try {
    // N people who installed the app, and the project leader's chat: written through the bot's own store.
    await seedPersonalChats({ databaseUrl: databaseUrl.toString(), serviceUrl: connector.url, count: RECIPIENTS, idOf: (i) => `${SEEDED_PREFIX}${String(i).padStart(6, '0')}`, leaderChat: LEADER_CHAT });

    for (const name of ['a', 'b']) {
      const port = await freePort();
      const env = scaledBotEnv({ port, dataDir: path.join(work, name), databaseUrl: databaseUrl.toString(), redisUrl: redisUrl.toString() });
      instances.push({ name, url: `http://127.0.0.1:${port}`, env, logFile: path.join(work, `${name}.log`), child: undefined });
    }
    const [a, b] = instances as [Instance, Instance];
    await Promise.all(instances.map(start));
    proxy = await startRoundRobinProxy(instances.map((i) => i.url));
    await waitFor(async () => ((await Promise.all(instances.map(isLeader))).some(Boolean) ? true : undefined), 60_000, 100);

    // 1. The update with two instances (preview and Versturen through the proxy: on different instances).
    const two = await update('twee instanties', proxy.url, connector, instances);
    process.stdout.write(`${JSON.stringify({ run, update: two })}\n`);
    // The baseline: b stopped as a platform would stop it, a alone (it takes over the background work).
    await stop(b);
    await waitFor(async () => ((await isLeader(a)) ? true : undefined), 120_000, 100);
    const one = await update('een instantie', a.url, connector, [a]);
    process.stdout.write(`${JSON.stringify({ run, update: one })}\n`);

    // 2. Turns: a alone, then b back and both behind the proxy.
    const turnsOne = await turns(a.url, turnConnector.url);
    process.stdout.write(`${JSON.stringify({ run, turns: 'one', ...turnsOne })}\n`);
    await start(b);
    const servedBefore = [...proxy.served];
    const turnsTwo = await turns(proxy.url, turnConnector.url);
    const servedByProxy = proxy.served.map((n, i) => n - (servedBefore[i] ?? 0));
    process.stdout.write(`${JSON.stringify({ run, turns: 'two', ...turnsTwo, servedByProxy })}\n`);
    return { two, one, turnsOne, turnsTwo, servedByProxy };
  } finally {
    await Promise.all(instances.map(stop));
    await proxy?.close();
    await connector.close();
    await turnConnector.close();
    await redis.flushdb().catch(() => undefined);
    redis.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await rm(work, { recursive: true, force: true });
  }
}

// ---- report -----------------------------------------------------------------------------------------------

const machine = { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore: os.loadavg().map((l) => l.toFixed(1)).join(' ') };
process.stdout.write(`Scaled benchmark: nproc ${machine.nproc}, node ${machine.node}, load average ${machine.loadBefore}; ${RECIPIENTS} recipients, ${RUNS} run(s), turns ${DURATION} s x ${CONNECTIONS} connections\n`);
const results: RunResult[] = [];
for (let r = 0; r < RUNS; r++) results.push(await runOnce(r));

const med = (f: (r: RunResult) => number) => median(results.map(f));
const sum = (f: (r: RunResult) => number) => results.reduce((n, r) => n + f(r), 0);
const max = (f: (r: RunResult) => number) => Math.max(...results.map(f));
const fixed = (x: number, d = 1) => x.toFixed(d);
const floor = RECIPIENTS / RATE;
const command = `npx tsx bench/scaled.ts${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
const row = (label: string, pick: (r: RunResult) => UpdateResult) =>
  `| ${label} | ${fixed(med((r) => pick(r).seconds))} | ${fixed(floor, 0)} | ${fixed(med((r) => pick(r).ratio), 2)} | ${sum((r) => pick(r).lost)} | ${sum((r) => pick(r).duplicates)} | ${sum((r) => pick(r).throttled)} | ${sum((r) => pick(r).unavailable)} | ${max((r) => pick(r).peakPerSecond)} |`;
const updateGoal = med((r) => r.two.ratio) <= 1.2;
const failures = sum((r) => r.turnsOne.failures + r.turnsTwo.failures);

const section = `## More than one instance (scaled mode)

Machine: \`nproc\` ${machine.nproc} (${machine.cpu}), Node ${machine.node}; load average before the run: ${machine.loadBefore}.
Command: \`${command}\`; median of ${RUNS} run${RUNS === 1 ? '' : 's'}. Each run: a fresh PostgreSQL database (created on the
server of \`TEST_DATABASE_URL\`, dropped after), Redis database ${REDIS_DB} (emptied before and after), two bot processes
(\`node --import tsx bot/main.ts\` with \`DATABASE_URL\` and \`REDIS_URL\`) behind the round-robin proxy of
\`npm run test:scale\`, and the stand-in connector accepting ${RATE} requests/s (429 + Retry-After above it) with
${FAIL_RATE * 100} % 503s. ${RECIPIENTS.toLocaleString('en')} people seeded through the bot's PostgreSQL conversation store.

**An update to ${RECIPIENTS.toLocaleString('en')} people** (preview and Versturen through the proxy; then instance b stopped with
SIGTERM and the same update again from instance a alone, the baseline in the same run):

| instances | total s, Versturen to last delivery (median) | floor N/${RATE} s | ratio (goal <= 1.2) | lost | duplicates | 429s | 503s | peak req/s at connector |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('two', (r) => r.two)}
${row('one (baseline)', (r) => r.one)}

Two instances / one instance, total time: ${fixed(med((r) => r.two.seconds / r.one.seconds), 2)}x. Two instances against the floor: ${fixed(med((r) => r.two.ratio), 3)}x, ${updateGoal ? `within the goal of 1.2x${med((r) => r.two.ratio) > 1.15 ? ', but only just' : ''}` : 'ABOVE the goal of 1.2x'}.
429s: ${sum((r) => r.two.throttled)} of ${sum((r) => r.two.requests)} requests with two instances (${fixed((100 * sum((r) => r.two.throttled)) / Math.max(1, sum((r) => r.two.requests)), 2)} %), ${sum((r) => r.one.throttled)} of ${sum((r) => r.one.requests)} with one:
the stand-in refuses anything above ${RATE} in a sliding second, so what it accepted never went above ${RATE}/s; a refusal is a send
that two processes on busy cores delivered a little later than the shared window in Redis planned, and costs a
Retry-After pause. The budget is Teams' (${RATE}/s per app and tenant), shared by the instances through BullMQ's
global rate limiter, so a second instance is not meant to send faster: the figure shows two instances keeping near
the floor without losing or doubling a message, not a speed-up. The baseline ran second in the run (warm PostgreSQL
and Redis, b's share of the machine freed), which favours it somewhat.

**Turn throughput**: autocannon, ${CONNECTIONS} connections (one personal chat each), the next of ${QUESTIONS.length} questions from
\`tests/answers/evaluation-set.ts\` per request, ${DURATION} s, after a warm-up of 200 turns; a stand-in connector without
limits for the replies (as \`bench/load.ts\`).

| target | requests/s | p50 ms | p99 ms | turns | errors, timeouts, non-2xx |
| --- | --- | --- | --- | --- | --- |
| instance a alone (b stopped) | ${med((r) => r.turnsOne.rps)} | ${med((r) => r.turnsOne.p50)} | ${med((r) => r.turnsOne.p99)} | ${med((r) => r.turnsOne.total)} | ${sum((r) => r.turnsOne.failures)} |
| proxy over a and b | ${med((r) => r.turnsTwo.rps)} | ${med((r) => r.turnsTwo.p50)} | ${med((r) => r.turnsTwo.p99)} | ${med((r) => r.turnsTwo.total)} | ${sum((r) => r.turnsTwo.failures)} |

Ratio two / one: ${fixed(med((r) => r.turnsTwo.rps / r.turnsOne.rps), 2)}x requests/s, ${fixed(med((r) => r.turnsTwo.p50 / r.turnsOne.p50), 2)}x p50, ${fixed(med((r) => r.turnsTwo.p99 / r.turnsOne.p99), 2)}x p99.
Turns served per instance through the proxy (warm-up included): ${results.map((r) => r.servedByProxy.join(' / ')).join('; ')}.
Both instances share the ${machine.nproc} cores of this machine with PostgreSQL, Redis, the stand-in connectors, the proxy
and autocannon (and, on this shared machine, other work: see the load average), so this ratio says little about
what more machines would give. ${max((r) => Math.max(r.turnsOne.rps, r.turnsTwo.rps)) < RATE * 0.9 ? `Both figures are below the ${RATE}/s Teams budget the instances share for their replies, so here the CPU is the limit, not the budget: a second process can use the second core, which a single Node process cannot.` : `The figures reach the ${RATE}/s Teams budget the instances share for their replies, so the budget, not the instances, is the limit.`}
Compare with "## Load" only loosely: that is the embedded mode (lowdb files, no PostgreSQL or Redis), 30 s, measured
at another moment's machine load.
`;

process.stdout.write(`\n${section}`);
if (!updateGoal) process.stdout.write('\nNOTE: the two-instance update took more than 1.2x the floor\n');
const bad = sum((r) => r.two.lost + r.one.lost + r.two.duplicates + r.one.duplicates) + failures;

if (WRITE) {
  const file = path.join(root, 'BENCHMARKS.md');
  const title = '## More than one instance (scaled mode)';
  let text = await readFile(file, 'utf-8').catch(() => '# Benchmarks\n');
  const at = text.indexOf(`${title}\n`);
  if (at >= 0) {
    const rest = text.indexOf('\n## ', at + title.length);
    text = `${text.slice(0, at)}${section}${rest >= 0 ? text.slice(rest) : ''}`;
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  await writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
  process.stdout.write(`\nwrote ${file}\n`);
}
process.exit(bad > 0 ? 1 : 0);
