import { randomUUID } from 'node:crypto';
import { DelayedError, Queue, QueueEvents, RateLimitError, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { nowMs, sleep, systemClock, type Clock } from '../clock.ts';
import type { Logger } from '../log.ts';
import type { Delivery } from './delivery.ts';
import { asDeliveryError, DeliveryError, WITHDRAWN_FROM_QUEUE } from './deliveryError.ts';
import { DeliveryLimiter, TEAMS_CONVERSATION_RATE, WINDOW_GUARD_MS, type DeliveryLimiterOptions, type DeliveryPriority, type DeliveryTicket } from './deliveryLimiter.ts';
import type { ConversationAddress, OutgoingCard, ProactiveSender } from './proactiveSender.ts';
import { RedisWindows } from './redisWindows.ts';
import { withTimeout } from './timeout.ts';

/** A Redis URL (`redis://`, `rediss://`) or ioredis options. */
export type RedisConnection = string | RedisOptions;

/**
 * The shared windows count 1000 + this many ms as a second. Between a place in Redis and the request leaving
 * there is a round trip and then the worker's (or the turn's) event loop, so that moment varies more than in one
 * process, where 20 ms (WINDOW_GUARD_MS) was seen to be just enough. It costs about 5 % of the rate while the
 * app's window is the binding limit (measured: 45-47/s of 50 with calls of 100-300 ms).
 */
export const QUEUE_WINDOW_GUARD_MS = Math.max(WINDOW_GUARD_MS, 50);

/**
 * BullMQ: a lower number goes first; 0 would go before every prioritized job, so it is not used. Steps of ten: a
 * job held back by its conversation comes back one step ahead of the fresh jobs of its priority (BullMQ puts a
 * job that returns from the delayed set at the back of its priority), so a busy conversation keeps its own pace
 * instead of waiting behind every other conversation first.
 */
const JOB_PRIORITY: Record<DeliveryPriority, number> = { reply: 10, urgent: 20, normal: 30, bulk: 40 };

interface DeliveryJob<C> {
  readonly kind: 'send' | 'update';
  readonly conversation: C;
  readonly message: OutgoingCard;
  readonly activityId?: string;
  /** 429s this job has been put back for. */
  readonly throttled?: number;
}

/** JSON: `undefined` does not survive the trip through Redis. */
interface DeliveryResult {
  readonly activityId: string | null;
}

/** A failure as it travels in the job's failedReason: what DeliveryError needs to get the same code back. */
const FAILURE_PREFIX = 'delivery-error:';

function encodeFailure(e: DeliveryError): string {
  return FAILURE_PREFIX + JSON.stringify({ message: e.message.slice(0, 200), status: e.status ?? null, retryAfterMs: e.retryAfterMs ?? null, networkCode: e.networkCode ?? null });
}

/**
 * Back to a DeliveryError: the code is a function of status and network code, so it comes out the same as the
 * sender's. Anything else (BullMQ's "job stalled more than allowable limit": the worker died during the call)
 * may have reached Teams: `maybe-delivered`.
 */
export function decodeFailure(reason: string | undefined): DeliveryError {
  if (reason?.startsWith(FAILURE_PREFIX)) {
    try {
      const f = JSON.parse(reason.slice(FAILURE_PREFIX.length)) as { message?: unknown; status?: unknown; retryAfterMs?: unknown; networkCode?: unknown };
      const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
      return new DeliveryError(typeof f.message === 'string' ? f.message : 'send failed', num(f.status), num(f.retryAfterMs), typeof f.networkCode === 'string' ? f.networkCode : undefined);
    } catch {
      // fall through: unreadable is as uncertain as unknown
    }
  }
  return new DeliveryError((reason ?? 'send failed').slice(0, 200), undefined, undefined);
}

export interface QueuedDeliveryOptions<C extends ConversationAddress> {
  readonly connection: RedisConnection;
  /**
   * Key prefix in Redis. The default has a hash tag (`{...}`) so every key of the queue, and the windows that the
   * scripts read together with BullMQ's limiter key, land in one slot of a Redis Cluster.
   */
  readonly prefix?: string;
  readonly queueName?: string;
  readonly sender: ProactiveSender<C>;
  /** Requests per second for the app and tenant, all instances together (Teams: about 50). */
  readonly ratePerSecond: number;
  /** Per conversation, all instances together (default: Teams' 7). */
  readonly conversationPerSecond?: number;
  /** Longest wait for the connector's answer to one call, in the worker. Default: no limit. */
  readonly timeoutMs?: number;
  /**
   * A job no worker has started after this long is taken back and reported `not-delivered` (it provably never
   * left). Default 60 s.
   */
  readonly queueWaitMs?: number;
  /** Calls in flight per instance (default: half a second's worth of the rate, at least 4). */
  readonly concurrency?: number;
  /** Run a worker in this instance (default true). false: only put work on the queue (a script, a test). */
  readonly work?: boolean;
  /** BullMQ's job lock; a worker that stops renewing it for this long is taken as dead (default 30 s). */
  readonly lockDurationMs?: number;
  /** How often workers look for jobs whose worker died (default 30 s). */
  readonly stalledIntervalMs?: number;
  /** 429s one job is put back for before it fails as `retry-after` to its caller (default 5). */
  readonly maxThrottledRequeues?: number;
  /** A Retry-After longer than this pauses the queue for this long (default 10 s, as the in-process limiter). */
  readonly maxRetryAfterMs?: number;
  /** Margin on the shared one-second windows (default QUEUE_WINDOW_GUARD_MS). */
  readonly windowGuardMs?: number;
  /**
   * Transport time for the local limiter and the callers' timers (real time by default). The queue itself runs on
   * Redis's time, so anything but real time is for tests that move it by hand.
   */
  readonly clock?: Clock;
  readonly log?: Pick<Logger, 'warn' | 'error'>;
}

export interface QueuedDeliveryHealth {
  readonly ok: boolean;
  /** ioredis's state of this instance's own connection ('ready' when all is well). */
  readonly redis: string;
  readonly worker: 'running' | 'off' | 'stopped';
  /** Jobs of all instances, when Redis answered in time. */
  readonly jobs?: { readonly waiting: number; readonly delayed: number; readonly active: number };
  /** This instance's callers still waiting for a result. */
  readonly awaiting: number;
  /** Since this instance started: calls its worker made, by outcome, and 429s it put back. */
  readonly calls: { readonly ok: number; readonly failed: Record<string, number>; readonly throttled: number };
}

export interface QueuedDelivery<C extends ConversationAddress> {
  readonly delivery: Delivery<C>;
  health(): Promise<QueuedDeliveryHealth>;
  /**
   * Stops taking work: waits for this instance's calls in flight (force: does not wait; their jobs count as
   * maybe delivered, as when the process dies), then closes the connections. Callers still waiting get
   * `maybe-delivered`: another instance may still send their job.
   */
  close(options?: { force?: boolean }): Promise<void>;
}

/** Longest wait of a reply for a place in the shared windows (longer only under a long 429 pause). */
export const REPLY_SHARED_WAIT_MS = 5000;

/**
 * The local part of the budget in scaled mode. Every instance keeps the in-process limiter for what only it knows:
 * priorities between its own callers and the pace per conversation, at the app's whole rate (one instance alone
 * may use all of it). The rate across instances is kept by the queue, not here: a job is counted when a worker
 * sends it (BullMQ's limiter and the Redis windows). The broadcast run takes its turn here and then hands the
 * job to the queue with sendAdmitted, so it is paced twice, which costs nothing while the queue is the tighter
 * limit. Replies are the exception: they leave through the user's turn, not through the queue, so a reply's turn
 * also takes a place in the shared windows, or all instances' replies together could push Teams over the budget.
 * If Redis does not answer, the reply goes anyway: a person is waiting, and the local pace still holds.
 */
export class QueuedDeliveryLimiter extends DeliveryLimiter {
  readonly #windows: RedisWindows;
  /** The shared windows run on Redis's time: real time, whatever clock paces the local part. */
  readonly #clock: Clock = systemClock;
  readonly #log: Pick<Logger, 'warn'> | undefined;

  constructor(options: DeliveryLimiterOptions, windows: RedisWindows, log?: Pick<Logger, 'warn'>) {
    super(options);
    this.#windows = windows;
    this.#log = log;
  }

  override async acquire(ticket: DeliveryTicket): Promise<void> {
    await super.acquire(ticket);
    if (ticket.priority !== 'reply') return;
    // Bounded by time, not by tries: many replies may wait for the same freed places, each try a few ms apart.
    // After REPLY_SHARED_WAIT_MS (a long 429 pause) the reply goes on the local pace alone.
    const deadline = nowMs(this.#clock) + REPLY_SHARED_WAIT_MS;
    while (nowMs(this.#clock) < deadline) {
      let answer;
      try {
        answer = await withTimeout(this.#windows.take(ticket.conversationId, 'reply'), 1000, this.#clock);
      } catch {
        this.#log?.warn({ event: 'delivery-reply-window-unavailable' }, 'shared reply window unavailable; reply paced locally only');
        return;
      }
      if (answer.granted) return;
      await sleep(this.#clock, Math.min(answer.waitMs, Math.max(1, deadline - nowMs(this.#clock))));
    }
    this.#log?.warn({ event: 'delivery-reply-window-timeout' }, 'no shared place for a reply in time; reply paced locally only');
  }
}

function bullConnection(c: RedisConnection, extra: RedisOptions): ConnectionOptions {
  return typeof c === 'string' ? { url: c, ...extra } : { ...c, ...extra };
}

export function redisClient(c: RedisConnection, extra: RedisOptions = {}): Redis {
  return typeof c === 'string' ? new Redis(c, extra) : new Redis({ ...c, ...extra });
}

/**
 * Sending for more than one instance: every outgoing Teams call (send and update) is a job on one BullMQ queue,
 * and every instance runs a worker on it, so any instance may make any call; the job carries the conversation
 * address and the card. The budget is shared through Redis: BullMQ's limiter spreads the tenant's rate over
 * tenths of a second (so workers take jobs in small bursts), and right before each call the worker takes a place
 * in sliding windows for the app and the conversation (redisWindows.ts), which is the limit as Teams counts it.
 * A 429 pauses the whole queue, all instances, for its Retry-After (BullMQ's manual rate limit) and puts the job
 * back: it was not delivered. One attempt per job and no second run after a stall (`maxStalledCount: 0`): a job
 * whose worker died during the call is failed and its caller hears `maybe-delivered`, never a second send.
 * Retrying stays the caller's policy, as with createDelivery.
 */
export async function createQueuedDelivery<C extends ConversationAddress>(options: QueuedDeliveryOptions<C>): Promise<QueuedDelivery<C>> {
  const prefix = options.prefix ?? '{meldwijzer}';
  const queueName = options.queueName ?? 'teams-delivery';
  const rate = options.ratePerSecond;
  if (!(rate > 0)) throw new RangeError('ratePerSecond must be > 0');
  const conversationRate = Math.max(1, Math.floor(options.conversationPerSecond ?? TEAMS_CONVERSATION_RATE));
  const timeoutMs = options.timeoutMs ?? Infinity;
  const queueWaitMs = options.queueWaitMs ?? 60_000;
  const lockDurationMs = options.lockDurationMs ?? 30_000;
  const stalledIntervalMs = options.stalledIntervalMs ?? 30_000;
  const maxThrottled = options.maxThrottledRequeues ?? 5;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  const clock = options.clock ?? systemClock;
  const { sender, log } = options;

  // Blocking connections (worker, events) must wait for Redis however long it is away; BullMQ requires it.
  const blocking = bullConnection(options.connection, { maxRetriesPerRequest: null });
  const client = redisClient(options.connection, { maxRetriesPerRequest: 3 });
  const queue = new Queue<DeliveryJob<C>, DeliveryResult>(queueName, {
    connection: bullConnection(options.connection, {}),
    prefix,
    defaultJobOptions: {
      attempts: 1,
      // A few recent jobs for an operator's look; the card is in the job data, so not for long.
      removeOnComplete: { count: 50, age: 300 },
      removeOnFail: { count: 100, age: 3600 },
    },
  });
  // A place is taken in Redis a moment before the request leaves, and that moment varies more than in one
  // process (a round trip to Redis, then the worker's or the turn's own event loop): a wider margin than the
  // in-process limiter's, or two requests late and on time could put limit + 1 into one second as Teams counts.
  const windowMs = 1000 + (options.windowGuardMs ?? QUEUE_WINDOW_GUARD_MS);
  const windows = new RedisWindows(client, {
    appKey: `${prefix}:${queueName}:mw:app`,
    conversationKey: (id) => `${prefix}:${queueName}:mw:conv:${id}`,
    limiterKey: queue.keys['limiter'] as string,
    appLimit: Math.max(1, Math.floor(rate)),
    conversationLimit: conversationRate,
    windowMs,
  });

  const calls = { ok: 0, failed: {} as Record<string, number>, throttled: 0 };
  let closed = false;

  const fail = (e: DeliveryError): never => {
    calls.failed[e.code] = (calls.failed[e.code] ?? 0) + 1;
    throw new UnrecoverableError(encodeFailure(e));
  };

  const processJob = async (job: Job<DeliveryJob<C>, DeliveryResult>, token?: string): Promise<DeliveryResult> => {
    const { conversation, message } = job.data;
    try {
      const slot = await windows.take(conversation.conversationId, job.id ?? 'job', true);
      if (!slot.granted) {
        if (slot.reason === 'conversation') {
          // Over the conversation's limit: later, not failed; the queue goes on with other conversations.
          if (job.priority % 10 === 0) await job.changePriority({ priority: job.priority - 1 });
          await job.moveToDelayed(Date.now() + slot.waitMs, token);
          throw new DelayedError();
        }
        // The app's window is full (or a 429 paused the queue): nobody may send, so every worker waits.
        if (slot.reason === 'app') await queue.rateLimit(slot.waitMs);
        throw Worker.RateLimitError();
      }
    } catch (err) {
      if (err instanceof DelayedError || err instanceof RateLimitError) throw err;
      // Redis failed before the call: nothing left for Teams.
      return fail(new DeliveryError(`queue error before the call: ${(err as Error).message}`.slice(0, 200), undefined, undefined, WITHDRAWN_FROM_QUEUE));
    }
    let e: DeliveryError;
    try {
      const work =
        job.data.kind === 'send'
          ? sender.send(conversation, message)
          : sender.update(conversation, job.data.activityId ?? '', message).then(() => ({ activityId: job.data.activityId }));
      const result = await withTimeout(work, timeoutMs, systemClock);
      calls.ok++;
      return { activityId: result.activityId ?? null };
    } catch (err) {
      e = asDeliveryError(err);
    }
    if (e.code === 'retry-after') {
      // Teams refused it, so it was not delivered: everyone waits, then this job goes again (it keeps its place
      // at the front of its priority), unless it has been refused too often: then its caller decides.
      calls.throttled++;
      const throttled = job.data.throttled ?? 0;
      const again = await queue
        .rateLimit(Math.max(1, Math.min(e.retryAfterMs ?? 1000, maxRetryAfterMs)))
        .then(() => throttled < maxThrottled && job.updateData({ ...job.data, throttled: throttled + 1 }).then(() => true))
        .catch(() => false);
      if (again) throw Worker.RateLimitError();
    }
    return fail(e);
  };

  const work = options.work ?? true;
  const worker = work
    ? new Worker<DeliveryJob<C>, DeliveryResult>(queueName, processJob, {
        connection: blocking,
        prefix,
        concurrency: options.concurrency ?? Math.max(4, Math.ceil(rate / 2)),
        // Tenths of a second: small bursts, and 10 x max per (1000 + guard) ms never exceeds the rate.
        limiter: (() => {
          const max = Math.max(1, Math.floor(rate / 10));
          return { max, duration: Math.ceil((windowMs * max) / rate) };
        })(),
        maxStalledCount: 0,
        lockDuration: lockDurationMs,
        stalledInterval: stalledIntervalMs,
      })
    : undefined;
  worker?.on('error', (err) => log?.error({ event: 'delivery-worker-error', err: { name: err.name, message: err.message.slice(0, 200) } }, 'delivery worker error'));

  // Events from the moment of creation on, by Redis's clock: a job that finishes before the reader's first call
  // is not missed (the default, '$', would start wherever that first call happens to be).
  let queueEvents: QueueEvents;
  try {
    const [seconds, micros] = await client.time();
    queueEvents = new QueueEvents(queueName, {
      connection: blocking,
      prefix,
      lastEventId: `${Number(seconds) * 1000 + Math.floor(Number(micros) / 1000)}-0`,
    });
  } catch (err) {
    await Promise.allSettled([worker?.close(true), queue.close()]);
    client.disconnect();
    throw err;
  }
  queueEvents.on('error', (err) => log?.error({ event: 'delivery-events-error', err: { name: err.name, message: err.message.slice(0, 200) } }, 'delivery events error'));

  interface Awaiting {
    resolve(result: DeliveryResult): void;
    reject(error: DeliveryError): void;
  }
  const awaiting = new Map<string, Awaiting>();
  queueEvents.on('completed', ({ jobId, returnvalue }) => {
    const a = awaiting.get(jobId);
    if (!a) return;
    awaiting.delete(jobId);
    const r = returnvalue as unknown as Partial<DeliveryResult> | null;
    a.resolve({ activityId: typeof r?.activityId === 'string' ? r.activityId : null });
  });
  queueEvents.on('failed', ({ jobId, failedReason }) => {
    const a = awaiting.get(jobId);
    if (!a) return;
    awaiting.delete(jobId);
    a.reject(decodeFailure(failedReason));
  });
  try {
    await Promise.all([queue.waitUntilReady(), queueEvents.waitUntilReady(), worker?.waitUntilReady()]);
  } catch (err) {
    await Promise.allSettled([worker?.close(true), queueEvents.close(), queue.close()]);
    client.disconnect();
    throw err;
  }

  // After the queue wait, a job no worker started is withdrawn (not delivered, for certain); one that was started
  // gets the call's timeout plus the time BullMQ needs to notice a dead worker, then counts as maybe delivered.
  const graceMs = (Number.isFinite(timeoutMs) ? timeoutMs : 0) + lockDurationMs + stalledIntervalMs + 5000;

  const enqueue = async (data: DeliveryJob<C>, priority: DeliveryPriority): Promise<DeliveryResult> => {
    if (closed) throw new DeliveryError('queued delivery is closed', undefined, undefined, WITHDRAWN_FROM_QUEUE);
    const jobId = randomUUID();
    return new Promise<DeliveryResult>((resolve, reject) => {
      let settled = false;
      let cancel: () => void = () => {};
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        awaiting.delete(jobId);
        cancel();
        fn();
      };
      awaiting.set(jobId, { resolve: (r) => settle(() => resolve(r)), reject: (e) => settle(() => reject(e)) });
      // The result as the job itself holds it (kept a few minutes): for an event this instance did not hear
      // (a reconnect, a trimmed stream).
      const settleFromJob = async (): Promise<boolean> => {
        const job = await queue.getJob(jobId).catch(() => undefined);
        if (!job?.finishedOn) return false;
        const { failedReason, returnvalue } = job;
        if (failedReason) settle(() => reject(decodeFailure(failedReason)));
        else settle(() => resolve({ activityId: typeof returnvalue?.activityId === 'string' ? returnvalue.activityId : null }));
        return true;
      };
      const giveUp = async () => {
        if (!(await settleFromJob())) settle(() => reject(new DeliveryError('no result from the delivery queue', undefined, undefined)));
      };
      const onDeadline = async () => {
        const reason = 'withdrawn by its caller: not started in time';
        if (await windows.withdraw(queue.toKey(jobId), queue.keys['active'] as string, jobId, reason).catch(() => false)) {
          settle(() => reject(new DeliveryError(`not started within ${queueWaitMs} ms`, undefined, undefined, WITHDRAWN_FROM_QUEUE)));
          // Best effort: gone from the queue at once instead of failing when a worker reaches it.
          void queue.remove(jobId).catch(() => undefined);
          return;
        }
        if (settled || (await settleFromJob())) return;
        cancel = clock.setTimer(() => void giveUp(), graceMs);
      };
      cancel = clock.setTimer(() => void onDeadline(), queueWaitMs);
      queue.add(data.kind, data, { jobId, priority: JOB_PRIORITY[priority] }).then(
        () => undefined,
        (err: unknown) => settle(() => reject(asDeliveryError(err))),
      );
    });
  };

  const limiter = new QueuedDeliveryLimiter({ ratePerSecond: rate, conversationPerSecond: conversationRate, clock }, windows, log);
  const toResult = (r: DeliveryResult) => ({ activityId: r.activityId ?? undefined });
  const delivery: Delivery<C> = {
    limiter,
    send: async (conversation, message, priority) => toResult(await enqueue({ kind: 'send', conversation, message }, priority)),
    update: async (conversation, activityId, message, priority) => {
      await enqueue({ kind: 'update', conversation, activityId, message }, priority);
    },
    // The caller took its local turn; the shared budget is the queue's, as for every other job.
    sendAdmitted: async (conversation, message) => toResult(await enqueue({ kind: 'send', conversation, message }, 'bulk')),
  };

  const jobCounts = async () => {
    const c = await withTimeout(queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active'), 2000, systemClock);
    return { waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0), delayed: c['delayed'] ?? 0, active: c['active'] ?? 0 };
  };

  return {
    delivery,
    async health() {
      const jobs = await jobCounts().catch(() => undefined);
      const workerState = !worker ? 'off' : worker.isRunning() ? 'running' : 'stopped';
      return {
        ok: jobs !== undefined && client.status === 'ready' && workerState !== 'stopped',
        redis: client.status,
        worker: workerState,
        ...(jobs ? { jobs } : {}),
        awaiting: awaiting.size,
        calls: { ok: calls.ok, failed: { ...calls.failed }, throttled: calls.throttled },
      };
    },
    async close(closeOptions) {
      if (closed) return;
      closed = true;
      await worker?.close(closeOptions?.force ?? false);
      await queueEvents.close();
      for (const [, a] of awaiting) a.reject(new DeliveryError('queued delivery closed before the result arrived', undefined, undefined));
      awaiting.clear();
      await queue.close();
      await client.quit().catch(() => client.disconnect());
    },
  };
}
