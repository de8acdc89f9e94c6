import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST_VERBS } from '../../cards/broadcastVerbs.ts';
import { defaultDeliveryPolicy } from '../../bot/broadcasts/deliveryRun.ts';
import { DateTime } from 'luxon';
import { openGroupStore } from '../../bot/groups/groupStore.ts';
import { MEETING_VERBS } from '../../cards/meetingVerbs.ts';
import { openPgDatabase } from '../../bot/platform/store/pgDatabase.ts';
import { postgresBackend } from '../../bot/platform/store/pgStore.ts';
import { executeInvoke, LEADER, personalMessage, TENANT_ID } from '../../test-support/activities.ts';
import { startConnectorServer, type ConnectorServer } from '../../test-support/connectorServer.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../test-support/roundRobinProxy.ts';
import { postgresUnavailable, redisUnavailable, TEST_DATABASE_URL, TEST_REDIS_URL } from '../../test-support/services.ts';
import { scaledBotEnv, seededPerson, seedPersonalChats } from '../../test-support/scaledInstances.ts';

/**
 * `npm run test:scale`: two real bot processes (`node --import tsx bot/main.ts`) in the scaled mode, sharing a
 * fresh PostgreSQL database and a Redis database, behind a round-robin proxy (as a load balancer would spread
 * Teams' calls), against one stand-in connector that accepts at most 50 requests per second (429 above it) and
 * answers 2 % with 503. What the issue asks of more than one instance, checked from the outside:
 * turns answered by either; an update to 1,000 people reaching each once, the two together never above 50/s;
 * the instance running the update killed halfway and the other finishing it (0 lost, duplicates within the bound);
 * a restart of both losing nothing.
 */

const RECIPIENTS = 1000;
/** People who follow the working group whose meeting reminds them (the first of the seeded people). */
const FOLLOWERS = 20;
const LEADER_CHAT = 'a:1personal-chat-with-leader';
const root = path.resolve(import.meta.dirname, '../..');

const unavailable = (await postgresUnavailable('two-instance tests')) ?? (await redisUnavailable('two-instance tests'));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function health(url: string): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch(`${url}/healthz`);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

interface Instance {
  readonly name: string;
  readonly url: string;
  readonly env: Record<string, string>;
  readonly logFile: string;
  child: ChildProcess;
}

function spawnBot(instance: Omit<Instance, 'child'>): ChildProcess {
  const out = createWriteStream(instance.logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], { cwd: root, env: instance.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return child;
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

describe.skipIf(unavailable !== undefined)('two instances sharing PostgreSQL and Redis', () => {
  const dbName = `meldwijzer_scale_${randomBytes(4).toString('hex')}`;
  const databaseUrl = new URL(TEST_DATABASE_URL);
  databaseUrl.pathname = `/${dbName}`;
  const redisUrl = new URL(TEST_REDIS_URL);
  // A Redis database of its own, emptied before and after: the queue's keys do not meet other tests' keys.
  redisUrl.pathname = '/7';
  let admin: pg.Client;
  let connector: ConnectorServer;
  let proxy: RoundRobinProxy;
  const instances: Instance[] = [];
  let work: string;
  let groupId: string;

  const leaderInstance = async (): Promise<Instance> =>
    until(async () => {
      for (const i of instances) {
        const h = await health(i.url);
        if ((h?.background as { leader?: boolean } | undefined)?.leader === true) return i;
      }
      return undefined;
    }, 30_000, 'an instance to run the background work');

  const invoke = async (verb: string, data: Record<string, unknown>) => {
    const activity = { ...executeInvoke(verb, data, 'personal', LEADER), serviceUrl: connector.url, conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: LEADER_CHAT } };
    const res = await fetch(`${proxy.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    return (await res.json()) as { value: unknown };
  };
  const confirmIdOf = (card: unknown): string => {
    const m = new RegExp(`"verb":"${BROADCAST_VERBS.confirm.replace('.', '\\.')}","data":\\{"id":"([^"]+)"`).exec(JSON.stringify(card));
    if (!m?.[1]) throw new Error('no Versturen button in the preview');
    return m[1];
  };
  /** Every recipient except the leader's own chat: the delivered count of an update. */
  const recipientsReached = () => [...connector.delivered.keys()].filter((id) => id !== LEADER_CHAT).length;
  /** The 1,000 seeded people and the professional who asked questions in the first test: every personal chat but the leader's. */
  let audience = RECIPIENTS;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const redis = new Redis(redisUrl.toString());
    await redis.flushdb();
    redis.disconnect();
    connector = await startConnectorServer({ ratePerSecond: 50, failRate: 0.02, seed: 7, keep: false });
    work = await mkdtemp(path.join(os.tmpdir(), 'meldwijzer-scale-'));

    // 1,000 people who installed the app, and the project leader's chat: written as the bot would, through its store.
    await seedPersonalChats({ databaseUrl: databaseUrl.toString(), serviceUrl: connector.url, count: RECIPIENTS, idOf: (i) => `a:1scale-${String(i).padStart(4, '0')}`, leaderChat: LEADER_CHAT });
    const db = await openPgDatabase({ url: databaseUrl.toString() });
    const groups = await openGroupStore(postgresBackend(db));
    const group = await groups.create({ name: 'Werkgroep schaaltest', description: 'Voor de test met twee instanties' });
    groupId = group.id;
    for (let i = 0; i < FOLLOWERS; i++) await groups.follow(group.id, seededPerson(i));
    await groups.flush();
    await db.close();

    for (const name of ['a', 'b']) {
      const port = await freePort();
      const env = scaledBotEnv({ port, dataDir: path.join(work, name), databaseUrl: databaseUrl.toString(), redisUrl: redisUrl.toString() });
      const instance = { name, url: `http://127.0.0.1:${port}`, env, logFile: path.join(work, `${name}.log`) };
      instances.push({ ...instance, child: spawnBot(instance) });
    }
    await Promise.all(instances.map((i) => until(() => health(i.url), 60_000, `instance ${i.name} to start`)));
    proxy = await startRoundRobinProxy(instances.map((i) => i.url));
  }, 120_000);

  afterAll(async () => {
    for (const i of instances) i.child.kill('SIGKILL');
    await Promise.all(instances.map((i) => exited(i.child)));
    await proxy?.close();
    await connector?.close();
    const redis = new Redis(redisUrl.toString());
    await redis.flushdb().catch(() => undefined);
    redis.disconnect();
    await admin?.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin?.end();
    if (work) await rm(work, { recursive: true, force: true });
  }, 60_000);

  it('answers turns on either instance, and exactly one of them runs the background work', async () => {
    const before = connector.count;
    for (let i = 0; i < 6; i++) {
      const activity = { ...personalMessage('wat is de meldcode?'), serviceUrl: connector.url };
      const res = await fetch(`${proxy.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(res.status).toBe(200);
    }
    expect(proxy.served.every((n) => n >= 3)).toBe(true);
    audience = RECIPIENTS + 1;
    await until(() => (connector.count - before >= 6 ? true : undefined), 10_000, 'the six answers');
    const leaders = await Promise.all(instances.map(async (i) => ((await health(i.url))?.background as { leader?: boolean } | undefined)?.leader));
    expect(leaders.filter((l) => l === true)).toHaveLength(1);
  });

  it('a meeting planned through one instance reminds each follower once, sent by whichever instance runs the background work', async () => {
    // The shortest reminder is 30 minutes before the start: a meeting that starts in 31 to 32 minutes reminds in 1 to 2.
    const start = DateTime.now().setZone('Europe/Amsterdam').plus({ minutes: 32 }).startOf('minute');
    const end = start.plus({ hours: 1 });
    const followerChats = Array.from({ length: FOLLOWERS }, (_, i) => `a:1scale-${String(i).padStart(4, '0')}`);
    connector.reset();
    const saved = await invoke(MEETING_VERBS.save, {
      mode: 'create',
      group: groupId,
      title: 'Schaaltest-overleg',
      date: start.toFormat('yyyy-MM-dd'),
      startTime: start.toFormat('HH:mm'),
      // Late in the evening the hour after the start is on the next day.
      endDate: end.toFormat('yyyy-MM-dd'),
      endTime: end.toFormat('HH:mm'),
      location: 'Gemeentehuis Hilversum',
      reminders: 'PT30M',
      repeat: 'none',
    });
    expect(JSON.stringify(saved.value)).toContain('Gepland');
    const due = start.minus({ minutes: 30 }).toMillis();
    await until(() => (followerChats.every((c) => (connector.delivered.get(c) ?? 0) >= 1) ? true : undefined), due - Date.now() + 60_000, 'the reminders');
    expect(Date.now()).toBeGreaterThanOrEqual(due - 1000);
    // Done when the job is no longer pending in the shared store, as both instances read it: then no instance has a
    // reminder of it left to send, and the counts are final.
    await until(async () => {
      const states = await Promise.all(instances.map(async (i) => (await health(i.url))?.reminders as { pendingJobs?: number; busy?: boolean } | undefined));
      return states.every((r) => r?.pendingJobs === 0 && r.busy === false) ? true : undefined;
    }, 30_000, 'the reminder job to be done');
    expect(followerChats.map((c) => connector.delivered.get(c) ?? 0)).toEqual(followerChats.map(() => 1));
    expect([...connector.delivered.keys()].filter((c) => !followerChats.includes(c) && c !== LEADER_CHAT)).toEqual([]);
  }, 200_000);

  it('an update to 1,000 people, previewed on one instance and sent from the other, reaches each once within 50 requests/s', async () => {
    // Preview and Versturen are two requests: the proxy sends them to different instances.
    const preview = await invoke(BROADCAST_VERBS.preview, { title: 'Schaaltest', text: 'Een update voor iedereen, via twee instanties.', audience: 'personal' });
    const id = confirmIdOf(preview.value);
    connector.reset();
    const t0 = Date.now();
    // The other instance finds the preview saved a moment ago (it reads the database before a card action).
    expect(JSON.stringify((await invoke(BROADCAST_VERBS.confirm, { id })).value)).toContain('Bezig met versturen');
    await until(() => (recipientsReached() >= audience ? true : undefined), 120_000, 'every recipient');
    const seconds = (Date.now() - t0) / 1000;
    const duplicates = [...connector.delivered].filter(([c]) => c !== LEADER_CHAT).reduce((n, [, count]) => n + count - 1, 0);
    console.info(`first update: ${JSON.stringify({ reached: recipientsReached(), duplicates, peak: connector.peakPerSecond, statuses: Object.fromEntries(connector.statuses) })}`);
    expect(recipientsReached()).toBe(audience);
    expect(duplicates).toBe(0);
    // The stand-in refuses (429) any request above 50 in a sliding second, so what it accepted never exceeds 50/s;
    // whether the two instances kept to the budget shows in how often they were refused: a send admitted by the
    // shared window in Redis can still reach the connector a little later than planned (two processes on two busy
    // cores), and then the queue pauses for Retry-After. Measured here: 0 to 6 of about 1,100 requests.
    const refused = connector.statuses.get(429) ?? 0;
    expect(refused / connector.requests).toBeLessThanOrEqual(0.01);
    console.info(`update to ${RECIPIENTS} by two instances: ${seconds.toFixed(1)} s (floor ${RECIPIENTS / 50} s), peak ${connector.peakPerSecond}/s at the connector`);
  }, 150_000);

  it('the instance running an update is killed halfway: the other takes over and finishes it, 0 lost, duplicates within the bound', async () => {
    const preview = await invoke(BROADCAST_VERBS.preview, { title: 'Schaaltest 2', text: 'Nog een update, met een instantie die uitvalt.', audience: 'personal' });
    const id = confirmIdOf(preview.value);
    connector.reset();
    expect(JSON.stringify((await invoke(BROADCAST_VERBS.confirm, { id })).value)).toContain('Bezig met versturen');
    const runner = await leaderInstance();
    await until(() => (recipientsReached() >= RECIPIENTS / 2 ? true : undefined), 120_000, 'half of the recipients');
    runner.child.kill('SIGKILL');
    await exited(runner.child);
    const survivor = instances.find((i) => i !== runner) as Instance;
    await until(async () => (((await health(survivor.url))?.background as { leader?: boolean } | undefined)?.leader === true ? true : undefined), 30_000, 'the other instance to take over');
    await until(() => (recipientsReached() >= audience ? true : undefined), 120_000, 'every recipient after the kill');
    const duplicates = [...connector.delivered].filter(([c]) => c !== LEADER_CHAT).reduce((n, [, count]) => n + count - 1, 0);
    const bound = defaultDeliveryPolicy({ ratePerSecond: 50, maxAttempts: 6 }).maxUnconfirmed;
    expect(recipientsReached()).toBe(audience);
    expect(duplicates).toBeLessThanOrEqual(bound);
    expect((connector.statuses.get(429) ?? 0) / connector.requests).toBeLessThanOrEqual(0.01);
    console.info(`after a SIGKILL of the running instance: ${duplicates} duplicates (bound ${bound})`);
    // The killed instance comes back (as the platform would restart it) and joins as a follower.
    runner.child = spawnBot(runner);
    await until(() => health(runner.url), 60_000, 'the killed instance to come back');
  }, 240_000);

  it('a restart of both instances loses nothing: the updates, their reports and the conversations are still there', async () => {
    let last: unknown;
    await until(async () => {
      const h = await Promise.all(instances.map((i) => health(i.url)));
      last = h.map((x) => ({ broadcasts: x?.broadcasts, background: x?.background, queue: x?.queue }));
      return h.every((x) => (x?.broadcasts as { sending?: number } | undefined)?.sending === 0) ? true : undefined;
    }, 60_000, 'both updates to be done').catch((err: unknown) => {
      throw new Error(`${(err as Error).message}: ${JSON.stringify(last)}`);
    });
    for (const i of instances) i.child.kill('SIGTERM');
    await Promise.all(instances.map((i) => exited(i.child)));
    for (const i of instances) i.child = spawnBot(i);
    await Promise.all(instances.map((i) => until(() => health(i.url), 60_000, `instance ${i.name} to restart`)));
    const db = new pg.Client({ connectionString: databaseUrl.toString() });
    await db.connect();
    try {
      const conversations = await db.query<{ n: string }>(`SELECT count(*) AS n FROM store_records WHERE store = 'conversations.json' AND key LIKE 'i:%'`);
      // The seeded people, the leader, and the professional who asked questions.
      expect(Number(conversations.rows[0]?.n)).toBe(RECIPIENTS + 2);
      const broadcasts = await db.query<{ data: { status: string; counts?: { sent: number } } }>(`SELECT data FROM store_records WHERE store = 'broadcasts.json' AND key LIKE 'i:broadcasts/%'`);
      expect(broadcasts.rows.map((r) => r.data.status).sort()).toEqual(['done', 'done']);
    } finally {
      await db.end();
    }
    const after = await Promise.all(instances.map((i) => health(i.url)));
    expect(after.map((h) => (h?.broadcasts as { sending?: number } | undefined)?.sending)).toEqual([0, 0]);
    // Nothing was sent again by the restart.
    const before = connector.count;
    await new Promise((r) => setTimeout(r, 1000));
    expect(connector.count).toBe(before);
  }, 120_000);
});
