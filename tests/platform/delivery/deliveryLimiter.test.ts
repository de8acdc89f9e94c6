import { describe, expect, it } from 'vitest';
import { nowMs } from '../../../bot/platform/clock.ts';
import { DeliveryLimiter, type DeliveryPriority } from '../../../bot/platform/delivery/deliveryLimiter.ts';
import { KeyedLimiter } from '../../../bot/platform/delivery/keyedLimiter.ts';
import { SlidingWindow } from '../../../bot/platform/delivery/slidingWindow.ts';
import { TokenBucket } from '../../../bot/platform/delivery/tokenBucket.ts';
import { ManualClock } from '../../../test-support/manualClock.ts';
import { worstWindow } from '../../../test-support/slidingWindow.ts';


/** Virtual time: a limiter on a ManualClock; `grants` records who got a turn, and when. */
function virtual(ratePerSecond: number, conversationPerSecond?: number) {
  const clock = new ManualClock('2027-01-04T09:00:00Z');
  const t0 = nowMs(clock);
  const limiter = new DeliveryLimiter({ ratePerSecond, clock, ...(conversationPerSecond !== undefined ? { conversationPerSecond } : {}) });
  const grants: Array<{ at: number; tag: string; priority: DeliveryPriority; conversationId: string }> = [];
  const take = (conversationId: string, priority: DeliveryPriority, tag = conversationId) =>
    limiter.acquire({ conversationId, priority }).then(() => {
      grants.push({ at: nowMs(clock) - t0, tag, priority, conversationId });
    });
  return { clock, limiter, grants, take, elapsed: () => nowMs(clock) - t0 };
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

describe('KeyedLimiter (the broadcasts\' own pace per conversation)', () => {
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
});

describe('DeliveryLimiter: the app\'s one budget', () => {
  it('concurrent senders together never put more than the rate into any one second, and do not dawdle', async () => {
    const v = virtual(45);
    const all = Promise.all(Array.from({ length: 500 }, (_, i) => v.take(`c${i}`, 'bulk')));
    await v.clock.runUntil(() => v.grants.length === 500);
    await all;
    expect(worstWindow(v.grants.map((g) => g.at))).toBeLessThanOrEqual(45);
    // 500 turns at 45/s, with the window's 20 ms margin: about 11.2 s, and not much more.
    expect(v.elapsed()).toBeGreaterThanOrEqual(Math.floor((455 / 45) * 1000));
    expect(v.elapsed()).toBeLessThanOrEqual(Math.ceil((500 / 45) * 1020) + 50);
    expect(v.limiter.waiting).toBe(0);
  });

  it('one sender alone gets the whole budget: 300 bulk turns at 50/s take about 6 s', async () => {
    const v = virtual(50);
    for (let i = 0; i < 300; i++) void v.take(`c${i}`, 'bulk');
    await v.clock.runUntil(() => v.grants.length === 300);
    expect(worstWindow(v.grants.map((g) => g.at))).toBeLessThanOrEqual(50);
    expect(v.elapsed()).toBeLessThanOrEqual(6 * 1020 + 50);
  });

  it('catches up after a busy moment without putting more than the rate into one second', async () => {
    const v = virtual(45);
    for (let i = 0; i < 400; i++) {
      // Every 50th send the process is busy for 300 ms (a long write, a GC pause).
      if (i % 50 === 49) await v.clock.advance(300);
      const p = v.take(`c${i}`, 'bulk');
      await v.clock.runUntil(() => v.grants.length === i + 1);
      await p;
    }
    expect(worstWindow(v.grants.map((g) => g.at))).toBeLessThanOrEqual(45);
    // 400 sends at 45/s take 8.9 s; seven busy moments of 300 ms would add 2.1 s if nothing were made up for.
    expect(v.elapsed()).toBeGreaterThanOrEqual(8_800);
    expect(v.elapsed()).toBeLessThan(8_900 + 2_100 - 300);
  });

  it('a request that leaves a few ms after its turn does not push a second over the limit', async () => {
    const v = virtual(20);
    for (let i = 0; i < 200; i++) void v.take(`c${i}`, 'bulk');
    await v.clock.runUntil(() => v.grants.length === 200);
    // Every third request leaves 15 ms after its turn (a busy event loop, a slow socket).
    const leftAt = v.grants.map((g, i) => g.at + (i % 3 === 0 ? 15 : 0));
    expect(worstWindow(leftAt)).toBeLessThanOrEqual(20);
    expect(v.elapsed()).toBeLessThan(10_400);
  });

  it('a due reminder and a reply are not stuck behind a 5,000-recipient update', async () => {
    const v = virtual(50);
    for (let i = 0; i < 5000; i++) void v.take(`r${i}`, 'bulk');
    await v.clock.advance(3000);
    const reminderAsked = { at: v.elapsed(), grants: v.grants.length };
    void v.take('channel-1', 'urgent', 'reminder');
    await v.clock.advance(500);
    const replyAsked = { at: v.elapsed(), grants: v.grants.length };
    void v.take('chat-9', 'reply', 'reply');
    await v.clock.runUntil(() => v.grants.some((g) => g.tag === 'reply') && v.grants.some((g) => g.tag === 'reminder'));
    // Each gets the very next turn, not one after the 4,800 still waiting; at 50/s that is well within 0.1 s.
    expect(v.grants[reminderAsked.grants]?.tag).toBe('reminder');
    expect(v.grants[replyAsked.grants]?.tag).toBe('reply');
    const at = (tag: string) => v.grants.find((g) => g.tag === tag)?.at ?? Infinity;
    expect(at('reminder') - reminderAsked.at).toBeLessThanOrEqual(100);
    expect(at('reply') - replyAsked.at).toBeLessThanOrEqual(100);
    expect(v.grants.filter((g) => g.priority === 'bulk').length).toBeLessThan(300);
    // The update keeps the rest of the budget: never above 50 in any second, all together.
    await v.clock.advance(2000);
    expect(worstWindow(v.grants.map((g) => g.at))).toBeLessThanOrEqual(50);
  });

  it('serves strictly by priority, first come first served within one', async () => {
    const v = virtual(1);
    void v.take('x', 'bulk', 'first'); // takes the only token at once
    const order: Array<[string, DeliveryPriority]> = [
      ['b1', 'bulk'],
      ['n1', 'normal'],
      ['u1', 'urgent'],
      ['b2', 'bulk'],
      ['r1', 'reply'],
      ['u2', 'urgent'],
    ];
    for (const [tag, p] of order) void v.take(tag, p, tag);
    await v.clock.runUntil(() => v.grants.length === 7);
    expect(v.grants.map((g) => g.tag)).toEqual(['first', 'r1', 'u1', 'u2', 'n1', 'b1', 'b2']);
  });

  it('keeps Teams\' 7 per second per conversation, without holding up other conversations', async () => {
    const v = virtual(50);
    for (let i = 0; i < 20; i++) void v.take('busy-chat', 'urgent', `busy-${i}`);
    for (let i = 0; i < 20; i++) void v.take(`other-${i}`, 'bulk');
    await v.clock.runUntil(() => v.grants.length === 40);
    const busy = v.grants.filter((g) => g.conversationId === 'busy-chat').map((g) => g.at);
    expect(worstWindow(busy)).toBeLessThanOrEqual(7);
    // The other conversations went while the busy chat waited for its own limit (not after its 20).
    const others = v.grants.filter((g) => g.conversationId !== 'busy-chat').map((g) => g.at);
    expect(Math.max(...others)).toBeLessThan(1000);
  });

  it('pauses a conversation for its Retry-After, and everyone after a run of 429s', async () => {
    const v = virtual(50);
    v.limiter.throttled('slow-chat', 2000);
    void v.take('slow-chat', 'urgent', 'slow');
    void v.take('fine-chat', 'bulk', 'fine');
    await v.clock.runUntil(() => v.grants.length === 2);
    expect(v.grants.find((g) => g.tag === 'fine')?.at).toBeLessThan(100);
    expect(v.grants.find((g) => g.tag === 'slow')?.at).toBeGreaterThanOrEqual(2000);

    const w = virtual(50);
    for (const c of ['a', 'b', 'c']) w.limiter.throttled(c, 3000);
    void w.take('d', 'reply', 'after-the-run');
    await w.clock.runUntil(() => w.grants.length === 1);
    expect(w.grants[0]?.at).toBeGreaterThanOrEqual(3000);
  });
});
