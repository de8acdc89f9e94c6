import type { Clock } from '../bot/platform/clock.ts';

/** A clock that only moves when the test says so; timers fire in order as time passes them. */
export class ManualClock implements Clock {
  #now: number;
  #timers: Array<{ at: number; fn: () => void; id: number }> = [];
  #nextId = 0;

  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  setTimer(fn: () => void, ms: number): () => void {
    const id = ++this.#nextId;
    this.#timers.push({ at: this.#now + Math.max(0, ms), fn, id });
    return () => {
      this.#timers = this.#timers.filter((t) => t.id !== id);
    };
  }

  /** Moves time forward, firing due timers one by one (and letting their async work settle). */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > target) break;
      this.#timers.shift();
      this.#now = Math.max(this.#now, next.at);
      next.fn();
      await settle();
    }
    this.#now = target;
    await settle();
  }

  async set(date: Date | string): Promise<void> {
    await this.advance(new Date(date).getTime() - this.#now);
  }

  /**
   * Jumps from timer to timer (firing each, letting its async work settle) until `done()` or `limitMs` has passed:
   * virtual time for code that waits on its own timers (a rate limiter), without stepping through every millisecond.
   */
  async runUntil(done: () => boolean, limitMs = 3_600_000): Promise<void> {
    const end = this.#now + limitMs;
    await settle();
    while (!done()) {
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers[0];
      if (!next || next.at > end) throw new Error('ManualClock.runUntil: nothing left to run before the limit');
      await this.advance(Math.max(0, next.at - this.#now));
    }
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
}
