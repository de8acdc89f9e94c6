import { describe, expect, it } from 'vitest';
import { decideOnFailure, defaultBackoff, retryDelayMs } from '../../bot/broadcasts/backoff.ts';
import { DeliveryError } from '../../bot/platform/delivery/deliveryError.ts';

const policy = defaultBackoff(6);
const err = (status: number | undefined, retryAfterMs?: number) => new DeliveryError('x', status, retryAfterMs);

describe('retryDelayMs', () => {
  it('doubles per attempt with equal jitter (between half and all of the exponential step), capped', () => {
    for (const [attempt, exp] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [6, 32000],
      [8, 60000],
    ] as const) {
      expect(retryDelayMs(attempt, undefined, policy, () => 0)).toBe(exp / 2);
      expect(retryDelayMs(attempt, undefined, policy, () => 0.999999)).toBeCloseTo(exp, -1);
    }
  });

  it('never comes back before Retry-After, and spreads those that got the same Retry-After', () => {
    expect(retryDelayMs(1, 5000, policy, () => 0)).toBe(5000);
    expect(retryDelayMs(1, 5000, policy, () => 0.5)).toBe(5500);
    expect(retryDelayMs(4, 1000, policy, () => 0)).toBe(4000); // the backoff is longer than Retry-After
    expect(retryDelayMs(1, 10 * 3600_000, policy, () => 0)).toBe(policy.maxRetryAfterMs);
  });
});

describe('decideOnFailure', () => {
  it.each([429, 412, 500, 502, 503, 504, undefined])('retries %s until maxAttempts', (status) => {
    expect(decideOnFailure(err(status), 1, policy, () => 0).action).toBe('retry');
    const last = decideOnFailure(err(status), 6, policy, () => 0);
    expect(last).toEqual({ action: 'fail', reason: status === 429 ? 'throttled' : status === undefined ? 'network' : 'server-error', removed: false });
  });

  it.each([403, 404])('%s: the bot was removed, fail at once and mark the conversation', (status) => {
    expect(decideOnFailure(err(status), 1, policy, () => 0)).toEqual({ action: 'fail', reason: 'removed', removed: true });
  });

  it.each([400, 401, 413, 501])('%s: fail at once, no retry', (status) => {
    expect(decideOnFailure(err(status), 1, policy, () => 0)).toEqual({ action: 'fail', reason: 'rejected', removed: false });
  });

  it('a throttled retry says so (the loop slows the whole app down on a run of them)', () => {
    expect(decideOnFailure(err(429, 2000), 1, policy, () => 0)).toEqual({ action: 'retry', delayMs: 2000, throttled: true });
  });
});
