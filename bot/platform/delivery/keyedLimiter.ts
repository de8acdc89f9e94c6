import { TokenBucket } from './tokenBucket.ts';

/** One token bucket per key (conversation id); idle buckets are dropped so the map stays small. */
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
