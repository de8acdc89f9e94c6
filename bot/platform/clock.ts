/**
 * The one time abstraction. Business time (when a reminder is due) and transport time (when the next request may
 * leave) use the same interface, but main.ts may give them different instances: a test moves its business clock by
 * hand while the connector calls keep real pacing.
 */
export interface Clock {
  now(): Date;
  /** Calls fn after ms (by this clock); returns a function that cancels it. Does not keep the process alive. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** A source of numbers in [0, 1), injected wherever jitter is drawn, so tests can fix it. */
export type Random = () => number;

export const systemRandom: Random = () => Math.random();

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(fn, ms) {
    // Node timers overflow above ~24.8 days; re-arm in steps for far-away moments.
    const MAX = 2_147_000_000;
    let handle: NodeJS.Timeout;
    const arm = (remaining: number) => {
      handle = setTimeout(() => (remaining > MAX ? arm(remaining - MAX) : fn()), Math.min(Math.max(0, remaining), MAX));
      handle.unref?.();
    };
    arm(ms);
    return () => clearTimeout(handle);
  },
};

/** Milliseconds since the epoch by this clock. */
export const nowMs = (clock: Clock): number => clock.now().getTime();

/** Resolves after ms by this clock. */
export const sleep = (clock: Clock, ms: number): Promise<void> =>
  ms <= 0 ? Promise.resolve() : new Promise((resolve) => void clock.setTimer(resolve, ms));
