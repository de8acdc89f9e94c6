import type { Clock } from '../bot/platform/clock.ts';

/**
 * Transport time that runs `factor` times faster than real time, for end-to-end tests against real I/O (an HTTP
 * connector on 127.0.0.1, the nock stub): pacing, Retry-After pauses, backoff and the report's refresh keep their
 * order and proportions, at a fraction of the wait. A ManualClock would have to be moved by the test, which cannot
 * know whether an HTTP answer is still on its way: it would either stall or let a send time out that is merely in
 * flight. Give one FastClock to every start in a test (a restart must not move time backwards).
 */
export class FastClock implements Clock {
  readonly #realStart = performance.now();
  readonly #virtualStart: number;

  constructor(
    readonly factor: number,
    start: Date = new Date(),
  ) {
    this.#virtualStart = start.getTime();
  }

  now(): Date {
    return new Date(this.#virtualStart + (performance.now() - this.#realStart) * this.factor);
  }

  setTimer(fn: () => void, ms: number): () => void {
    const handle = setTimeout(fn, Math.max(0, ms) / this.factor);
    handle.unref?.();
    return () => clearTimeout(handle);
  }
}
