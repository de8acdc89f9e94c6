import { systemClock, type Clock } from '../clock.ts';
import { DeliveryError } from './deliveryError.ts';

/** The network code of a connector call given up on: `maybe-delivered` (Teams may have taken it). */
export const TIMED_OUT = 'ETIMEDOUT';

/**
 * Waits for `work` at most `ms`, then rejects with a DeliveryError that is `maybe-delivered`. The caller stops
 * waiting; the request itself is aborted by the connector client's own timeout (bot/teams/adapter.ts).
 */
export function withTimeout<T>(work: Promise<T>, ms: number, clock: Pick<Clock, 'setTimer'> = systemClock): Promise<T> {
  if (!Number.isFinite(ms)) return work;
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.setTimer(() => reject(new DeliveryError(`no answer within ${ms} ms`, undefined, undefined, TIMED_OUT)), ms);
    work.then(
      (v) => {
        cancel();
        resolve(v);
      },
      (err: unknown) => {
        cancel();
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** A connector call that got no answer in time: ours, or the HTTP client's abort of the same call. */
export function isTimeout(err: unknown): boolean {
  if (err instanceof DeliveryError) return err.networkCode === TIMED_OUT;
  return (err as { name?: unknown } | null)?.name === 'AbortError';
}
