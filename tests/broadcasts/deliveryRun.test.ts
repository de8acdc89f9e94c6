import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBackoff } from '../../bot/broadcasts/backoff.ts';
import { openBroadcastStore, type DeliveryQueue, type RecipientRecord } from '../../bot/broadcasts/broadcastStore.ts';
import { DeliveryRun, defaultDeliveryPolicy, type DeliveryPolicy } from '../../bot/broadcasts/deliveryRun.ts';
import { nowMs, systemClock, systemRandom, type Clock } from '../../bot/platform/clock.ts';
import { FastClock } from '../../test-support/fastClock.ts';
import { KeyedLimiter } from '../../bot/platform/delivery/keyedLimiter.ts';
import { testDelivery } from '../../test-support/delivery.ts';
import type { ProactiveSender } from '../../bot/platform/delivery/proactiveSender.ts';
import type { ConversationStore } from '../../bot/platform/store/conversationStore.ts';
import { StoreError } from '../../bot/platform/store/jsonStore.ts';
import { fakeSender, queueOnDisk, seededConversations, silentLog, tempDir, until, type Reply } from './fakes.ts';

const fastPolicy = (over: Partial<DeliveryPolicy> = {}): DeliveryPolicy => ({
  backoff: { ...defaultBackoff(6), baseMs: 5, maxMs: 40 },
  maxInFlight: 4,
  maxUnconfirmed: 8,
  sendTimeoutMs: Infinity,
  ...over,
});

async function setup(n: number, options: { rate?: number; convRate?: number; clock?: Clock } = {}) {
  const dir = await tempDir();
  const { store: conversations, ids } = await seededConversations(dir, n);
  const broadcasts = await openBroadcastStore(dir);
  const file = await broadcasts.deliveries('b1');
  await file.reset(
    ids.map((id): RecipientRecord => ({ conversationId: id, conversationType: 'personal', state: 'pending', attempts: 0 })),
    new Date().toISOString(),
  );
  const rate = options.rate ?? 2000;
  const convRate = options.convRate ?? 50;
  const clock = options.clock ?? systemClock;
  const pace = new KeyedLimiter(convRate, Math.max(1, Math.floor(convRate)), () => nowMs(clock));
  return { dir, conversations, ids, broadcasts, file, rate, pace, clock };
}

function makeRun(s: Awaited<ReturnType<typeof setup>>, sender: ProactiveSender, policy = fastPolicy(), conversations: ConversationStore = s.conversations) {
  return new DeliveryRun({
    broadcastId: 'b1',
    queue: s.file,
    delivery: testDelivery(sender, { ratePerSecond: s.rate, clock: s.clock }),
    conversationPace: s.pace,
    conversations,
    message: () => ({ card: { type: 'AdaptiveCard' }, summary: 'x' }),
    policy,
    clock: s.clock,
    random: systemRandom,
    log: silentLog().log,
  });
}

const states = (file: DeliveryQueue) => file.read().map((r) => r.state);

describe('DeliveryQueue (the delivery state on disk, in parts)', () => {
  it('writes rows into their parts and reads them back after a reopen', async () => {
    const s = await setup(1234);
    expect(readdirSync(path.join(s.dir, 'broadcast-deliveries', 'b1')).sort()).toEqual(['index.json', 'part-0000.json', 'part-0001.json', 'part-0002.json']);
    const sent = (i: number): readonly [number, RecipientRecord] => [i, { ...(s.file.read()[i] as RecipientRecord), state: 'sent', attempts: 1, sentAt: '2026-03-02T10:00:00.000Z' }];
    await s.file.write([sent(0), sent(499), sent(500), sent(1233)]);
    const again = await (await openBroadcastStore(s.dir)).deliveries('b1');
    const states = again.read().map((r, i) => (r.state === 'sent' ? i : -1)).filter((i) => i >= 0);
    expect(states).toEqual([0, 499, 500, 1233]);
    expect(again.read()[1233]?.conversationId).toBe(s.ids[1233]);
  });

  it('a reset that a crash cut short counts as not resolved (the audience is resolved again)', async () => {
    const s = await setup(10);
    expect(s.file.resolvedAt()).toBeDefined();
    // reset() clears resolvedAt in the index first and sets it last; a crash in between leaves this:
    const indexFile = path.join(s.dir, 'broadcast-deliveries', 'b1', 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf-8')) as { version: number; data: { resolvedAt?: string } };
    delete index.data.resolvedAt;
    writeFileSync(indexFile, JSON.stringify(index));
    const reopened = await (await openBroadcastStore(s.dir)).deliveries('b1');
    expect(reopened.resolvedAt()).toBeUndefined();
    expect(reopened.read()).toEqual([]);
  });

  it('a part or the index moved away (as the README once advised) is refused by name, never replaced by an empty one', async () => {
    const s = await setup(1200);
    await s.file.write([[0, { ...(s.file.read()[0] as RecipientRecord), state: 'sent', attempts: 1 }]]);
    await s.broadcasts.flush();
    const dir = path.join(s.dir, 'broadcast-deliveries', 'b1');
    const before = Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), 'utf-8')]));

    renameSync(path.join(dir, 'part-0001.json'), path.join(s.dir, 'weg.json'));
    const noPart = await (await openBroadcastStore(s.dir)).deliveries('b1').then(() => undefined, (err: unknown) => err);
    expect(noPart).toBeInstanceOf(StoreError);
    expect((noPart as Error).message).toContain(path.join(dir, 'part-0001.json'));
    expect((noPart as Error).message).toMatch(/ontbreekt.*niet of twee keer.*reservekopie.*npm run delivery:close -- b1$/);
    renameSync(path.join(s.dir, 'weg.json'), path.join(dir, 'part-0001.json'));

    renameSync(path.join(dir, 'index.json'), path.join(s.dir, 'weg.json'));
    const noIndex = await (await openBroadcastStore(s.dir)).deliveries('b1').then(() => undefined, (err: unknown) => err);
    expect(noIndex).toBeInstanceOf(StoreError);
    expect((noIndex as Error).message).toContain(path.join(dir, 'index.json'));
    renameSync(path.join(s.dir, 'weg.json'), path.join(dir, 'index.json'));

    // Nothing was created or changed by the refusals; with the files back it opens as before.
    expect(Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), 'utf-8')]))).toEqual(before);
    const again = await (await openBroadcastStore(s.dir)).deliveries('b1');
    expect(again.read()).toHaveLength(1200);
    expect(again.read()[0]?.state).toBe('sent');
  });

  it('change() writes only the rows that changed', async () => {
    const s = await setup(600);
    const n = await s.file.change((rows) => {
      const r = rows[550];
      if (r) r.state = 'failed';
      return 1;
    });
    expect(n).toBe(1);
    expect(queueOnDisk(s.dir, 'b1').filter((r) => r.state === 'failed')).toHaveLength(1);
  });
});

describe('DeliveryRun', () => {
  it('sends every recipient exactly once and records it durably', async () => {
    const s = await setup(60);
    const sender = fakeSender();
    const run = makeRun(s, sender);
    expect(await run.run()).toBe('done');
    expect([...sender.delivered.values()].every((n) => n === 1)).toBe(true);
    expect(sender.delivered.size).toBe(60);
    expect(states(s.file).every((x) => x === 'sent')).toBe(true);
    // On disk too, not only in memory.
    expect(queueOnDisk(s.dir, 'b1').filter((r) => r.state === 'sent')).toHaveLength(60);
    expect(sender.maxInFlight).toBeLessThanOrEqual(4);
  });

  it('retries 429 (honouring Retry-After), 412, 502, 503, 504 and network errors, then succeeds', async () => {
    const s = await setup(6);
    const failures: Record<string, Reply> = {
      [s.ids[0] as string]: { status: 429, retryAfterMs: 120 },
      [s.ids[1] as string]: { status: 412 },
      [s.ids[2] as string]: { status: 502 },
      [s.ids[3] as string]: { status: 503 },
      [s.ids[4] as string]: { status: 504 },
      [s.ids[5] as string]: { network: true },
    };
    const sender = fakeSender((id, attempt) => (attempt <= 2 ? (failures[id] ?? 'ok') : 'ok'));
    expect(await makeRun(s, sender).run()).toBe('done');
    expect(states(s.file).every((x) => x === 'sent')).toBe(true);
    for (const id of s.ids) expect(sender.delivered.get(id)).toBe(1);
    expect(s.file.read().map((r) => r.attempts)).toEqual([3, 3, 3, 3, 3, 3]);
    // The 429'd recipient waited at least its Retry-After between attempts.
    const tries = sender.attempts.filter((a) => a.conversationId === s.ids[0]);
    expect((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0)).toBeGreaterThanOrEqual(115);
  });

  it('gives up after maxAttempts with the reason, marks 403/404 inactive, fails other 4xx at once', async () => {
    const s = await setup(5);
    const script: Record<string, Reply> = {
      [s.ids[0] as string]: { status: 503 },
      [s.ids[1] as string]: { status: 429, retryAfterMs: 5 },
      [s.ids[2] as string]: { status: 403 },
      [s.ids[3] as string]: { status: 404 },
      [s.ids[4] as string]: { status: 400 },
    };
    const sender = fakeSender((id) => script[id] ?? 'ok');
    expect(await makeRun(s, sender, fastPolicy({ backoff: { ...defaultBackoff(3), baseMs: 2, maxMs: 10 } })).run()).toBe('done');
    const recs = s.file.read();
    expect(recs.map((r) => [r.state, r.reason, r.attempts, r.lastStatus])).toEqual([
      ['failed', 'server-error', 3, 503],
      ['failed', 'throttled', 3, 429],
      ['failed', 'removed', 1, 403],
      ['failed', 'removed', 1, 404],
      ['failed', 'rejected', 1, 400],
    ]);
    expect(s.conversations.get(s.ids[2] as string)?.active).toBe(false);
    expect(s.conversations.get(s.ids[3] as string)?.active).toBe(false);
    expect(s.conversations.get(s.ids[4] as string)?.active).toBe(true);
    expect(sender.delivered.size).toBe(0);
  });

  it('skips conversations that opted out or became inactive after the audience was resolved', async () => {
    const s = await setup(4);
    await s.conversations.setUpdatesOptOut(s.ids[1] as string, true);
    await s.conversations.markInactive(s.ids[2] as string, 'removed');
    await s.conversations.remove(s.ids[3] as string);
    const sender = fakeSender();
    await makeRun(s, sender).run();
    expect(s.file.read().map((r) => [r.state, r.reason])).toEqual([
      ['sent', undefined],
      ['skipped', 'opted-out'],
      ['skipped', 'inactive'],
      ['skipped', 'inactive'],
    ]);
  });

  it('cancel: stops starting sends, lets the ones in flight finish, marks the rest skipped (cancelled)', async () => {
    const s = await setup(200, { rate: 200 });
    const sender = fakeSender(() => 'ok', 2);
    const run = makeRun(s, sender);
    const done = run.run();
    await until(() => sender.delivered.size >= 20);
    run.cancel();
    expect(await done).toBe('cancelled');
    const recs = s.file.read();
    const sent = recs.filter((r) => r.state === 'sent').length;
    expect(sent).toBe(sender.delivered.size);
    expect(sent).toBeLessThan(200);
    expect(recs.filter((r) => r.state === 'skipped' && r.reason === 'cancelled')).toHaveLength(200 - sent);
  });

  it('stop and resume: a second run on the same file sends only the rest, nobody twice', async () => {
    const s = await setup(150, { rate: 300 });
    const sender = fakeSender(() => 'ok', 2);
    const first = makeRun(s, sender);
    const p = first.run();
    await until(() => sender.delivered.size >= 40);
    await first.stop();
    expect(await p).toBe('stopped');
    const afterStop = s.file.read().filter((r) => r.state === 'sent').length;
    expect(afterStop).toBe(sender.delivered.size);
    const second = makeRun(s, sender);
    expect(await second.run()).toBe('done');
    expect(sender.delivered.size).toBe(150);
    expect([...sender.delivered.values()].every((n) => n === 1)).toBe(true);
  });

  it('crash bound: at any moment, delivered-but-not-recorded recipients never exceed maxUnconfirmed', async () => {
    // A crash is the file as it is on disk at some moment. Read it at many moments during a run with slow
    // writes and count who got the message but would be sent again after a restart.
    const s = await setup(1000, { rate: 5000 }); // two parts of the queue
    const policy = fastPolicy({ maxInFlight: 6, maxUnconfirmed: 10 });
    const sender = fakeSender(() => 'ok', 3);
    const run = makeRun(s, sender, policy);
    let worst = 0;
    let samples = 0;
    const probe = setInterval(() => {
      const recorded = new Set(queueOnDisk(s.dir, 'b1').filter((r) => r.state === 'sent').map((r) => r.conversationId));
      let exposed = 0;
      for (const id of sender.delivered.keys()) if (!recorded.has(id)) exposed++;
      worst = Math.max(worst, exposed);
      samples++;
    }, 2);
    await run.run();
    clearInterval(probe);
    expect(samples).toBeGreaterThan(10);
    expect(worst).toBeLessThanOrEqual(policy.maxUnconfirmed);
    expect(run.peakUnconfirmed).toBeLessThanOrEqual(policy.maxUnconfirmed);
    expect(sender.delivered.size).toBe(1000);
  }, 60_000);

  it('a crash with sends in flight: the restarted run re-sends at most maxUnconfirmed, loses nobody', async () => {
    const s = await setup(100, { rate: 5000 });
    const policy = fastPolicy({ maxInFlight: 5, maxUnconfirmed: 8 });
    let hang = false;
    const sender = fakeSender(() => (hang ? 'hang' : 'ok'), 2);
    const run = makeRun(s, sender, policy);
    void run.run();
    await until(() => sender.delivered.size >= 37);
    hang = true; // from now on Teams accepts messages but the answers never come back: the process "dies"
    await until(() => sender.inFlight >= policy.maxInFlight || sender.delivered.size >= 100);
    await new Promise((r) => setTimeout(r, 50));
    // Restart: a new store on the same files, as after a SIGKILL (the old run is abandoned, never answered).
    const broadcasts = await openBroadcastStore(s.dir);
    const file = await broadcasts.deliveries('b1');
    const onDisk = file.read();
    const deliveredBefore = new Map(sender.delivered);
    hang = false;
    const resumed = new DeliveryRun({
      broadcastId: 'b1',
      queue: file,
      delivery: testDelivery(sender, { ratePerSecond: 5000 }),
      conversationPace: new KeyedLimiter(50, 50, () => Date.now()),
      conversations: s.conversations,
      message: () => ({ card: {}, summary: 'x' }),
      policy,
      clock: systemClock,
      random: systemRandom,
      log: silentLog().log,
    });
    expect(await resumed.run()).toBe('done');
    const duplicates = [...sender.delivered.values()].filter((n) => n > 1).length;
    expect(duplicates).toBeGreaterThan(0); // the hung ones were delivered and are sent again
    expect(duplicates).toBeLessThanOrEqual(policy.maxUnconfirmed);
    expect(sender.delivered.size).toBe(100);
    expect(file.read().every((r) => r.state === 'sent')).toBe(true);
    // Exactly the ones delivered but not recorded as sent were duplicated.
    const notRecorded = [...deliveredBefore.keys()].filter((id) => onDisk.find((r) => r.conversationId === id)?.state !== 'sent');
    expect(duplicates).toBe(notRecorded.length);
    sender.releaseHanging();
  });

  it('keeps to the app rate and to one message per second per conversation', async () => {
    // Transport time 10x faster: the windows checked below are seconds of this clock.
    const clock = new FastClock(10);
    const s = await setup(30, { rate: 20, convRate: 1, clock });
    const sender = fakeSender(undefined, 1, () => nowMs(clock));
    await makeRun(s, sender).run();
    const times = sender.attempts.map((a) => a.at).sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[j] ?? 0) <= (times[i] ?? 0) - 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(20);
    expect((times.at(-1) ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
    // Second broadcast to the same conversations right after: each conversation must wait for its own bucket.
    const file2 = await s.broadcasts.deliveries('b2');
    await file2.reset(
      s.ids.slice(0, 2).map((id): RecipientRecord => ({ conversationId: id, conversationType: 'personal', state: 'pending', attempts: 0 })),
      new Date().toISOString(),
    );
    // A fresh delivery platform (the app budget is not what this checks), the same pace per conversation.
    await new DeliveryRun({ broadcastId: 'b2', queue: file2, delivery: testDelivery(sender, { ratePerSecond: s.rate, clock }), conversationPace: s.pace, conversations: s.conversations, message: () => ({ card: {}, summary: 'x' }), policy: fastPolicy(), clock, random: systemRandom, log: silentLog().log }).run();
    for (const id of s.ids.slice(0, 2)) {
      const [a, b] = sender.attempts.filter((x) => x.conversationId === id);
      expect((b?.at ?? 0) - (a?.at ?? 0)).toBeGreaterThanOrEqual(990);
    }
  });

  it('a send without an answer in time is retried; a late success is recorded, not sent again', async () => {
    const s = await setup(2);
    const sender = fakeSender();
    let slowOnce = true;
    // The first attempt to the second recipient answers after 120 ms: past the 40 ms timeout, before the retry.
    const slow: ProactiveSender = {
      update: sender.update,
      async send(c, m) {
        if (c.conversationId === s.ids[1] && slowOnce) {
          slowOnce = false;
          await new Promise((r) => setTimeout(r, 120));
        }
        return sender.send(c, m);
      },
    };
    const run = makeRun(s, slow, fastPolicy({ sendTimeoutMs: 40, backoff: { ...defaultBackoff(6), baseMs: 400, maxMs: 400 } }));
    expect(await run.run()).toBe('done');
    await new Promise((r) => setTimeout(r, 150));
    expect(sender.delivered.get(s.ids[1] as string)).toBe(1);
    expect(sender.attempts.filter((a) => a.conversationId === s.ids[1])).toHaveLength(1);
    expect(s.file.read().every((r) => r.state === 'sent')).toBe(true);
  });

  it('defaults: a crash bound of a dozen or two, enough sends in flight for the rate', () => {
    const p20 = defaultDeliveryPolicy({ ratePerSecond: 20, maxAttempts: 6 });
    expect(p20.maxInFlight).toBe(7);
    expect(p20.maxUnconfirmed).toBe(11);
    const p45 = defaultDeliveryPolicy({ ratePerSecond: 45, maxAttempts: 6 });
    expect(p45.maxInFlight).toBe(12);
    expect(p45.maxUnconfirmed).toBe(18);
  });
});
