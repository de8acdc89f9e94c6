/** A token bucket on an injected millisecond clock: a sustained rate with room for a short burst. */
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

  /** Nothing may go for `ms` (a Retry-After), then the rate resumes from an empty bucket. */
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
