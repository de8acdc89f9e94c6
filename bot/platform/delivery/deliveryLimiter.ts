import { nowMs, type Clock } from '../clock.ts';
import { SlidingWindow } from './slidingWindow.ts';
import { TokenBucket } from './tokenBucket.ts';

/**
 * Who goes first when several parts of the bot want to send at once. Strict: a waiting `urgent` request always
 * goes before any `bulk` one, so a due reminder never waits behind a 5,000-recipient update; within one priority,
 * first come, first served.
 * - reply: an answer in a user's turn (the person is waiting for it)
 * - urgent: due reminders and meeting notices
 * - normal: card updates, approval requests, the leader's report card
 * - bulk: the recipients of a broadcast
 */
export const DELIVERY_PRIORITIES = ['reply', 'urgent', 'normal', 'bulk'] as const;
export type DeliveryPriority = (typeof DELIVERY_PRIORITIES)[number];

export interface DeliveryTicket {
  readonly conversationId: string;
  readonly priority: DeliveryPriority;
}

/** Teams: 7 messages per second to one conversation. */
export const TEAMS_CONVERSATION_RATE = 7;

/**
 * The sliding windows count a little more than a second. A token is taken a moment before the request leaves
 * (promise continuations, a clock tick), and the requests reach Teams with their own jitter; without a margin,
 * the first of one window leaving late and the last leaving on time can put limit + 1 into one second as Teams
 * counts it (seen in CI). It costs at most 2 % of the rate while the window is the binding limit.
 */
export const WINDOW_GUARD_MS = 20;

export interface DeliveryLimiterOptions {
  /** Requests per second for the whole app: every proactive send and every reply shares it. */
  readonly ratePerSecond: number;
  /** Messages per second to one conversation (default: Teams' 7). */
  readonly conversationPerSecond?: number;
  /** Transport time: real time in production, virtual time in tests. */
  readonly clock: Clock;
}

interface Waiter {
  readonly conversationId: string;
  readonly resolve: () => void;
}

/**
 * The app's one budget for the Bot Connector: a priority queue in front of a token bucket. Whoever is sending
 * may use the whole rate when nobody else is; nobody gets more than the rate into any one second (a sliding
 * window behind the bucket); no conversation gets more than its own limit (a waiter held back by its
 * conversation does not hold up the ones behind it); a 429 pauses that conversation for its Retry-After, and a
 * run of them the whole app.
 */
export class DeliveryLimiter {
  readonly ratePerSecond: number;
  readonly #clock: Clock;
  readonly #now: () => number;
  readonly #bucket: TokenBucket;
  readonly #window: SlidingWindow;
  readonly #conversationLimit: number;
  readonly #conversations = new Map<string, SlidingWindow>();
  readonly #pausedUntil = new Map<string, number>();
  readonly #queues: Waiter[][] = DELIVERY_PRIORITIES.map(() => []);
  readonly #recent429: number[] = [];
  #cancelTimer: (() => void) | undefined;
  /** Requests let through per priority since the start (health, tests). */
  readonly granted: Record<DeliveryPriority, number> = { reply: 0, urgent: 0, normal: 0, bulk: 0 };

  constructor(options: DeliveryLimiterOptions) {
    if (!(options.ratePerSecond > 0)) throw new RangeError('ratePerSecond must be > 0');
    this.ratePerSecond = options.ratePerSecond;
    this.#clock = options.clock;
    this.#now = () => nowMs(this.#clock);
    // A bucket of a tenth of a second's worth: a short busy moment in the process is made up for afterwards,
    // without bursts big enough to bunch up at Teams' side; the window caps any one second at the rate.
    this.#bucket = new TokenBucket(options.ratePerSecond, Math.max(1, Math.ceil(options.ratePerSecond / 10)), this.#now);
    this.#window = new SlidingWindow(Math.max(1, Math.floor(options.ratePerSecond)), 1000 + WINDOW_GUARD_MS, this.#now);
    this.#conversationLimit = Math.max(1, Math.floor(options.conversationPerSecond ?? TEAMS_CONVERSATION_RATE));
  }

  /** Resolves when the caller may send one request to this conversation. */
  acquire(ticket: DeliveryTicket): Promise<void> {
    return new Promise((resolve) => {
      this.#queues[DELIVERY_PRIORITIES.indexOf(ticket.priority)]?.push({ conversationId: ticket.conversationId, resolve });
      this.#pump();
    });
  }

  /**
   * Teams answered 429. That conversation waits for its Retry-After. One 429 may be a passing bump (the bucket
   * starts from empty again); three within a second mean the app as a whole is over Teams' limit, so everyone waits.
   */
  throttled(conversationId: string, retryAfterMs: number | undefined): void {
    const now = this.#now();
    const wait = Math.min(retryAfterMs ?? 1000, 10_000);
    this.#pausedUntil.set(conversationId, Math.max(this.#pausedUntil.get(conversationId) ?? 0, now + wait));
    this.#recent429.push(now);
    while (this.#recent429.length > 0 && (this.#recent429[0] ?? now) < now - 1000) this.#recent429.shift();
    this.#bucket.pause(this.#recent429.length >= 3 ? wait : 0);
    this.#pump();
  }

  /** Requests waiting for their turn. */
  get waiting(): number {
    return this.#queues.reduce((n, q) => n + q.length, 0);
  }

  #conversationWait(conversationId: string, now: number): number {
    const paused = (this.#pausedUntil.get(conversationId) ?? 0) - now;
    if (paused <= 0) this.#pausedUntil.delete(conversationId);
    return Math.max(0, paused, this.#conversations.get(conversationId)?.waitMs() ?? 0);
  }

  #record(conversationId: string): void {
    let w = this.#conversations.get(conversationId);
    if (!w) {
      if (this.#conversations.size >= 1000) for (const [k, v] of this.#conversations) if (v.idle) this.#conversations.delete(k);
      w = new SlidingWindow(this.#conversationLimit, 1000 + WINDOW_GUARD_MS, this.#now);
      this.#conversations.set(conversationId, w);
    }
    w.record();
  }

  #pump(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    for (;;) {
      if (this.waiting === 0) return;
      const appWait = Math.max(this.#bucket.waitMs(), this.#window.waitMs());
      if (appWait > 0) return this.#arm(appWait);
      const now = this.#now();
      let soonest = Infinity;
      let picked: { queue: Waiter[]; index: number; priority: DeliveryPriority } | undefined;
      for (let p = 0; p < this.#queues.length && !picked; p++) {
        const queue = this.#queues[p] as Waiter[];
        for (let i = 0; i < queue.length; i++) {
          const wait = this.#conversationWait((queue[i] as Waiter).conversationId, now);
          if (wait === 0) {
            picked = { queue, index: i, priority: DELIVERY_PRIORITIES[p] as DeliveryPriority };
            break;
          }
          soonest = Math.min(soonest, wait);
        }
      }
      if (!picked) return this.#arm(soonest);
      const [waiter] = picked.queue.splice(picked.index, 1) as [Waiter];
      this.#bucket.tryTake();
      this.#window.record();
      this.#record(waiter.conversationId);
      this.granted[picked.priority]++;
      waiter.resolve();
    }
  }

  #arm(ms: number): void {
    this.#cancelTimer = this.#clock.setTimer(() => {
      this.#cancelTimer = undefined;
      this.#pump();
    }, Math.max(1, ms));
  }
}
