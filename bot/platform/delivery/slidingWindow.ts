/**
 * At most `limit` events in any `windowMs`: the way a server that says "50 requests per second" usually counts.
 * With it, a token bucket can have room to catch up after the event loop was busy, without ever putting more
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

  /** Nothing recorded in the last window: safe to forget. */
  get idle(): boolean {
    const last = this.#times.at(-1);
    return last === undefined || last <= this.#now() - this.#windowMs;
  }
}
