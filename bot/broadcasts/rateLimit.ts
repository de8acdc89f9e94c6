/**
 * Token buckets for Teams' limits: one for the whole app (requests per second per app per tenant) and one per
 * conversation (messages per second in one chat). Time is injected, so tests can drive it.
 */

export interface Timing {
  /** Milliseconds since the epoch (Date.now in production). */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1); for jitter. */
  random(): number;
  /** Calls fn after ms; returns a function that cancels it. Does not keep the process alive. */
  after(ms: number, fn: () => void): () => void;
}

export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: () => Math.random(),
  after(ms, fn) {
    const handle = setTimeout(fn, Math.max(0, ms));
    handle.unref();
    return () => clearTimeout(handle);
  },
};

export class TokenBucket {
  readonly #perMs: number;
  readonly #capacity: number;
  readonly #now: () => number;
  #tokens: number;
  #last: number;

  /**
   * @param ratePerSecond sustained rate
   * @param capacity burst: how many may go at once after a quiet spell. Keep it small when the other side
   *   counts requests in a sliding window, or the burst plus the rate exceeds its limit.
   */
  constructor(ratePerSecond: number, capacity: number, now: () => number) {
    if (!(ratePerSecond > 0) || !(capacity >= 1)) throw new RangeError('rate must be > 0 and capacity >= 1');
    this.#perMs = ratePerSecond / 1000;
    this.#capacity = capacity;
    this.#now = now;
    this.#tokens = capacity;
    this.#last = now();
  }

  #refill(): void {
    const t = this.#now();
    if (t > this.#last) {
      this.#tokens = Math.min(this.#capacity, this.#tokens + (t - this.#last) * this.#perMs);
      this.#last = t;
    }
  }

  /** Milliseconds until a token is available (0: now). Takes nothing. */
  waitMs(): number {
    this.#refill();
    return this.#tokens >= 1 ? 0 : Math.ceil((1 - this.#tokens) / this.#perMs);
  }

  /** Takes a token if there is one and returns 0; otherwise returns the milliseconds until there is one. */
  tryTake(): number {
    const wait = this.waitMs();
    if (wait === 0) this.#tokens -= 1;
    return wait;
  }

  /** Nothing may go for `ms` (a Retry-After for the whole app), then the rate resumes from an empty bucket. */
  pause(ms: number): void {
    this.#refill();
    this.#tokens = Math.min(this.#tokens, -ms * this.#perMs);
  }

  /** Full again: it has been idle long enough to forget. */
  get idle(): boolean {
    this.#refill();
    return this.#tokens >= this.#capacity;
  }
}

/**
 * At most `limit` events in any `windowMs`: the way a server that says "50 requests per second" usually counts.
 * With it, the token bucket can have room to catch up after the event loop was busy, without ever putting more
 * than the limit into one second.
 */
export class SlidingWindow {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #times: number[] = [];
  #head = 0;

  constructor(limit: number, windowMs: number, now: () => number) {
    if (!(limit >= 1)) throw new RangeError('limit must be >= 1');
    this.#limit = Math.floor(limit);
    this.#windowMs = windowMs;
    this.#now = now;
  }

  waitMs(): number {
    const t = this.#now();
    while (this.#head < this.#times.length && (this.#times[this.#head] as number) <= t - this.#windowMs) this.#head++;
    if (this.#head > 1024) {
      this.#times.splice(0, this.#head);
      this.#head = 0;
    }
    const inWindow = this.#times.length - this.#head;
    return inWindow < this.#limit ? 0 : (this.#times[this.#head + inWindow - this.#limit] as number) + this.#windowMs - t;
  }

  record(): void {
    this.#times.push(this.#now());
  }
}

/** A bucket (and optionally a sliding window) with a FIFO queue of waiters, so concurrent senders share one rate fairly. */
export class RateLimiter {
  readonly bucket: TokenBucket;
  readonly window: SlidingWindow | undefined;
  readonly #timing: Timing;
  #tail: Promise<void> = Promise.resolve();
  #waiting = 0;

  /** @param options.perSecondLimit at most this many in any windowMs (default 1000) */
  constructor(ratePerSecond: number, capacity: number, timing: Timing, options: { perSecondLimit?: number; windowMs?: number } = {}) {
    this.bucket = new TokenBucket(ratePerSecond, capacity, () => timing.now());
    this.window = options.perSecondLimit !== undefined ? new SlidingWindow(options.perSecondLimit, options.windowMs ?? 1000, () => timing.now()) : undefined;
    this.#timing = timing;
  }

  /** Takes a token if both the bucket and the window allow it (0), else returns the milliseconds to wait. */
  tryTake(): number {
    const wait = Math.max(this.bucket.waitMs(), this.window?.waitMs() ?? 0);
    if (wait > 0) return wait;
    this.bucket.tryTake();
    this.window?.record();
    return 0;
  }

  /** Resolves when a token has been taken for the caller. */
  acquire(): Promise<void> {
    this.#waiting++;
    const turn = this.#tail.then(async () => {
      for (;;) {
        const wait = this.tryTake();
        if (wait === 0) return;
        await this.#timing.sleep(wait);
      }
    });
    this.#tail = turn.finally(() => {
      this.#waiting--;
    });
    return turn;
  }

  get waiting(): number {
    return this.#waiting;
  }
}

/** One bucket per key (conversation id); idle buckets are dropped so the map stays small. */
export class KeyedLimiter {
  readonly #rate: number;
  readonly #capacity: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, TokenBucket>();

  constructor(ratePerSecond: number, capacity: number, now: () => number) {
    this.#rate = ratePerSecond;
    this.#capacity = capacity;
    this.#now = now;
  }

  #bucket(key: string): TokenBucket {
    let b = this.#buckets.get(key);
    if (!b) {
      if (this.#buckets.size >= 1000) this.prune();
      b = new TokenBucket(this.#rate, this.#capacity, this.#now);
      this.#buckets.set(key, b);
    }
    return b;
  }

  waitMs(key: string): number {
    return this.#buckets.get(key)?.waitMs() ?? 0;
  }

  tryTake(key: string): number {
    return this.#bucket(key).tryTake();
  }

  pause(key: string, ms: number): void {
    this.#bucket(key).pause(ms);
  }

  prune(): void {
    for (const [k, b] of this.#buckets) if (b.idle) this.#buckets.delete(k);
  }

  get size(): number {
    return this.#buckets.size;
  }
}

/** The limits every broadcast (and its report updates) share. */
export interface RateLimits {
  readonly app: RateLimiter;
  readonly conversation: KeyedLimiter;
}

/**
 * The sliding window counts a little more than a second. A token is taken a moment before the request leaves
 * (promise continuations, a clock tick), and the requests reach Teams with their own jitter; without a margin,
 * the first of one window leaving late and the last leaving on time can put limit + 1 into one second as Teams
 * counts it (seen in CI). It costs at most 2 % of the rate while the window is the binding limit.
 */
export const WINDOW_GUARD_MS = 20;

export function createRateLimits(options: { ratePerSecond: number; conversationRatePerSecond: number }, timing: Timing): RateLimits {
  // The app: the configured rate, never more than that many requests in any one second (the sliding window),
  // and a bucket of a tenth of a second's worth, so a short busy moment in the process is made up for afterwards
  // without bursts big enough to bunch up at Teams' side.
  const appBurst = Math.max(1, Math.ceil(options.ratePerSecond / 10));
  const conversationBurst = Math.max(1, Math.floor(options.conversationRatePerSecond));
  return {
    app: new RateLimiter(options.ratePerSecond, appBurst, timing, { perSecondLimit: Math.max(1, Math.floor(options.ratePerSecond)), windowMs: 1000 + WINDOW_GUARD_MS }),
    conversation: new KeyedLimiter(options.conversationRatePerSecond, conversationBurst, () => timing.now()),
  };
}
