import { describe, expect, it } from 'vitest';
import { createRateLimits, KeyedLimiter, RateLimiter, SlidingWindow, TokenBucket, type Timing } from '../../bot/broadcasts/rateLimit.ts';

/** Virtual time: sleeping moves the clock, so rates can be measured exactly and fast. */
function virtualTiming(): Timing & { t: number } {
  const v = {
    t: 0,
    now: () => v.t,
    sleep: async (ms: number) => {
      v.t += Math.max(0, ms);
      await Promise.resolve();
    },
    random: () => 0.5,
    after: () => () => {},
  };
  return v;
}

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then one token per 1/rate', () => {
    let t = 0;
    const b = new TokenBucket(10, 3, () => t);
    expect([b.tryTake(), b.tryTake(), b.tryTake()]).toEqual([0, 0, 0]);
    expect(b.tryTake()).toBe(100);
    t = 50;
    expect(b.tryTake()).toBe(50);
    t = 100;
    expect(b.tryTake()).toBe(0);
    t = 10_000;
    expect(b.idle).toBe(true);
    expect([b.tryTake(), b.tryTake(), b.tryTake(), b.tryTake()]).toEqual([0, 0, 0, 100]);
  });

  it('pause(ms): nothing for ms, then the rate again', () => {
    let t = 0;
    const b = new TokenBucket(10, 5, () => t);
    b.pause(1000);
    expect(b.waitMs()).toBe(1100);
    t = 1100;
    expect(b.tryTake()).toBe(0);
    expect(b.tryTake()).toBe(100);
  });

  it('refuses a nonsense configuration', () => {
    expect(() => new TokenBucket(0, 1, () => 0)).toThrow(RangeError);
    expect(() => new TokenBucket(1, 0, () => 0)).toThrow(RangeError);
  });
});

describe('RateLimiter', () => {
  it('concurrent acquirers together never exceed the rate (+ burst) in any window', async () => {
    const timing = virtualTiming();
    const limiter = new RateLimiter(45, 4, timing);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 500 }, async () => {
        await limiter.acquire();
        times.push(timing.t);
      }),
    );
    times.sort((a, b) => a - b);
    // Sliding 1-second windows: at most burst + rate.
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[j] ?? 0) <= (times[i] ?? 0) - 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(45 + 4);
    // And it does not dawdle: 500 tokens at 45/s take about (500 - 4) / 45 s.
    expect(times.at(-1)).toBeGreaterThanOrEqual(Math.floor(((500 - 4) / 45) * 1000) - 1);
    expect(times.at(-1)).toBeLessThanOrEqual(Math.ceil(((500 - 4) / 45) * 1000) + 50);
    expect(limiter.waiting).toBe(0);
  });
});

describe('KeyedLimiter', () => {
  it('keeps a separate rate per conversation and forgets idle ones', () => {
    let t = 0;
    const k = new KeyedLimiter(1, 1, () => t);
    expect(k.tryTake('a')).toBe(0);
    expect(k.tryTake('b')).toBe(0);
    expect(k.waitMs('a')).toBe(1000);
    expect(k.waitMs('never-seen')).toBe(0);
    t = 1000;
    expect(k.tryTake('a')).toBe(0);
    t = 5000;
    k.prune();
    expect(k.size).toBe(0);
  });

  it('createRateLimits: the app never gets more than its rate into one second, and catches up after a busy moment', async () => {
    const timing = virtualTiming();
    const limits = createRateLimits({ ratePerSecond: 45, conversationRatePerSecond: 1 }, timing);
    const times: number[] = [];
    for (let i = 0; i < 400; i++) {
      // Every 50th send the process is busy for 300 ms (a long write, a GC pause).
      if (i % 50 === 49) timing.t += 300;
      await limits.app.acquire();
      times.push(timing.t);
    }
    let worst = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[j] ?? 0) <= (times[i] ?? 0) - 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(45);
    // 400 sends at 45/s take 8.9 s; seven busy moments of 300 ms would add 2.1 s if nothing were made up for.
    expect(times.at(-1)).toBeGreaterThanOrEqual(8_800);
    expect(times.at(-1)).toBeLessThan(8_900 + 2_100 - 300);
  });
  it('createRateLimits: a request that leaves a few ms after its token does not push a second over the limit', async () => {
    const timing = virtualTiming();
    const limits = createRateLimits({ ratePerSecond: 20, conversationRatePerSecond: 1 }, timing);
    const leftAt: number[] = [];
    for (let i = 0; i < 200; i++) {
      await limits.app.acquire();
      // Every third request leaves 15 ms after its token was taken (a busy event loop, a slow socket).
      leftAt.push(timing.t + (i % 3 === 0 ? 15 : 0));
    }
    leftAt.sort((a, b) => a - b);
    let worst = 0;
    for (let i = 0, j = 0; i < leftAt.length; i++) {
      while ((leftAt[j] ?? 0) <= (leftAt[i] ?? 0) - 1000) j++;
      worst = Math.max(worst, i - j + 1);
    }
    expect(worst).toBeLessThanOrEqual(20);
    // The margin costs little: 200 requests at 20/s take about 10 s, not noticeably more.
    expect(leftAt.at(-1)).toBeLessThan(10_400);
  });
});

describe('SlidingWindow', () => {
  it('counts the last windowMs and says how long until the oldest leaves it', () => {
    let t = 0;
    const w = new SlidingWindow(3, 1000, () => t);
    for (const at of [0, 100, 200]) {
      t = at;
      expect(w.waitMs()).toBe(0);
      w.record();
    }
    t = 300;
    expect(w.waitMs()).toBe(700);
    t = 999;
    expect(w.waitMs()).toBe(1);
    t = 1000;
    expect(w.waitMs()).toBe(0);
  });
});
