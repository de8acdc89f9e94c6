import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createDelivery } from '../../../bot/platform/delivery/delivery.ts';
import { DeliveryError } from '../../../bot/platform/delivery/deliveryError.ts';
import { DeliveryLimiter, type DeliveryPriority } from '../../../bot/platform/delivery/deliveryLimiter.ts';
import type { ConversationAddress, OutgoingCard, ProactiveSender } from '../../../bot/platform/delivery/proactiveSender.ts';
import { createQueuedDelivery, type QueuedDelivery, type QueuedDeliveryOptions } from '../../../bot/platform/delivery/queuedDelivery.ts';
import { systemClock } from '../../../bot/platform/clock.ts';
import { redisUnavailable, TEST_REDIS_URL } from '../../../test-support/services.ts';
import { CALLBACK_JITTER_MS, worstWindow } from '../../../test-support/slidingWindow.ts';

const REDIS_URL = TEST_REDIS_URL;

const unavailable = await redisUnavailable('queuedDelivery tests');


interface Call {
  readonly at: number;
  readonly by: string;
  readonly conversationId: string;
  /** The message's summary: each test message has its own. */
  readonly tag: string;
  readonly outcome: 'ok' | 'error' | 'hang';
}

/** A fake Teams sender that records every call; `behave` may throw (a refusal) or return 'hang' (never answers). */
function recordingSender(by: string, calls: Call[], behave?: (conversationId: string, tag: string) => 'hang' | undefined): ProactiveSender & { readonly called: Promise<Call> } {
  let first: (c: Call) => void = () => {};
  const called = new Promise<Call>((resolve) => (first = resolve));
  let n = 0;
  const record = (conversation: ConversationAddress, message: OutgoingCard): 'ok' | 'hang' => {
    const entry = (outcome: Call['outcome']): Call => ({ at: Date.now(), by, conversationId: conversation.conversationId, tag: message.summary, outcome });
    let verdict: 'hang' | undefined;
    try {
      verdict = behave?.(conversation.conversationId, message.summary);
    } catch (err) {
      const c = entry('error');
      calls.push(c);
      first(c);
      throw err;
    }
    const c = entry(verdict === 'hang' ? 'hang' : 'ok');
    calls.push(c);
    first(c);
    return verdict === 'hang' ? 'hang' : 'ok';
  };
  return {
    called,
    async send(conversation, message) {
      if (record(conversation, message) === 'hang') return new Promise<never>(() => {});
      return { activityId: `${by}-${++n}` };
    },
    async update(conversation, _activityId, message) {
      if (record(conversation, message) === 'hang') await new Promise<never>(() => {});
    },
  };
}

const card = (tag: string): OutgoingCard => ({ card: { type: 'AdaptiveCard', version: '1.5', body: [] }, summary: tag });
const conv = (conversationId: string): ConversationAddress => ({ conversationId });

/** Every test has its own prefix; everything under it is deleted afterwards. */
const opened: Array<QueuedDelivery<ConversationAddress>> = [];
const prefixes: string[] = [];
function newPrefix(): string {
  const p = `{mwtest-${randomUUID().slice(0, 8)}}`;
  prefixes.push(p);
  return p;
}
async function instance(options: Omit<QueuedDeliveryOptions<ConversationAddress>, 'connection'>): Promise<QueuedDelivery<ConversationAddress>> {
  const q = await createQueuedDelivery({ connection: REDIS_URL, ...options });
  opened.push(q);
  return q;
}

afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((q) => q.close({ force: true })));
  const client = new Redis(REDIS_URL);
  try {
    for (const p of prefixes.splice(0)) {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${p}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) await client.del(...keys);
      } while (cursor !== '0');
    }
  } finally {
    client.disconnect();
  }
});

describe.skipIf(unavailable !== undefined)('queued delivery on BullMQ (real Redis)', () => {
  it('two instances send 100 messages exactly once, within 50/s together and 7/s per conversation', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const a = await instance({ prefix, sender: recordingSender('a', calls), ratePerSecond: 50 });
    const b = await instance({ prefix, sender: recordingSender('b', calls), ratePerSecond: 50 });
    // Two busy conversations (15 each: their own limit binds) and 70 quiet ones (1 each): the app's limit binds.
    const targets: string[] = [];
    for (let i = 0; i < 15; i++) targets.push('hot-1', 'hot-2');
    for (let i = 0; i < 70; i++) targets.push(`quiet-${i}`);
    const started = Date.now();
    const results = await Promise.all(
      targets.map((conversationId, i) => (i % 2 === 0 ? a : b).delivery.send(conv(conversationId), card(`m-${i}`), 'bulk')),
    );
    const seconds = (Date.now() - started) / 1000;
    console.info(`queued delivery: 100 messages by 2 instances at 50/s in ${seconds.toFixed(2)} s (floor 2.1 s): ${(100 / seconds).toFixed(1)}/s`);

    expect(results.every((r) => typeof r.activityId === 'string')).toBe(true);
    const perTag = new Map<string, number>();
    for (const c of calls) perTag.set(c.tag, (perTag.get(c.tag) ?? 0) + 1);
    expect(perTag.size).toBe(100);
    expect([...perTag.values()].every((n) => n === 1)).toBe(true);
    expect(worstWindow(calls.map((c) => c.at))).toBeLessThanOrEqual(50);
    for (const id of new Set(targets)) expect(worstWindow(calls.filter((c) => c.conversationId === id).map((c) => c.at))).toBeLessThanOrEqual(7);
    // Both instances did part of the work.
    expect(calls.some((c) => c.by === 'a') && calls.some((c) => c.by === 'b')).toBe(true);
    // The busy conversations set the pace (15 at 7/s each: 2.1 s); a generous bound, a guard against a stall or
    // against busy conversations waiting behind all the others, not a benchmark.
    expect(seconds).toBeLessThan(10);
    const health = await a.health();
    expect(health).toMatchObject({ ok: true, redis: 'ready', worker: 'running', awaiting: 0, jobs: { waiting: 0, active: 0, delayed: 0 } });
  });

  it('a reply put on the queue behind 150 bulk messages goes before most of them', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const sender = recordingSender('a', calls);
    const q = await instance({ prefix, sender, ratePerSecond: 100 });
    const bulk = Array.from({ length: 150 }, (_, i) => q.delivery.send(conv(`c-${i}`), card(`bulk-${i}`), 'bulk'));
    await sender.called;
    // Wait until the bulk messages are on the queue, so the reply really comes after them.
    for (let h = await q.health(); (h.jobs?.waiting ?? 0) + calls.length < 150; h = await q.health()) await new Promise((r) => setTimeout(r, 10));
    const reply = await q.delivery.send(conv('person'), card('reply'), 'reply');
    await Promise.all(bulk);
    expect(reply.activityId).toBeDefined();
    const position = calls.findIndex((c) => c.tag === 'reply');
    console.info(`queued delivery: reply sent as call ${position + 1} of 151`);
    expect(position).toBeGreaterThan(0);
    expect(position).toBeLessThan(60);
  });

  it('a 429 with Retry-After 1 s from one instance pauses both, and the message goes again once', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    let refused = false;
    const throttling = (_id: string, tag: string): undefined => {
      if (tag === 'm-20' && !refused) {
        refused = true;
        throw new DeliveryError('Too Many Requests', 429, 1000);
      }
      return undefined;
    };
    // The tagged message may be taken by either instance: both refuse it once (whichever gets it first).
    const a = await instance({ prefix, sender: recordingSender('a', calls, throttling), ratePerSecond: 50 });
    const b = await instance({ prefix, sender: recordingSender('b', calls, throttling), ratePerSecond: 50 });
    const sends = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).delivery.send(conv(`c-${i}`), card(`m-${i}`), 'normal'));
    const results = await Promise.all(sends);
    expect(results).toHaveLength(60);

    const refusal = calls.find((c) => c.outcome === 'error');
    if (!refusal) throw new Error('the 429 was never given');
    // Calls that had their place before the 429 came back may still leave within a moment; after that, nothing
    // from either instance until the Retry-After has passed.
    const during = calls.filter((c) => c.at > refusal.at + 50 && c.at < refusal.at + 950);
    expect(during).toEqual([]);
    const after = calls.filter((c) => c.at >= refusal.at + 950);
    expect(after.some((c) => c.by === 'a') && after.some((c) => c.by === 'b')).toBe(true);
    expect(calls.filter((c) => c.tag === 'm-20').map((c) => c.outcome)).toEqual(['error', 'ok']);
    expect(calls.filter((c) => c.outcome === 'ok')).toHaveLength(60);
    const throttled = (await a.health()).calls.throttled + (await b.health()).calls.throttled;
    expect(throttled).toBe(1);
  });

  it('a refusal reaches the caller as the same DeliveryError as from createDelivery', async () => {
    const failures: Array<[string, () => unknown]> = [
      ['403', () => new DeliveryError('Forbidden', 403, undefined)],
      ['404', () => new DeliveryError('Not Found', 404, undefined)],
      ['400', () => new DeliveryError('Bad Request', 400, undefined)],
      ['503', () => new DeliveryError('Service Unavailable', 503, undefined)],
      ['502', () => new DeliveryError('Bad Gateway', 502, undefined)],
      ['refused', () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
      ['reset', () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
      ['plain', () => new Error('something odd')],
      ['429', () => new DeliveryError('Too Many Requests', 429, 200)],
    ];
    const failing: ProactiveSender = {
      async send(conversation) {
        const f = failures.find(([name]) => conversation.conversationId === name);
        throw f ? f[1]() : new Error('unknown');
      },
      async update() {
        throw new DeliveryError('Not Found', 404, undefined);
      },
    };
    const prefix = newPrefix();
    const q = await instance({ prefix, sender: failing, ratePerSecond: 50, maxThrottledRequeues: 0 });
    const direct = createDelivery({ sender: failing, limiter: new DeliveryLimiter({ ratePerSecond: 1000, clock: systemClock }) });
    const shape = (e: unknown) => {
      expect(e).toBeInstanceOf(DeliveryError);
      const d = e as DeliveryError;
      return { code: d.code, status: d.status, retryAfterMs: d.retryAfterMs, networkCode: d.networkCode };
    };
    for (const [name] of failures) {
      const viaQueue = await q.delivery.send(conv(name), card(name), 'normal').then(() => 'sent', (e: unknown) => shape(e));
      const viaDirect = await direct.send(conv(name), card(name), 'normal').then(() => 'sent', (e: unknown) => shape(e));
      expect({ name, ...(viaQueue as object) }).toEqual({ name, ...(viaDirect as object) });
    }
    const gone = await q.delivery.update(conv('x'), 'activity-1', card('u'), 'normal').catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(DeliveryError);
    expect((gone as DeliveryError).code).toBe('gone');
    expect((await q.health()).calls.failed).toMatchObject({ gone: 3, rejected: 1, 'not-delivered': 2, 'maybe-delivered': 3, 'retry-after': 1 });
  });

  it('a job whose worker dies during the call is failed, never sent a second time; its caller hears maybe-delivered', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const hangOnX = (_id: string, tag: string) => (tag === 'x' ? ('hang' as const) : undefined);
    const fast = { lockDurationMs: 1000, stalledIntervalMs: 500 };
    const senderA = recordingSender('a', calls, hangOnX);
    const senderB = recordingSender('b', calls, hangOnX);
    const a = await instance({ prefix, sender: senderA, ratePerSecond: 50, ...fast });
    const b = await instance({ prefix, sender: senderB, ratePerSecond: 50, ...fast });
    // The caller is a third instance that does not work, so it outlives whichever worker takes the job.
    const caller = await instance({ prefix, sender: recordingSender('caller', calls), ratePerSecond: 50, work: false, ...fast });
    const outcome = caller.delivery.send(conv('c-1'), card('x'), 'urgent').then(
      () => 'sent',
      (e: unknown) => e,
    );
    const first = await Promise.race([senderA.called, senderB.called]);
    // "Kill" the instance in the middle of its call: no waiting for the call, no more lock renewal.
    await (first.by === 'a' ? a : b).close({ force: true });
    const error = await outcome;
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).code).toBe('maybe-delivered');
    expect((error as DeliveryError).message).toMatch(/stalled/);
    // The survivor still sends, and never sent x.
    const next = await caller.delivery.send(conv('c-2'), card('y'), 'urgent');
    expect(next.activityId).toMatch(first.by === 'a' ? /^b-/ : /^a-/);
    expect(calls.filter((c) => c.tag === 'x')).toHaveLength(1);
  });

  it('a job no worker started in time is taken back as not-delivered and never sent', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const caller = await instance({ prefix, sender: recordingSender('caller', calls), ratePerSecond: 50, work: false, queueWaitMs: 300 });
    const error = await caller.delivery.send(conv('c-1'), card('late'), 'normal').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).code).toBe('not-delivered');
    const worker = await instance({ prefix, sender: recordingSender('w', calls), ratePerSecond: 50 });
    await worker.delivery.send(conv('c-1'), card('next'), 'normal');
    expect(calls.map((c) => c.tag)).toEqual(['next']);
  });

  it('a job already started when the queue wait runs out is not withdrawn: its caller gets the result', async () => {
    const prefix = newPrefix();
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => {};
    const callStarted = new Promise<void>((resolve) => (started = resolve));
    const slow: ProactiveSender = {
      async send() {
        started();
        await released;
        return { activityId: 'slow-1' };
      },
      async update() {},
    };
    const caller = await instance({ prefix, sender: slow, ratePerSecond: 50, work: false, queueWaitMs: 200 });
    await instance({ prefix, sender: slow, ratePerSecond: 50 });
    const result = caller.delivery.send(conv('c-1'), card('slow'), 'normal');
    await callStarted;
    // Let the caller's queue wait run out while the call is in progress, then answer.
    await new Promise((r) => setTimeout(r, 400));
    release();
    await expect(result).resolves.toEqual({ activityId: 'slow-1' });
  });

  it("replies (which leave through the user's turn, not the queue) count in the shared budget with the queued sends", async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const a = await instance({ prefix, sender: recordingSender('a', calls), ratePerSecond: 50 });
    const b = await instance({ prefix, sender: recordingSender('b', calls), ratePerSecond: 50 });
    const replies: number[] = [];
    const replying = Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        a.delivery.limiter.acquire({ conversationId: `person-${i}`, priority: 'reply' }).then(() => {
          replies.push(Date.now());
        }),
      ),
    );
    const sending = Promise.all(Array.from({ length: 40 }, (_, i) => b.delivery.send(conv(`c-${i}`), card(`m-${i}`), 'bulk')));
    await Promise.all([replying, sending]);
    expect(replies).toHaveLength(40);
    expect(calls).toHaveLength(40);
    expect(worstWindow([...replies, ...calls.map((c) => c.at)], 1000 - CALLBACK_JITTER_MS)).toBeLessThanOrEqual(50);
    // The broadcast run's turn (bulk) is local only: its job is counted when a worker sends it.
    await a.delivery.limiter.acquire({ conversationId: 'c-0', priority: 'bulk' });
  });

  it('priorities: urgent and normal go before bulk (job priority from DeliveryPriority)', async () => {
    const prefix = newPrefix();
    const calls: Call[] = [];
    const caller = await instance({ prefix, sender: recordingSender('caller', calls), ratePerSecond: 50, work: false });
    const order: DeliveryPriority[] = ['bulk', 'normal', 'urgent', 'reply'];
    const sends = order.flatMap((p) => [0, 1].map((i) => caller.delivery.send(conv(`${p}-${i}`), card(`${p}-${i}`), p)));
    for (let h = await caller.health(); (h.jobs?.waiting ?? 0) < 8; h = await caller.health()) await new Promise((r) => setTimeout(r, 10));
    await instance({ prefix, sender: recordingSender('w', calls), ratePerSecond: 50, concurrency: 1 });
    await Promise.all(sends);
    expect(calls.map((c) => c.tag)).toEqual(['reply-0', 'reply-1', 'urgent-0', 'urgent-1', 'normal-0', 'normal-1', 'bulk-0', 'bulk-1']);
  });
});
