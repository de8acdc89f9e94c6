import type { Clock } from '../bot/platform/clock.ts';

interface Timer {
  fn: () => void;
  /** When it fires, in performance.now() terms. */
  due: number;
  handle: NodeJS.Timeout | undefined;
}

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
  readonly #timers = new Set<Timer>();
  #pausedAt: number | undefined;

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
    const timer: Timer = { fn, due: performance.now() + Math.max(0, ms) / this.factor, handle: undefined };
    this.#timers.add(timer);
    if (this.#pausedAt === undefined) this.#arm(timer);
    return () => {
      clearTimeout(timer.handle);
      this.#timers.delete(timer);
    };
  }

  /**
   * Until resume(), no timer of this clock fires: the process that uses it is frozen (a crash test's first process:
   * none of its sends times out and is tried again while the test works with its data). Time itself goes on.
   */
  pause(): void {
    if (this.#pausedAt !== undefined) return;
    this.#pausedAt = performance.now();
    for (const timer of this.#timers) clearTimeout(timer.handle);
  }

  /** The timers fire again, each as much later as the pause lasted. */
  resume(): void {
    if (this.#pausedAt === undefined) return;
    const paused = performance.now() - this.#pausedAt;
    this.#pausedAt = undefined;
    for (const timer of this.#timers) {
      timer.due += paused;
      this.#arm(timer);
    }
  }

  #arm(timer: Timer): void {
    timer.handle = setTimeout(() => {
      this.#timers.delete(timer);
      timer.fn();
    }, Math.max(0, timer.due - performance.now()));
    timer.handle.unref?.();
  }
}

/**
 * Start options with transport time ten times faster than real time (or the given clock): for an end-to-end test
 * that posts more to one chat within a second than a person would (a loop over every command, a form sent back four
 * times), so it does not sit out Teams' pace per chat (7/s), and for broadcast tests, whose pacing, Retry-After and
 * backoff keep their proportions at a tenth of the wait. Pacing itself is what deliveryLimiter.test.ts and
 * queuedDelivery.test.ts check. A restart must not move transport time backwards: pass the next start a clock that
 * goes on from the first one's `now()`.
 */
export const quickTransport = (clock: FastClock = new FastClock(10)): { transportClock: FastClock } => ({ transportClock: clock });
