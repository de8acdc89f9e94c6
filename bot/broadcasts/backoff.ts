import type { Random } from '../platform/clock.ts';
import type { DeliveryError } from '../platform/delivery/deliveryError.ts';
import { broadcastRetry, retryDecision, type RetryPolicy } from '../platform/delivery/retryPolicy.ts';

export { asDeliveryError } from '../platform/delivery/deliveryError.ts';
export { retryDelayMs } from '../platform/delivery/retryPolicy.ts';

/** Why a recipient did not get the broadcast. Stored, shown in "Details", and decides "Opnieuw naar mislukte". */
export const FAILURE_REASONS = ['removed', 'rejected', 'throttled', 'server-error', 'network'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** A broadcast's retry policy (the platform's RetryPolicy, with the broadcast's defaults). */
export type BackoffPolicy = RetryPolicy;
export const defaultBackoff = (maxAttempts: number): BackoffPolicy => broadcastRetry(maxAttempts);

export type FailureDecision =
  | { readonly action: 'retry'; readonly delayMs: number; readonly throttled: boolean }
  | { readonly action: 'fail'; readonly reason: FailureReason; readonly removed: boolean };

/**
 * What to do after a failed send to one recipient: the platform's decision, told in the broadcast's own words
 * (the reason stored per recipient and shown in "Details").
 */
export function decideOnFailure(error: DeliveryError, attemptsMade: number, policy: BackoffPolicy, random: Random): FailureDecision {
  const d = retryDecision(error, attemptsMade, policy, random);
  if (d.action === 'retry') return { action: 'retry', delayMs: d.delayMs, throttled: error.code === 'retry-after' };
  if (d.code === 'gone') return { action: 'fail', reason: 'removed', removed: true };
  if (!d.exhausted) return { action: 'fail', reason: 'rejected', removed: false };
  const reason: FailureReason = d.code === 'retry-after' ? 'throttled' : error.status === undefined ? 'network' : 'server-error';
  return { action: 'fail', reason, removed: false };
}
