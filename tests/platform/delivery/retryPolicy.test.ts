import { describe, expect, it } from 'vitest';
import { asDeliveryError, DeliveryError } from '../../../bot/platform/delivery/deliveryError.ts';
import { broadcastRetry, reminderRetry, retryDecision } from '../../../bot/platform/delivery/retryPolicy.ts';
import { createRerunner } from '../../../bot/platform/rerunner.ts';

const err = (status: number | undefined, networkCode?: string) => new DeliveryError('x', status, undefined, networkCode);

describe('DeliveryError: one classification of a failed send', () => {
  it.each([
    [429, undefined, 'retry-after'],
    [412, undefined, 'not-delivered'],
    [503, undefined, 'not-delivered'],
    [undefined, 'ECONNREFUSED', 'not-delivered'],
    [undefined, 'ENOTFOUND', 'not-delivered'],
    [408, undefined, 'maybe-delivered'],
    [500, undefined, 'maybe-delivered'],
    [502, undefined, 'maybe-delivered'],
    [504, undefined, 'maybe-delivered'],
    [undefined, 'ECONNRESET', 'maybe-delivered'],
    [undefined, undefined, 'maybe-delivered'],
    [403, undefined, 'gone'],
    [404, undefined, 'gone'],
    [400, undefined, 'rejected'],
    [413, undefined, 'rejected'],
    [501, undefined, 'rejected'],
  ] as const)('%s %s -> %s', (status, code, expected) => {
    expect(err(status, code).code).toBe(expected);
  });

  it('reads the system code of a thrown network error, never the message text', () => {
    expect(asDeliveryError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })).code).toBe('not-delivered');
    expect(asDeliveryError(new Error('connect ECONNREFUSED 127.0.0.1:9')).code).toBe('maybe-delivered');
  });
});

describe('retry policies as data', () => {
  it('reminders: at most once, so only what proves nothing arrived is tried again', () => {
    const p = reminderRetry(6);
    expect(retryDecision(err(503), 1, p, () => 0).action).toBe('retry');
    expect(retryDecision(err(429), 1, p, () => 0).action).toBe('retry');
    expect(retryDecision(err(502), 1, p, () => 0)).toEqual({ action: 'give-up', code: 'maybe-delivered', exhausted: false });
    expect(retryDecision(err(503), 6, p, () => 0)).toEqual({ action: 'give-up', code: 'not-delivered', exhausted: true });
  });

  it('broadcasts: also what may have arrived (the duplicate bound covers it), never what is gone or rejected', () => {
    const p = broadcastRetry(6);
    expect(retryDecision(err(502), 1, p, () => 0)).toEqual({ action: 'retry', delayMs: 500 });
    expect(retryDecision(err(404), 1, p, () => 0)).toEqual({ action: 'give-up', code: 'gone', exhausted: false });
    expect(retryDecision(err(400), 1, p, () => 0)).toEqual({ action: 'give-up', code: 'rejected', exhausted: false });
    expect(retryDecision(new DeliveryError('x', 429, 5000), 1, p, () => 0)).toEqual({ action: 'retry', delayMs: 5000 });
  });
});

describe('createRerunner', () => {
  it('collapses calls during a run into one more run', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const r = createRerunner(async () => {
      runs++;
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = r.run();
    void r.run();
    void r.run();
    expect(r.running).toBe(true);
    release();
    await first;
    await r.idle();
    expect(runs).toBe(2);
    expect(r.running).toBe(false);
  });
});
