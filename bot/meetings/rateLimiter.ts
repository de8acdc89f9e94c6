/**
 * Paces calls to the Bot Connector: at most `perSecond` starts per second over the whole app, as a token bucket
 * with room for a short burst. This is transport pacing in real time (milliseconds), not business time, so it
 * uses the process clock rather than the injected Clock: a test's ManualClock must not stall an HTTP call.
 */
export interface RateLimiter {
  take(): Promise<void>;
}

export function createRateLimiter(perSecond: number, burst = Math.max(1, Math.ceil(perSecond / 2))): RateLimiter {
  let tokens = burst;
  let last = performance.now();
  let chain: Promise<void> = Promise.resolve();
  const refill = () => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) * perSecond) / 1000);
    last = now;
  };
  const takeOne = async () => {
    refill();
    if (tokens < 1) {
      const waitMs = ((1 - tokens) * 1000) / perSecond;
      await new Promise((r) => setTimeout(r, waitMs));
      refill();
    }
    tokens -= 1;
  };
  return {
    take() {
      // Serialized so waiting callers are served in order.
      const next = chain.then(takeOne);
      chain = next.catch(() => undefined);
      return next;
    },
  };
}
