/**
 * Time as a dependency, so schedulers can be tested with a clock the test moves forward.
 */
export interface Clock {
  now(): Date;
  /** Calls fn after ms (by this clock); returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

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
